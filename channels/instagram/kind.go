package instagram

import (
	"context"
	"regexp"

	"github.com/practicepost/practicepost/channels"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "instagram",
		Title:   "Instagram",
		APIBase: DefaultAPIBase,
		// Meta validates captions in UTF-16 code units (JavaScript
		// strings): counting them never undercounts. The feed shows about
		// 125 characters before "more".
		Limits: channels.Limits{MaxChars: MaxCaptionChars, Counting: "utf16", MaxImages: MaxImages, Fold: 125,
			MaxHashtags: MaxHashtags, MaxMentions: MaxMentions, NeedsImage: true,
			LinkTip: `Put the link in the account's bio and write "link in bio" in the caption instead.`},
		Measure: channels.UTF16,
		// Instagram fetches each image from a signed public link, which
		// serves it as a JPEG.
		NeedsPublicMedia: true,
		PublicImage:      PublicImage,
		Options:          func() channels.Options { return new(Options) },
		New: func(ctx context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			// A grant from the web UI's connect flow wins over the config's
			// token, and is picked up without a restart.
			return channels.NewConnectable(ctx, s.Secrets, GrantSecretName(s.ID), func(stored []byte) (channels.Channel, error) {
				g := grant{Token: o.AccessToken.Reveal(), IGUserID: o.IGUserID}
				if len(stored) > 0 {
					var err error
					if g, err = parseGrant(stored); err != nil {
						return nil, err
					}
				}
				if g.Token == "" || g.IGUserID == "" {
					return channels.NotConnected(s.ID, "Instagram account"), nil
				}
				return New(Config{ID: s.ID, APIBase: s.APIBase, GraphVersion: o.GraphVersion, IGUserID: g.IGUserID,
					AccessToken: g.Token, AppID: o.AppID, AppSecret: o.AppSecret.Reveal(), PublicMedia: s.PublicMedia,
					Records: s.Secrets, Logger: s.Logger})
			})
		},
		Connector: func(s channels.Setup) (channels.Connector, error) {
			o := s.Options.(*Options)
			if o.AppID == "" || o.AppSecret == "" || o.PageID == "" {
				return nil, nil
			}
			return Connector{ChannelID: s.ID, PageID: o.PageID, IGUserID: o.IGUserID, APIBase: s.APIBase,
				GraphVersion: o.GraphVersion, AuthSite: o.AuthBase, AppID: o.AppID, AppSecret: o.AppSecret.Reveal()}, nil
		},
		Conformance: "channels/instagram",
	})
}

// Options are an Instagram channel's own settings in the config.
type Options struct {
	// PageID is the Facebook Page the Instagram account is linked to.
	PageID string `toml:"page_id"`
	// IGUserID is the Instagram professional account's id; found through
	// the Page when an admin connects, and then checked against it.
	IGUserID string `toml:"ig_user_id"`
	// AccessToken is the Page's token, for a channel not connected from
	// the web UI (it then needs ig_user_id).
	AccessToken  channels.Secret `toml:"access_token"`
	GraphVersion string          `toml:"graph_version"` // "v25.0"; required
	// AppID and AppSecret let an admin connect the account from the web
	// UI, and add appsecret_proof to every call.
	AppID     string          `toml:"app_id"`
	AppSecret channels.Secret `toml:"app_secret"`
	// AuthBase overrides the login dialog's site (DefaultAuthSite), for
	// staging and tests.
	AuthBase string `toml:"auth_base"`
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	add := func(key, format string, args ...any) { out = append(out, channels.Problemf(key, format, args...)) }
	if o.PageID == "" {
		add("page_id", "is required for an instagram channel: the Facebook Page the Instagram account is linked to")
	} else if !digits.MatchString(o.PageID) {
		add("page_id", "%q is not a Facebook Page id (digits only)", o.PageID)
	}
	if o.IGUserID != "" && !digits.MatchString(o.IGUserID) {
		add("ig_user_id", "%q is not an Instagram account id (digits only)", o.IGUserID)
	}
	if o.GraphVersion == "" {
		add("graph_version", "is required for an instagram channel")
	} else if !graphVersionPattern.MatchString(o.GraphVersion) {
		add("graph_version", `%q is not a Graph API version (such as "v25.0")`, o.GraphVersion)
	}
	switch {
	case o.AccessToken == "" && o.AppID == "":
		add("access_token", "is required for an instagram channel, unless app_id and app_secret are set so an admin can connect the account from the web UI")
	case o.AccessToken != "" && o.IGUserID == "":
		add("ig_user_id", "is required with access_token (the web UI's connect flow finds it through the Page)")
	}
	if o.AppID != "" && !digits.MatchString(o.AppID) {
		add("app_id", "%q is not a Meta app id (digits only)", o.AppID)
	}
	if o.AppID != "" && o.AppSecret == "" {
		add("app_secret", "is required with app_id, to connect the account from the web UI")
	}
	if o.AuthBase != "" && !channels.IsHTTPURL(o.AuthBase) {
		add("auth_base", "%q is not an absolute http(s) URL", o.AuthBase)
	}
	return out
}
