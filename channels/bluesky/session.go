package bluesky

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/practicepost/practicepost/channels"
)

// session is a signed-in session: createSession's answer, kept encrypted
// in the secret store under SessionSecretName.
type session struct {
	// For is the handle the session was made for: a session of another
	// account (the config changed) is not used.
	For     string `json:"for"`
	DID     string `json:"did"`
	Handle  string `json:"handle"`
	Access  string `json:"access_jwt"`
	Refresh string `json:"refresh_jwt"`
	// stale marks an access token the server refused once: the next call
	// refreshes before using it.
	stale bool
}

// SessionSecretName is the secret-store name of a channel's session.
func SessionSecretName(channelID string) string { return "bluesky/" + channelID + "/session" }

// sessionAnswer is createSession's and refreshSession's answer.
type sessionAnswer struct {
	DID        string `json:"did"`
	Handle     string `json:"handle"`
	AccessJwt  string `json:"accessJwt"`
	RefreshJwt string `json:"refreshJwt"`
}

// current returns the session, loading the stored one or signing in when
// there is none.
func (c *Channel) current(ctx context.Context) (*session, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sess != nil && !c.sess.stale {
		return c.sess, nil
	}
	if c.sess != nil { // stale: refresh, or sign in again
		return c.renewLocked(ctx, c.sess)
	}
	if c.cfg.Secrets != nil {
		b, err := c.cfg.Secrets.LoadSecret(ctx, SessionSecretName(c.cfg.ID))
		if err != nil {
			return nil, &channels.Error{Class: channels.Retryable, Reason: "reading the channel's stored Bluesky session failed", Err: err}
		}
		var s session
		if b != nil && json.Unmarshal(b, &s) == nil && s.For == c.cfg.Handle && s.Access != "" && s.DID != "" {
			c.sess = &s
			return c.sess, nil
		}
	}
	return c.signInLocked(ctx)
}

// renew replaces old after the server said its access token expired. A
// call that finds the session already renewed by another uses that one.
func (c *Channel) renew(ctx context.Context, old *session) (*session, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sess != nil && c.sess != old && !c.sess.stale {
		return c.sess, nil
	}
	return c.renewLocked(ctx, old)
}

// renewLocked refreshes old's tokens with refreshSession, and signs in
// again when the refresh token is refused. Callers hold c.mu.
func (c *Channel) renewLocked(ctx context.Context, old *session) (*session, error) {
	var a sessionAnswer
	err := c.do(ctx, c.pds(xrpc{method: http.MethodPost, nsid: "com.atproto.server.refreshSession"}), old.Refresh, &a)
	if err == nil && a.AccessJwt != "" {
		return c.keepLocked(ctx, a)
	}
	if err != nil && channels.ClassOf(err) != channels.AuthExpired {
		return nil, err // rate limited, unreachable: the tokens may still be good
	}
	c.log.Debug("bluesky refresh refused; signing in again", "error", errorName(err))
	return c.signInLocked(ctx)
}

// signInLocked makes a new session with the handle and app password.
// Callers hold c.mu.
func (c *Channel) signInLocked(ctx context.Context) (*session, error) {
	var a sessionAnswer
	body := map[string]string{"identifier": c.cfg.Handle, "password": c.cfg.AppPassword}
	err := c.do(ctx, c.pds(xrpc{method: http.MethodPost, nsid: "com.atproto.server.createSession", body: body}), "", &a)
	if err != nil {
		var ce *channels.Error
		if errors.As(err, &ce) && ce.Class == channels.AuthExpired {
			ce.Reason = "Bluesky refused the handle and app password: make a new app password in Bluesky's settings and put it in the config"
		}
		return nil, err
	}
	if a.AccessJwt == "" || a.DID == "" {
		return nil, channels.Errorf(channels.Retryable, "Bluesky answered the sign-in without a session")
	}
	c.log.Debug("bluesky signed in", "did", a.DID)
	return c.keepLocked(ctx, a)
}

// keepLocked makes a the current session and stores it. A session that
// cannot be stored is still used: signing in again at every restart is
// better than not publishing. Callers hold c.mu.
func (c *Channel) keepLocked(ctx context.Context, a sessionAnswer) (*session, error) {
	s := &session{For: c.cfg.Handle, DID: a.DID, Handle: a.Handle, Access: a.AccessJwt, Refresh: a.RefreshJwt}
	if s.Refresh == "" && c.sess != nil {
		s.Refresh = c.sess.Refresh
	}
	c.sess = s
	if c.cfg.Secrets != nil {
		b, _ := json.Marshal(s) // cannot fail: strings
		if err := c.cfg.Secrets.SaveSecret(ctx, SessionSecretName(c.cfg.ID), b); err != nil {
			c.log.Warn("bluesky session could not be stored; it is kept in memory", "error", err)
		}
	}
	return s, nil
}

// authed sends x to the PDS with the session's access token, refreshing
// it once when the server says it expired (the server refuses before
// doing anything, so a write is safe to send again).
func (c *Channel) authed(ctx context.Context, x xrpc, out any) error {
	s, err := c.current(ctx)
	if err != nil {
		return err
	}
	if x.base == "" {
		x.base = c.cfg.PDS
	}
	err = c.do(ctx, x, s.Access, out)
	if errorName(err) == errExpiredToken {
		if s, err = c.renew(ctx, s); err != nil {
			return err
		}
		err = c.do(ctx, x, s.Access, out)
	}
	if channels.ClassOf(err) == channels.AuthExpired && httpStatus(err) != 0 {
		// Refused: try a refresh before the next call instead of
		// sending a token the server no longer takes.
		c.mu.Lock()
		s.stale = true
		c.mu.Unlock()
	}
	return err
}

// did returns the account's DID, signing in when needed.
func (c *Channel) did(ctx context.Context) (string, error) {
	s, err := c.current(ctx)
	if err != nil {
		return "", err
	}
	return s.DID, nil
}
