package web

import (
	"context"
	"net/http"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Fixed words for the ways a callback can fail. Nothing from the query is
// ever shown back: a crafted link must not put words on the page.
const (
	msgRefused  = "the account was not connected: the network reports that the app was not approved. Nothing was changed; start again from the Channels page when you are ready."
	msgBadState = "this connection link is expired, was already used or was started in another browser; nothing was changed. Start again from the Channels page."
	msgUnknown  = "the network's answer could not be used, so nothing was changed; start again from the Channels page (the details are in the daemon's log)."
)

// connectCallback is where the network sends the admin back: with a code
// (X, LinkedIn), with an error, or, for a network that hands its token in
// the URL fragment (Facebook), to a page whose script posts the fragment
// back (connectFragment), since only the browser sees a fragment.
func (s *Server) connectCallback(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		// The flow is over either way; the state is spent.
		if _, _, err := s.connects.take(r.Context(), q.Get("state"), who(r).Session.CSRF, kind, s.db.Now()); err != nil {
			s.log.Error("channel connect: dropping the pending flow", "kind", kind, "error", err)
		}
		s.log.Warn("channel connect refused by the platform", "kind", post.Clip(kind, 32), "user", who(r).User.Name, "error", post.Clip(e, 64))
		s.errorPage(w, r, post.Errorf(post.EInvalid, msgRefused))
		return
	}
	if q.Get("state") == "" && q.Get("code") == "" && s.fragmentKind(kind) {
		s.render(w, r, http.StatusOK, "connect_facebook", "Connecting", kind, "")
		return
	}
	p, cn, err := s.connectFlow(r, kind, q.Get("state"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	res, err := cn.Connect(ctx, s.callbackURL(kind), channels.Returned{Code: q.Get("code"), Verifier: p.Verifier})
	s.connectDone(w, r, p, cn, res, err)
}

// connectFragment receives the token the callback page read from the URL
// fragment, for networks that hand it over that way.
func (s *Server) connectFragment(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	p, cn, err := s.connectFlow(r, kind, r.PostFormValue("state"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if !cn.TokenInFragment() {
		s.errorPage(w, r, post.Errorf(post.EInvalid, msgBadState))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	res, err := cn.Connect(ctx, s.callbackURL(kind), channels.Returned{Token: r.PostFormValue("access_token"), Verifier: p.Verifier})
	s.connectDone(w, r, p, cn, res, err)
}

// fragmentKind says some channel of kind connects through the fragment.
func (s *Server) fragmentKind(kind string) bool {
	for id, cn := range s.opt.Connectors {
		if info, ok := s.cal.Channel(id); ok && info.Kind == kind && cn.TokenInFragment() {
			return true
		}
	}
	return false
}

// connectFlow takes the pending flow of state for this session. A state
// that does not match is logged at warn: it is a forgery, a replay, a link
// opened in another browser, or simply too late.
func (s *Server) connectFlow(r *http.Request, kind, state string) (pendingConnect, channels.Connector, error) {
	p, ok, err := s.connects.take(r.Context(), state, who(r).Session.CSRF, kind, s.db.Now())
	if err != nil {
		return p, nil, err
	}
	if !ok {
		s.log.Warn("channel connect: unknown, expired, reused or foreign state", "kind", kind, "user", who(r).User.Name, "remote", r.RemoteAddr)
		return p, nil, post.Errorf(post.EInvalid, msgBadState)
	}
	cn := s.connector(p.Channel)
	if cn == nil {
		return p, nil, post.Errorf(post.ENotFound, "channel %q can no longer be connected from here", p.Channel)
	}
	return p, cn, nil
}

// connectDone stores a checked token, records whose account it opens and
// audits it, or shows why the connection failed. A failed connection
// stores nothing, so a working token is never replaced by a wrong one.
func (s *Server) connectDone(w http.ResponseWriter, r *http.Request, p pendingConnect, cn channels.Connector, res channels.Connected, err error) {
	user := who(r).User.Name
	if err != nil {
		s.log.Warn("channel connect failed", "channel", p.Channel, "kind", p.Kind, "user", user, "error", err)
		msg, ok := channels.ConnectReason(err)
		if !ok {
			msg = msgUnknown
		}
		s.errorPage(w, r, post.Errorf(post.EInvalid, "connecting %s failed: %s", p.Channel, msg))
		return
	}
	if len(res.Choices) > 0 {
		s.connectAskPick(w, r, p, cn, res)
		return
	}
	err = s.cal.ConnectChannel(r.Context(), calendar.ConnectChannel{Actor: who(r).actor(), Channel: p.Channel, Kind: p.Kind,
		SecretName: cn.SecretName(), Secret: res.Secret, Account: res.Account})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/channels", "connected")
}

// connectPick is the location picker's page: the account manages several
// things the channel could post to, and the admin picks one.
type connectPick struct {
	Channel, Kind, State string
	Choices              []channels.Choice
}

// connectAskPick keeps what the network's Connect handed back (the
// refresh token among it) on the server, encrypted, under a new one-time
// state, and asks the admin which of the choices the channel is for.
func (s *Server) connectAskPick(w http.ResponseWriter, r *http.Request, p pendingConnect, cn channels.Connector, res channels.Connected) {
	if _, ok := cn.(channels.Chooser); !ok || len(res.Pending) == 0 {
		s.log.Error("channel connect: choices from a connector that cannot take a choice", "channel", p.Channel, "kind", p.Kind)
		s.errorPage(w, r, post.Errorf(post.EInternal, "connecting %s failed: %s", p.Channel, msgUnknown))
		return
	}
	next := pendingConnect{Channel: p.Channel, Kind: p.Kind, Session: p.Session, Pending: res.Pending, Choices: res.Choices}
	state, err := s.connects.put(r.Context(), next, s.db.Now())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if state == "" {
		s.errorPage(w, r, post.Errorf(post.EConflict, "too many connections are waiting to finish; try again in ten minutes"))
		return
	}
	s.render(w, r, http.StatusOK, "connect_pick", "Connect "+p.Channel, connectPick{Channel: p.Channel, Kind: p.Kind, State: state, Choices: res.Choices}, "")
}

// connectPicked finishes a connection with the location the admin
// picked. The state is used once: a wrong or crafted choice ends the
// flow, and nothing is stored.
func (s *Server) connectPicked(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	p, cn, err := s.connectFlow(r, kind, r.PostFormValue("state"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ch, ok := cn.(channels.Chooser)
	if !ok || len(p.Pending) == 0 {
		// A state from the start of a flow, not from the picker.
		s.errorPage(w, r, post.Errorf(post.EInvalid, msgBadState))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	res, err := ch.Choose(ctx, p.Pending, r.PostFormValue("choice"))
	if err == nil && len(res.Choices) > 0 {
		err = channels.ConnectFailed("the network asked for another choice; connect again", nil)
	}
	s.connectDone(w, r, p, cn, res, err)
}
