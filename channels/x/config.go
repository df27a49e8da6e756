// Package x publishes to X (Twitter) through API v2: POST /2/tweets, the
// chunked /2/media/upload endpoints, post lookups for metrics, the user
// timeline for reconciliation and conversation search for replies.
//
// It signs with OAuth 1.0a user context (github.com/dghubble/oauth1, which
// signs query and form parameters but never a JSON body, as X requires) or
// uses OAuth 2.0 user tokens whose single-use refresh tokens rotate; the
// newest refresh token is saved through a SecretStore before the access
// token it came with is used. Like every adapter it classifies errors and
// never retries.
package x

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/dghubble/oauth1"

	"github.com/practicepost/practicepost/channels"
)

// DefaultAPIBase is X's API host.
const DefaultAPIBase = "https://api.x.com"

// SecretStore keeps encrypted secrets; the store package implements it.
type SecretStore = channels.SecretStore

// Config is one X channel's settings. Give either the four OAuth 1.0a
// values, or ClientID (+ ClientSecret for a confidential client) with a
// RefreshToken or a token already stored in Secrets.
type Config struct {
	ID      string // the practicepost channel id, e.g. "x-main"
	APIBase string // default https://api.x.com

	ConsumerKey, ConsumerSecret, AccessToken, AccessTokenSecret string

	ClientID, ClientSecret, RefreshToken string

	HTTPClient *http.Client // default: 60 s timeout
	Secrets    SecretStore  // required for OAuth 2.0: rotated tokens live here
	Logger     *slog.Logger
}

// Channel is one connected X account. It is safe for concurrent use.
type Channel struct {
	id     string
	base   string
	client *http.Client // signs with OAuth 1.0a, or plain with OAuth 2.0
	tokens *tokenSource // nil with OAuth 1.0a
	log    *slog.Logger
	now    func() time.Time

	mu       sync.Mutex
	userID   string // from /2/users/me, cached
	username string
}

// New checks cfg and returns the channel. It does no I/O; Verify checks
// the credentials.
func New(cfg Config) (*Channel, error) {
	if cfg.ID == "" {
		return nil, errors.New("x: config: the channel needs an id")
	}
	base, err := channels.APIBase(cfg.APIBase, DefaultAPIBase)
	if err != nil {
		return nil, fmt.Errorf("x: config: channel %s: %w", cfg.ID, err)
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Channel{id: cfg.ID, base: base, log: log.With("channel", cfg.ID), now: time.Now}

	oauth1Set := cfg.ConsumerKey != "" || cfg.ConsumerSecret != "" || cfg.AccessToken != "" || cfg.AccessTokenSecret != ""
	switch {
	case oauth1Set && cfg.ClientID != "":
		return nil, fmt.Errorf("x: config: channel %s: give OAuth 1.0a keys or an OAuth 2.0 client id, not both", cfg.ID)
	case oauth1Set:
		if cfg.ConsumerKey == "" || cfg.ConsumerSecret == "" || cfg.AccessToken == "" || cfg.AccessTokenSecret == "" {
			return nil, fmt.Errorf("x: config: channel %s: OAuth 1.0a needs consumer_key, consumer_secret, access_token and access_token_secret", cfg.ID)
		}
		// The oauth1 transport wraps the configured client's transport, so
		// tests and proxies still apply; keep its timeout too.
		ctx := context.WithValue(context.Background(), oauth1.HTTPClient, hc)
		signed := oauth1.NewConfig(cfg.ConsumerKey, cfg.ConsumerSecret).Client(ctx, oauth1.NewToken(cfg.AccessToken, cfg.AccessTokenSecret))
		signed.Timeout = hc.Timeout
		c.client = signed
	case cfg.ClientID != "":
		if cfg.Secrets == nil {
			return nil, fmt.Errorf("x: config: channel %s: OAuth 2.0 needs a secret store to keep rotated refresh tokens", cfg.ID)
		}
		c.client = hc
		c.tokens = newTokenSource(cfg, base, hc, c.log)
	default:
		return nil, fmt.Errorf("x: config: channel %s: no credentials; give OAuth 1.0a keys or an OAuth 2.0 client id", cfg.ID)
	}
	return c, nil
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)
