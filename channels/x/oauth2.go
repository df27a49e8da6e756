package x

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
)

// TokenSecretName is the SecretStore name under which a channel's OAuth 2.0
// token pair is kept.
func TokenSecretName(channelID string) string { return "x/" + channelID + "/oauth2-token" }

// storedToken is the saved form of a token pair.
type storedToken struct {
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token"`
	Expiry       time.Time `json:"expiry,omitzero"`
}

// encodeToken is the stored form of tok.
func encodeToken(tok *oauth2.Token) []byte {
	b, _ := json.Marshal(storedToken{tok.AccessToken, tok.RefreshToken, tok.Expiry}) // cannot fail: strings and a time
	return b
}

// SaveToken stores tok as channelID's current token pair, for the web UI
// after Exchange.
func SaveToken(ctx context.Context, store SecretStore, channelID string, tok *oauth2.Token) error {
	if err := store.SaveSecret(ctx, TokenSecretName(channelID), encodeToken(tok)); err != nil {
		return fmt.Errorf("x: save token: %w", err)
	}
	return nil
}

// tokenSource hands out OAuth 2.0 access tokens for one channel. X's
// refresh tokens are single use: every refresh returns a new pair and
// retires the old refresh token, and reusing a retired one can revoke the
// whole family. So refreshes are serialised, and the new pair is saved
// before its access token is used; if saving fails the pair is kept in
// memory and saved on the next call rather than refreshed again. The
// stored pair is read again on every call (one store read): the web UI's
// connect flow replaces it while the daemon runs, and a pair held in
// memory from before would keep a broken login, or refresh a retired
// family, until a restart.
type tokenSource struct {
	conf    *oauth2.Config
	hc      *http.Client
	store   SecretStore
	name    string
	initial string // the configured refresh token, used when none is stored
	log     *slog.Logger

	mu      sync.Mutex
	tok     *oauth2.Token
	unsaved *oauth2.Token
}

func newTokenSource(cfg Config, base string, hc *http.Client, log *slog.Logger) *tokenSource {
	style := oauth2.AuthStyleInParams // public client: client_id in the form
	if cfg.ClientSecret != "" {
		style = oauth2.AuthStyleInHeader // confidential client: HTTP Basic, which X requires
	}
	return &tokenSource{
		conf: &oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret,
			Endpoint: oauth2.Endpoint{TokenURL: base + "/2/oauth2/token", AuthStyle: style}},
		hc: hc, store: cfg.Secrets, name: TokenSecretName(cfg.ID), initial: cfg.RefreshToken, log: log,
	}
}

// token returns a valid access token, refreshing it when needed.
func (s *tokenSource) token(ctx context.Context) (*oauth2.Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unsaved != nil {
		if err := s.save(ctx, s.unsaved); err != nil {
			return nil, err
		}
		s.tok, s.unsaved = s.unsaved, nil
	}
	// Every pair this source gets is saved before it is used, so the store
	// holds the newest one unless a person reconnected the channel.
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	if s.tok.Valid() {
		return s.tok, nil
	}
	if s.tok.RefreshToken == "" {
		return nil, channels.Errorf(channels.AuthExpired, "the X access token expired and there is no refresh token; reconnect the X account")
	}
	hctx := context.WithValue(ctx, oauth2.HTTPClient, s.hc)
	nt, err := s.conf.TokenSource(hctx, &oauth2.Token{RefreshToken: s.tok.RefreshToken}).Token()
	if err != nil {
		return nil, refreshError(err)
	}
	if nt.RefreshToken == "" {
		nt.RefreshToken = s.tok.RefreshToken // X always rotates; keep the old one if it ever does not
	}
	if err := s.save(ctx, nt); err != nil {
		s.unsaved = nt
		return nil, err
	}
	s.tok = nt
	s.log.Info("x: oauth2 token refreshed", "expires_at", nt.Expiry)
	return nt, nil
}

// load reads the stored pair; a stored pair wins over the configured
// refresh token, which X retired at the first refresh. The pair in memory
// is kept when the store holds the same one.
func (s *tokenSource) load(ctx context.Context) error {
	b, err := s.store.LoadSecret(ctx, s.name)
	if err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: "could not read the stored X token", Err: err}
	}
	switch {
	case b != nil:
		var st storedToken
		if err := json.Unmarshal(b, &st); err != nil {
			return &channels.Error{Class: channels.AuthExpired, Reason: "the stored X token is unreadable; reconnect the X account", Err: err}
		}
		if s.tok == nil || s.tok.AccessToken != st.AccessToken || s.tok.RefreshToken != st.RefreshToken || !s.tok.Expiry.Equal(st.Expiry) {
			s.tok = &oauth2.Token{AccessToken: st.AccessToken, RefreshToken: st.RefreshToken, Expiry: st.Expiry, TokenType: "Bearer"}
		}
	case s.initial != "":
		s.tok = &oauth2.Token{RefreshToken: s.initial}
	default:
		return channels.Errorf(channels.AuthExpired, "the X account is not connected yet; connect it on the channels page")
	}
	return nil
}

// save stores tok even if the caller's context ends: a rotated pair that
// is not saved is lost at the next restart, and the old one no longer works.
func (s *tokenSource) save(ctx context.Context, tok *oauth2.Token) error {
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := s.store.SaveSecret(sctx, s.name, encodeToken(tok)); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: "could not save X's new refresh token; will try again", Err: err}
	}
	return nil
}

// refreshError classifies a failed refresh.
func refreshError(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		switch st := re.Response.StatusCode; {
		case st == http.StatusTooManyRequests:
			return &channels.Error{Class: channels.RateLimited, Status: st, RetryAfter: 15 * time.Minute, Reason: "X is limiting token refreshes", Err: err}
		case st >= 500:
			return &channels.Error{Class: channels.Retryable, Status: st, Reason: "X's token service had a temporary problem", Err: err}
		default:
			return &channels.Error{Class: channels.AuthExpired, Status: st,
				Reason: "X refused to renew the access (the refresh token is no longer valid); reconnect the X account", Err: err}
		}
	}
	return &channels.Error{Class: channels.Retryable, Reason: "could not reach X to renew the access token", Err: err}
}

// HasToken says whether the channel has credentials at all: OAuth 1.0a
// keys, a stored OAuth 2.0 pair, or a configured refresh token. It makes
// no call to X; the web UI uses it to tell "not connected" apart.
func (c *Channel) HasToken(ctx context.Context) (bool, error) {
	if c.tokens == nil {
		return true, nil // OAuth 1.0a: the keys are in the config
	}
	if c.tokens.initial != "" {
		return true, nil
	}
	b, err := c.tokens.store.LoadSecret(ctx, c.tokens.name)
	return b != nil, err
}
