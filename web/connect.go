package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// connector returns the connect flow of channel id, nil when it has none.
func (s *Server) connector(id string) channels.Connector {
	return s.opt.Connectors[id]
}

// callbackURL is where a platform returns the browser for kind.
func (s *Server) callbackURL(kind string) string {
	return strings.TrimRight(s.opt.BaseURL, "/") + "/connect/" + kind + "/callback"
}

// connectChannel starts connecting an account: it keeps the flow's state
// and PKCE verifier in the store and sends the admin on to the platform
// to approve the app.
func (s *Server) connectChannel(w http.ResponseWriter, r *http.Request) {
	info, ok := s.cal.Channel(r.PathValue("id"))
	cn := s.connector(info.ID)
	switch {
	case !ok:
		s.errorPage(w, r, post.Errorf(post.ENotFound, "no configured channel %q", r.PathValue("id")))
		return
	case cn == nil:
		s.errorPage(w, r, post.Errorf(post.EInvalid, "channel %s cannot be connected from here: its config block has no app credentials (see config.example.toml)", info.ID))
		return
	case s.opt.BaseURL == "":
		s.errorPage(w, r, post.Errorf(post.EInvalid, "set web.base_url in the config: the platforms need the address to send you back to"))
		return
	}
	if pr, ok := cn.(channels.Preparer); ok {
		ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
		err := pr.Prepare(ctx, s.callbackURL(info.Kind))
		cancel()
		if err != nil {
			s.log.Warn("channel connect: preparing failed", "channel", info.ID, "kind", info.Kind, "error", err)
			msg, ok := channels.ConnectReason(err)
			if !ok {
				msg = msgUnknown
			}
			s.errorPage(w, r, post.Errorf(post.EInvalid, "connecting %s failed: %s", info.ID, msg))
			return
		}
	}
	p := pendingConnect{Channel: info.ID, Kind: info.Kind, Session: who(r).Session.CSRF, Verifier: oauth2.GenerateVerifier()}
	state, err := s.connects.put(r.Context(), p, s.db.Now())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if state == "" {
		s.errorPage(w, r, post.Errorf(post.EConflict, "too many connections are waiting to finish; try again in ten minutes"))
		return
	}
	to := cn.AuthorizeURL(s.callbackURL(info.Kind), state, p.Verifier)
	u, err := url.Parse(to)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		s.errorPage(w, r, post.Errorf(post.EInternal, "channel %s: the network's sign-in address is not a web address; check auth_base", info.ID))
		return
	}
	s.log.Info("channel connect started", "channel", info.ID, "kind", info.Kind, "user", who(r).User.Name)
	// Not a redirect: the page's form-action 'self' also applies to where
	// the form's answer redirects, so the browser would refuse to leave.
	// A same-origin page whose link goes on keeps that policy whole.
	s.render(w, r, http.StatusOK, "connect_go", "Connect "+info.ID, connectGo{Channel: info.ID, Site: u.Host, URL: to}, "")
}

// connectGo is the page that sends the admin on to the network.
type connectGo struct {
	Channel string
	Site    string // the host of the network's sign-in page, shown
	URL     string // the network's authorize page, with the flow's state
}
