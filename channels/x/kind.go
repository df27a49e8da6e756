package x

import (
	"context"
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/internal/twittertext"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "x",
		Title:   "X",
		APIBase: DefaultAPIBase,
		Limits:  Limits,
		Measure: twittertext.Measure,
		Options: func() channels.Options { return new(Options) },
		New: func(_ context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			return New(Config{ID: s.ID, APIBase: s.APIBase,
				ConsumerKey: o.ConsumerKey.Reveal(), ConsumerSecret: o.ConsumerSecret.Reveal(),
				AccessToken: o.AccessToken.Reveal(), AccessTokenSecret: o.AccessTokenSecret.Reveal(),
				ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(), RefreshToken: o.RefreshToken.Reveal(),
				Secrets: s.Secrets, Logger: s.Logger})
		},
		Connector: func(s channels.Setup) (channels.Connector, error) {
			o := s.Options.(*Options)
			if o.ClientID == "" {
				return nil, nil // OAuth 1.0a keys in the config: nothing to connect
			}
			return NewConnector(ConnectConfig{ChannelID: s.ID, ClientID: o.ClientID, ClientSecret: o.ClientSecret.Reveal(),
				APIBase: s.APIBase, AuthSite: o.AuthBase, Handle: o.Handle})
		},
		CanReply: func(c post.Comment) (bool, string) {
			if !c.Mentions {
				return false, "X only allows replies to accounts that mention the practice; this comment does not."
			}
			return true, ""
		},
		Conformance: "channels/x",
	})
}

// Options are an X channel's own settings in the config: the four OAuth
// 1.0a values, or client_id (+ client_secret for a confidential client)
// with a refresh_token or an account connected from the web UI.
type Options struct {
	ConsumerKey       channels.Secret `toml:"consumer_key"`
	ConsumerSecret    channels.Secret `toml:"consumer_secret"`
	AccessToken       channels.Secret `toml:"access_token"`
	AccessTokenSecret channels.Secret `toml:"access_token_secret"`
	ClientID          string          `toml:"client_id"`
	ClientSecret      channels.Secret `toml:"client_secret"`
	RefreshToken      channels.Secret `toml:"refresh_token"`
	// Handle is the X account (@name) the channel posts as: connecting
	// another account from the web UI is refused when it is set.
	Handle string `toml:"handle"`
	// AuthBase overrides the site the admin's browser is sent to when
	// connecting (DefaultAuthSite): staging and tests point it at a fake.
	AuthBase string `toml:"auth_base"`
}

var handlePattern = regexp.MustCompile(`^@?[A-Za-z0-9_]{1,15}$`)

// Check accepts exactly one of the two ways X authenticates a user.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	if o.AuthBase != "" && !channels.IsHTTPURL(o.AuthBase) {
		out = append(out, channels.Problemf("auth_base", "%q is not an absolute http(s) URL", o.AuthBase))
	}
	if o.Handle != "" && !handlePattern.MatchString(o.Handle) {
		out = append(out, channels.Problemf("handle", "%q is not an X handle (up to 15 letters, digits or '_', with or without @)", o.Handle))
	}
	oauth1 := map[string]bool{"consumer_key": o.ConsumerKey != "", "consumer_secret": o.ConsumerSecret != "",
		"access_token": o.AccessToken != "", "access_token_secret": o.AccessTokenSecret != ""}
	var m1 []string
	for _, k := range []string{"consumer_key", "consumer_secret", "access_token", "access_token_secret"} {
		if !oauth1[k] {
			m1 = append(m1, k)
		}
	}
	// OAuth 2.0 needs the client id; the refresh token comes from the file
	// or from connecting the account in the web UI.
	hasClient := o.ClientID != ""
	switch {
	case len(m1) == 0 && hasClient:
		out = append(out, channels.Problemf("", "x channel has both OAuth 1.0a keys and client_id/refresh_token; keep one"))
	case len(m1) > 0 && !hasClient:
		out = append(out, channels.Problemf("", "x needs consumer_key, consumer_secret, access_token and access_token_secret (OAuth 1.0a) "+
			"or client_id (OAuth 2.0, with refresh_token or connected from the web UI); missing %s", strings.Join(m1, ", ")))
	}
	return out
}
