package google

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
)

// maxBody bounds how much of an answer is read.
const maxBody = 4 << 20

// Channel is one Google Business Profile location. It is safe for
// concurrent use.
type Channel struct {
	cfg      Config
	tokens   oauth2.TokenSource
	location string // accounts/{a}/locations/{l}
	log      *slog.Logger
	api      channels.HTTP
}

// New checks cfg and returns the channel. It makes no network call.
func New(cfg Config) (*Channel, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	oc := oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret,
		Endpoint: oauth2.Endpoint{TokenURL: cfg.TokenURL, AuthStyle: oauth2.AuthStyleInParams}, Scopes: []string{Scope}}
	// The token source outlives any one call; its refreshes go through
	// cfg.HTTPClient, whose timeout bounds them.
	tctx := context.WithValue(context.Background(), oauth2.HTTPClient, cfg.HTTPClient)
	log := cfg.Logger.With("channel", cfg.ID, "platform", "google")
	return &Channel{
		cfg:      cfg,
		tokens:   oc.TokenSource(tctx, &oauth2.Token{RefreshToken: cfg.RefreshToken}),
		location: "accounts/" + cfg.AccountID + "/locations/" + cfg.LocationID,
		log:      log,
		api:      newHTTP(cfg.HTTPClient, log),
	}, nil
}

// newHTTP is how every call to Google is sent, read and classified.
func newHTTP(hc *http.Client, log *slog.Logger) channels.HTTP {
	return channels.HTTP{
		Client: hc, Network: "Google", MaxBody: maxBody,
		Lost:        "Google did not answer after the request was sent; check the profile before trying again",
		Unreachable: "could not reach Google",
		Refused:     func(a channels.Answer) *channels.Error { return statusError(a.Status, a.Header, a.Body) },
		Log:         log,
	}
}

// response is a complete answer from Google.
type response = channels.Answer

// call sends one request to base+path. write marks a request that may
// change something at Google, whose lost answer is OutcomeUnknown. Every
// failure comes back as a *channels.Error.
func (c *Channel) call(ctx context.Context, method, url string, body any, write bool) (response, error) {
	tok, err := c.token()
	if err != nil {
		return response{}, err
	}
	var rd io.Reader
	if body != nil {
		buf, err := c.api.JSON(body)
		if err != nil {
			return response{}, err
		}
		rd = buf
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return response{}, c.api.Unbuildable(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return c.api.Do(req, write)
}

// token returns a current access token, refreshing it when it is due.
func (c *Channel) token() (string, error) {
	t, err := c.tokens.Token()
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) {
			if re.ErrorCode == "invalid_grant" || re.ErrorCode == "invalid_client" || re.ErrorCode == "unauthorized_client" {
				return "", &channels.Error{Class: channels.AuthExpired, Reason: "Google refused the stored sign-in (expired or revoked); reconnect Google", Status: re.Response.StatusCode, Err: errors.New("google: token refresh: " + re.ErrorCode)}
			}
			if re.Response != nil && re.Response.StatusCode < 500 {
				return "", &channels.Error{Class: channels.AuthExpired, Reason: "Google refused to renew the sign-in; reconnect Google", Status: re.Response.StatusCode, Err: errors.New("google: token refresh: " + re.ErrorCode)}
			}
		}
		// Nothing was sent to the API yet: trying later is safe.
		return "", &channels.Error{Class: channels.Retryable, Reason: "could not renew the Google sign-in", Err: channels.RedactURLError(unwrapRetrieve(err))}
	}
	return t.AccessToken, nil
}

// unwrapRetrieve drops a RetrieveError's body (it may echo the request)
// and keeps the rest of the chain.
func unwrapRetrieve(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		return fmt.Errorf("google: token refresh: HTTP %d %s", re.Response.StatusCode, re.ErrorCode)
	}
	return err
}

// decode reads a JSON answer into v. An answer that does not parse is
// Retryable for a read; a write uses decodeWrite instead.
func decode(r response, v any, what string) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("Google sent %s practicepost cannot read", what), Status: r.Status, Err: err}
	}
	return nil
}

// Interface guards.
var (
	_ channels.Channel   = (*Channel)(nil)
	_ channels.Reviewer  = (*Channel)(nil)
	_ channels.Moderated = (*Channel)(nil)
)
