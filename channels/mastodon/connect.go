package mastodon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
)

// ConnectScopes are the granular scopes practicepost asks for (Mastodon
// 2.4.3 and later), and no more: posting and uploading, reading the
// account's statuses (reconciliation, engagement, and replies with the
// mentions in them, from each status's context), and read:accounts,
// without which verify_credentials, the check of whose account a token
// opens, answers 403. Not read:notifications: replies are read from the
// statuses' threads, so practicepost never asks for the account's
// notifications.
var ConnectScopes = []string{"read:accounts", "read:statuses", "write:statuses", "write:media"}

// AppName is the client_name practicepost registers under; the instance
// shows it on the consent page and beside every status ("via ...").
const AppName = "practicepost"

// TokenSecretName is where the token from the web UI's connect flow is
// kept, as a StoredToken.
func TokenSecretName(channelID string) string { return "mastodon/" + channelID + "/token" }

// AppSecretName is where the OAuth app registered on the instance is
// kept (its client secret with it), as an App.
func AppSecretName(channelID string) string { return "mastodon/" + channelID + "/app" }

// StoredToken is the stored form of a connected token. Mastodon's user
// tokens do not expire; they end when revoked.
type StoredToken struct {
	AccessToken string `json:"access_token"`
	Scope       string `json:"scope,omitempty"`
}

// ParseStoredToken reads what TokenSecretName holds.
func ParseStoredToken(b []byte) (StoredToken, error) {
	var t StoredToken
	if err := json.Unmarshal(b, &t); err != nil {
		return StoredToken{}, fmt.Errorf("mastodon: the stored token is not readable: %w", err)
	}
	if t.AccessToken == "" {
		return StoredToken{}, errors.New("mastodon: the stored token has no access_token")
	}
	return t, nil
}

// App is an OAuth application registered on an instance: what
// POST /api/v1/apps answered, with what it was registered for, so a
// changed instance, redirect URI or scope list registers a new one.
type App struct {
	Instance     string `json:"instance"`
	RedirectURI  string `json:"redirect_uri"`
	Scopes       string `json:"scopes"`
	ClientID     string `json:"client_id"`
	ClientSecret string `json:"client_secret"`
}

// ConnectConfig is what connecting a Mastodon account from the web UI
// needs.
type ConnectConfig struct {
	ChannelID string
	// Instance is the account's server: where the app is registered, the
	// consent page is shown and the token is asked for.
	Instance string
	// Account, when set, is the only account ("@user", case-insensitive)
	// the channel may be connected to.
	Account string
	// Secrets keeps the registered app (its client secret) encrypted.
	Secrets channels.SecretStore
	// Website is the practice's address, shown on the consent page; may
	// be empty.
	Website    string
	HTTPClient *http.Client
}

// Connector connects a Mastodon account: it registers practicepost as an
// OAuth app on the instance (once, kept encrypted), then runs the
// authorization code flow with PKCE (S256; instances older than 4.3
// ignore it). It implements channels.Connector and channels.Preparer.
type Connector struct {
	cfg ConnectConfig

	mu  sync.Mutex
	app *App // the app for the last redirect URI prepared
}

// NewConnector checks cfg. It does no I/O.
func NewConnector(cfg ConnectConfig) (*Connector, error) {
	if cfg.ChannelID == "" {
		return nil, errors.New("mastodon: connect: the channel id is required")
	}
	if cfg.Secrets == nil {
		return nil, errors.New("mastodon: connect: a secret store is required to keep the registered app")
	}
	base, err := channels.APIBase(cfg.Instance, "")
	if err != nil {
		return nil, fmt.Errorf("mastodon: connect: instance: %w", err)
	}
	cfg.Instance = base
	cfg.Account = strings.TrimPrefix(cfg.Account, "@")
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	return &Connector{cfg: cfg}, nil
}

func (c *Connector) scopes() string { return strings.Join(ConnectScopes, " ") }

// Prepare makes sure an app is registered on the instance for
// redirectURI: the stored one when it was registered for the same
// instance, redirect URI and scopes, or a new one, stored before use.
func (c *Connector) Prepare(ctx context.Context, redirectURI string) error {
	app, err := c.storedApp(ctx, redirectURI)
	if err != nil {
		return err
	}
	if app == nil {
		if app, err = c.register(ctx, redirectURI); err != nil {
			return err
		}
	}
	c.mu.Lock()
	c.app = app
	c.mu.Unlock()
	return nil
}

// storedApp returns the stored app when it fits redirectURI, else nil.
func (c *Connector) storedApp(ctx context.Context, redirectURI string) (*App, error) {
	b, err := c.cfg.Secrets.LoadSecret(ctx, AppSecretName(c.cfg.ChannelID))
	if err != nil {
		return nil, channels.ConnectFailed("practicepost could not read its stored Mastodon app; try again", err)
	}
	if b == nil {
		return nil, nil
	}
	var app App
	if err := json.Unmarshal(b, &app); err != nil {
		return nil, nil // unreadable: register a new one
	}
	if app.Instance != c.cfg.Instance || app.RedirectURI != redirectURI || app.Scopes != c.scopes() || app.ClientID == "" {
		return nil, nil
	}
	return &app, nil
}

// register is POST /api/v1/apps.
func (c *Connector) register(ctx context.Context, redirectURI string) (*App, error) {
	body := map[string]string{"client_name": AppName, "redirect_uris": redirectURI, "scopes": c.scopes()}
	if c.cfg.Website != "" {
		body["website"] = c.cfg.Website
	}
	ch := c.channel("")
	rd, err := ch.api.JSON(body)
	if err != nil {
		return nil, err
	}
	var got struct {
		ClientID     string `json:"client_id"`
		ClientSecret string `json:"client_secret"`
	}
	if _, err := ch.call(ctx, request{method: http.MethodPost, path: "/api/v1/apps", body: rd, contentType: "application/json"}, &got); err != nil {
		return nil, channels.ConnectFailed("the Mastodon instance did not register practicepost as an app; check the instance address and try again", err)
	}
	if got.ClientID == "" || got.ClientSecret == "" {
		return nil, channels.ConnectFailed("the Mastodon instance registered practicepost without a client id and secret; try again", nil)
	}
	app := &App{Instance: c.cfg.Instance, RedirectURI: redirectURI, Scopes: c.scopes(), ClientID: got.ClientID, ClientSecret: got.ClientSecret}
	b, err := json.Marshal(app)
	if err != nil {
		return nil, fmt.Errorf("mastodon: connect: %w", err)
	}
	if err := c.cfg.Secrets.SaveSecret(ctx, AppSecretName(c.cfg.ChannelID), b); err != nil {
		return nil, channels.ConnectFailed("practicepost could not store the app the instance registered; try again", err)
	}
	return app, nil
}

// channel is an adapter on the instance with token ("" for the calls that
// take none: app registration, the token exchange), for its calls and
// error classes.
func (c *Connector) channel(token string) *Channel {
	return newChannel(Config{ID: c.cfg.ChannelID, Instance: c.cfg.Instance, AccessToken: token, HTTPClient: c.cfg.HTTPClient,
		Now: time.Now}, slog.New(slog.DiscardHandler))
}

// AuthorizeURL is the instance's consent page for the app Prepare
// registered, with an S256 challenge of verifier. Without Prepare for
// this redirect URI it is "", which the web UI refuses.
func (c *Connector) AuthorizeURL(redirectURI, state, verifier string) string {
	c.mu.Lock()
	app := c.app
	c.mu.Unlock()
	if app == nil || app.RedirectURI != redirectURI {
		return ""
	}
	return c.cfg.Instance + "/oauth/authorize?" + url.Values{"response_type": {"code"}, "client_id": {app.ClientID},
		"redirect_uri": {redirectURI}, "scope": {app.Scopes}, "state": {state},
		"code_challenge": {oauth2.S256ChallengeFromVerifier(verifier)}, "code_challenge_method": {"S256"}}.Encode()
}

// TokenInFragment is false: Mastodon sends a code.
func (c *Connector) TokenInFragment() bool { return false }

// SecretName is TokenSecretName.
func (c *Connector) SecretName() string { return TokenSecretName(c.cfg.ChannelID) }

// Connect trades the code for a token (POST /oauth/token) and checks
// whose account it opens; when the channel names its account, any other
// is refused.
func (c *Connector) Connect(ctx context.Context, redirectURI string, back channels.Returned) (channels.Connected, error) {
	if back.Code == "" {
		return channels.Connected{}, channels.ConnectFailed("the Mastodon instance sent no authorization code; start again from the Channels page", nil)
	}
	app, err := c.storedApp(ctx, redirectURI)
	if err != nil {
		return channels.Connected{}, err
	}
	if app == nil {
		return channels.Connected{}, channels.ConnectFailed("the app practicepost registered on the instance is gone; start again from the Channels page", nil)
	}
	form := url.Values{"grant_type": {"authorization_code"}, "code": {back.Code}, "client_id": {app.ClientID},
		"client_secret": {app.ClientSecret}, "redirect_uri": {redirectURI}, "scope": {app.Scopes}}
	if back.Verifier != "" {
		form.Set("code_verifier", back.Verifier)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
		Scope       string `json:"scope"`
	}
	_, err = c.channel("").call(ctx, request{method: http.MethodPost, path: "/oauth/token", body: strings.NewReader(form.Encode()),
		contentType: "application/x-www-form-urlencoded"}, &tok)
	var ce *channels.Error
	switch {
	case errors.As(err, &ce) && (ce.Status == http.StatusBadRequest || ce.Status == http.StatusUnauthorized):
		return channels.Connected{}, channels.ConnectFailed("the Mastodon instance did not accept the sign-in it sent back (the code expired or was already used); start again from the Channels page", err)
	case err != nil:
		return channels.Connected{}, channels.ConnectFailed("the Mastodon instance could not be reached to finish the sign-in; try again in a few minutes", err)
	case tok.AccessToken == "":
		return channels.Connected{}, channels.ConnectFailed("the Mastodon instance answered the sign-in without a token; start again from the Channels page", nil)
	}
	acct, err := c.channel(tok.AccessToken).Verify(ctx)
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed("the Mastodon instance did not show the account to the new token; try again in a few minutes", err)
	}
	if c.cfg.Account != "" && !strings.EqualFold(strings.TrimPrefix(acct.Name, "@"), c.cfg.Account) {
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("you signed in as %s, but this channel is for @%s; sign in to the instance as that account and connect again", acct.Name, c.cfg.Account), nil)
	}
	b, err := json.Marshal(StoredToken{AccessToken: tok.AccessToken, Scope: tok.Scope})
	if err != nil {
		return channels.Connected{}, fmt.Errorf("mastodon: connect: %w", err)
	}
	return channels.Connected{Secret: b, Account: acct}, nil
}

var (
	_ channels.Connector = (*Connector)(nil)
	_ channels.Preparer  = (*Connector)(nil)
)
