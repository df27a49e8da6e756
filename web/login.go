package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
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
//
// The name is capped before anything is audited, logged or counted: a
// failed sign-in audits the name as typed, and a 9.5 MB name grew the
// database by 23 MB a try. The attempt is counted against the client's
// address before the password is compared (see loginLimiter).
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := post.Clip(strings.ToLower(strings.TrimSpace(r.PostFormValue("name"))), maxNameLen)
	data := loginData{Name: name, Next: safeNext(r.PostFormValue("next"))}
	ip := s.clientIP(r)
	ipKey, userKey := "ip:"+ip, "user:"+name
	ok, wait, err := s.limiter.begin(ctx, ipKey)
	if err != nil {
		s.errorPage(w, r, err) // refused: an uncounted guess is not let through
		return
	}
	if !ok {
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		s.log.Warn("login rate limited", "user", name, "remote", ip)
		s.render(w, r, http.StatusTooManyRequests, "login", "Sign in", data,
			fmt.Sprintf("Too many failed sign-ins. Try again in %d minutes.", int(wait.Minutes())+1))
		return
	}
	// The counts after the password is compared are kept even when the
	// client hangs up: a guesser that closes each connection early must
	// still have its failures counted.
	keep := context.WithoutCancel(ctx)
	release, err := s.limiter.slow(ctx, userKey)
	if err != nil {
		s.count(s.limiter.undo(keep, ipKey))
		if ctx.Err() == nil {
			s.errorPage(w, r, err)
		}
		return // or the client went away while its account was being slowed
	}
	u, err := s.cal.Authenticate(ctx, name, r.PostFormValue("password"))
	if err != nil {
		if post.ErrorCode(err) == post.EForbidden {
			s.count(s.limiter.fail(keep, userKey))
		} else {
			s.count(s.limiter.undo(keep, ipKey))
		}
		release()
		status := httpStatus(err)
		if status == http.StatusForbidden {
			status = http.StatusUnauthorized
		}
		s.render(w, r, status, "login", "Sign in", data, s.userMessage(r, err))
		return
	}
	s.count(s.limiter.undo(keep, ipKey))
	s.count(s.limiter.succeed(keep, userKey))
	release()
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

// maxNameLen is the longest user name (calendar.AddUser's rule).
const maxNameLen = 32

// clientIP is the address the request came from. Behind a reverse proxy
// listed in trusted_proxies it is the rightmost X-Forwarded-For hop that is
// not itself a trusted proxy (hops to its left are whatever the client
// sent); otherwise the header is ignored, since anyone could send it.
func (s *Server) clientIP(r *http.Request) string {
	peer, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		peer = r.RemoteAddr
	}
	if !s.trustedProxy(peer) {
		return post.Clip(peer, 64)
	}
	var hops []string
	for _, h := range r.Header.Values("X-Forwarded-For") {
		for _, hop := range strings.Split(h, ",") {
			if hop = strings.TrimSpace(hop); hop != "" {
				hops = append(hops, hop)
			}
		}
	}
	for i := len(hops) - 1; i >= 0; i-- {
		if !s.trustedProxy(hops[i]) {
			return post.Clip(hops[i], 64)
		}
	}
	return post.Clip(peer, 64)
}

// trustedProxy reports whether addr is in one of trusted_proxies' ranges.
func (s *Server) trustedProxy(addr string) bool {
	if len(s.proxies) == 0 {
		return false
	}
	a, err := netip.ParseAddr(strings.Trim(addr, "[]"))
	if err != nil {
		return false
	}
	a = a.Unmap()
	for _, p := range s.proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseProxies reads trusted_proxies: CIDR ranges, or single addresses.
func parseProxies(in []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range in {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return nil, fmt.Errorf("web: trusted proxy %q is not an address or a CIDR range such as 10.0.0.0/8", s)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// count logs a sign-in count the store could not keep; the sign-in's
// answer stands (the attempt was already counted or refused).
func (s *Server) count(err error) {
	if err != nil {
		s.log.Warn("login limiter: the store did not keep a count", "error", err)
	}
}
