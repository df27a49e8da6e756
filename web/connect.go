package web

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

// Where the platforms send the admin's browser to approve the app. With an
// api_base override (the fakes in tests), the token calls go there.
const (
	facebookDialogBase = "https://www.facebook.com"
	linkedinAuthURL    = "https://www.linkedin.com/oauth/v2/authorization"
)

// Scopes practicepost asks for when connecting (PLATFORMS.md).
var (
	facebookScopes = []string{"pages_show_list", "pages_read_engagement", "pages_manage_posts", "pages_read_user_content", "pages_manage_engagement"}
	linkedinScopes = []string{"r_organization_social", "w_organization_social", "rw_organization_admin"}
)

// channelConfig returns the config block of channel id.
func (s *Server) channelConfig(id string) (config.Channel, bool) {
	for _, c := range s.opt.ChannelConfigs {
		if c.ID == id {
			return c, true
		}
	}
	return config.Channel{}, false
}

// connectable says whether the config has the app credentials the
// "connect" flow of ch's network needs.
func connectable(ch config.Channel) bool {
	switch ch.Kind {
	case config.KindX:
		return ch.ClientID != ""
	case config.KindFacebook:
		return ch.AppID != "" && ch.AppSecret != "" && ch.PageID != ""
	case config.KindLinkedIn:
		return ch.ClientID != "" && ch.ClientSecret != ""
	}
	return false
}

// callbackURL is where a platform returns the browser for kind.
func (s *Server) callbackURL(kind string) string {
	return strings.TrimRight(s.opt.BaseURL, "/") + "/connect/" + kind + "/callback"
}

// connectChannel starts connecting an account: it keeps the flow's state
// (and X's PKCE verifier) on the server and sends the admin to the
// platform to approve the app.
func (s *Server) connectChannel(w http.ResponseWriter, r *http.Request) {
	ch, ok := s.channelConfig(r.PathValue("id"))
	switch {
	case !ok:
		s.errorPage(w, r, post.Errorf(post.ENotFound, "no configured channel %q", r.PathValue("id")))
		return
	case !connectable(ch):
		s.errorPage(w, r, post.Errorf(post.EInvalid, "channel %s has no app credentials to connect with: %s", ch.ID, connectHelp[ch.Kind]))
		return
	case s.opt.BaseURL == "":
		s.errorPage(w, r, post.Errorf(post.EInvalid, "set web.base_url in the config: the platforms need the address to send you back to"))
		return
	}
	p := pendingConnect{channel: ch.ID, kind: ch.Kind, session: who(r).Session.CSRF}
	if ch.Kind == config.KindX {
		p.verifier = oauth2.GenerateVerifier()
	}
	state := s.connects.put(p, time.Now())
	if state == "" {
		s.errorPage(w, r, post.Errorf(post.EConflict, "too many connections are waiting to finish; try again in ten minutes"))
		return
	}
	var to string
	switch ch.Kind {
	case config.KindX:
		to = s.xApp(ch).AuthCodeURL(state, p.verifier)
	case config.KindFacebook:
		version := ch.GraphVersion
		to = facebookDialogBase + "/" + version + "/dialog/oauth?" + url.Values{"client_id": {ch.AppID}, "redirect_uri": {s.callbackURL(ch.Kind)},
			"state": {state}, "response_type": {"token"}, "scope": {strings.Join(facebookScopes, ",")}}.Encode()
	case config.KindLinkedIn:
		to = linkedinAuthURL + "?" + url.Values{"response_type": {"code"}, "client_id": {ch.ClientID}, "redirect_uri": {s.callbackURL(ch.Kind)},
			"state": {state}, "scope": {strings.Join(linkedinScopes, " ")}}.Encode()
	}
	s.log.Info("channel connect started", "channel", ch.ID, "kind", ch.Kind, "user", who(r).User.Name)
	// Not a redirect: the page's form-action 'self' also applies to where
	// the form's answer redirects, so the browser would refuse to leave.
	// A same-origin page whose link goes on keeps that policy whole.
	s.render(w, r, http.StatusOK, "connect_go", "Connect "+ch.ID, connectGo{Channel: ch.ID, Network: networkNames[ch.Kind], URL: to}, "")
}

// connectGo is the page that sends the admin on to the network.
type connectGo struct {
	Channel, Network string
	URL              string // the network's authorize page, with the flow's state
}

// networkNames name each kind's network for people.
var networkNames = map[string]string{config.KindX: "X", config.KindFacebook: "Facebook", config.KindLinkedIn: "LinkedIn"}

// connectHelp says which settings each network's connect flow needs.
var connectHelp = map[string]string{
	config.KindX:        "add client_id (and client_secret for a confidential app) to the channel's block",
	config.KindFacebook: "add app_id and app_secret to the channel's block",
	config.KindLinkedIn: "add client_id and client_secret to the channel's block",
	config.KindPreview:  "preview channels need no account",
	config.KindManual:   "manual channels are posted by hand",
}

// xApp is the X app of ch for the PKCE flow.
func (s *Server) xApp(ch config.Channel) x.OAuth2App {
	app := x.OAuth2App{ClientID: ch.ClientID, ClientSecret: string(ch.ClientSecret), RedirectURL: s.callbackURL(ch.Kind),
		HTTPClient: &http.Client{Timeout: 30 * time.Second}}
	if ch.APIBase != "" {
		app.TokenURL = strings.TrimRight(ch.APIBase, "/") + "/2/oauth2/token"
	}
	if ch.AuthBase != "" {
		app.AuthBase = strings.TrimRight(ch.AuthBase, "/") + "/i/oauth2/authorize"
	}
	return app
}
