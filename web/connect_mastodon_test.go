package web

import (
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/mastodon"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/post"
)

// TestConnectMastodon goes from an admin pressing Connect to a channel
// that publishes: the web UI asks the kind's connector to register
// practicepost on the instance (the app kept encrypted in the store), the
// admin approves on the instance's consent page, the callback stores the
// token, and the channel, built through the kind as the daemon builds it,
// posts with it. Only an admin with the form's CSRF token can start it.
func TestConnectMastodon(t *testing.T) {
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "md", Kind: "mastodon", Name: "Mastodon"}})
	fake := mastodonfake.New()
	t.Cleanup(fake.Close)
	kind, ok := channels.Lookup("mastodon")
	if !ok {
		t.Fatal("kind mastodon is not registered")
	}
	setup := channels.Setup{ID: "md", Name: "Mastodon", APIBase: fake.URL(),
		Options: &mastodon.Options{Instance: fake.URL(), Account: "@" + mastodonfake.Username}, Secrets: e.db, Logger: slog.New(slog.DiscardHandler)}
	cn, err := kind.Connector(setup)
	if err != nil || cn == nil {
		t.Fatalf("Connector = %v, %v", cn, err)
	}
	ch, err := kind.New(t.Context(), setup)
	if err != nil {
		t.Fatal(err)
	}
	e.rebuild(func(o *Options) {
		o.Channels = map[string]channels.Channel{"md": ch}
		o.Connectors = map[string]channels.Connector{"md": cn}
	})
	e.srv.opt.BaseURL = e.ts.URL

	out := post.Outgoing{PostID: post.NewID(time.Now()), Channel: "md", AttemptID: post.NewID(time.Now()), Text: "Flu shots on Saturday"}
	if _, err := ch.Publish(t.Context(), out); channels.ClassOf(err) != channels.AuthExpired {
		t.Fatalf("publishing before connecting: %v, want the login-expired class that pauses the channel", err)
	}

	// Only an admin, only with the form token.
	admin, csrf := e.session("ada")
	if resp := e.do(http.MethodPost, "/channels/md/connect", admin, url.Values{"csrf": {"forged"}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("Connect without the form token: status %d", resp.StatusCode)
	}
	staff, staffCSRF := e.session("sam")
	if resp := e.do(http.MethodPost, "/channels/md/connect", staff, url.Values{"csrf": {staffCSRF}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff pressing Connect: status %d", resp.StatusCode)
	}
	if apps := fake.Apps(); len(apps) != 0 {
		t.Fatalf("refused requests registered apps: %v", apps)
	}

	u := e.startConnect(admin, csrf, "md")
	q := u.Query()
	if !strings.HasPrefix(u.String(), fake.URL()+"/oauth/authorize?") || q.Get("redirect_uri") != e.ts.URL+"/connect/mastodon/callback" ||
		q.Get("code_challenge_method") != "S256" || q.Get("scope") != strings.Join(mastodon.ConnectScopes, " ") {
		t.Fatalf("authorize URL %s", u)
	}
	if apps := fake.Apps(); len(apps) != 1 || apps[0] != mastodon.AppName {
		t.Fatalf("apps registered on the instance: %v", apps)
	}
	if app := e.secret(mastodon.AppSecretName("md")); !strings.Contains(app, q.Get("client_id")) {
		t.Errorf("the registered app is not stored: %q", app)
	}
	resp := (&connectEnv{testEnv: e}).callback(admin, consent(t, u, "allow"))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/channels?done=connected" {
		t.Fatalf("callback: status %d, location %q: %s", resp.StatusCode, resp.Header.Get("Location"), readBody(t, resp))
	}
	if _, err := mastodon.ParseStoredToken([]byte(e.secret(mastodon.TokenSecretName("md")))); err != nil {
		t.Fatal(err)
	}
	r, err := ch.Publish(t.Context(), out)
	if err != nil {
		t.Fatalf("publishing after connecting: %v", err)
	}
	if got := fake.Accepted(); len(got) != 1 || got[0].RemoteID != r.RemoteID {
		t.Errorf("statuses on the instance: %+v", got)
	}

	// Connecting again reuses the stored app; the wrong account is
	// refused and leaves the working token in place.
	before := e.secret(mastodon.TokenSecretName("md"))
	fake.SignInAs(mastodonfake.OtherUsername)
	resp = (&connectEnv{testEnv: e}).callback(admin, consent(t, e.startConnect(admin, csrf, "md"), "allow"))
	wantRefused(t, resp, "this channel is for @"+mastodonfake.Username)
	if after := e.secret(mastodon.TokenSecretName("md")); after != before {
		t.Error("a refused connection replaced the working token")
	}
	if apps := fake.Apps(); len(apps) != 1 {
		t.Errorf("a second connect registered another app: %v", apps)
	}
}
