package linkedin

import (
	"context"
	"regexp"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "linkedin",
		Title:   "LinkedIn",
		APIBase: DefaultAPIBase,
		// LinkedIn's composer and API count commentary in UTF-16 code units
		// (JavaScript strings), so an emoji counts 2; the feed folds long
		// text behind "…see more".
		Limits:  channels.Limits{MaxChars: MaxCommentaryChars, Counting: "utf16", MaxImages: MaxImages, Fold: FoldChars},
		Measure: channels.UTF16,
		Options: func() channels.Options { return new(Options) },
		New: func(ctx context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			return channels.NewConnectable(ctx, s.Secrets, TokenSecretName(s.ID), func(stored []byte) (channels.Channel, error) {
				token, expires := o.AccessToken.Reveal(), o.TokenExpiry()
				if len(stored) > 0 {
					t, err := ParseStoredToken(stored)
					if err != nil {
						return nil, channels.Errorf(channels.AuthExpired, "the stored LinkedIn token is not readable; reconnect the channel")
					}
					token, expires = t.AccessToken, t.Expires
				}
				if token == "" {
					return channels.NotConnected(s.ID, "LinkedIn page"), nil
				}
				return New(Config{ID: s.ID, APIBase: s.APIBase, OrganizationID: o.OrganizationID,
					AccessToken: token, APIVersion: o.APIVersion, TokenExpires: expires, Logger: s.Logger})
			})
		},
		Connector: func(s channels.Setup) (channels.Connector, error) {
			o := s.Options.(*Options)
			if o.ClientID == "" || o.ClientSecret == "" {
				return nil, nil
			}
			return NewConnector(ConnectConfig{ChannelID: s.ID, ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(),
				OrganizationID: o.OrganizationID, APIVersion: o.APIVersion, APIBase: s.APIBase, AuthSite: o.AuthBase})
		},
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/linkedin",
	})
}

// FoldChars is about how much of a post the feed shows before "…see more".
const FoldChars = 210

// Options are a LinkedIn organization channel's own settings in the config.
type Options struct {
	OrganizationID string          `toml:"organization_id"`
	APIVersion     string          `toml:"api_version"`   // "YYYYMM"; required
	AccessToken    channels.Secret `toml:"access_token"`  // or connected from the web UI
	TokenExpires   string          `toml:"token_expires"` // YYYY-MM-DD, the 60-day token's expiry
	// ClientID and ClientSecret are the app an admin connects the page
	// with from the web UI.
	ClientID     string          `toml:"client_id"`
	ClientSecret channels.Secret `toml:"client_secret"`
	// AuthBase overrides the site of the consent page (DefaultOAuthBase):
	// staging and tests point it at a fake.
	AuthBase string `toml:"auth_base"`
}

// TokenExpiry returns TokenExpires as midnight UTC of that day, or the zero
// time when it is unset (Check rejects a malformed one).
func (o *Options) TokenExpiry() time.Time {
	t, err := time.Parse(time.DateOnly, o.TokenExpires)
	if err != nil {
		return time.Time{}
	}
	return t
}

// configVersion is what the config accepts: YYYYMM from 2020 on.
var configVersion = regexp.MustCompile(`^20[2-9][0-9](0[1-9]|1[0-2])$`)

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	add := func(key, format string, args ...any) { out = append(out, channels.Problemf(key, format, args...)) }
	if o.AuthBase != "" && !channels.IsHTTPURL(o.AuthBase) {
		add("auth_base", "%q is not an absolute http(s) URL", o.AuthBase)
	}
	if o.OrganizationID == "" {
		add("organization_id", "is required for a linkedin channel")
	}
	if o.APIVersion == "" {
		add("api_version", "is required for a linkedin channel")
	}
	if o.AccessToken == "" && o.ClientID == "" {
		add("access_token", "is required for a linkedin channel, unless client_id and client_secret are set so an admin can connect the page from the web UI")
	}
	if o.OrganizationID != "" && !numericID.MatchString(o.OrganizationID) {
		add("organization_id", "%q is not a LinkedIn organization id (digits only)", o.OrganizationID)
	}
	if o.APIVersion != "" && !configVersion.MatchString(o.APIVersion) {
		add("api_version", `%q is not a LinkedIn API version (YYYYMM, such as "202611")`, o.APIVersion)
	}
	if _, err := time.Parse(time.DateOnly, o.TokenExpires); o.TokenExpires != "" && err != nil {
		add("token_expires", "%q is not a date (YYYY-MM-DD)", o.TokenExpires)
	}
	// The app that connects the page from the web UI: both or neither.
	if (o.ClientID != "") != (o.ClientSecret != "") {
		add("", "linkedin needs both client_id and client_secret to connect the page from the web UI, or neither")
	}
	return out
}

// tokenWarnDays is how early Warnings mentions the token's expiry.
// Renewing it takes a person and a browser, so give them a working week.
const tokenWarnDays = 7

// Warnings names a token given in the config that expired or expires
// within a week.
func (o *Options) Warnings(channelID string, now time.Time) []channels.Problem {
	exp := o.TokenExpiry()
	if exp.IsZero() {
		return nil
	}
	switch left := exp.Sub(now); {
	case left < 0:
		return []channels.Problem{channels.Problemf("token_expires", "LinkedIn token of channel %q expired on %s; renew it", channelID, o.TokenExpires)}
	case left < tokenWarnDays*24*time.Hour:
		return []channels.Problem{channels.Problemf("token_expires", "LinkedIn token of channel %q expires on %s; renew it", channelID, o.TokenExpires)}
	}
	return nil
}
