package config

import "time"

// Channel kinds.
const (
	KindX        = "x"
	KindFacebook = "facebook"
	KindLinkedIn = "linkedin"
	KindPreview  = "preview"
	KindManual   = "manual"
)

// Channel is one connected account. Which fields apply depends on Kind;
// setting a field of another kind is an error, so a credential pasted into
// the wrong block is caught at load time rather than at 9 a.m. on Monday.
type Channel struct {
	ID      string   `toml:"id"`       // [a-z0-9][a-z0-9-]{0,31}, unique
	Kind    string   `toml:"kind"`     // x | facebook | linkedin | preview | manual
	Name    string   `toml:"name"`     // shown in the UI; default ID
	APIBase string   `toml:"api_base"` // override of the platform's API base URL (fakes in tests)
	Slots   []string `toml:"slots"`    // cron expressions (5 fields) in the practice time zone
	Paused  bool     `toml:"paused"`
	// AuthBase overrides the site the admin's browser is sent to when
	// connecting the account from the web UI (x.com, www.facebook.com,
	// www.linkedin.com by default): staging and tests point it at a fake.
	AuthBase string `toml:"auth_base"`

	// X: OAuth 1.0a user context, or OAuth 2.0 (client_id + refresh_token).
	// LinkedIn: client_id and client_secret of the app used to connect the
	// page from the web UI.
	ConsumerKey       Secret `toml:"consumer_key"`
	ConsumerSecret    Secret `toml:"consumer_secret"`
	AccessToken       Secret `toml:"access_token"` // X and LinkedIn
	AccessTokenSecret Secret `toml:"access_token_secret"`
	ClientID          string `toml:"client_id"`     // X and LinkedIn
	ClientSecret      Secret `toml:"client_secret"` // X and LinkedIn
	RefreshToken      Secret `toml:"refresh_token"`
	// Handle is the X account (@name) the channel posts as: connecting
	// another account from the web UI is refused when it is set.
	Handle string `toml:"handle"`

	// Facebook.
	PageID          string `toml:"page_id"`
	PageAccessToken Secret `toml:"page_access_token"`
	GraphVersion    string `toml:"graph_version"` // "v24.0"; required for facebook
	AppSecret       Secret `toml:"app_secret"`    // optional, for appsecret_proof; with app_id, to connect
	// AppID is the Meta app's id, which the web UI's "connect" flow needs
	// with app_secret.
	AppID string `toml:"app_id"`

	// LinkedIn.
	OrganizationID string `toml:"organization_id"`
	APIVersion     string `toml:"api_version"`   // "YYYYMM"; required for linkedin
	TokenExpires   string `toml:"token_expires"` // YYYY-MM-DD, the 60-day token's expiry

	// Preview.
	Dir string `toml:"dir"` // default <store.dir>/preview

	// Manual.
	Network string `toml:"network"` // e.g. "Doximity"
	URL     string `toml:"url"`     // where staff go to post
}

// TokenExpiry returns TokenExpires as midnight UTC of that day, or the zero
// time when it is unset or malformed (validation rejects malformed dates).
func (ch Channel) TokenExpiry() time.Time {
	t, err := time.Parse(time.DateOnly, ch.TokenExpires)
	if err != nil {
		return time.Time{}
	}
	return t
}

// kindFields lists, for each kind-specific key, the kinds it belongs to.
// Keys not listed (id, kind, name, api_base, slots, paused) apply to all.
var kindFields = map[string][]string{
	"consumer_key":        {KindX},
	"consumer_secret":     {KindX},
	"access_token":        {KindX, KindLinkedIn},
	"access_token_secret": {KindX},
	"client_id":           {KindX, KindLinkedIn},
	"client_secret":       {KindX, KindLinkedIn},
	"refresh_token":       {KindX},
	"handle":              {KindX},
	"auth_base":           {KindX, KindFacebook, KindLinkedIn},
	"page_id":             {KindFacebook},
	"page_access_token":   {KindFacebook},
	"graph_version":       {KindFacebook},
	"app_secret":          {KindFacebook},
	"app_id":              {KindFacebook},
	"organization_id":     {KindLinkedIn},
	"api_version":         {KindLinkedIn},
	"token_expires":       {KindLinkedIn},
	"dir":                 {KindPreview},
	"network":             {KindManual},
	"url":                 {KindManual},
}

// kindSettings returns the kind-specific settings of ch that are not empty,
// keyed like kindFields.
func (ch *Channel) kindSettings() map[string]bool {
	set := func(s string) bool { return s != "" }
	return map[string]bool{
		"consumer_key":        set(string(ch.ConsumerKey)),
		"consumer_secret":     set(string(ch.ConsumerSecret)),
		"access_token":        set(string(ch.AccessToken)),
		"access_token_secret": set(string(ch.AccessTokenSecret)),
		"client_id":           set(ch.ClientID),
		"client_secret":       set(string(ch.ClientSecret)),
		"refresh_token":       set(string(ch.RefreshToken)),
		"handle":              set(ch.Handle),
		"auth_base":           set(ch.AuthBase),
		"page_id":             set(ch.PageID),
		"page_access_token":   set(string(ch.PageAccessToken)),
		"graph_version":       set(ch.GraphVersion),
		"app_secret":          set(string(ch.AppSecret)),
		"app_id":              set(ch.AppID),
		"organization_id":     set(ch.OrganizationID),
		"api_version":         set(ch.APIVersion),
		"token_expires":       set(ch.TokenExpires),
		"dir":                 set(ch.Dir),
		"network":             set(ch.Network),
		"url":                 set(ch.URL),
	}
}
