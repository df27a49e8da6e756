package x_test

import (
	"crypto/sha256"
	"encoding/base64"
	"testing"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
)

// TestOAuth2Reconnect checks that a running channel picks up the token
// pair the web UI's connect flow saved, instead of the pair it loaded at
// its first call: an admin reconnects X after its login broke, and the
// daemon must not go on with the old pair (nor retire the new one by
// refreshing the old family).
func TestOAuth2Reconnect(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	store := newMemStore()
	c := oauth2Channel(t, fake.URL(), store, xfake.RefreshToken)
	if _, err := c.Verify(t.Context()); err != nil {
		t.Fatalf("first verify: %v", err)
	}

	// The old login stops working at X; an admin reconnects the channel
	// through the connect flow, which saves a new pair in the store.
	fake.ExpireAccessTokens()
	app := x.OAuth2App{ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, RedirectURL: "https://clinic.example/x/callback",
		TokenURL: fake.URL() + "/2/oauth2/token"}
	verifier := oauth2.GenerateVerifier()
	sum := sha256.Sum256([]byte(verifier))
	tok, err := app.Exchange(t.Context(), fake.IssueCode(base64.RawURLEncoding.EncodeToString(sum[:]), app.RedirectURL), verifier)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.SaveToken(t.Context(), store, "x-test", tok); err != nil {
		t.Fatal(err)
	}

	if _, err := c.Verify(t.Context()); err != nil {
		t.Errorf("verify after reconnecting, without a restart: %v", err)
	}
	if _, err := c.Publish(t.Context(), outgoing("after reconnect")); err != nil {
		t.Errorf("publish after reconnecting, without a restart: %v", err)
	}
	if fake.CurrentRefreshToken() == "" {
		t.Error("the new token family was revoked: the old refresh token was used after reconnecting")
	}
	if got := storedRefresh(t, store); got != tok.RefreshToken && got != fake.CurrentRefreshToken() {
		t.Errorf("stored refresh token %q is neither the reconnected one nor its rotation", got)
	}
}
