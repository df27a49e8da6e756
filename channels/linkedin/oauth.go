package linkedin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// DefaultOAuthBase is where LinkedIn's OAuth 2.0 endpoints live.
const DefaultOAuthBase = "https://www.linkedin.com"

// OAuth runs the OAuth 2.0 token calls of the web UI's "connect LinkedIn"
// flow against {Base}/oauth/v2/accessToken.
type OAuth struct {
	// Base is DefaultOAuthBase when empty.
	Base         string
	ClientID     string
	ClientSecret string
	RedirectURI  string
	// HTTPClient is used for the calls; a 30 s client when nil.
	HTTPClient *http.Client
	// Now is the clock for expiry times; time.Now when nil.
	Now func() time.Time
}

// errRefused marks an answer from LinkedIn that refused the grant (a bad,
// used or expired code or refresh token), as opposed to no answer.
var errRefused = errors.New("linkedin: oauth: refused")

// Token is what LinkedIn grants. Access tokens live 60 days; refresh
// tokens (approved partners only) 365 days from the first grant, not
// renewed by refreshing.
type Token struct {
	AccessToken    string
	Expires        time.Time
	RefreshToken   string    // "" when the app has no programmatic refresh
	RefreshExpires time.Time // zero without a refresh token
	Scope          string
}

// Exchange trades an authorization code for a token.
func (o OAuth) Exchange(ctx context.Context, code string) (Token, error) {
	if code == "" || o.RedirectURI == "" {
		return Token{}, errors.New("linkedin: oauth: the code and the redirect URI are required")
	}
	return o.token(ctx, url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {o.RedirectURI}})
}

// Refresh trades a refresh token for a new access token.
func (o OAuth) Refresh(ctx context.Context, refreshToken string) (Token, error) {
	if refreshToken == "" {
		return Token{}, errors.New("linkedin: oauth: the refresh token is empty; reconnect LinkedIn")
	}
	return o.token(ctx, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refreshToken}})
}

func (o OAuth) token(ctx context.Context, form url.Values) (Token, error) {
	if o.ClientID == "" || o.ClientSecret == "" {
		return Token{}, errors.New("linkedin: oauth: the client id and client secret are required")
	}
	base, hc, now := o.Base, o.HTTPClient, time.Now
	if base == "" {
		base = DefaultOAuthBase
	}
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Now != nil {
		now = o.Now
	}
	form.Set("client_id", o.ClientID)
	form.Set("client_secret", o.ClientSecret)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/oauth/v2/accessToken", strings.NewReader(form.Encode()))
	if err != nil {
		return Token{}, fmt.Errorf("linkedin: oauth: %w", channels.RedactURLError(err))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req)
	if err != nil {
		return Token{}, fmt.Errorf("linkedin: oauth: could not reach LinkedIn: %w", channels.RedactURLError(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return Token{}, fmt.Errorf("linkedin: oauth: reading the answer: %w", err)
	}
	var out struct {
		AccessToken           string `json:"access_token"`
		ExpiresIn             int64  `json:"expires_in"`
		RefreshToken          string `json:"refresh_token"`
		RefreshTokenExpiresIn int64  `json:"refresh_token_expires_in"`
		Scope                 string `json:"scope"`
		Error                 string `json:"error"`
		ErrorDescription      string `json:"error_description"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return Token{}, fmt.Errorf("linkedin: oauth: LinkedIn answered HTTP %d with something that is not a token", resp.StatusCode)
	}
	if resp.StatusCode != http.StatusOK || out.AccessToken == "" {
		return Token{}, fmt.Errorf("%w (HTTP %d %s: %s); start the connection again", errRefused, resp.StatusCode, out.Error, out.ErrorDescription)
	}
	t := now().UTC()
	tok := Token{AccessToken: out.AccessToken, RefreshToken: out.RefreshToken, Scope: out.Scope}
	if out.ExpiresIn > 0 {
		tok.Expires = t.Add(time.Duration(out.ExpiresIn) * time.Second)
	}
	if out.RefreshToken != "" && out.RefreshTokenExpiresIn > 0 {
		tok.RefreshExpires = t.Add(time.Duration(out.RefreshTokenExpiresIn) * time.Second)
	}
	return tok, nil
}
