package instagram_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/instagram"
	"github.com/practicepost/practicepost/channels/instagram/igfake"
)

// signIn follows the login dialog like a browser and returns the token
// the fragment carries.
func signIn(t *testing.T, cn instagram.Connector) string {
	t.Helper()
	u := cn.AuthorizeURL("https://clinic.example/connect/instagram/callback", "state-1", "")
	if !strings.Contains(u, "instagram_content_publish") || !strings.Contains(u, "response_type=token") {
		t.Fatalf("the dialog URL %q does not ask for the token and instagram_content_publish", u)
	}
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := hc.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || resp.StatusCode != http.StatusFound {
		t.Fatalf("dialog answered %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	frag, _ := url.ParseQuery(back.Fragment)
	if frag.Get("state") != "state-1" {
		t.Fatalf("state %q came back", frag.Get("state"))
	}
	return frag.Get("access_token")
}

func TestConnect(t *testing.T) {
	cases := []struct {
		name    string
		setup   func(*igfake.Server)
		igUser  string
		wantErr string
	}{
		{name: "linked account"},
		{name: "the configured account", igUser: igfake.IGUserID},
		{name: "no linked account", setup: func(f *igfake.Server) { f.Unlink(true) }, wantErr: "no Instagram professional account"},
		{name: "another account", igUser: "1784149999", wantErr: "not to 1784149999"},
		{name: "publishing unticked", setup: func(f *igfake.Server) { f.DeclinePublishing(true) }, wantErr: "instagram_content_publish"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			if tc.setup != nil {
				tc.setup(e.fake)
			}
			cn := instagram.Connector{ChannelID: "ig", PageID: igfake.PageID, IGUserID: tc.igUser, APIBase: e.fake.URL(),
				AuthSite: e.fake.URL(), AppID: igfake.AppID, AppSecret: igfake.AppSecret}
			got, err := cn.Connect(context.Background(), "", channels.Returned{Token: signIn(t, cn)})
			if tc.wantErr != "" {
				reason, ok := channels.ConnectReason(err)
				if !ok || !strings.Contains(reason, tc.wantErr) || got.Secret != nil {
					t.Fatalf("got %v (secret stored: %v), want a reason mentioning %q", err, got.Secret != nil, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Account.ID != igfake.IGUserID || got.Account.Name != igfake.Username {
				t.Errorf("connected %+v", got.Account)
			}
			if strings.Contains(string(got.Secret), igfake.UserToken) || !strings.Contains(string(got.Secret), igfake.PageToken) {
				t.Error("the stored grant must hold the Page token, not the user token")
			}
		})
	}
}

// TestKindBuildsFromTheStoredGrant: the registered kind builds a channel
// that is not connected until the grant is stored, then publishes with it.
func TestKindBuildsFromTheStoredGrant(t *testing.T) {
	e := newEnv(t)
	k, ok := channels.Lookup("instagram")
	if !ok {
		t.Fatal("kind instagram is not registered")
	}
	opts := k.Options().(*instagram.Options)
	opts.PageID, opts.GraphVersion, opts.AppID, opts.AppSecret = igfake.PageID, "v25.0", igfake.AppID, igfake.AppSecret
	if p := opts.Check(); len(p) != 0 {
		t.Fatalf("Check: %v", p)
	}
	setup := channels.Setup{ID: "ig", APIBase: e.fake.URL(), Options: opts, Secrets: e.recs, PublicMedia: e.host}
	ch, err := k.New(context.Background(), setup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Verify(context.Background()); channels.ClassOf(err) != channels.AuthExpired {
		t.Fatalf("before connecting: %v, want AuthExpired (not connected)", err)
	}
	cf, err := k.Connector(setup)
	if err != nil || cf == nil {
		t.Fatalf("Connector: %v, %v", cf, err)
	}
	cn := cf.(instagram.Connector)
	cn.AuthSite = e.fake.URL()
	got, err := cn.Connect(context.Background(), "", channels.Returned{Token: signIn(t, cn)})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.recs.SaveSecret(context.Background(), cf.SecretName(), got.Secret); err != nil {
		t.Fatal(err)
	}
	if acct, err := ch.Verify(context.Background()); err != nil || acct.ID != igfake.IGUserID {
		t.Fatalf("after connecting: %+v, %v", acct, err)
	}
	if _, err := ch.Publish(context.Background(), outgoing("Connected.", jpegImage(t, 20, 20))); err != nil {
		t.Fatal(err)
	}
}

func TestOptionsCheck(t *testing.T) {
	cases := []struct {
		name string
		o    instagram.Options
		keys []string
	}{
		{"connect from the web UI", instagram.Options{PageID: "1", GraphVersion: "v25.0", AppID: "2", AppSecret: "s"}, nil},
		{"token in the config", instagram.Options{PageID: "1", GraphVersion: "v25.0", AccessToken: "t", IGUserID: "3"}, nil},
		{"empty", instagram.Options{}, []string{"page_id", "graph_version", "access_token"}},
		{"token without account", instagram.Options{PageID: "1", GraphVersion: "v25.0", AccessToken: "t"}, []string{"ig_user_id"}},
		{"malformed", instagram.Options{PageID: "page", GraphVersion: "25", AppID: "x", IGUserID: "me", AuthBase: "ftp://x"},
			[]string{"page_id", "ig_user_id", "graph_version", "app_id", "app_secret", "auth_base"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range tc.o.Check() {
				got = append(got, p.Key)
			}
			if strings.Join(got, ",") != strings.Join(tc.keys, ",") {
				t.Errorf("problems with %v, want %v", got, tc.keys)
			}
		})
	}
}
