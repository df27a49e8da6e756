package web

import (
	"bytes"
	"context"
	"html"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/post"
)

// googleConnectEnv is a server whose channel "gbp" is built as the daemon
// builds it: the google kind's Connector and New from the channels
// registry, over gbpfake, with the grant the flow stores in the store.
type googleConnectEnv struct {
	*testEnv
	fake    *gbpfake.Server
	channel channels.Channel
}

func newGoogleConnectEnv(t *testing.T) *googleConnectEnv {
	t.Helper()
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "gbp", Kind: "google", Name: "Google profile"}})
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	kind, ok := channels.Lookup("google")
	if !ok {
		t.Fatal("the google kind is not registered")
	}
	// No account_id or location_id: the admin picks the location.
	setup := channels.Setup{ID: "gbp", Name: "Google profile", APIBase: fake.URL(), Secrets: e.db,
		Options: &google.Options{ClientID: gbpfake.ClientID, ClientSecret: channels.Secret(gbpfake.ClientSecret)}}
	if probs := setup.Options.Check(); len(probs) > 0 {
		t.Fatalf("options: %v", probs)
	}
	cn, err := kind.Connector(setup)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := kind.New(context.Background(), setup)
	if err != nil {
		t.Fatal(err)
	}
	e.rebuild(func(o *Options) {
		o.Channels = map[string]channels.Channel{"gbp": ch}
		o.Connectors = map[string]channels.Connector{"gbp": cn}
	})
	e.srv.opt.BaseURL = e.ts.URL
	return &googleConnectEnv{testEnv: e, fake: fake, channel: ch}
}

// googleConsent follows the Connect page's link to the fake's consent page,
// which (as an admin who consents) sends the browser straight back.
func googleConsent(t *testing.T, u *url.URL) *url.URL {
	t.Helper()
	q := u.Query()
	for k, want := range map[string]string{"access_type": "offline", "prompt": "consent", "code_challenge_method": "S256",
		"scope": "https://www.googleapis.com/auth/business.manage"} {
		if q.Get(k) != want {
			t.Errorf("the consent link's %s is %q, want %q", k, q.Get(k), want)
		}
	}
	resp, err := noRedirect().Get(u.String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusFound || err != nil {
		t.Fatalf("consent: HTTP %d, location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	return back
}

var (
	pickState  = regexp.MustCompile(`name="state" value="([^"]+)"`)
	pickChoice = regexp.MustCompile(`name="choice" value="([^"]+)"[^>]*> ([^<]+)</label>`)
)

// TestConnectGooglePicksLocation: from "Connect" on the Channels page to
// a channel that publishes. The admin signs in at Google (the fake's
// consent page, PKCE and offline access), comes back to a picker listing
// the account's locations with their addresses (from the API), picks one;
// the refresh token is stored encrypted with that location, the Channels
// page says so, and the channel the registry built publishes there. A
// choice not on the list is refused and stores nothing; the picker's
// state works once.
func TestConnectGooglePicksLocation(t *testing.T) {
	e := newGoogleConnectEnv(t)
	e.fake.AddLocation("5523456789012345678", "Riverside Family Clinic — North", "9 Hill St", "Springfield")
	token, csrf := e.session("ada")
	ctx := context.Background()

	// A crafted choice: refused, nothing stored, the state spent.
	back := googleConsent(t, e.startConnect(token, csrf, "gbp"))
	page := readBody(t, e.do(http.MethodGet, back.RequestURI(), token, nil))
	m := pickState.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no location picker after signing in:\n%s", page)
	}
	resp := e.do(http.MethodPost, "/connect/google/pick", token, url.Values{"csrf": {csrf}, "state": {m[1]}, "choice": {"1/2"}})
	wantRefused(t, resp, "not one of the locations this Google account manages")
	if b, _ := e.db.LoadSecret(ctx, google.TokenSecretName("gbp")); b != nil {
		t.Fatal("a refused choice stored a grant")
	}
	resp = e.do(http.MethodPost, "/connect/google/pick", token, url.Values{"csrf": {csrf}, "state": {m[1]}, "choice": {gbpfake.AccountID + "/" + gbpfake.LocationID}})
	wantRefused(t, resp, "expired, was already used")

	// The real thing.
	back = googleConsent(t, e.startConnect(token, csrf, "gbp"))
	resp = e.do(http.MethodGet, back.RequestURI(), token, nil)
	page = readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("callback: HTTP %d\n%s", resp.StatusCode, page)
	}
	if strings.Contains(page, gbpfake.RefreshToken) {
		t.Fatal("the picker page holds the refresh token")
	}
	choices := map[string]string{}
	for _, c := range pickChoice.FindAllStringSubmatch(page, -1) {
		choices[html.UnescapeString(c[2])] = html.UnescapeString(c[1])
	}
	want := map[string]string{
		gbpfake.LocationTitle + " — " + gbpfake.LocationStreet + ", " + gbpfake.LocationCity: gbpfake.AccountID + "/" + gbpfake.LocationID,
		"Riverside Family Clinic — North — 9 Hill St, Springfield":                           gbpfake.AccountID + "/5523456789012345678",
	}
	if len(choices) != len(want) {
		t.Fatalf("the picker offers %v, want %v", choices, want)
	}
	for label, v := range want {
		if choices[label] != v {
			t.Errorf("the picker offers %q as %q, want %q", label, choices[label], v)
		}
	}
	state := pickState.FindStringSubmatch(page)[1]
	resp = e.do(http.MethodPost, "/connect/google/pick", token, url.Values{"csrf": {csrf}, "state": {state}, "choice": {gbpfake.AccountID + "/" + gbpfake.LocationID}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/channels?done=connected" {
		t.Fatalf("pick: HTTP %d to %q\n%s", resp.StatusCode, resp.Header.Get("Location"), readBody(t, resp))
	}

	grant, err := google.ParseStoredGrant([]byte(e.secret(google.TokenSecretName("gbp"))))
	if err != nil {
		t.Fatal(err)
	}
	if grant.RefreshToken != gbpfake.RefreshToken || grant.AccountID != gbpfake.AccountID || grant.LocationID != gbpfake.LocationID {
		t.Fatalf("stored grant %+v", grant)
	}
	if raw, err := os.ReadFile(e.db.Path()); err != nil || bytes.Contains(raw, []byte(gbpfake.RefreshToken)) {
		t.Fatalf("the database file holds the refresh token in the clear (%v)", err)
	}
	channelsPage := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
	if !strings.Contains(channelsPage, "Connected as "+gbpfake.LocationTitle) {
		t.Errorf("the Channels page does not say the location:\n%s", channelsPage)
	}
	rec, err := e.channel.Publish(ctx, post.Outgoing{PostID: "01JCONNECTGOOGLE00000000AA", Channel: "gbp", AttemptID: "a1", Text: "Flu shots every weekday this month.",
		Topic: &post.Topic{Type: post.TopicStandard, Button: post.ButtonCall}})
	if err != nil {
		t.Fatalf("publishing through the connected grant: %v", err)
	}
	if !strings.HasPrefix(rec.RemoteID, gbpfake.Location+"/localPosts/") || len(e.fake.Accepted()) != 1 {
		t.Fatalf("published %+v; the fake holds %d posts", rec, len(e.fake.Accepted()))
	}
	if acc, err := e.channel.Verify(ctx); err != nil || acc.Name != gbpfake.LocationTitle {
		t.Fatalf("verify after connecting: %+v, %v", acc, err)
	}
}
