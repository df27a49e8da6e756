package linkedin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// ConnectScopes are what practicepost asks for when connecting a Page.
var ConnectScopes = []string{"r_organization_social", "w_organization_social", "rw_organization_admin"}

// TokenSecretName is where a channel's token from the web UI's connect
// flow is kept, as a StoredToken.
func TokenSecretName(channelID string) string { return "linkedin/" + channelID + "/token" }

// StoredToken is the stored form of a connected token.
type StoredToken struct {
	AccessToken string    `json:"access_token"`
	Expires     time.Time `json:"expires,omitzero"`
}

// ParseStoredToken reads what TokenSecretName holds.
func ParseStoredToken(b []byte) (StoredToken, error) {
	var t StoredToken
	if err := json.Unmarshal(b, &t); err != nil {
		return StoredToken{}, fmt.Errorf("linkedin: the stored token is not readable: %w", err)
	}
	return t, nil
}

// ConnectConfig is what connecting a LinkedIn Page from the web UI needs.
type ConnectConfig struct {
	ChannelID    string
	ClientID     string
	ClientSecret string
	// OrganizationID is the Page the member must administer.
	OrganizationID string
	APIVersion     string
	// APIBase is the REST API base (DefaultAPIBase when empty); when set,
	// the token calls go there too (the fake serves both).
	APIBase string
	// AuthSite is the site of the consent page; DefaultOAuthBase when empty.
	AuthSite   string
	HTTPClient *http.Client
	Now        func() time.Time
}

// Connector connects a LinkedIn organization Page by OAuth 2.0 (three
// legged, authorization code). It implements channels.Connector.
type Connector struct{ cfg ConnectConfig }

// NewConnector checks cfg. It does no I/O.
func NewConnector(cfg ConnectConfig) (*Connector, error) {
	if cfg.ChannelID == "" || cfg.ClientID == "" || cfg.ClientSecret == "" {
		return nil, errors.New("linkedin: connect: the channel id, client_id and client_secret are required")
	}
	if !numericID.MatchString(cfg.OrganizationID) {
		return nil, errors.New("linkedin: connect: organization_id must be the company Page's numeric id")
	}
	if _, err := parseVersion(cfg.APIVersion); err != nil {
		return nil, fmt.Errorf("linkedin: connect: %w", err)
	}
	site, err := channels.APIBase(cfg.AuthSite, DefaultOAuthBase)
	if err != nil {
		return nil, fmt.Errorf("linkedin: connect: auth site: %w", err)
	}
	cfg.AuthSite = site
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Connector{cfg: cfg}, nil
}

// AuthorizeURL is LinkedIn's consent page.
func (c *Connector) AuthorizeURL(redirectURI, state, _ string) string {
	return c.cfg.AuthSite + "/oauth/v2/authorization?" + url.Values{"response_type": {"code"}, "client_id": {c.cfg.ClientID},
		"redirect_uri": {redirectURI}, "state": {state}, "scope": {strings.Join(ConnectScopes, " ")}}.Encode()
}

// TokenInFragment is false: LinkedIn sends a code.
func (c *Connector) TokenInFragment() bool { return false }

// SecretName is TokenSecretName.
func (c *Connector) SecretName() string { return TokenSecretName(c.cfg.ChannelID) }

// Connect trades the code for a token, then checks on organizationAcls
// that the member is an approved ADMINISTRATOR of the configured
// organization: a token of anyone else would only fail later, at the
// first post.
func (c *Connector) Connect(ctx context.Context, redirectURI string, back channels.Returned) (channels.Connected, error) {
	if back.Code == "" {
		return channels.Connected{}, channels.ConnectFailed("LinkedIn sent no authorization code; start again from the Channels page", nil)
	}
	o := OAuth{Base: c.cfg.APIBase, ClientID: c.cfg.ClientID, ClientSecret: c.cfg.ClientSecret, RedirectURI: redirectURI,
		HTTPClient: c.cfg.HTTPClient, Now: c.cfg.Now}
	tok, err := o.Exchange(ctx, back.Code)
	if err != nil {
		if errors.Is(err, errRefused) {
			return channels.Connected{}, channels.ConnectFailed("LinkedIn did not accept the sign-in it sent back (the code expired or was already used); start again from the Channels page", err)
		}
		return channels.Connected{}, channels.ConnectFailed("LinkedIn could not be reached to finish the sign-in; try again in a few minutes", err)
	}
	ch, err := New(Config{ID: c.cfg.ChannelID, APIBase: c.cfg.APIBase, OrganizationID: c.cfg.OrganizationID, AccessToken: tok.AccessToken,
		APIVersion: c.cfg.APIVersion, TokenExpires: tok.Expires, HTTPClient: c.cfg.HTTPClient, Now: c.cfg.Now})
	if err != nil {
		return channels.Connected{}, err
	}
	admin, err := ch.administers(ctx)
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed("LinkedIn could not say whether you administer the organization; try again in a few minutes", err)
	}
	if !admin {
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("the LinkedIn member you signed in as is not an administrator of organization %s; sign in as one of the Page's admins and connect again", c.cfg.OrganizationID), nil)
	}
	acct, err := ch.Verify(ctx)
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed("LinkedIn did not show the organization to the new token; try again in a few minutes", err)
	}
	b, err := json.Marshal(StoredToken{AccessToken: tok.AccessToken, Expires: tok.Expires})
	if err != nil {
		return channels.Connected{}, fmt.Errorf("linkedin: connect: %w", err)
	}
	return channels.Connected{Secret: b, Account: acct}, nil
}

// administers asks organizationAcls (roleAssignee finder: the token's own
// member) whether the member is an approved ADMINISTRATOR of the
// channel's organization. A 403 means LinkedIn gave the member no such
// rights to look at, which is a no.
func (c *Channel) administers(ctx context.Context) (bool, error) {
	want := "urn:li:organization:" + c.cfg.OrganizationID
	start := 0
	for range maxPages {
		r, err := c.call(ctx, http.MethodGet, fmt.Sprintf("/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED&start=%d&count=100", start), nil, false)
		var ce *channels.Error
		if errors.As(err, &ce) && ce.Status == http.StatusForbidden {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		var page struct {
			Elements []struct {
				Organization string `json:"organization"`
				Role         string `json:"role"`
				State        string `json:"state"`
			} `json:"elements"`
		}
		if err := decode(r, &page, "an access-control list"); err != nil {
			return false, err
		}
		for _, e := range page.Elements {
			if e.Organization == want && e.Role == "ADMINISTRATOR" && e.State == "APPROVED" {
				return true, nil
			}
		}
		if len(page.Elements) < 100 {
			return false, nil
		}
		start += len(page.Elements)
	}
	return false, nil
}

var _ channels.Connector = (*Connector)(nil)
