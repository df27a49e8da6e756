package mastodon_test

import (
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/mastodon"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/post"
)

const redirect = "https://clinic.example/connect/mastodon/callback"

var hidden = regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`)

// approve opens the consent page at authURL and presses decision,
// returning the query the instance sends back to the redirect URI.
func approve(t *testing.T, authURL, decision string) url.Values {
	t.Helper()
	resp, err := http.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("consent page: HTTP %d: %s", resp.StatusCode, page)
	}
	form := url.Values{"decision": {decision}}
	for _, m := range hidden.FindAllStringSubmatch(page, -1) {
		form.Set(m[1], html.UnescapeString(m[2]))
	}
	u, _ := url.Parse(authURL)
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err = noFollow.PostForm(u.Scheme+"://"+u.Host+u.Path, form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusFound || err != nil || !strings.HasPrefix(back.String(), redirect) {
		t.Fatalf("consent answer: HTTP %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	return back.Query()
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newConnector(t *testing.T, fake *mastodonfake.Server, secrets channels.SecretStore, account string) *mastodon.Connector {
	t.Helper()
	cn, err := mastodon.NewConnector(mastodon.ConnectConfig{ChannelID: "md", Instance: fake.URL(), Account: account, Secrets: secrets})
	if err != nil {
		t.Fatal(err)
	}
	return cn
}

// TestConnect: practicepost registers itself on the instance once, the
// admin approves, the code becomes a token of the right account that
// publishes, and the app is kept (encrypted, by the store) for the next
// connection.
func TestConnect(t *testing.T) {
	fake := newFake(t)
	secrets := &channeltest.Secrets{}
	cn := newConnector(t, fake, secrets, "@"+mastodonfake.Username)
	ctx := t.Context()
	if got := cn.AuthorizeURL(redirect, "st", "v"); got != "" {
		t.Errorf("before Prepare the consent page is %q, want none", got)
	}
	if err := cn.Prepare(ctx, redirect); err != nil {
		t.Fatal(err)
	}
	verifier := oauth2.GenerateVerifier()
	back := approve(t, cn.AuthorizeURL(redirect, "state-1", verifier), "allow")
	if back.Get("state") != "state-1" || back.Get("code") == "" {
		t.Fatalf("the instance sent back %v", back)
	}
	res, err := cn.Connect(ctx, redirect, channels.Returned{Code: back.Get("code"), Verifier: verifier})
	if err != nil {
		t.Fatal(err)
	}
	if res.Account.ID != mastodonfake.AccountID || res.Account.Name != "@"+mastodonfake.Username {
		t.Errorf("connected account %+v", res.Account)
	}
	tok, err := mastodon.ParseStoredToken(res.Secret)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Scope != strings.Join(mastodon.ConnectScopes, " ") {
		t.Errorf("token scope %q", tok.Scope)
	}
	cfg := config(fake.URL(), &channeltest.LogBuffer{})
	cfg.AccessToken = tok.AccessToken
	if _, err := newChannel(t, cfg).Publish(ctx, outgoing("Connected through the consent page")); err != nil {
		t.Fatalf("publishing with the connected token: %v", err)
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("statuses = %d, want 1", n)
	}
	// The same code works once.
	if _, err := cn.Connect(ctx, redirect, channels.Returned{Code: back.Get("code"), Verifier: verifier}); err == nil {
		t.Error("a used code connected again")
	}
	// A second connection (another connector, as after a restart) reuses
	// the stored app; another redirect URI registers a new one.
	again := newConnector(t, fake, secrets, "")
	if err := again.Prepare(ctx, redirect); err != nil {
		t.Fatal(err)
	}
	if apps := fake.Apps(); len(apps) != 1 || apps[0] != mastodon.AppName {
		t.Errorf("apps registered: %v, want one %q", apps, mastodon.AppName)
	}
	if err := again.Prepare(ctx, "https://new.example/connect/mastodon/callback"); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Apps()); n != 2 {
		t.Errorf("a new redirect URI registered %d apps in all, want 2", n)
	}
	if app, _ := secrets.LoadSecret(ctx, mastodon.AppSecretName("md")); !strings.Contains(string(app), "new.example") {
		t.Error("the new app is not the one stored")
	}
}

// TestConnectRefusals: what the instance or the admin refuses stores no
// token and says why in fixed words.
func TestConnectRefusals(t *testing.T) {
	tests := []struct {
		name   string
		setup  func(fake *mastodonfake.Server)
		code   func(back url.Values) string
		verify func(v string) string
		reason string
	}{
		{"another account signed in", func(f *mastodonfake.Server) { f.SignInAs(mastodonfake.OtherUsername) }, nil, nil, "this channel is for @riversideclinic"},
		{"made-up code", nil, func(url.Values) string { return "fake-code-made-up" }, nil, "did not accept the sign-in"},
		{"wrong PKCE verifier", nil, nil, func(string) string { return oauth2.GenerateVerifier() }, "did not accept the sign-in"},
		{"no code", nil, func(url.Values) string { return "" }, nil, "sent no authorization code"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := newFake(t)
			if tc.setup != nil {
				tc.setup(fake)
			}
			cn := newConnector(t, fake, &channeltest.Secrets{}, mastodonfake.Username)
			if err := cn.Prepare(t.Context(), redirect); err != nil {
				t.Fatal(err)
			}
			verifier := oauth2.GenerateVerifier()
			back := approve(t, cn.AuthorizeURL(redirect, "s", verifier), "allow")
			code := back.Get("code")
			if tc.code != nil {
				code = tc.code(back)
			}
			if tc.verify != nil {
				verifier = tc.verify(verifier)
			}
			res, err := cn.Connect(t.Context(), redirect, channels.Returned{Code: code, Verifier: verifier})
			reason, ok := channels.ConnectReason(err)
			if !ok || !strings.Contains(reason, tc.reason) {
				t.Fatalf("Connect = %v; want a reason containing %q", err, tc.reason)
			}
			if res.Secret != nil {
				t.Error("a refused connection yields a token")
			}
		})
	}
	t.Run("denied", func(t *testing.T) {
		fake := newFake(t)
		cn := newConnector(t, fake, &channeltest.Secrets{}, "")
		if err := cn.Prepare(t.Context(), redirect); err != nil {
			t.Fatal(err)
		}
		back := approve(t, cn.AuthorizeURL(redirect, "s", oauth2.GenerateVerifier()), "deny")
		if back.Get("error") != "access_denied" || back.Get("code") != "" {
			t.Errorf("a denial sent back %v", back)
		}
	})
	t.Run("unreachable instance", func(t *testing.T) {
		fake := newFake(t)
		cn := newConnector(t, fake, &channeltest.Secrets{}, "")
		fake.Close()
		_, ok := channels.ConnectReason(cn.Prepare(t.Context(), redirect))
		if !ok {
			t.Error("an instance that does not answer gives no reason")
		}
	})
}

// TestConnectedTokenScopes: the fake answers 403 outside a token's
// scopes, so the scopes practicepost asks for are enough for all it does
// (verify, list, post, upload, read a status).
func TestConnectedTokenScopes(t *testing.T) {
	fake := newFake(t)
	cn := newConnector(t, fake, &channeltest.Secrets{}, "")
	if err := cn.Prepare(t.Context(), redirect); err != nil {
		t.Fatal(err)
	}
	verifier := oauth2.GenerateVerifier()
	back := approve(t, cn.AuthorizeURL(redirect, "s", verifier), "allow")
	res, err := cn.Connect(t.Context(), redirect, channels.Returned{Code: back.Get("code"), Verifier: verifier})
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := mastodon.ParseStoredToken(res.Secret)
	cfg := config(fake.URL(), &channeltest.LogBuffer{})
	cfg.AccessToken = tok.AccessToken
	c := newChannel(t, cfg)
	o := outgoing("With an image")
	o.Media = []post.MediaFile{{Name: "clinic.png", ContentType: "image/png", AltText: "The clinic's front door", Data: []byte("\x89PNG\r\n\x1a\n")}}
	rec, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatalf("Publish with the connected token: %v", err)
	}
	if _, err := c.Engagement(t.Context(), []string{rec.RemoteID}); err != nil {
		t.Errorf("Engagement: %v", err)
	}
	if _, err := c.Comments(t.Context(), rec.RemoteID, rec.PublishedAt.Add(-1)); err != nil {
		t.Errorf("Comments: %v", err)
	}
}
