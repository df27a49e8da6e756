package web

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// connectFakes are the three platform fakes a connect test signs in to.
type connectFakes struct {
	x  *xfake.Server
	fb *fbfake.Server
	li *lifake.Server
}

// connectEnv is a test server whose channels x, fb and li connect through
// the fakes' consent pages, with adapters reading what the flow stores.
type connectEnv struct {
	*testEnv
	fakes connectFakes
	x     *x.Channel    // the X adapter, reading the pair the flow stores
	logs  *bytes.Buffer // the server's log, for the warn lines
}

// liVersion is the LinkedIn-Version of the connect tests.
const liVersion = "202606"

// connectChannels are the calendar's channels in connect tests.
func connectChannels() []calendar.ChannelInfo {
	return []calendar.ChannelInfo{
		{ID: "x", Kind: "x", Name: "X"},
		{ID: "fb", Kind: "facebook", Name: "Facebook Page"},
		{ID: "li", Kind: "linkedin", Name: "LinkedIn Page"},
		{ID: "preview", Kind: "preview", Name: "Preview"},
	}
}

// newConnectEnv builds the env; xHandle, when set, is the only X account
// the x channel accepts.
func newConnectEnv(t *testing.T, xHandle string) *connectEnv {
	t.Helper()
	e := newTestEnvWith(t, storeOpts(), connectChannels())
	f := connectFakes{x: xfake.New(), fb: fbfake.New(), li: lifake.New()}
	t.Cleanup(f.x.Close)
	t.Cleanup(f.fb.Close)
	t.Cleanup(f.li.Close)
	xc, err := x.New(x.Config{ID: "x", APIBase: f.x.URL(), ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, Secrets: e.db})
	if err != nil {
		t.Fatal(err)
	}
	xcn, err := x.NewConnector(x.ConnectConfig{ChannelID: "x", ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret,
		APIBase: f.x.URL(), AuthSite: f.x.URL(), Handle: xHandle})
	if err != nil {
		t.Fatal(err)
	}
	licn, err := linkedin.NewConnector(linkedin.ConnectConfig{ChannelID: "li", ClientID: lifake.ClientID, ClientSecret: lifake.ClientSecret,
		OrganizationID: lifake.OrganizationID, APIVersion: liVersion, APIBase: f.li.URL(), AuthSite: f.li.URL()})
	if err != nil {
		t.Fatal(err)
	}
	fbcn := facebook.PageConnector{ChannelID: "fb", PageID: fbfake.PageID, AuthSite: f.fb.URL(),
		Connector: facebook.Connector{APIBase: f.fb.URL(), GraphVersion: "v24.0", AppID: fbfake.AppID, AppSecret: fbfake.AppSecret}}
	ce := &connectEnv{testEnv: e, fakes: f, logs: &bytes.Buffer{}, x: xc}
	ce.rebuild(func(o *Options) {
		o.Channels = map[string]channels.Channel{"x": xc}
		o.Connectors = map[string]channels.Connector{"x": xcn, "fb": fbcn, "li": licn}
		o.Logger = slog.New(slog.NewTextHandler(ce.logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	})
	// The callback address is the live server's, known only now.
	e.srv.opt.BaseURL = e.ts.URL
	return ce
}

// facebookAdapter and linkedinAdapter are the Page adapters over the
// token the connect flow stored, as the daemon builds them.
func (e *connectEnv) facebookAdapter() *facebook.Channel {
	e.t.Helper()
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: e.fakes.fb.URL(), PageID: fbfake.PageID,
		PageAccessToken: e.secret(facebook.PageTokenSecretName("fb")), GraphVersion: "v24.0"})
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *connectEnv) linkedinAdapter() *linkedin.Channel {
	e.t.Helper()
	tok, err := linkedin.ParseStoredToken([]byte(e.secret(linkedin.TokenSecretName("li"))))
	if err != nil {
		e.t.Fatal(err)
	}
	c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: e.fakes.li.URL(), OrganizationID: lifake.OrganizationID,
		AccessToken: tok.AccessToken, APIVersion: liVersion, TokenExpires: tok.Expires})
	if err != nil {
		e.t.Fatal(err)
	}
	return c
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

// hiddenField reads the hidden inputs of a fake's consent page.
var hiddenField = regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`)

// consent opens a fake's consent page at u and presses allow or deny,
// returning where the fake sends the browser back to.
func consent(t *testing.T, u *url.URL, decision string) *url.URL {
	t.Helper()
	resp, err := http.Get(u.String())
	if err != nil {
		t.Fatal(err)
	}
	page := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("consent page %s: status %d: %s", u, resp.StatusCode, page)
	}
	form := url.Values{"decision": {decision}}
	for _, m := range hiddenField.FindAllStringSubmatch(page, -1) {
		form.Set(m[1], html.UnescapeString(m[2]))
	}
	if decision == "cancel" || decision == "deny" {
		form.Set("decision", "deny") // LinkedIn's cancel and the others' deny both refuse
	}
	resp, err = noRedirect().PostForm(u.Scheme+"://"+u.Host+u.Path, form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusFound || err != nil {
		t.Fatalf("consent answer: status %d, location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	return back
}

// callback follows the network's redirect back to this server.
func (e *connectEnv) callback(token string, back *url.URL) *http.Response {
	e.t.Helper()
	if !strings.HasPrefix(back.String(), e.ts.URL+"/connect/") {
		e.t.Fatalf("the network sent the browser to %s, not to this server's callback", back)
	}
	return e.do(http.MethodGet, back.RequestURI(), token, nil)
}

// fragmentPost is what the Facebook callback page's script posts.
func (e *connectEnv) fragmentPost(token, csrf string, back *url.URL) *http.Response {
	e.t.Helper()
	frag, err := url.ParseQuery(back.Fragment)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.do(http.MethodPost, back.Path, token, url.Values{"csrf": {csrf}, "state": {frag.Get("state")}, "access_token": {frag.Get("access_token")}})
}

func (e *testEnv) secret(name string) string {
	e.t.Helper()
	b, err := e.db.LoadSecret(context.Background(), name)
	if err != nil {
		e.t.Fatal(err)
	}
	return string(b)
}

// wantRefused checks a failed connect: 400, the fixed words, nothing of
// the query echoed.
func wantRefused(t *testing.T, resp *http.Response, words string, notEchoed ...string) {
	t.Helper()
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, words) {
		t.Errorf("status %d, want 400 saying %q:\n%s", resp.StatusCode, words, body)
	}
	for _, s := range notEchoed {
		if strings.Contains(body, s) {
			t.Errorf("the page echoes %q", s)
		}
	}
}

func TestConnectX(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	page := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
	if !strings.Contains(page, `action="/channels/x/connect"`) || strings.Contains(page, `action="/channels/preview/connect"`) {
		t.Error("the channels page does not offer Connect exactly where app credentials exist")
	}
	u := e.startConnect(token, csrf, "x")
	q := u.Query()
	if !strings.HasPrefix(u.String(), e.fakes.x.URL()+x.AuthorizePath) || q.Get("code_challenge_method") != "S256" || q.Get("client_id") != xfake.ClientID ||
		q.Get("redirect_uri") != e.ts.URL+"/connect/x/callback" || strings.Contains(u.String(), "verifier") {
		t.Fatalf("authorize URL %s", u)
	}
	back := consent(t, u, "allow")
	other, _ := e.session("ada") // the same admin in another browser
	wantRefused(t, e.callback(other, back), "started in another browser")
	// The state was spent by that attempt: start again.
	back = consent(t, e.startConnect(token, csrf, "x"), "allow")
	resp := e.callback(token, back)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/channels?done=connected" {
		t.Fatalf("callback: status %d, location %q: %s", resp.StatusCode, resp.Header.Get("Location"), readBody(t, resp))
	}
	var stored struct {
		AccessToken  string `json:"access_token"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := json.Unmarshal([]byte(e.secret(x.TokenSecretName("x"))), &stored); err != nil || !strings.HasPrefix(stored.AccessToken, "xfake-bearer-") ||
		stored.RefreshToken != e.fakes.x.CurrentRefreshToken() {
		t.Fatalf("stored X token %+v (%v)", stored, err)
	}
	wantRefused(t, e.callback(token, back), "already used")
	if audit := readBody(t, e.do(http.MethodGet, "/audit", token, nil)); !strings.Contains(audit, "channel.connect") {
		t.Error("the connection is not audited")
	}
	if !strings.Contains(e.logs.String(), "level=WARN msg=\"channel connect: unknown, expired, reused or foreign state\"") {
		t.Errorf("the replayed state is not logged at warn:\n%s", e.logs)
	}
}

func TestConnectFacebook(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	u := e.startConnect(token, csrf, "fb")
	q := u.Query()
	if !strings.HasPrefix(u.String(), e.fakes.fb.URL()+"/v24.0/dialog/oauth?") || q.Get("response_type") != "token" || q.Get("client_id") != fbfake.AppID {
		t.Fatalf("dialog URL %s", u)
	}
	back := consent(t, u, "allow")
	if back.Fragment == "" || back.Query().Get("state") != "" {
		t.Fatalf("the dialog's token should come back in the fragment: %s", back)
	}
	page := readBody(t, e.callback(token, back))
	if !strings.Contains(page, `id="fb-connect"`) || !strings.Contains(page, `action="/connect/facebook/callback"`) || strings.Contains(page, "<script>") {
		t.Error("the Facebook callback page lacks its form, or has an inline script")
	}
	made := e.do(http.MethodPost, "/connect/facebook/callback", token, url.Values{"csrf": {csrf}, "state": {"made-up-state"}, "access_token": {fbfake.ShortUserToken}})
	wantRefused(t, made, "expired, was already used")
	if resp := e.fragmentPost(token, csrf, back); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("token post: status %d: %s", resp.StatusCode, readBody(t, resp))
	}
	if got := e.secret(facebook.PageTokenSecretName("fb")); got != fbfake.PageToken {
		t.Errorf("stored Page token %q", got)
	}
	// A bad user token is refused by Facebook and stores nothing new.
	q = e.startConnect(token, csrf, "fb").Query()
	resp := e.do(http.MethodPost, "/connect/facebook/callback", token, url.Values{"csrf": {csrf}, "state": {q.Get("state")}, "access_token": {"EAAnot-a-token"}})
	wantRefused(t, resp, "short-lived user token is invalid or expired", "EAAnot-a-token", "Page token is expired", "Cannot parse")
}

func TestConnectLinkedIn(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	u := e.startConnect(token, csrf, "li")
	if q := u.Query(); q.Get("redirect_uri") != e.ts.URL+"/connect/linkedin/callback" || q.Get("response_type") != "code" ||
		!strings.HasPrefix(u.String(), e.fakes.li.URL()+"/oauth/v2/authorization?") {
		t.Fatalf("authorization URL %s", u)
	}
	resp := e.callback(token, consent(t, u, "allow"))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("callback: status %d: %s", resp.StatusCode, readBody(t, resp))
	}
	stored, err := linkedin.ParseStoredToken([]byte(e.secret(linkedin.TokenSecretName("li"))))
	if err != nil || stored.AccessToken != lifake.AccessToken {
		t.Fatalf("stored token %+v (%v)", stored, err)
	}
	if d := time.Until(stored.Expires); d < 59*24*time.Hour || d > 61*24*time.Hour {
		t.Errorf("token expires in %v, want about 60 days", d)
	}
}

// TestConnectRefusals: each way a connection fails says so in fixed words,
// echoes nothing from the query, and leaves the working token in place.
func TestConnectRefusals(t *testing.T) {
	tests := []struct {
		name, channel, secret string
		setup                 func(f connectFakes)
		decision              string
		want                  string
	}{
		{"x denied", "x", x.TokenSecretName("x"), nil, "deny", "the app was not approved"},
		{"x code too late", "x", x.TokenSecretName("x"), func(f connectFakes) { f.x.SlowApproval(true) }, "allow", "lasts 30 seconds"},
		{"x wrong account", "x", x.TokenSecretName("x"), func(f connectFakes) { f.x.SignInAs(xfake.OtherUsername) }, "allow",
			"you signed in to X as @" + xfake.OtherUsername + ", but this channel is for @" + xfake.Username},
		{"facebook denied", "fb", facebook.PageTokenSecretName("fb"), nil, "deny", "the app was not approved"},
		{"facebook stale user token", "fb", facebook.PageTokenSecretName("fb"), func(f connectFakes) { f.fb.StaleDialogTokens(true) }, "allow",
			"short-lived user token is invalid or expired"},
		{"facebook wrong page", "fb", facebook.PageTokenSecretName("fb"), func(f connectFakes) { f.fb.SignInAsStranger(true) }, "allow",
			"cannot post as Page " + fbfake.PageID},
		{"facebook posting not allowed", "fb", facebook.PageTokenSecretName("fb"), func(f connectFakes) { f.fb.DeclinePosting(true) }, "allow",
			"you did not allow practicepost to post as the Page"},
		{"linkedin cancelled", "li", linkedin.TokenSecretName("li"), nil, "cancel", "the app was not approved"},
		{"linkedin code expired", "li", linkedin.TokenSecretName("li"), func(f connectFakes) { f.li.StaleCodes(true) }, "allow",
			"the code expired or was already used"},
		{"linkedin not an admin", "li", linkedin.TokenSecretName("li"), func(f connectFakes) { f.li.SignInAsMember(true) }, "allow",
			"is not an administrator of organization " + lifake.OrganizationID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newConnectEnv(t, xfake.Username)
			token, csrf := e.session("ada")
			// A first, good connection: the one a failure must not replace.
			e.connect(token, csrf, tt.channel)
			before := e.secret(tt.secret)
			if tt.setup != nil {
				tt.setup(e.fakes)
			}
			back := consent(t, e.startConnect(token, csrf, tt.channel), tt.decision)
			var resp *http.Response
			if back.Fragment != "" {
				if e.callback(token, back).StatusCode != http.StatusOK {
					t.Fatal("the fragment page did not load")
				}
				resp = e.fragmentPost(token, csrf, back)
			} else {
				resp = e.callback(token, back)
			}
			wantRefused(t, resp, tt.want, "access_denied", "user_cancelled", "error_description", "Session has expired", "Permissions error")
			if after := e.secret(tt.secret); after != before {
				t.Errorf("the working token was replaced: %q, was %q", after, before)
			}
		})
	}
}

// connect runs one good connection of channel through its fake.
func (e *connectEnv) connect(token, csrf, channel string) {
	e.t.Helper()
	back := consent(e.t.(*testing.T), e.startConnect(token, csrf, channel), "allow")
	resp := e.callback(token, back)
	if back.Fragment != "" {
		resp = e.fragmentPost(token, csrf, back)
	}
	if resp.StatusCode != http.StatusSeeOther {
		e.t.Fatalf("connect %s: status %d: %s", channel, resp.StatusCode, readBody(e.t, resp))
	}
}

// TestConnectSurvivesRestart: a connect started before a daemon restart
// finishes after it, since the pending flow is in the store.
func TestConnectSurvivesRestart(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	back := consent(t, e.startConnect(token, csrf, "x"), "allow")
	opt := e.srv.opt
	srv, err := New(opt) // a new process over the same store
	if err != nil {
		t.Fatal(err)
	}
	e.ts.Config.Handler = srv.Handler()
	e.srv = srv
	if resp := e.callback(token, back); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("callback after a restart: status %d: %s", resp.StatusCode, readBody(t, resp))
	}
}

// TestConnectAdminsOnly: staff and reviewers can neither start a connect
// nor finish one.
func TestConnectAdminsOnly(t *testing.T) {
	e := newConnectEnv(t, "")
	admin, adminCSRF := e.session("ada")
	back := consent(t, e.startConnect(admin, adminCSRF, "x"), "allow")
	for _, user := range []string{"sam", "drlee"} {
		token, csrf := e.session(user)
		if resp := e.do(http.MethodPost, "/channels/x/connect", token, url.Values{"csrf": {csrf}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s pressing Connect: status %d", user, resp.StatusCode)
		}
		if resp := e.callback(token, back); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s on the callback: status %d", user, resp.StatusCode)
		}
		if resp := e.do(http.MethodPost, "/connect/facebook/callback", token, url.Values{"csrf": {csrf}, "state": {"s"}, "access_token": {"t"}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s posting a Facebook token: status %d", user, resp.StatusCode)
		}
	}
	if b, _ := e.db.LoadSecret(context.Background(), x.TokenSecretName("x")); b != nil {
		t.Error("a token was stored")
	}
}

// TestConnectStates: a state is random, bound to its session and kind,
// single use and good for ten minutes.
func TestConnectStates(t *testing.T) {
	ctx := context.Background()
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
			c := connectStates{db: newTestEnv(t, storeOpts()).db}
			st, err := c.put(ctx, pendingConnect{Channel: "x", Kind: "x", Session: "s1"}, t0)
			if err != nil {
				t.Fatal(err)
			}
			if _, ok, err := c.take(ctx, st, tt.session, tt.kind, tt.at); ok != tt.want || err != nil {
				t.Fatalf("take = %v (%v), want %v", ok, err, tt.want)
			}
			if _, ok, _ := c.take(ctx, st, "s1", "x", t0); ok {
				t.Fatal("a state was used twice")
			}
		})
	}
	c := connectStates{db: newTestEnv(t, storeOpts()).db}
	a, _ := c.put(ctx, pendingConnect{Session: "s"}, t0)
	b, _ := c.put(ctx, pendingConnect{Session: "s"}, t0)
	if a == b || len(a) < 40 {
		t.Errorf("states %q and %q are not distinct random tokens", a, b)
	}
	for range maxPendingConnects - 2 {
		if _, err := c.put(ctx, pendingConnect{Session: "s"}, t0); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := c.put(ctx, pendingConnect{Session: "s"}, t0); st != "" {
		t.Error("more flows pending than the bound")
	}
	if st, _ := c.put(ctx, pendingConnect{Session: "s"}, t0.Add(connectTTL)); st == "" {
		t.Error("expired flows are not pruned")
	}
	if names, _ := c.db.SecretNames(ctx, pendingPrefix); len(names) != 1 {
		t.Errorf("%d pending flows kept after pruning, want 1", len(names))
	}
}

// TestChannelsPageAccountStates: a fresh install says "Not connected" and
// offers "Connect account", never "Reconnect"; after connecting the row
// names the account; after a Verify that finds the login gone, it says
// "Needs reconnecting".
func TestChannelsPageAccountStates(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	rowOf := func(id string) string {
		t.Helper()
		page := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
		i := strings.Index(page, "<small>("+id+")</small>")
		if i < 0 {
			t.Fatalf("no row for %s", id)
		}
		row, _, _ := strings.Cut(page[i:], "</tr>")
		return row
	}
	for _, id := range []string{"x", "fb", "li"} {
		row := rowOf(id)
		if !strings.Contains(row, "Not connected") || !strings.Contains(row, "Connect account") || strings.Contains(row, "Reconnect") || strings.Contains(row, "Verify") {
			t.Errorf("fresh install, row %s:\n%s", id, row)
		}
	}
	e.connect(token, csrf, "x")
	e.connect(token, csrf, "li")
	if row := rowOf("x"); !strings.Contains(row, "Connected as @"+xfake.Username) || !strings.Contains(row, "Reconnect account") {
		t.Errorf("after connecting X:\n%s", row)
	}
	if row := rowOf("li"); !strings.Contains(row, "Connected as "+lifake.OrgName+" (token until") {
		t.Errorf("after connecting LinkedIn:\n%s", row)
	}
	// A token past its date needs reconnecting without any call.
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		var rec calendar.ChannelAccount
		if _, err := tx.Setting("channel-account/li", &rec); err != nil {
			return err
		}
		rec.Account.TokenExpires = time.Now().Add(-time.Hour)
		return tx.PutSetting("channel-account/li", rec, store.Audit{Actor: "test", Action: "test"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if row := rowOf("li"); !strings.Contains(row, "Needs reconnecting") {
		t.Errorf("after the LinkedIn token's date:\n%s", row)
	}
	e.fakes.x.ExpireToken()
	e.do(http.MethodPost, "/channels/x/verify", token, url.Values{"csrf": {csrf}})
	if row := rowOf("x"); !strings.Contains(row, "Needs reconnecting") || !strings.Contains(row, "Reconnect account") {
		t.Errorf("after a verify found the login gone:\n%s", row)
	}
}

// TestConnectAttacks: what an outsider, or a page the admin is lured to,
// could try against the connect flow.
func TestConnectAttacks(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	xState := func() *url.URL { return consent(t, e.startConnect(token, csrf, "x"), "allow") }

	// A cross-site form cannot post a token: no form token, no entry.
	if resp := e.do(http.MethodPost, "/connect/facebook/callback", token, url.Values{"state": {"s"}, "access_token": {fbfake.ShortUserToken}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("token post without the form token: status %d", resp.StatusCode)
	}
	// Connect is a POST with the form token: a link or image cannot start it.
	if resp := e.do(http.MethodGet, "/channels/x/connect", token, nil); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET connect: status %d", resp.StatusCode)
	}
	if resp := e.do(http.MethodPost, "/channels/x/connect", token, url.Values{}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("connect without the form token: status %d", resp.StatusCode)
	}
	// X's code brought to the LinkedIn callback: refused, and the state is spent.
	back := xState()
	swapped := "/connect/linkedin/callback?" + back.RawQuery
	wantRefused(t, e.do(http.MethodGet, swapped, token, nil), "expired, was already used")
	wantRefused(t, e.callback(token, back), "expired, was already used")
	// X's code brought to the callback of a kind that has no Connector
	// (preview), of one with none for this channel (manual) and of no
	// kind at all: refused, nothing stored, no panic.
	for _, kind := range []string{"preview", "manual", "no-such-kind"} {
		back = xState()
		wantRefused(t, e.do(http.MethodGet, "/connect/"+kind+"/callback?"+back.RawQuery, token, nil), "expired, was already used")
		wantRefused(t, e.do(http.MethodPost, "/connect/"+kind+"/callback", token,
			url.Values{"csrf": {csrf}, "state": {back.Query().Get("state")}, "access_token": {"anything"}}), "expired, was already used")
		wantRefused(t, e.do(http.MethodGet, "/connect/"+kind+"/callback", token, nil), "expired, was already used")
	}
	// A channel whose kind has no Connector cannot start a flow.
	wantRefused(t, e.do(http.MethodPost, "/channels/preview/connect", token, url.Values{"csrf": {csrf}}), "cannot be connected from here")
	// An X flow's state posted as a Facebook-style token: refused.
	back = xState()
	resp := e.do(http.MethodPost, "/connect/x/callback", token, url.Values{"csrf": {csrf}, "state": {back.Query().Get("state")}, "access_token": {"anything"}})
	wantRefused(t, resp, "expired, was already used")
	// Words in the query never reach the page.
	wantRefused(t, e.do(http.MethodGet, "/connect/x/callback?state=nope&error=<b>Call+555-0100</b>&error_description=evil", token, nil),
		"the app was not approved", "555-0100", "evil", "<b>")
	if b, _ := e.db.LoadSecret(context.Background(), x.TokenSecretName("x")); b != nil {
		t.Error("a token was stored")
	}
	// After all that, the page still offers a clean connect.
	if page := readBody(t, e.do(http.MethodGet, "/channels?done=<script>", token, nil)); strings.Contains(page, "<script>") {
		t.Error("the done code is echoed")
	}
}

// TestReconnectLiftsTheLoginPause: a channel the scheduler paused because
// its login expired says "Needs reconnecting", and reconnecting it lifts
// that pause; a pause a person set stays.
func TestReconnectLiftsTheLoginPause(t *testing.T) {
	e := newConnectEnv(t, "")
	token, csrf := e.session("ada")
	e.connect(token, csrf, "x")
	e.connect(token, csrf, "li")
	ctx := context.Background()
	if err := e.cal.PauseExpiredLogin(ctx, "x", "the X login expired"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.PauseChannel(ctx, calendar.ChannelPauseRequest{Actor: calendar.Actor{Name: "ada", Role: post.RoleAdmin},
		Channel: "li", Reason: "quiet week"}); err != nil {
		t.Fatal(err)
	}
	page := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
	xRow, _, _ := strings.Cut(page[strings.Index(page, "<small>(x)</small>"):], "</tr>")
	if !strings.Contains(xRow, "Needs reconnecting") {
		t.Errorf("a channel paused for its login:\n%s", xRow)
	}
	e.connect(token, csrf, "x")
	e.connect(token, csrf, "li")
	if p, _ := e.cal.ChannelPaused(ctx, "x"); p.Paused {
		t.Error("reconnecting X did not lift the login pause")
	}
	if p, _ := e.cal.ChannelPaused(ctx, "li"); !p.Paused {
		t.Error("reconnecting lifted a pause a person set")
	}
}
