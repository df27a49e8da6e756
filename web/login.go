package web

import (
	"fmt"
	"net"
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

type loginData struct {
	Name string
	Next string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", "Sign in", loginData{Next: safeNext(r.URL.Query().Get("next"))}, "")
}

// login checks the password and starts a brand-new session. Any session
// the browser already had is deleted first, so a token planted before
// sign-in (session fixation) never becomes a signed-in one.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := strings.ToLower(strings.TrimSpace(r.PostFormValue("name")))
	data := loginData{Name: name, Next: safeNext(r.PostFormValue("next"))}
	ipKey, userKey := "ip:"+clientIP(r), "user:"+name
	if ok, wait := s.limiter.allowed(ipKey, userKey); !ok {
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		s.log.Warn("login rate limited", "user", name, "remote", clientIP(r))
		s.render(w, r, http.StatusTooManyRequests, "login", "Sign in", data,
			fmt.Sprintf("Too many failed sign-ins. Try again in %d minutes.", int(wait.Minutes())+1))
		return
	}
	u, err := s.cal.Authenticate(ctx, name, r.PostFormValue("password"))
	if err != nil {
		if post.ErrorCode(err) == post.EForbidden {
			s.limiter.fail(ipKey, userKey)
		}
		status := httpStatus(err)
		if status == http.StatusForbidden {
			status = http.StatusUnauthorized
		}
		s.render(w, r, status, "login", "Sign in", data, s.userMessage(r, err))
		return
	}
	s.limiter.succeed(userKey)
	if c, err := r.Cookie(s.cookieName()); err == nil && c.Value != "" {
		if err := s.db.DeleteSession(ctx, c.Value); err != nil {
			s.errorPage(w, r, err)
			return
		}
	}
	token, now := newToken(), s.db.Now()
	sess := store.Session{User: u.Name, CSRF: newToken(), Created: now, Expires: now.Add(s.opt.SessionTTL)}
	if err := s.db.CreateSession(ctx, token, sess); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.setSessionCookie(w, token, int(s.opt.SessionTTL.Seconds()))
	s.log.Info("signed in", "user", u.Name, "role", u.Role)
	http.Redirect(w, r, data.Next, http.StatusSeeOther)
}

// logout deletes the session server-side and clears the cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if id := who(r); id != nil && id.Token != "" {
		if err := s.db.DeleteSession(r.Context(), id.Token); err != nil {
			s.errorPage(w, r, err)
			return
		}
	}
	s.setSessionCookie(w, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (s *Server) setSessionCookie(w http.ResponseWriter, token string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: token, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.opt.Secure, SameSite: http.SameSiteLaxMode})
}

// clientIP is the peer address; a reverse proxy's headers are not trusted,
// since anyone could send them.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
