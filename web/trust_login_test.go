package web

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// syncBuffer is a log sink safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// failedLogins counts the login.failed audit entries, and returns the
// longest actor written.
func (e *testEnv) failedLogins() (n, longest int) {
	e.t.Helper()
	if err := e.db.AuditEntries(context.Background(), 0, func(a post.AuditEntry) error {
		if a.Action == "login.failed" {
			n++
			longest = max(longest, len(a.Actor))
		}
		return nil
	}); err != nil {
		e.t.Fatal(err)
	}
	return n, longest
}

// loginFrom posts the sign-in form with an X-Forwarded-For header (none
// when xff is "").
func (e *testEnv) loginFrom(xff, name, password string) *http.Response {
	e.t.Helper()
	req, err := http.NewRequest("POST", e.ts.URL+"/login", strings.NewReader(url.Values{"name": {name}, "password": {password}}.Encode()))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	resp, err := noRedirect().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

// TestLoginNamesAreCappedBeforeAuditAndLog: a failed sign-in wrote the
// submitted name, whatever its length, into the audit log and the log
// line: anyone could fill the disk without signing in.
func TestLoginNamesAreCappedBeforeAuditAndLog(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	logs := &syncBuffer{}
	e.rebuild(func(o *Options) { o.Logger = slog.New(slog.NewTextHandler(logs, nil)) })
	long := strings.Repeat("a", 3000)
	for range 6 { // the sixth is refused by the limiter, which logs
		e.loginFrom("", long, "wrong password")
	}
	n, longest := e.failedLogins()
	if n == 0 {
		t.Fatal("no failed login audited")
	}
	if longest > 64 { // 32 characters and a note of the length sent
		t.Errorf("an audit actor is %d bytes; names are capped at 32 characters", longest)
	}
	if !strings.Contains(logs.String(), "login rate limited") {
		t.Fatalf("no rate-limit log line:\n%.500s", logs.String())
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if len(line) > 400 {
			t.Errorf("a log line is %d bytes: %.200s…", len(line), line)
		}
	}
}

// TestLoginLimitHoldsUnderConcurrency: the limiter was asked before the
// password check and told after it, so 50 guesses sent at once were all
// checked. The attempt is counted before the hash is compared.
func TestLoginLimitHoldsUnderConcurrency(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	var wg sync.WaitGroup
	for range 40 {
		wg.Add(1)
		go func() { defer wg.Done(); e.loginFrom("", "sam", "wrong password") }()
	}
	wg.Wait()
	n, _ := e.failedLogins()
	t.Logf("40 concurrent wrong guesses from one address: %d checked", n)
	if n > 5 {
		t.Errorf("%d concurrent guesses were checked; the limit is 5", n)
	}
}

// TestLoginLimitBehindAProxy: with the proxy's address in trusted_proxies
// the limiter counts the client named in X-Forwarded-For, so one client's
// failures do not lock out everyone behind the proxy; without it, the
// header is ignored (anyone could send it to dodge the limit).
func TestLoginLimitBehindAProxy(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.rebuild(func(o *Options) { o.TrustedProxies = []string{"127.0.0.0/8", "::1/128"} })
	for range 5 {
		e.loginFrom("203.0.113.5", "sam", "wrong password")
	}
	if r := e.loginFrom("203.0.113.5", "drlee", testPassword); r.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the guessing client: %d, want 429", r.StatusCode)
	}
	if r := e.loginFrom("198.51.100.7", "ada", testPassword); r.StatusCode != http.StatusSeeOther {
		t.Errorf("another client behind the same proxy: %d, want 303 (signed in)", r.StatusCode)
	}
	// A spoofed hop in front of the client's own address changes nothing:
	// the rightmost address the proxy did not add is the client.
	if r := e.loginFrom("198.51.100.99, 203.0.113.5", "drlee", testPassword); r.StatusCode != http.StatusTooManyRequests {
		t.Errorf("a spoofed leftmost hop: %d, want 429", r.StatusCode)
	}

	direct := newTestEnv(t, storeOpts())
	for i := range 5 {
		direct.loginFrom("192.0.2."+string(rune('1'+i)), "sam", "wrong password")
	}
	if r := direct.loginFrom("192.0.2.200", "drlee", testPassword); r.StatusCode != http.StatusTooManyRequests {
		t.Errorf("untrusted X-Forwarded-For dodged the limit: %d, want 429", r.StatusCode)
	}
}

// TestAccountGuessingSlowsButDoesNotLockOut: five wrong guesses for admin
// from one place locked admin out everywhere. Guesses from many places
// now slow that account down, and the right password still signs in.
func TestAccountGuessingSlowsButDoesNotLockOut(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.rebuild(func(o *Options) { o.TrustedProxies = []string{"127.0.0.0/8", "::1/128"} })
	for i := range 7 {
		e.loginFrom("203.0.113."+string(rune('1'+i)), "ada", "wrong password")
	}
	d, err := e.srv.limiter.delay(context.Background(), "user:ada")
	if err != nil {
		t.Fatal(err)
	}
	if d == 0 {
		t.Errorf("seven failures for one account do not slow the next guess")
	}
	t.Logf("after 7 failures from 7 addresses the next attempt on the account waits %s", d)
	if r := e.loginFrom("198.51.100.7", "ada", testPassword); r.StatusCode != http.StatusSeeOther {
		t.Errorf("the right password from a clean address: %d, want 303 (signed in)", r.StatusCode)
	}
	if n, _ := e.failedLogins(); n != 7 {
		t.Errorf("%d failed logins audited, want 7", n)
	}
}

// TestRequestBodiesAreCappedBeforeParsing: an anonymous 1 GB POST /login
// was spooled to disk before any size check. Each route reads at most its
// own limit and answers 413.
func TestRequestBodiesAreCappedBeforeParsing(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	big := func(n int) string { return strings.Repeat("a", n) }
	cases := []struct {
		name, path, ctype, body string
		cookie                  bool
	}{
		{"sign-in form", "/login", "application/x-www-form-urlencoded", "name=sam&password=" + big(1<<20), false},
		{"sign-in multipart", "/login", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + big(1<<20) + "\r\n--x--\r\n", false},
		{"hold form", "/posts/abc/hold", "application/x-www-form-urlencoded", "csrf=" + csrf + "&reason=" + big(1<<20), true},
		{"JSON API", "/api/posts", "application/json", `{"body":"` + big(2<<20) + `"}`, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", e.ts.URL+c.path, strings.NewReader(c.body))
			req.Header.Set("Content-Type", c.ctype)
			req.Header.Set("X-CSRF-Token", csrf)
			if c.cookie {
				req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
			}
			resp, err := noRedirect().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("status %d, want 413: %.200s", resp.StatusCode, body)
			}
		})
	}
}
