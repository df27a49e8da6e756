package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// connectCallback is where X and LinkedIn send the admin back with a code.
// Facebook returns its token in the URL fragment, which only the browser
// sees: its callback page posts it back (facebookToken).
func (s *Server) connectCallback(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	q := r.URL.Query()
	if kind == config.KindFacebook && q.Get("error") == "" {
		s.render(w, r, http.StatusOK, "connect_facebook", "Connecting Facebook", nil, "")
		return
	}
	if e := q.Get("error"); e != "" {
		s.connects.take(q.Get("state"), who(r).Session.CSRF, kind, time.Now()) // the flow is over
		s.log.Warn("channel connect refused by the platform", "kind", kind, "error", e)
		s.errorPage(w, r, post.Errorf(post.EInvalid, "the platform did not connect the account (%s); start again from the Channels page", e))
		return
	}
	p, ch, err := s.connectFlow(r, kind, q.Get("state"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	switch kind {
	case config.KindX:
		err = s.connectX(ctx, ch, p, q.Get("code"))
	case config.KindLinkedIn:
		err = s.connectLinkedIn(ctx, ch, q.Get("code"))
	}
	s.connectDone(w, r, ch, err)
}

// facebookToken receives the user token the Facebook callback page read
// from the URL fragment, and trades it for the Page token.
func (s *Server) facebookToken(w http.ResponseWriter, r *http.Request) {
	_, ch, err := s.connectFlow(r, config.KindFacebook, r.PostFormValue("state"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	s.connectDone(w, r, ch, s.connectFacebook(ctx, ch, r.PostFormValue("access_token")))
}

// connectFlow takes the pending flow of state for this session.
func (s *Server) connectFlow(r *http.Request, kind, state string) (pendingConnect, config.Channel, error) {
	p, ok := s.connects.take(state, who(r).Session.CSRF, kind, time.Now())
	if !ok {
		return p, config.Channel{}, post.Errorf(post.EInvalid, "this connection link is expired, was already used or was started by someone else; start again from the Channels page")
	}
	ch, ok := s.channelConfig(p.channel)
	if !ok {
		return p, ch, post.Errorf(post.ENotFound, "channel %q is no longer configured", p.channel)
	}
	return p, ch, nil
}

func (s *Server) connectX(ctx context.Context, ch config.Channel, p pendingConnect, code string) error {
	if code == "" {
		return post.Errorf(post.EInvalid, "X sent no authorization code; start again")
	}
	tok, err := s.xApp(ch).Exchange(ctx, code, p.verifier)
	if err != nil {
		return err
	}
	return x.SaveToken(ctx, s.db, ch.ID, tok)
}

// linkedinToken is the stored form of a LinkedIn token.
type linkedinToken struct {
	AccessToken string    `json:"access_token"`
	Expires     time.Time `json:"expires,omitzero"`
}

// LinkedInTokenSecret is the secret name under which the web UI stores a
// LinkedIn channel's token as JSON {access_token, expires}.
func LinkedInTokenSecret(channelID string) string { return "linkedin/" + channelID + "/token" }

// FacebookPageTokenSecret is the secret name under which the web UI stores
// a Facebook channel's Page token.
func FacebookPageTokenSecret(channelID string) string { return "facebook/" + channelID + "/page-token" }

func (s *Server) connectLinkedIn(ctx context.Context, ch config.Channel, code string) error {
	o := linkedin.OAuth{ClientID: ch.ClientID, ClientSecret: string(ch.ClientSecret), RedirectURI: s.callbackURL(ch.Kind), Now: s.db.Now}
	if ch.APIBase != "" {
		o.Base = ch.APIBase
	}
	tok, err := o.Exchange(ctx, code)
	if err != nil {
		return err
	}
	b, err := json.Marshal(linkedinToken{AccessToken: tok.AccessToken, Expires: tok.Expires})
	if err != nil {
		return fmt.Errorf("web: connect linkedin: %w", err)
	}
	return s.db.SaveSecret(ctx, LinkedInTokenSecret(ch.ID), b)
}

func (s *Server) connectFacebook(ctx context.Context, ch config.Channel, userToken string) error {
	if strings.TrimSpace(userToken) == "" {
		return post.Errorf(post.EInvalid, "Facebook sent no token; start again and approve the app")
	}
	cn := facebook.Connector{APIBase: ch.APIBase, GraphVersion: ch.GraphVersion, AppID: ch.AppID, AppSecret: string(ch.AppSecret), Now: s.db.Now}
	long, _, err := cn.LongLivedUserToken(ctx, userToken)
	if err != nil {
		return err
	}
	page, err := cn.PageToken(ctx, long, ch.PageID)
	if err != nil {
		return err
	}
	return s.db.SaveSecret(ctx, FacebookPageTokenSecret(ch.ID), []byte(page.AccessToken))
}

// connectDone audits a finished connection and tells the admin, or shows
// why it failed. Platform errors are classified and never hold a token.
func (s *Server) connectDone(w http.ResponseWriter, r *http.Request, ch config.Channel, err error) {
	user := who(r).User.Name
	if err != nil {
		s.log.Warn("channel connect failed", "channel", ch.ID, "kind", ch.Kind, "user", user, "err", err)
		s.errorPage(w, r, post.Errorf(post.EInvalid, "connecting %s failed: %s", ch.ID, post.ErrorMessage(err)))
		return
	}
	err = s.db.Update(r.Context(), func(tx *store.Tx) error {
		_, err := tx.AppendAudit(store.Audit{Actor: user, Action: "channel.connect", Subject: "channel:" + ch.ID, Detail: ch.Kind})
		return err
	})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("channel connected", "channel", ch.ID, "kind", ch.Kind, "user", user)
	redirectDone(w, r, "/channels", "connected")
}
