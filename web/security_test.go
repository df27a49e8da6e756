package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// xss is put in every field a person can type; it must come back escaped.
const xss = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`

// TestUserTextIsEscapedEverywhere stores the payload in a post body, a
// variant, tags, a hold reason, a review comment, an override reason, an
// authorization's reference and note and a user's display name, then
// renders every page that shows them.
func TestUserTextIsEscapedEverywhere(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	admin := calendar.Actor{Name: "ada", Role: post.RoleAdmin}
	at := time.Now().Add(72 * time.Hour)
	a, err := e.cal.AddAuthorization(ctx, calendar.AddAuthorization{Actor: admin, PatientRef: xss, Uses: []post.Use{post.UseStory},
		Granted: time.Now().Add(-time.Hour), Note: xss})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.AddUser(ctx, calendar.AddUser{Actor: admin, Name: "eve", DisplayName: xss, Role: post.RoleStaff, Password: testPassword}); err != nil {
		t.Fatal(err)
	}
	p, err := e.cal.AddPost(ctx, calendar.AddPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff},
		Body: "Our patient shared a story. " + xss, Variants: map[string]string{"x": "Short: " + xss},
		Channels: []string{"x", "preview"}, At: at, Tags: []string{xss}})
	if err != nil {
		t.Fatal(err)
	}
	reviewed, err := e.cal.Review(ctx, calendar.ReviewPost{Actor: calendar.Actor{Name: "drlee", Role: post.RoleReviewer}, ID: p.ID,
		Decision: post.DecisionRequestChanges, Comment: xss})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.db.SaveRevision(ctx, revisionOf(reviewed, "drlee")); err != nil {
		t.Fatal(err)
	}
	body := "Our patient shared a story, edited. " + xss
	if _, err := e.cal.EditPost(ctx, calendar.EditPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff}, ID: p.ID, Body: &body}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.HoldPost(ctx, calendar.PostRef{Actor: admin, ID: e.addPost("Flu shots this week.", at).ID, Reason: xss}); err != nil {
		t.Fatal(err)
	}
	token, _ := e.session("ada")
	month := at.In(e.cal.Location()).Format("2006-01-02")
	pages := []string{
		"/calendar?date=" + month, "/calendar?view=week&date=" + month, "/calendar?view=list&date=" + month,
		"/calendar?tag=" + url.QueryEscape(xss), "/posts/" + p.ID, "/posts/" + p.ID + "/edit", "/review", "/review/" + p.ID,
		"/authorizations", "/users", "/audit", "/login?next=" + url.QueryEscape(xss), "/api/posts/" + p.ID,
	}
	for _, path := range pages {
		resp := e.do("GET", path, token, nil)
		html := readBody(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", path, resp.StatusCode)
			continue
		}
		for _, raw := range []string{"<script>alert", "<img src=x", "onerror=alert(2)>"} {
			if strings.Contains(html, raw) {
				t.Errorf("GET %s: the payload %q came back unescaped", path, raw)
			}
		}
	}
	// The payload must still be visible as text where it belongs.
	if html := readBody(t, e.do("GET", "/posts/"+p.ID, token, nil)); !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("post page does not show the escaped text")
	}
	_ = a
}

func TestCrossSiteAndTokenlessPostsAreRefused(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	cases := []struct {
		name    string
		headers map[string]string
		form    url.Values
	}{
		{"cross-site Origin", map[string]string{"Origin": "https://evil.example"}, url.Values{"csrf": {csrf}, "reason": {"x"}}},
		{"Sec-Fetch-Site cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}, url.Values{"csrf": {csrf}, "reason": {"x"}}},
		{"no CSRF token", nil, url.Values{"reason": {"x"}}},
		{"wrong CSRF token", nil, url.Values{"csrf": {"forged"}, "reason": {"x"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", e.ts.URL+"/emergency/stop", strings.NewReader(c.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
			for k, v := range c.headers {
				req.Header.Set(k, v)
			}
			resp, err := noRedirect().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("status %d, want 403", resp.StatusCode)
			}
		})
	}
	if e.srv.emergencyActive(context.Background()) {
		t.Fatal("a refused request turned the emergency stop on")
	}
	// The same request from the page itself works.
	resp := e.do("POST", "/emergency/stop", token, url.Values{"csrf": {csrf}, "reason": {"drill"}})
	if resp.StatusCode != http.StatusSeeOther || !e.srv.emergencyActive(context.Background()) {
		t.Fatalf("same-site POST: status %d, stop on %v", resp.StatusCode, e.srv.emergencyActive(context.Background()))
	}
}

// TestLoginRotatesTheSessionAndLogoutEndsIt: a token planted before sign-in
// never becomes a signed-in session, and sign-out deletes it server-side.
func TestLoginRotatesTheSessionAndLogoutEndsIt(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	planted, _ := e.session("sam") // an attacker's own valid session, planted in the victim's browser
	form := url.Values{"name": {"drlee"}, "password": {testPassword}}
	req, _ := http.NewRequest("POST", e.ts.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: planted})
	resp, err := noRedirect().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login status %d", resp.StatusCode)
	}
	var issued *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == sessionCookie {
			issued = c
		}
	}
	switch {
	case issued == nil || issued.Value == "":
		t.Fatal("login set no session cookie")
	case issued.Value == planted:
		t.Fatal("login kept the planted session token")
	case !issued.HttpOnly || issued.SameSite != http.SameSiteLaxMode:
		t.Errorf("cookie flags: HttpOnly %v SameSite %v", issued.HttpOnly, issued.SameSite)
	}
	if _, err := e.db.Session(ctx, planted); err == nil {
		t.Error("the planted session still exists after login")
	}
	sess, err := e.db.Session(ctx, issued.Value)
	if err != nil || sess.User != "drlee" {
		t.Fatalf("new session = %+v, %v", sess, err)
	}
	if r := e.do("GET", "/review", issued.Value, nil); r.StatusCode != http.StatusOK {
		t.Fatalf("signed-in page: %d", r.StatusCode)
	}
	if r := e.do("POST", "/logout", issued.Value, url.Values{"csrf": {sess.CSRF}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %d", r.StatusCode)
	}
	if _, err := e.db.Session(ctx, issued.Value); err == nil {
		t.Error("the session survived logout")
	}
	if r := e.do("GET", "/review", issued.Value, nil); r.StatusCode != http.StatusSeeOther || !strings.HasPrefix(r.Header.Get("Location"), "/login") {
		t.Errorf("after logout the old cookie still opens pages: %d", r.StatusCode)
	}
}

func TestLoginIsRateLimited(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	try := func(pw string) int {
		r := e.do("POST", "/login", "", url.Values{"name": {"sam"}, "password": {pw}})
		return r.StatusCode
	}
	for i := range 5 {
		if got := try("wrong password"); got != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d, want 401", i+1, got)
		}
	}
	if got := try(testPassword); got != http.StatusTooManyRequests {
		t.Fatalf("after 5 failures the right password got %d, want 429", got)
	}
}

// TestStaffCannotApprove: no review controls on staff pages, and the POST
// itself is refused.
func TestStaffCannotApprove(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(48*time.Hour))
	if p.Status != post.StatusNeedsReview {
		t.Fatalf("setup: post is %s", p.Status)
	}
	token, csrf := e.session("sam")
	html := readBody(t, e.do("GET", "/posts/"+p.ID, token, nil))
	if strings.Contains(html, `value="approve"`) || strings.Contains(html, `href="/review/`+p.ID) {
		t.Error("the post page offers staff a review control")
	}
	r := e.do("POST", "/posts/"+p.ID+"/review", token, url.Values{"csrf": {csrf}, "decision": {"approve"}, "content_hash": {p.ContentHash()}})
	if r.StatusCode != http.StatusForbidden {
		t.Errorf("staff approve: status %d, want 403", r.StatusCode)
	}
	v, _ := e.cal.GetPost(context.Background(), calendar.PostRef{ID: p.ID})
	if v.Post.Status != post.StatusNeedsReview {
		t.Errorf("post is %s after a refused approval", v.Post.Status)
	}
}

func TestAPITokensOpenTheAPIOnly(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	admin, csrf := e.session("ada")
	html := readBody(t, e.do("POST", "/users/sam/tokens", admin, url.Values{"csrf": {csrf}, "label": {"script"}}))
	i := strings.Index(html, `id="new-token">`)
	if i < 0 {
		t.Fatal("no token shown")
	}
	tok := html[i+len(`id="new-token">`):]
	tok = tok[:strings.Index(tok, "<")]
	call := func(method, path, body string) int {
		req, _ := http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Content-Type", "application/json")
		resp, err := noRedirect().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	cases := []struct {
		method, path, body string
		want               int
	}{
		{"GET", "/api/posts", "", http.StatusOK},
		{"POST", "/api/posts", `{"body":"Flu shots this week.","channels":["preview"]}`, http.StatusCreated},
		{"POST", "/api/posts", `{"body":"x","channels":["nowhere"]}`, http.StatusBadRequest},
		{"POST", "/api/posts", `{"body":"x","chanels":["preview"]}`, http.StatusBadRequest},
		{"POST", "/api/check", `{"body":"Call 917-555-0142","channels":["x"]}`, http.StatusOK},
		{"GET", "/api/review-queue", "", http.StatusForbidden},
		{"GET", "/calendar", "", http.StatusSeeOther}, // pages need a browser session
	}
	for _, c := range cases {
		if got := call(c.method, c.path, c.body); got != c.want {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, got, c.want)
		}
	}
}
