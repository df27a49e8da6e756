package x

import (
	"context"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

// Default OAuth 2.0 endpoints and scopes for connecting an X account.
const (
	DefaultAuthBase = DefaultAuthSite + AuthorizePath
	DefaultTokenURL = "https://api.x.com/2/oauth2/token"
)

// DefaultScopes are what practicepost needs: post, read its own posts and
// metrics, upload images, and stay connected (offline.access gives the
// refresh token).
var DefaultScopes = []string{"tweet.read", "tweet.write", "users.read", "media.write", "offline.access"}

// OAuth2App is the X app a clinic registers, for the authorization code
// flow with PKCE that the web UI runs to connect an account.
type OAuth2App struct {
	ClientID     string
	ClientSecret string // empty for a public client; confidential clients use HTTP Basic
	RedirectURL  string
	AuthBase     string   // default DefaultAuthBase
	TokenURL     string   // default DefaultTokenURL
	Scopes       []string // default DefaultScopes
	HTTPClient   *http.Client
}

func (a OAuth2App) config() *oauth2.Config {
	auth, tok, scopes := a.AuthBase, a.TokenURL, a.Scopes
	if auth == "" {
		auth = DefaultAuthBase
	}
	if tok == "" {
		tok = DefaultTokenURL
	}
	if scopes == nil {
		scopes = DefaultScopes
	}
	style := oauth2.AuthStyleInParams
	if a.ClientSecret != "" {
		style = oauth2.AuthStyleInHeader
	}
	return &oauth2.Config{ClientID: a.ClientID, ClientSecret: a.ClientSecret, RedirectURL: a.RedirectURL, Scopes: scopes,
		Endpoint: oauth2.Endpoint{AuthURL: auth, TokenURL: tok, AuthStyle: style}}
}

// AuthCodeURL is where to send the person connecting the account. verifier
// comes from oauth2.GenerateVerifier and must be kept (server side) for
// Exchange; state guards against CSRF.
func (a OAuth2App) AuthCodeURL(state, verifier string) string {
	return a.config().AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}

// Exchange trades the code X sent to the redirect URL for a token pair.
// X allows 30 seconds for this. Save the result with SaveToken.
func (a OAuth2App) Exchange(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	if a.HTTPClient != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, a.HTTPClient)
	}
	tok, err := a.config().Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, fmt.Errorf("x: exchange: %w", err)
	}
	return tok, nil
}
