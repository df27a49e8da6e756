package facebook

import (
	"context"
	"regexp"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "facebook",
		Title:   "Facebook",
		APIBase: DefaultAPIBase,
		// Facebook's front end and Graph API validate the message in UTF-16
		// code units (JavaScript strings), so an emoji counts 2.
		Limits:  channels.Limits{MaxChars: MaxMessageChars, Counting: "utf16", MaxImages: MaxImages},
		Measure: channels.UTF16,
		Options: func() channels.Options { return new(Options) },
		New: func(ctx context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			// A Page token from the web UI's connect flow wins over the
			// config's, and is picked up without a restart.
			return channels.NewConnectable(ctx, s.Secrets, PageTokenSecretName(s.ID), func(stored []byte) (channels.Channel, error) {
				token := o.PageAccessToken.Reveal()
				if len(stored) > 0 {
					token = string(stored)
				}
				if token == "" {
					return channels.NotConnected(s.ID, "Facebook Page"), nil
				}
				return New(Config{ID: s.ID, APIBase: s.APIBase, PageID: o.PageID, AppID: o.AppID,
					PageAccessToken: token, GraphVersion: o.GraphVersion, AppSecret: o.AppSecret.Reveal(), Logger: s.Logger})
			})
		},
		Connector: func(s channels.Setup) (channels.Connector, error) {
			o := s.Options.(*Options)
			if o.AppID == "" || o.AppSecret == "" || o.PageID == "" {
				return nil, nil
			}
			return PageConnector{ChannelID: s.ID, PageID: o.PageID, AuthSite: o.AuthBase,
				Connector: Connector{APIBase: s.APIBase, GraphVersion: o.GraphVersion, AppID: o.AppID, AppSecret: o.AppSecret.Reveal()}}, nil
		},
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/facebook",
	})
}

// Options are a Facebook Page channel's own settings in the config.
type Options struct {
	PageID          string          `toml:"page_id"`
	PageAccessToken channels.Secret `toml:"page_access_token"`
	GraphVersion    string          `toml:"graph_version"` // "v24.0"; required
	// AppSecret is optional, for appsecret_proof; with AppID it lets an
	// admin connect the Page from the web UI.
	AppSecret channels.Secret `toml:"app_secret"`
	AppID     string          `toml:"app_id"`
	// AuthBase overrides the site of the login dialog (DefaultAuthSite):
	// staging and tests point it at a fake.
	AuthBase string `toml:"auth_base"`
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	add := func(key, format string, args ...any) { out = append(out, channels.Problemf(key, format, args...)) }
	if o.AuthBase != "" && !channels.IsHTTPURL(o.AuthBase) {
		add("auth_base", "%q is not an absolute http(s) URL", o.AuthBase)
	}
	if o.PageID == "" {
		add("page_id", "is required for a facebook channel")
	}
	if o.GraphVersion == "" {
		add("graph_version", "is required for a facebook channel")
	}
	// Without a token in the file, the Page is connected from the web UI,
	// which needs the app (app_id and app_secret).
	if o.PageAccessToken == "" && o.AppID == "" {
		add("page_access_token", "is required for a facebook channel, unless app_id and app_secret are set so an admin can connect the Page from the web UI")
	}
	if o.PageID != "" && !digits.MatchString(o.PageID) {
		add("page_id", "%q is not a Facebook Page id (digits only)", o.PageID)
	}
	if o.GraphVersion != "" && !graphVersionPattern.MatchString(o.GraphVersion) {
		add("graph_version", `%q is not a Graph API version (such as "v24.0")`, o.GraphVersion)
	}
	if o.AppID != "" && !digits.MatchString(o.AppID) {
		add("app_id", "%q is not a Meta app id (digits only)", o.AppID)
	}
	// Connecting the Page from the web UI needs the app's id and secret.
	if o.AppID != "" && o.AppSecret == "" {
		add("app_secret", "is required with app_id, to connect the Page from the web UI")
	}
	return out
}
