package web

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/config"
)

// connectEnv is a test server whose channels x, fb and li can be connected
// against the platform fakes.
func connectEnv(t *testing.T) (*testEnv, *xfake.Server) {
	t.Helper()
	e := newTestEnv(t, storeOpts())
	xf, fb, li := xfake.New(), fbfake.New(), lifake.New()
	t.Cleanup(xf.Close)
	t.Cleanup(fb.Close)
	t.Cleanup(li.Close)
	e.rebuild(func(o *Options) {
		// The LinkedIn fake only accepts this redirect URI.
		o.BaseURL = strings.TrimSuffix(lifake.RedirectURI, "/connect/linkedin/callback")
		o.ChannelConfigs = []config.Channel{
			{ID: "x", Kind: config.KindX, ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, APIBase: xf.URL()},
			{ID: "fb", Kind: config.KindFacebook, AppID: fbfake.AppID, AppSecret: fbfake.AppSecret, PageID: fbfake.PageID,
				GraphVersion: "v24.0", APIBase: fb.URL()},
			{ID: "li", Kind: config.KindLinkedIn, ClientID: lifake.ClientID, ClientSecret: lifake.ClientSecret, APIBase: li.URL()},
			{ID: "preview", Kind: config.KindPreview},
		}
	})
	return e, xf
}

// goLink finds the href of the connect page's link on to the network.
var goLink = regexp.MustCompile(`id="connect-go" data-auto-follow href="([^"]+)"`)

// startConnect presses Connect and returns the platform URL its page links
// to.
func (e *testEnv) startConnect(token, csrf, channel string) *url.URL {
	e.t.Helper()
	resp := e.do(http.MethodPost, "/channels/"+channel+"/connect", token, url.Values{"csrf": {csrf}})
	body := readBody(e.t, resp)
	if resp.StatusCode != http.StatusOK {
		e.t.Fatalf("connect %s: status %d: %s", channel, resp.StatusCode, body)
	}
	m := goLink.FindStringSubmatch(body)
	if m == nil {
		e.t.Fatalf("connect %s: no link on to the network in\n%s", channel, body)
	}
	u, err := url.Parse(html.UnescapeString(m[1]))
	if err != nil || u.Query().Get("state") == "" {
		e.t.Fatalf("connect %s: links to %q", channel, m[1])
	}
	return u
}

func (e *testEnv) secret(name string) string {
	e.t.Helper()
	b, err := e.db.LoadSecret(context.Background(), name)
	if err != nil {
		e.t.Fatal(err)
	}
	return string(b)
}

func TestConnectX(t *testing.T) {
	e, xf := connectEnv(t)
	token, csrf := e.session("ada")
	page := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
	if !strings.Contains(page, `action="/channels/x/connect"`) || strings.Contains(page, `action="/channels/preview/connect"`) {
		t.Error("the channels page does not offer Connect exactly where app credentials exist")
	}
	u := e.startConnect(token, csrf, "x")
	q := u.Query()
	if !strings.HasPrefix(u.String(), x.DefaultAuthBase) || q.Get("code_challenge_method") != "S256" || q.Get("client_id") != xfake.ClientID ||
		q.Get("redirect_uri") != e.srv.callbackURL("x") || strings.Contains(u.String(), "verifier") {
		t.Fatalf("authorize URL %s", u)
	}
	code := xf.IssueCode(q.Get("code_challenge"), q.Get("redirect_uri"))
	callback := "/connect/x/callback?" + url.Values{"state": {q.Get("state")}, "code": {code}}.Encode()

	other, _ := e.session("ada") // the same admin in another browser
	if resp := e.do(http.MethodGet, callback, other, nil); resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("callback from another session: status %d", resp.StatusCode)
	}
	// The state was spent by that attempt: start again.
	u = e.startConnect(token, csrf, "x")
	q = u.Query()
	code = xf.IssueCode(q.Get("code_challenge"), q.Get("redirect_uri"))
	callback = "/connect/x/callback?" + url.Values{"state": {q.Get("state")}, "code": {code}}.Encode()
	resp := e.do(http.MethodGet, callback, token, nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/channels?done=connected" {
		t.Fatalf("callback: status %d, location %q: %s", resp.StatusCode, resp.Header.Get("Location"), readBody(t, resp))
	}
	var stored struct {
		AccessToken  string `json:"access_token"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := json.Unmarshal([]byte(e.secret(x.TokenSecretName("x"))), &stored); err != nil || !strings.HasPrefix(stored.AccessToken, "xfake-bearer-") ||
		stored.RefreshToken != xf.CurrentRefreshToken() {
		t.Fatalf("stored X token %+v (%v)", stored, err)
	}
	if resp := e.do(http.MethodGet, callback, token, nil); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("replayed callback: status %d", resp.StatusCode)
	}
	if audit := readBody(t, e.do(http.MethodGet, "/audit", token, nil)); !strings.Contains(audit, "channel.connect") {
		t.Error("the connection is not audited")
	}
}

func TestConnectFacebook(t *testing.T) {
	e, _ := connectEnv(t)
	token, csrf := e.session("ada")
	u := e.startConnect(token, csrf, "fb")
	q := u.Query()
	if u.Host != "www.facebook.com" || u.Path != "/v24.0/dialog/oauth" || q.Get("response_type") != "token" || q.Get("client_id") != fbfake.AppID {
		t.Fatalf("dialog URL %s", u)
	}
	page := readBody(t, e.do(http.MethodGet, "/connect/facebook/callback", token, nil))
	if !strings.Contains(page, `id="fb-connect"`) || strings.Contains(page, "<script>") {
		t.Error("the Facebook callback page lacks its form, or has an inline script")
	}
	post := func(state, userToken string) *http.Response {
		return e.do(http.MethodPost, "/connect/facebook/callback", token, url.Values{"csrf": {csrf}, "state": {state}, "access_token": {userToken}})
	}
	if resp := post("made-up-state", fbfake.ShortUserToken); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("made-up state: status %d", resp.StatusCode)
	}
	if resp := post(q.Get("state"), fbfake.ShortUserToken); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("token post: status %d: %s", resp.StatusCode, readBody(t, resp))
	}
	if got := e.secret(FacebookPageTokenSecret("fb")); got != fbfake.PageToken {
		t.Errorf("stored Page token %q", got)
	}
	// A bad user token is refused by Facebook and stores nothing new.
	q = e.startConnect(token, csrf, "fb").Query()
	resp := post(q.Get("state"), "EAAnot-a-token")
	if body := readBody(t, resp); resp.StatusCode != http.StatusBadRequest || strings.Contains(body, "EAAnot-a-token") {
		t.Errorf("bad user token: status %d, or the token is echoed", resp.StatusCode)
	}
}

func TestConnectLinkedIn(t *testing.T) {
	e, _ := connectEnv(t)
	token, csrf := e.session("ada")
	q := e.startConnect(token, csrf, "li").Query()
	if q.Get("redirect_uri") != lifake.RedirectURI || q.Get("response_type") != "code" {
		t.Fatalf("authorization query %v", q)
	}
	cancelled := "/connect/linkedin/callback?" + url.Values{"state": {q.Get("state")}, "error": {"user_cancelled_authorize"}}.Encode()
	if resp := e.do(http.MethodGet, cancelled, token, nil); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("cancelled: status %d", resp.StatusCode)
	}
	q = e.startConnect(token, csrf, "li").Query()
	resp := e.do(http.MethodGet, "/connect/linkedin/callback?"+url.Values{"state": {q.Get("state")}, "code": {lifake.AuthCode}}.Encode(), token, nil)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("callback: status %d: %s", resp.StatusCode, readBody(t, resp))
	}
	var stored linkedinToken
	if err := json.Unmarshal([]byte(e.secret(LinkedInTokenSecret("li"))), &stored); err != nil || stored.AccessToken != lifake.AccessToken {
		t.Fatalf("stored token %+v (%v)", stored, err)
	}
	if d := time.Until(stored.Expires); d < 59*24*time.Hour || d > 61*24*time.Hour {
		t.Errorf("token expires in %v, want about 60 days", d)
	}
}

// TestConnectStates: a state is random, bound to its session and kind,
// single use and good for ten minutes.
func TestConnectStates(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name          string
		session, kind string
		at            time.Time
		want          bool
	}{
		{"same session in time", "s1", "x", t0.Add(9 * time.Minute), true},
		{"another session", "s2", "x", t0.Add(time.Minute), false},
		{"another network", "s1", "linkedin", t0.Add(time.Minute), false},
		{"expired", "s1", "x", t0.Add(connectTTL), false},
		{"no session", "", "x", t0.Add(time.Minute), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c connectStates
			st := c.put(pendingConnect{channel: "x", kind: "x", session: "s1"}, t0)
			if _, ok := c.take(st, tt.session, tt.kind, tt.at); ok != tt.want {
				t.Fatalf("take = %v, want %v", ok, tt.want)
			}
			if _, ok := c.take(st, "s1", "x", t0); ok {
				t.Fatal("a state was used twice")
			}
		})
	}
	var c connectStates
	a, b := c.put(pendingConnect{session: "s"}, t0), c.put(pendingConnect{session: "s"}, t0)
	if a == b || len(a) < 40 {
		t.Errorf("states %q and %q are not distinct random tokens", a, b)
	}
	for range maxPendingConnects - 2 {
		c.put(pendingConnect{session: "s"}, t0)
	}
	if st := c.put(pendingConnect{session: "s"}, t0); st != "" {
		t.Error("more flows pending than the bound")
	}
	if st := c.put(pendingConnect{session: "s"}, t0.Add(connectTTL)); st == "" {
		t.Error("expired flows are not pruned")
	}
}
