package x

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// DefaultAuthSite is where X's consent page lives (AuthorizePath on it).
const DefaultAuthSite = "https://x.com"

// AuthorizePath is the path of X's OAuth 2.0 consent page.
const AuthorizePath = "/i/oauth2/authorize"

// ConnectConfig is what connecting an X account from the web UI needs.
type ConnectConfig struct {
	ChannelID    string
	ClientID     string
	ClientSecret string // empty for a public client
	// APIBase is the API host for the token exchange and users/me;
	// DefaultAPIBase when empty.
	APIBase string
	// AuthSite is the site of the consent page; DefaultAuthSite when empty.
	AuthSite string
	// Handle, when set, is the only account (@name, case-insensitive) the
	// channel may be connected to.
	Handle string
	// HTTPClient makes the calls; a 30 s client when nil.
	HTTPClient *http.Client
}

// Connector connects an X account by OAuth 2.0 with PKCE. It implements
// channels.Connector.
type Connector struct {
	cfg  ConnectConfig
	base string
	site string
}

// NewConnector checks cfg. It does no I/O.
func NewConnector(cfg ConnectConfig) (*Connector, error) {
	if cfg.ChannelID == "" || cfg.ClientID == "" {
		return nil, errors.New("x: connect: the channel id and client_id are required")
	}
	base, err := channels.APIBase(cfg.APIBase, DefaultAPIBase)
	if err != nil {
		return nil, fmt.Errorf("x: connect: %w", err)
	}
	site, err := channels.APIBase(cfg.AuthSite, DefaultAuthSite)
	if err != nil {
		return nil, fmt.Errorf("x: connect: auth site: %w", err)
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	cfg.Handle = strings.TrimPrefix(cfg.Handle, "@")
	return &Connector{cfg: cfg, base: base, site: site}, nil
}

func (c *Connector) app(redirectURI string) OAuth2App {
	return OAuth2App{ClientID: c.cfg.ClientID, ClientSecret: c.cfg.ClientSecret, RedirectURL: redirectURI,
		AuthBase: c.site + AuthorizePath, TokenURL: c.base + "/2/oauth2/token", HTTPClient: c.cfg.HTTPClient}
}

// AuthorizeURL is X's consent page, with an S256 challenge of verifier.
func (c *Connector) AuthorizeURL(redirectURI, state, verifier string) string {
	return c.app(redirectURI).AuthCodeURL(state, verifier)
}

// TokenInFragment is false: X sends a code to the redirect URI.
func (c *Connector) TokenInFragment() bool { return false }

// SecretName is where the token pair is kept (TokenSecretName).
func (c *Connector) SecretName() string { return TokenSecretName(c.cfg.ChannelID) }

// Connect trades the code for a token pair and reads users/me with it: when
// a handle is configured, any other account is refused.
func (c *Connector) Connect(ctx context.Context, redirectURI string, back channels.Returned) (channels.Connected, error) {
	if back.Code == "" {
		return channels.Connected{}, channels.ConnectFailed("X sent no authorization code; start again from the Channels page", nil)
	}
	tok, err := c.app(redirectURI).Exchange(ctx, back.Code, back.Verifier)
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) {
			return channels.Connected{}, channels.ConnectFailed("X did not accept the sign-in it sent back (it lasts 30 seconds and works once); start again from the Channels page", err)
		}
		return channels.Connected{}, channels.ConnectFailed("X could not be reached to finish the sign-in; try again in a few minutes", err)
	}
	me, err := c.usersMe(ctx, tok.AccessToken)
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed("X did not say which account signed in; start again from the Channels page", err)
	}
	if c.cfg.Handle != "" && !strings.EqualFold(me.Username, c.cfg.Handle) {
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("you signed in to X as @%s, but this channel is for @%s: sign in to X as @%s and connect again", me.Username, c.cfg.Handle, c.cfg.Handle), nil)
	}
	// The refresh token keeps the login alive: no expiry to show.
	return channels.Connected{Secret: encodeToken(tok), Account: post.Account{ID: me.ID, Name: me.Username, URL: "https://x.com/" + me.Username}}, nil
}

type xUser struct{ ID, Name, Username string }

// usersMe reads who the access token belongs to.
func (c *Connector) usersMe(ctx context.Context, access string) (xUser, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/2/users/me", nil)
	if err != nil {
		return xUser{}, channels.RedactURLError(err)
	}
	req.Header.Set("Authorization", "Bearer "+access)
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		return xUser{}, channels.RedactURLError(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return xUser{}, err
	}
	if resp.StatusCode != http.StatusOK {
		return xUser{}, fmt.Errorf("users/me answered HTTP %d", resp.StatusCode)
	}
	var me struct{ Data xUser }
	if err := json.Unmarshal(body, &me); err != nil || me.Data.ID == "" || me.Data.Username == "" {
		return xUser{}, fmt.Errorf("users/me answered without a user (%v)", err)
	}
	return me.Data, nil
}

var _ channels.Connector = (*Connector)(nil)
