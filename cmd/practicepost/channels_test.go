package main

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
)

// testPracticeTOML is the [practice] and [store] part of the test configs.
const testPracticeTOML = `[practice]
name = "Test Clinic"
timezone = "America/Chicago"
state = "IL"
[store]
dir = "data"
`

// TestChannelPicksUpAConnectedToken: a Facebook channel with no token in
// the config reports "not connected" (as an expired login, so the scheduler
// pauses it), then works as soon as the web UI stores a Page token — no
// restart.
func TestChannelPicksUpAConnectedToken(t *testing.T) {
	ctx := context.Background()
	fake := fbfake.New()
	defer fake.Close()
	dir := t.TempDir()
	cfgText := testPracticeTOML + `[[channels]]
id = "fb"
kind = "facebook"
api_base = "` + fake.URL() + `"
page_id = "` + fbfake.PageID + `"
graph_version = "v25.0"
app_id = "` + fbfake.AppID + `"
app_secret = "` + fbfake.AppSecret + `"
`
	cfg, err := config.Parse([]byte(cfgText), "config.toml", dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	chans, err := buildChannels(ctx, cfg, db, discardLogger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = chans["fb"].Verify(ctx)
	if channels.ClassOf(err) != channels.AuthExpired || !strings.Contains(err.Error(), "not connected") {
		t.Fatalf("before connecting: %v", err)
	}
	if err := db.SaveSecret(ctx, facebook.PageTokenSecretName("fb"), []byte(fbfake.PageToken)); err != nil {
		t.Fatal(err)
	}
	acct, err := chans["fb"].Verify(ctx)
	if err != nil || acct.ID != fbfake.PageID {
		t.Fatalf("after connecting: %+v %v", acct, err)
	}
}

// TestChannelsListShowsARunTimePause: a pause set at run time (from the web
// UI, or by an expired login) is in the store, not the config; `channels
// list` shows it with its reason.
func TestChannelsListShowsARunTimePause(t *testing.T) {
	ctx := context.Background()
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checker, err := newChecker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := newService(cfg, db, checker, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.PauseExpiredLogin(ctx, "preview", "the login expired"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, errs := cli(t, "", "--config", cfgPath, "channels", "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"paused": true`) || !strings.Contains(out, "the login expired") {
		t.Fatalf("channels list --json:\n%s", out)
	}
}

// TestBuildConnectors: a channel gets a connect flow exactly when its
// config has the app's credentials, and it reports whether it has a token
// (stored or configured) so the Channels page can say "Not connected".
func TestBuildConnectors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfgText := testPracticeTOML + `[[channels]]
id = "x-app"
kind = "x"
client_id = "cid"
handle = "@clinic"
auth_base = "https://staging.example"
[[channels]]
id = "x-keys"
kind = "x"
consumer_key = "k"
consumer_secret = "s"
access_token = "t"
access_token_secret = "ts"
[[channels]]
id = "fb-app"
kind = "facebook"
page_id = "123"
graph_version = "v25.0"
app_id = "1"
app_secret = "secret"
[[channels]]
id = "fb-token"
kind = "facebook"
page_id = "123"
graph_version = "v25.0"
page_access_token = "EAAtoken"
[[channels]]
id = "li-app"
kind = "linkedin"
organization_id = "55"
api_version = "202606"
client_id = "lid"
client_secret = "lsecret"
[[channels]]
id = "pv"
kind = "preview"
[[channels]]
id = "md"
kind = "mastodon"
instance = "https://mastodon.example"
[[channels]]
id = "md-token"
kind = "mastodon"
instance = "https://mastodon.example"
access_token = "env:PP_TEST_MASTODON_TOKEN"
`
	t.Setenv("PP_TEST_MASTODON_TOKEN", "mtoken")
	cfg, err := config.Parse([]byte(cfgText), "config.toml", dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cns, err := buildConnectors(cfg, db)
	if err != nil {
		t.Fatal(err)
	}
	// Mastodon registers its own app on the instance: every channel of it
	// can be connected.
	for id, want := range map[string]bool{"x-app": true, "x-keys": false, "fb-app": true, "fb-token": false, "li-app": true, "pv": false,
		"md": true, "md-token": true} {
		if got := cns[id] != nil; got != want {
			t.Errorf("channel %s has a connector: %v, want %v", id, got, want)
		}
	}
	if u := cns["x-app"].AuthorizeURL("https://clinic.example/connect/x/callback", "st", "verifier"); !strings.HasPrefix(u, "https://staging.example/i/oauth2/authorize?") {
		t.Errorf("auth_base is not used: %s", u)
	}
	chans, err := buildChannels(ctx, cfg, db, discardLogger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	type holder interface {
		HasToken(context.Context) (bool, error)
	}
	for id, want := range map[string]bool{"x-app": false, "x-keys": true, "fb-app": false, "fb-token": true, "md": false, "md-token": true} {
		h, ok := chans[id].(holder)
		if !ok {
			t.Fatalf("channel %s cannot tell whether it has a token", id)
		}
		if got, err := h.HasToken(ctx); got != want || err != nil {
			t.Errorf("channel %s HasToken = %v (%v), want %v", id, got, err, want)
		}
	}
	if err := db.SaveSecret(ctx, facebook.PageTokenSecretName("fb-app"), []byte("EAAstored")); err != nil {
		t.Fatal(err)
	}
	if got, _ := chans["fb-app"].(holder).HasToken(ctx); !got {
		t.Error("a stored Page token does not count")
	}
}
