package google

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// ConnectConfig is what connecting a location from the web UI needs.
type ConnectConfig struct {
	ChannelID string
	// Config carries the client, the hosts and the location the channel
	// is for (AccountID, LocationID; empty when the account manages
	// exactly one location, which is then taken).
	Config Config
	// AuthURL is Google's consent page; DefaultAuthURL when empty.
	AuthURL string
}

// Connector connects a Google Business Profile location by OAuth 2.0
// (authorization code with PKCE, access_type=offline so Google hands out a
// refresh token). It implements channels.Connector.
type Connector struct {
	cfg   ConnectConfig
	oauth oauth2.Config
}

// NewConnector checks cfg. It does no I/O.
func NewConnector(cfg ConnectConfig) (*Connector, error) {
	c := cfg.Config
	if cfg.ChannelID == "" || c.ClientID == "" || c.ClientSecret == "" {
		return nil, errors.New("google: connect: the channel id, client_id and client_secret are required")
	}
	// Borrow the adapter's defaults; the refresh token and location are
	// what connecting finds, so stand-ins pass its checks here.
	probe := c
	probe.ID, probe.RefreshToken = cfg.ChannelID, "-"
	if probe.AccountID == "" {
		probe.AccountID = "0"
	}
	if probe.LocationID == "" {
		probe.LocationID = "0"
	}
	full, err := probe.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("google: connect: %w", err)
	}
	full.ID, full.RefreshToken, full.AccountID, full.LocationID = cfg.ChannelID, "", c.AccountID, c.LocationID
	cfg.Config = full
	if cfg.AuthURL, err = channels.APIBase(cfg.AuthURL, DefaultAuthURL); err != nil {
		return nil, fmt.Errorf("google: connect: auth url: %w", err)
	}
	return &Connector{cfg: cfg, oauth: oauth2.Config{ClientID: full.ClientID, ClientSecret: full.ClientSecret, Scopes: []string{Scope},
		Endpoint: oauth2.Endpoint{AuthURL: cfg.AuthURL, TokenURL: full.TokenURL, AuthStyle: oauth2.AuthStyleInParams}}}, nil
}

// AuthorizeURL implements channels.Connector. prompt=consent makes Google
// hand out a refresh token again when the account consented before.
func (c *Connector) AuthorizeURL(redirectURI, state, verifier string) string {
	o := c.oauth
	o.RedirectURL = redirectURI
	return o.AuthCodeURL(state, oauth2.AccessTypeOffline, oauth2.S256ChallengeOption(verifier), oauth2.SetAuthURLParam("prompt", "consent"))
}

// TokenInFragment implements channels.Connector: Google returns a code.
func (c *Connector) TokenInFragment() bool { return false }

// SecretName implements channels.Connector.
func (c *Connector) SecretName() string { return TokenSecretName(c.cfg.ChannelID) }

// Connect implements channels.Connector: it trades the code for tokens,
// then finds the location among those the account manages. The channel's
// configured location must be one of them; with none configured, an
// account that manages exactly one location connects to it, and one that
// manages several answers Choices for the web UI's location picker
// (Choose finishes it).
func (c *Connector) Connect(ctx context.Context, redirectURI string, back channels.Returned) (channels.Connected, error) {
	if back.Code == "" {
		return channels.Connected{}, channels.ConnectFailed("Google sent no authorization code back; try connecting again", nil)
	}
	o := c.oauth
	o.RedirectURL = redirectURI
	tctx := context.WithValue(ctx, oauth2.HTTPClient, c.cfg.Config.HTTPClient)
	tok, err := o.Exchange(tctx, back.Code, oauth2.VerifierOption(back.Verifier))
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed("Google refused the sign-in (the code expired or was used); try connecting again", unwrapRetrieve(err))
	}
	if tok.RefreshToken == "" {
		return channels.Connected{}, channels.ConnectFailed("Google gave no offline access; remove practicepost under your Google account's third-party access, then connect again", nil)
	}
	locs, err := c.locations(ctx, tok.AccessToken)
	if err != nil {
		return channels.Connected{}, err
	}
	want := c.cfg.Config
	if want.LocationID == "" && want.AccountID == "" && len(locs) > 1 {
		// The location picker: the admin chooses on the next page. The
		// refresh token waits on the server with the list it was
		// checked against.
		pending, err := json.Marshal(pendingPick{RefreshToken: tok.RefreshToken, Locations: locs})
		if err != nil {
			return channels.Connected{}, fmt.Errorf("google: connect: %w", err)
		}
		out := channels.Connected{Pending: pending}
		for _, l := range locs {
			out.Choices = append(out.Choices, channels.Choice{Value: l.AccountID + "/" + l.LocationID, Label: l.label()})
		}
		return out, nil
	}
	var pick *location
	for i, l := range locs {
		if (want.LocationID == "" || l.LocationID == want.LocationID) && (want.AccountID == "" || l.AccountID == want.AccountID) {
			if pick != nil {
				return channels.Connected{}, channels.ConnectFailed("this Google account manages several locations; set location_id (and account_id) in the channel's settings to one of: "+describe(locs), nil)
			}
			pick = &locs[i]
		}
	}
	if pick == nil {
		if len(locs) == 0 {
			return channels.Connected{}, channels.ConnectFailed("this Google account manages no Business Profile location; sign in with an account that manages the practice's profile", nil)
		}
		return channels.Connected{}, channels.ConnectFailed("this Google account does not manage the configured location; it manages: "+describe(locs), nil)
	}
	return granted(tok.RefreshToken, pick)
}

// granted is the stored grant of a checked location.
func granted(refreshToken string, l *location) (channels.Connected, error) {
	grant := StoredGrant{RefreshToken: refreshToken, AccountID: l.AccountID, LocationID: l.LocationID, Connected: time.Now().UTC()}
	secret, err := json.Marshal(grant)
	if err != nil {
		return channels.Connected{}, fmt.Errorf("google: connect: %w", err)
	}
	return channels.Connected{Secret: secret, Account: accountOf(l)}, nil
}

// pendingPick is what waits on the server while the admin picks a
// location: the refresh token and the locations the account manages.
type pendingPick struct {
	RefreshToken string     `json:"refresh_token"`
	Locations    []location `json:"locations"`
}

// Choose implements channels.Chooser: it stores the grant for the
// location the admin picked, which must be one the account listed.
func (c *Connector) Choose(_ context.Context, pending []byte, value string) (channels.Connected, error) {
	var p pendingPick
	if err := json.Unmarshal(pending, &p); err != nil || p.RefreshToken == "" {
		return channels.Connected{}, channels.ConnectFailed("the sign-in waiting for a location could not be read; connect again", err)
	}
	for _, l := range p.Locations {
		if l.AccountID+"/"+l.LocationID == value {
			return granted(p.RefreshToken, &l)
		}
	}
	return channels.Connected{}, channels.ConnectFailed("that is not one of the locations this Google account manages; pick one from the list", nil)
}

// location is one location the signed-in account manages.
type location struct {
	AccountID  string `json:"account_id"`
	LocationID string `json:"location_id"`
	Title      string `json:"title"`
	Address    string `json:"address,omitempty"`
	MapsURI    string `json:"maps_uri,omitempty"`
}

// label is how the picker names a location: its title and address.
func (l location) label() string {
	if l.Address == "" {
		return l.Title
	}
	return l.Title + " — " + l.Address
}

func describe(locs []location) string {
	parts := make([]string, len(locs))
	for i, l := range locs {
		parts[i] = fmt.Sprintf("%q (account_id %s, location_id %s)", l.Title, l.AccountID, l.LocationID)
	}
	return strings.Join(parts, ", ")
}

// maxPickerLocations bounds the picker: a practice has a handful.
const maxPickerLocations = 200

// locations lists the accounts the token opens and their locations.
func (c *Connector) locations(ctx context.Context, accessToken string) ([]location, error) {
	var accts struct {
		Accounts []struct {
			Name string `json:"name"`
		} `json:"accounts"`
	}
	if err := c.get(ctx, accessToken, c.cfg.Config.AccountsAPIBase+"/v1/accounts?pageSize=20", &accts); err != nil {
		return nil, err
	}
	var out []location
	for _, a := range accts.Accounts {
		aid, ok := strings.CutPrefix(a.Name, "accounts/")
		if !ok || !numericID.MatchString(aid) {
			continue
		}
		var ls struct {
			Locations []struct {
				Name           string `json:"name"`
				Title          string `json:"title"`
				StorefrontAddr struct {
					AddressLines []string `json:"addressLines"`
					Locality     string   `json:"locality"`
				} `json:"storefrontAddress"`
				Metadata struct {
					MapsURI string `json:"mapsUri"`
				} `json:"metadata"`
			} `json:"locations"`
		}
		if err := c.get(ctx, accessToken, c.cfg.Config.InfoAPIBase+"/v1/accounts/"+aid+"/locations?pageSize=100&readMask=name,title,storefrontAddress,metadata", &ls); err != nil {
			return nil, err
		}
		for _, l := range ls.Locations {
			if lid, ok := strings.CutPrefix(l.Name, "locations/"); ok && numericID.MatchString(lid) && len(out) < maxPickerLocations {
				addr := strings.Join(append(slices.Clone(l.StorefrontAddr.AddressLines), l.StorefrontAddr.Locality), ", ")
				out = append(out, location{AccountID: aid, LocationID: lid, Title: l.Title, Address: strings.Trim(addr, ", "), MapsURI: l.Metadata.MapsURI})
			}
		}
	}
	return out, nil
}

func (c *Connector) get(ctx context.Context, accessToken, url string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("google: connect: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+accessToken)
	r, err := newHTTP(c.cfg.Config.HTTPClient, c.cfg.Config.Logger).Do(req, false)
	if err != nil {
		return channels.ConnectFailed("Google refused to list the account's locations: the project needs Business Profile API access (its quota is 0 until Google approves it)", err)
	}
	if err := json.Unmarshal(r.Body, v); err != nil {
		return channels.ConnectFailed("Google answered the list of locations in a form practicepost cannot read", err)
	}
	return nil
}

func accountOf(l *location) post.Account {
	return post.Account{ID: l.LocationID, Name: l.Title, URL: l.MapsURI}
}

// Interface guards.
var (
	_ channels.Connector = (*Connector)(nil)
	_ channels.Chooser   = (*Connector)(nil)
)
