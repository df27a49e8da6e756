package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// testPassword is every test user's password.
const testPassword = "correct horse battery"

// testEnv is a server over a real store in a temp folder, with one user
// per role: sam (staff), drlee (reviewer), ada (admin).
type testEnv struct {
	t   testing.TB
	db  *store.DB
	cal *calendar.Service
	srv *Server
	ts  *httptest.Server
}

func testChannels() []calendar.ChannelInfo {
	return []calendar.ChannelInfo{
		{ID: "x", Kind: "x", Name: "X", Slots: []string{"0 9 * * *", "0 15 * * 1-5"}},
		{ID: "fb", Kind: "facebook", Name: "Facebook Page", Slots: []string{"30 10 * * *"}},
		{ID: "preview", Kind: "preview", Name: "Preview"},
	}
}

func newTestEnv(t testing.TB, dbOpt store.Options) *testEnv {
	t.Helper()
	return newTestEnvWith(t, dbOpt, testChannels())
}

// newTestEnvWith is newTestEnv with the calendar's channels given.
func newTestEnvWith(t testing.TB, dbOpt store.Options, chans []calendar.ChannelInfo) *testEnv {
	t.Helper()
	return newTestEnvIn(t, t.TempDir(), dbOpt, chans)
}

// newTestEnvIn is newTestEnvWith over the store in dir, which may hold
// records already (a test that tampers with them before the server starts).
func newTestEnvIn(t testing.TB, dir string, dbOpt store.Options, chans []calendar.ChannelInfo) *testEnv {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dir, dbOpt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	chk, err := compliance.New(compliance.Profile{PracticeName: "Maple Family Clinic", State: "NY", Phones: []string{"212-555-0100"}})
	if err != nil {
		t.Fatal(err)
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(db, calendar.NewChecker(chk, chans), calendar.Options{Location: loc, Channels: chans, PasswordCost: bcrypt.MinCost})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct {
		name string
		role post.Role
	}{{"sam", post.RoleStaff}, {"drlee", post.RoleReviewer}, {"ada", post.RoleAdmin}} {
		if _, err := cal.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: u.name, Role: u.role, Password: testPassword}); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := New(Options{Calendar: cal, DB: db, Checker: chk})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &testEnv{t: t, db: db, cal: cal, srv: srv, ts: ts}
}

// session signs user in directly through the store (no bcrypt), returning
// the cookie token and the form token.
func (e *testEnv) session(user string) (token, csrf string) {
	e.t.Helper()
	token, csrf = newToken(), newToken()
	now := e.db.Now()
	if err := e.db.CreateSession(context.Background(), token, store.Session{User: user, CSRF: csrf, Created: now, Expires: now.Add(time.Hour)}); err != nil {
		e.t.Fatal(err)
	}
	return token, csrf
}

// do sends one request as the holder of token (none when ""), with form
// values as the body of a POST, and no redirects followed.
func (e *testEnv) do(method, path, token string, form url.Values) *http.Response {
	e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, e.ts.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if token != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	}
	resp, err := noRedirect().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func noRedirect() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func readBody(t testing.TB, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// addPost queues a post as sam and returns it.
func (e *testEnv) addPost(body string, at time.Time, tags ...string) *post.Post {
	e.t.Helper()
	p, err := e.cal.AddPost(context.Background(), calendar.AddPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff},
		Body: body, Channels: []string{"x", "preview"}, At: at, Tags: tags})
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// storeOpts is the store configuration of most tests: real clock, no fsync.
func storeOpts() store.Options { return store.Options{NoSync: true} }

func revisionOf(p *post.Post, by string) store.Revision {
	return store.Revision{PostID: p.ID, ContentHash: p.ContentHash(), Body: p.Body, Variants: p.Variants, By: by, At: time.Now()}
}

// apiJSON sends a JSON API request with a session cookie and its CSRF
// header, and returns the status and, for an error, its code and message.
func (e *testEnv) apiJSON(method, path, token, csrf, body string) (status int, code, message string) {
	e.t.Helper()
	resp := e.postJSON(method, path, token, csrf, body)
	var out struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	json.NewDecoder(resp.Body).Decode(&out) // a success answer has no error to read
	return resp.StatusCode, out.Error.Code, out.Error.Message
}
