package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// sessionCookie names the sign-in cookie. The __Host- prefix (used under
// TLS) makes browsers refuse it unless Secure, Path=/ and host-only.
const (
	sessionCookie       = "pp_session"
	secureSessionCookie = "__Host-pp_session"
)

// identity is who made a request and how.
type identity struct {
	User    post.User
	Token   string         // the session cookie's token; "" for API tokens
	Session *store.Session // nil for API tokens
	Bearer  bool
}

func (id *identity) actor() calendar.Actor {
	if id == nil {
		return calendar.Actor{}
	}
	return calendar.Actor{Name: id.User.Name, Role: id.User.Role}
}

type ctxKey struct{}

func withIdentity(ctx context.Context, id *identity) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// who returns the signed-in identity of r, or nil.
func who(r *http.Request) *identity {
	id, _ := r.Context().Value(ctxKey{}).(*identity)
	return id
}

func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) cookieName() string {
	if s.opt.Secure {
		return secureSessionCookie
	}
	return sessionCookie
}

// identify finds the user behind r: a Bearer API token, or the session
// cookie. A disabled or removed user gets nothing.
func (s *Server) identify(r *http.Request) *identity {
	ctx := r.Context()
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return nil
		}
		t, err := s.db.APITokenFor(ctx, strings.TrimSpace(tok))
		if err != nil {
			return nil
		}
		u, ok := s.activeUser(r, t.User)
		if !ok {
			return nil
		}
		return &identity{User: u, Bearer: true}
	}
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return nil
	}
	sess, err := s.db.Session(ctx, c.Value)
	if err != nil {
		return nil
	}
	u, ok := s.activeUser(r, sess.User)
	if !ok {
		return nil
	}
	return &identity{User: u, Token: c.Value, Session: sess}
}

func (s *Server) activeUser(r *http.Request, name string) (post.User, bool) {
	var u *post.User
	err := s.db.View(r.Context(), func(tx store.Tx) error {
		var err error
		u, err = tx.User(name)
		return err
	})
	if err != nil || !u.Active() {
		return post.User{}, false
	}
	out := *u
	out.PasswordHash = ""
	return out, true
}

// csrfOK checks the per-session token of an unsafe request made with a
// session cookie: a form field "csrf" or the X-CSRF-Token header (fetch).
// Bearer requests carry no ambient credentials and need none.
func csrfOK(r *http.Request, id *identity) bool {
	if id == nil || id.Bearer {
		return true
	}
	got := r.Header.Get("X-CSRF-Token")
	if got == "" {
		got = r.PostFormValue("csrf")
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(id.Session.CSRF)) == 1
}
