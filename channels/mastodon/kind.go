package mastodon

import (
	"context"
	"regexp"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:  "mastodon",
		Title: "Mastodon",
		// Every instance is its own host: the channel's instance setting
		// is the API base, so the kind has none.
		APIBase: "",
		// 500 is Mastodon's stock limit; an instance with another one
		// is read by the channel (max_characters) when it publishes.
		// A post may carry its own content warning and be public or
		// unlisted (kept off the public timelines); private and direct
		// are for conversations, not a practice's posts.
		Limits: channels.Limits{MaxChars: DefaultMaxChars, Counting: "mastodon", MaxImages: MaxImages,
			ContentWarning: true, Visibilities: []string{"public", "unlisted"}},
		Measure: Measure,
		Options: func() channels.Options { return new(Options) },
		New: func(ctx context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			build := func(token string) (channels.Channel, error) {
				if token == "" {
					return channels.NotConnected(s.ID, "Mastodon account"), nil
				}
				return New(Config{ID: s.ID, Instance: o.instance(s), AccessToken: token, Visibility: o.Visibility,
					SpoilerText: o.SpoilerText, MaxChars: o.MaxCharacters, Logger: s.Logger})
			}
			if s.Secrets == nil { // nothing stored: the config's token only
				return build(o.AccessToken.Reveal())
			}
			// A token connected from the web UI wins over the config's.
			return channels.NewConnectable(ctx, s.Secrets, TokenSecretName(s.ID), func(stored []byte) (channels.Channel, error) {
				if len(stored) == 0 {
					return build(o.AccessToken.Reveal())
				}
				t, err := ParseStoredToken(stored)
				if err != nil {
					return nil, channels.Errorf(channels.AuthExpired, "the stored Mastodon token is not readable; reconnect the channel")
				}
				return build(t.AccessToken)
			})
		},
		// Every channel can be connected from the web UI: practicepost
		// registers itself on the instance, so there is no app to set up.
		Connector: func(s channels.Setup) (channels.Connector, error) {
			if s.Secrets == nil {
				return nil, nil // nowhere to keep the app and token
			}
			o := s.Options.(*Options)
			return NewConnector(ConnectConfig{ChannelID: s.ID, Instance: o.instance(s), Account: o.Account, Secrets: s.Secrets})
		},
		// Any reply on the account's statuses may be answered; the
		// answer is never more public than what it answers (Publish
		// narrows its visibility), and direct messages never reach the
		// inbox.
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/mastodon",
	})
}

// Options are a Mastodon channel's own settings.
type Options struct {
	// Instance is the account's server, e.g. "https://mastodon.social".
	Instance string `toml:"instance"`
	// AccessToken is a token of an application registered on the instance
	// (Preferences → Development) with write:statuses, write:media and
	// read scopes; leave it out to connect the account from the web UI.
	AccessToken channels.Secret `toml:"access_token"`
	// Account, when set ("@riversideclinic"), is the only account the web
	// UI's connect flow accepts for this channel.
	Account string `toml:"account"`
	// Visibility of statuses: public (default), unlisted, private or direct.
	Visibility string `toml:"visibility"`
	// SpoilerText is a content warning put on every status, "" for none.
	SpoilerText string `toml:"spoiler_text"`
	// MaxCharacters overrides the instance's own limit; 0 reads it from
	// the instance.
	MaxCharacters int `toml:"max_characters"`
}

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	if !channels.IsHTTPURL(o.Instance) {
		out = append(out, channels.Problemf("instance", "a mastodon channel needs instance, the server's address such as \"https://mastodon.social\" (got %q)", o.Instance))
	}
	if o.Account != "" && !accountName.MatchString(o.Account) {
		out = append(out, channels.Problemf("account", "%q is not a Mastodon username: give it as @name, the part before the instance", o.Account))
	}
	if o.Visibility != "" && !validVisibility(o.Visibility) {
		out = append(out, channels.Problemf("visibility", "%q: use public, unlisted, private or direct", o.Visibility))
	}
	if o.MaxCharacters < 0 {
		out = append(out, channels.Problemf("max_characters", "%d: give the instance's limit, or leave it out to read it from the instance", o.MaxCharacters))
	}
	return out
}

// accountName is a local username as Mastodon allows it (USERNAME_RE).
var accountName = regexp.MustCompile(`^@?[A-Za-z0-9_]+([A-Za-z0-9_.-]*[A-Za-z0-9_])?$`)

// instance is the API base: api_base when the config sets it (a fake in
// tests), else the instance.
func (o *Options) instance(s channels.Setup) string {
	if s.APIBase != "" {
		return s.APIBase
	}
	return o.Instance
}
