package google

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "google",
		Title:   "Google Business Profile",
		APIBase: DefaultAPIBase,
		// Google's post editor is a JavaScript front end: UTF-16 code
		// units never undercount what it allows.
		// Google refuses a phone number in a post's summary and shows
		// no link in it as a link: the post's buttons do both.
		Limits: channels.Limits{MaxChars: MaxSummaryChars, Counting: "utf16", MaxImages: MaxImages,
			NoPhoneInText: true,
			CallButton:    `the channel's CALL button (button = "CALL" in its settings), which dials the number on the practice's Google listing`,
			LinkButton:    "LEARN MORE"},
		Measure: channels.UTF16,
		// Google fetches a post's photo from its sourceUrl itself.
		NeedsPublicMedia: true,
		Options:          func() channels.Options { return new(Options) },
		New: func(ctx context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			cc, err := channels.NewConnectable(ctx, s.Secrets, TokenSecretName(s.ID), func(stored []byte) (channels.Channel, error) {
				grant := StoredGrant{RefreshToken: o.RefreshToken.Reveal(), AccountID: o.AccountID, LocationID: o.LocationID}
				if len(stored) > 0 {
					g, err := ParseStoredGrant(stored)
					if err != nil {
						return nil, channels.Errorf(channels.AuthExpired, "the stored Google sign-in is not readable; reconnect the channel")
					}
					grant = g
				}
				if grant.RefreshToken == "" {
					return channels.NotConnected(s.ID, "Google Business Profile location"), nil
				}
				cfg := o.config(s.APIBase)
				cfg.ID, cfg.Logger, cfg.PublicMedia = s.ID, s.Logger, s.PublicMedia
				cfg.RefreshToken, cfg.AccountID, cfg.LocationID = grant.RefreshToken, grant.AccountID, grant.LocationID
				return New(cfg)
			})
			if err != nil {
				return nil, err
			}
			return connected{cc}, nil
		},
		Connector: func(s channels.Setup) (channels.Connector, error) {
			o := s.Options.(*Options)
			return NewConnector(ConnectConfig{ChannelID: s.ID, Config: o.config(s.APIBase), AuthURL: o.authURL(s.APIBase)})
		},
		// Replies go to reviews (Google's posts take no comments); the
		// checklist's reply rules guard what they say.
		CanReply: func(post.Comment) (bool, string) { return true, "" },
		// Local posts are updates, events, offers or alerts, with a
		// button (post.Topic, sent as topicType, callToAction, event
		// and offer).
		Topics:      true,
		Conformance: "channels/google",
	})
}

// Options are a Google Business Profile channel's own settings.
type Options struct {
	// AccountID and LocationID name the location; both may be left out
	// when the connected account manages exactly one location.
	AccountID  string `toml:"account_id"`
	LocationID string `toml:"location_id"`
	// ClientID and ClientSecret are the Google Cloud project's OAuth
	// client, approved for Business Profile API access.
	ClientID     string          `toml:"client_id"`
	ClientSecret channels.Secret `toml:"client_secret"`
	// RefreshToken is an offline token given in the config; usually the
	// admin connects from the web UI instead.
	RefreshToken channels.Secret `toml:"refresh_token"`
	// LanguageCode is the posts' language, "en-US" when empty.
	LanguageCode string `toml:"language_code"`
	// Button is the call-to-action of posts without a link: "" or "CALL".
	Button string `toml:"button"`
}

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	add := func(key, format string, args ...any) { out = append(out, channels.Problemf(key, format, args...)) }
	if o.ClientID == "" || o.ClientSecret == "" {
		add("client_id", "a google channel needs client_id and client_secret of a Google Cloud project with Business Profile API access")
	}
	for key, v := range map[string]string{"account_id": o.AccountID, "location_id": o.LocationID} {
		if v != "" && !numericID.MatchString(v) {
			add(key, "%q is not a Google id (digits only)", v)
		}
	}
	if o.RefreshToken != "" && (o.AccountID == "" || o.LocationID == "") {
		add("location_id", "with a refresh_token in the config, account_id and location_id are required")
	}
	if o.Button != "" && o.Button != ButtonCall {
		add("button", "%q: use %q, or leave it out (a post with a link gets %s)", o.Button, ButtonCall, ButtonLearnMore)
	}
	return out
}

// config is the adapter's Config from the options. A configured api_base
// points every Google host (v4, business information, account
// management, token) at one place: a fake or a proxy.
func (o *Options) config(apiBase string) Config {
	cfg := Config{ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(), LanguageCode: o.LanguageCode, Button: o.Button,
		AccountID: o.AccountID, LocationID: o.LocationID}
	if apiBase != "" {
		cfg.APIBase, cfg.InfoAPIBase, cfg.AccountsAPIBase, cfg.TokenURL = apiBase, apiBase, apiBase, apiBase+"/token"
	}
	return cfg
}

func (o *Options) authURL(apiBase string) string {
	if apiBase != "" {
		return apiBase + "/o/oauth2/v2/auth"
	}
	return DefaultAuthURL
}

// TokenSecretName is where a channel's grant from the web UI's connect
// flow is kept, as a StoredGrant.
func TokenSecretName(channelID string) string { return "google/" + channelID + "/grant" }

// StoredGrant is the stored form of a connected location: the offline
// refresh token and the location it was checked against.
type StoredGrant struct {
	RefreshToken string    `json:"refresh_token"`
	AccountID    string    `json:"account_id"`
	LocationID   string    `json:"location_id"`
	Connected    time.Time `json:"connected,omitzero"`
}

// ParseStoredGrant reads what TokenSecretName holds.
func ParseStoredGrant(b []byte) (StoredGrant, error) {
	var g StoredGrant
	if err := json.Unmarshal(b, &g); err != nil {
		return StoredGrant{}, fmt.Errorf("google: the stored grant is not readable: %w", err)
	}
	if g.RefreshToken == "" || !numericID.MatchString(g.AccountID) || !numericID.MatchString(g.LocationID) {
		return StoredGrant{}, fmt.Errorf("google: the stored grant lacks its token or location")
	}
	return g, nil
}

// connected is the registered channel: the Connectable wrapper, plus what
// the Google adapter offers beyond channels.Channel.
type connected struct{ *channels.Connectable }

// Reviews implements channels.Reviewer.
func (c connected) Reviews(ctx context.Context, since time.Time) ([]channels.Review, error) {
	ch, err := c.Current(ctx)
	if err != nil {
		return nil, err
	}
	r, ok := ch.(channels.Reviewer)
	if !ok {
		_, err := ch.Verify(ctx) // not connected: its error says so
		return nil, err
	}
	return r.Reviews(ctx, since)
}

// Moderation implements channels.Moderated.
func (c connected) Moderation(ctx context.Context, remoteID string) (channels.Moderation, string, error) {
	ch, err := c.Current(ctx)
	if err != nil {
		return 0, "", err
	}
	m, ok := ch.(channels.Moderated)
	if !ok {
		_, err := ch.Verify(ctx)
		return 0, "", err
	}
	return m.Moderation(ctx, remoteID)
}

// Interface guards.
var (
	_ channels.Reviewer  = connected{}
	_ channels.Moderated = connected{}
)
