package x_test

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
)

// TestOAuth1Signature checks posts carry a full OAuth 1.0a header and that
// the fake, which signs query and form parameters but never a JSON body,
// accepts it, while a header signed with the wrong secret is refused.
func TestOAuth1Signature(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	var mu sync.Mutex
	var header, ctype string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/2/tweets" {
			mu.Lock()
			header, ctype = r.Header.Get("Authorization"), r.Header.Get("Content-Type")
			mu.Unlock()
		}
		fake.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)

	c, err := x.New(oauth1Config(srv.URL, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Publish(t.Context(), outgoing("signed & sent with a JSON body")); err != nil {
		t.Fatalf("publish with a correct signature: %v", err)
	}
	mu.Lock()
	gotHeader, gotType := header, ctype
	mu.Unlock()
	for _, p := range []string{"oauth_consumer_key=", "oauth_token=", "oauth_signature=", "oauth_nonce=", "oauth_timestamp=", `oauth_signature_method="HMAC-SHA1"`} {
		if !strings.Contains(gotHeader, p) {
			t.Errorf("Authorization header lacks %s: %q", p, gotHeader)
		}
	}
	if strings.Contains(gotHeader, "oauth_body_hash") {
		t.Errorf("the JSON body was hashed into the signature: %q", gotHeader)
	}
	if gotType != "application/json" {
		t.Errorf("Content-Type %q", gotType)
	}

	bad := oauth1Config(srv.URL, nil)
	bad.ConsumerSecret = "wrong"
	cb, err := x.New(bad)
	if err != nil {
		t.Fatal(err)
	}
	_, err = cb.Publish(t.Context(), outgoing("wrongly signed"))
	if ce := classOf(t, err); ce.Class != channels.AuthExpired {
		t.Errorf("a bad signature gave %v, want auth_expired", ce.Class)
	}
}

// tokenCheckingServer wraps the fake and fails the test if a Bearer token
// is used before the store holds the pair it came with.
func tokenCheckingServer(t *testing.T, fake *xfake.Server, store *memStore) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && bearer != xfake.BearerToken {
			var st struct {
				AccessToken string `json:"access_token"`
			}
			_ = json.Unmarshal(store.get(x.TokenSecretName("x-test")), &st)
			if st.AccessToken != bearer {
				t.Errorf("access token %q used before it was saved (store has %q)", bearer, st.AccessToken)
			}
		}
		fake.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func oauth2Channel(t *testing.T, base string, store *memStore, refresh string) *x.Channel {
	t.Helper()
	c, err := x.New(x.Config{ID: "x-test", APIBase: base, ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret,
		RefreshToken: refresh, Secrets: store, HTTPClient: &http.Client{Timeout: 10 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func storedRefresh(t *testing.T, store *memStore) string {
	t.Helper()
	var st struct {
		RefreshToken string `json:"refresh_token"`
	}
	if err := json.Unmarshal(store.get(x.TokenSecretName("x-test")), &st); err != nil {
		t.Fatalf("stored token: %v", err)
	}
	return st.RefreshToken
}

// TestOAuth2Rotation checks the refresh token rotates, the newest pair is
// saved before use, and two racing publishes refresh once.
func TestOAuth2Rotation(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	store := newMemStore()
	srv := tokenCheckingServer(t, fake, store)
	c := oauth2Channel(t, srv.URL, store, xfake.RefreshToken)

	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() {
			_, errs[i] = c.Publish(t.Context(), outgoing("racing publish "+string(rune('A'+i))))
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("publish %d: %v", i, err)
		}
	}
	if n := fake.Refreshes(); n != 1 {
		t.Errorf("%d refreshes for two racing publishes, want 1", n)
	}
	if got, want := storedRefresh(t, store), fake.CurrentRefreshToken(); got != want {
		t.Errorf("stored refresh token %q, the valid one is %q", got, want)
	}

	// Access tokens expire: the next call refreshes again with the stored
	// (rotated) refresh token, never the configured one.
	fake.ExpireAccessTokens()
	c2 := oauth2Channel(t, srv.URL, store, xfake.RefreshToken)
	if _, err := c2.Verify(t.Context()); err == nil {
		t.Fatal("verify with an access token X expired early should fail")
	}
	c3 := oauth2Channel(t, srv.URL, store, "configured-but-retired")
	if err := expireStored(store); err != nil {
		t.Fatal(err)
	}
	if _, err := c3.Verify(t.Context()); err != nil {
		t.Fatalf("verify after refresh from the stored token: %v", err)
	}
	if n := fake.Refreshes(); n != 2 {
		t.Errorf("%d refreshes, want 2", n)
	}
	if got, want := storedRefresh(t, store), fake.CurrentRefreshToken(); got != want {
		t.Errorf("stored refresh token %q, the valid one is %q", got, want)
	}
}

// expireStored marks the stored access token expired so the next call
// refreshes.
func expireStored(store *memStore) error {
	name := x.TokenSecretName("x-test")
	var st map[string]any
	if err := json.Unmarshal(store.get(name), &st); err != nil {
		return err
	}
	st["expiry"] = time.Now().Add(-time.Hour)
	b, _ := json.Marshal(st)
	store.mu.Lock()
	store.secrets[name] = b
	store.mu.Unlock()
	return nil
}

// TestOAuth2SaveFailure checks a pair that cannot be saved is not used,
// and is saved (not refreshed again) on the next call.
func TestOAuth2SaveFailure(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	store := newMemStore()
	store.failing = true
	c := oauth2Channel(t, tokenCheckingServer(t, fake, store).URL, store, xfake.RefreshToken)
	_, err := c.Publish(t.Context(), outgoing("save fails"))
	if ce := classOf(t, err); ce.Class != channels.Retryable {
		t.Fatalf("class %v, want retryable", ce.Class)
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Fatalf("%d posts made with an unsaved token", n)
	}
	store.mu.Lock()
	store.failing = false
	store.mu.Unlock()
	if _, err := c.Publish(t.Context(), outgoing("save works")); err != nil {
		t.Fatal(err)
	}
	if n := fake.Refreshes(); n != 1 {
		t.Errorf("%d refreshes, want 1: the unsaved pair must be saved, not replaced", n)
	}
}

// TestOAuth2RetiredToken checks a refresh token X already rotated gives
// AuthExpired.
func TestOAuth2RetiredToken(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	if _, err := oauth2Channel(t, fake.URL(), newMemStore(), xfake.RefreshToken).Verify(t.Context()); err != nil {
		t.Fatal(err)
	}
	_, err := oauth2Channel(t, fake.URL(), newMemStore(), xfake.RefreshToken).Verify(t.Context())
	if ce := classOf(t, err); ce.Class != channels.AuthExpired {
		t.Errorf("class %v, want auth_expired", ce.Class)
	}
	if strings.Contains(err.Error(), xfake.RefreshToken) || strings.Contains(err.Error(), xfake.ClientSecret) {
		t.Errorf("error leaks a secret: %v", err)
	}
}

func TestPKCE(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	app := x.OAuth2App{ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, RedirectURL: "https://clinic.example/x/callback",
		TokenURL: fake.URL() + "/2/oauth2/token"}
	verifier := oauth2.GenerateVerifier()
	u, err := url.Parse(app.AuthCodeURL("state-123", verifier))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	sum := sha256.Sum256([]byte(verifier))
	challenge := base64.RawURLEncoding.EncodeToString(sum[:])
	if u.Host != "x.com" || u.Path != "/i/oauth2/authorize" || q.Get("code_challenge") != challenge ||
		q.Get("code_challenge_method") != "S256" || q.Get("state") != "state-123" || q.Get("client_id") != xfake.ClientID ||
		!strings.Contains(q.Get("scope"), "offline.access") || q.Get("response_type") != "code" {
		t.Errorf("authorize URL %s", u)
	}

	code := fake.IssueCode(challenge, app.RedirectURL)
	tok, err := app.Exchange(t.Context(), code, verifier)
	if err != nil {
		t.Fatal(err)
	}
	if tok.AccessToken == "" || tok.RefreshToken == "" {
		t.Errorf("token %+v", tok)
	}
	store := newMemStore()
	if err := x.SaveToken(t.Context(), store, "x-test", tok); err != nil {
		t.Fatal(err)
	}
	if acct, err := oauth2Channel(t, fake.URL(), store, "").Verify(t.Context()); err != nil || acct.ID != xfake.UserID {
		t.Errorf("verify with the exchanged token: %+v, %v", acct, err)
	}

	code = fake.IssueCode(challenge, app.RedirectURL)
	if _, err := app.Exchange(t.Context(), code, oauth2.GenerateVerifier()); err == nil {
		t.Error("exchange with the wrong verifier succeeded")
	}
}

func TestNewConfig(t *testing.T) {
	ok1 := oauth1Config("https://api.x.com", nil)
	cases := []struct {
		name string
		edit func(*x.Config)
		want string
	}{
		{"oauth1", func(*x.Config) {}, ""},
		{"no id", func(c *x.Config) { c.ID = "" }, "needs an id"},
		{"bad base", func(c *x.Config) { c.APIBase = "ftp://x" }, "not an http(s) URL"},
		{"half oauth1", func(c *x.Config) { c.AccessTokenSecret = "" }, "OAuth 1.0a needs"},
		{"both", func(c *x.Config) { c.ClientID = "id" }, "not both"},
		{"none", func(c *x.Config) { *c = x.Config{ID: "x"} }, "no credentials"},
		{"oauth2 without store", func(c *x.Config) { *c = x.Config{ID: "x", ClientID: "id", RefreshToken: "r"} }, "secret store"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok1
			tc.edit(&cfg)
			_, err := x.New(cfg)
			if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("New: %v, want %q", err, tc.want)
			}
		})
	}
}
