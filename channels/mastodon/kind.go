package mastodon

import (
	"context"

	"github.com/practicepost/practicepost/channels"
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
		Limits:  channels.Limits{MaxChars: DefaultMaxChars, Counting: "mastodon", MaxImages: MaxImages},
		Measure: Measure,
		Options: func() channels.Options { return new(Options) },
		New: func(_ context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			instance := o.Instance
			if s.APIBase != "" {
				instance = s.APIBase
			}
			return New(Config{ID: s.ID, Instance: instance, AccessToken: o.AccessToken.Reveal(), Visibility: o.Visibility,
				SpoilerText: o.SpoilerText, MaxChars: o.MaxCharacters, Logger: s.Logger})
		},
		Conformance: "channels/mastodon",
	})
}

// Options are a Mastodon channel's own settings.
type Options struct {
	// Instance is the account's server, e.g. "https://mastodon.social".
	Instance string `toml:"instance"`
	// AccessToken is a token of an application registered on the instance
	// (Preferences → Development) with write:statuses, write:media and
	// read scopes.
	AccessToken channels.Secret `toml:"access_token"`
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
	if o.AccessToken == "" {
		out = append(out, channels.Problemf("access_token", "a mastodon channel needs access_token, from Preferences → Development on the instance (scopes write:statuses, write:media, read)"))
	}
	if o.Visibility != "" && !validVisibility(o.Visibility) {
		out = append(out, channels.Problemf("visibility", "%q: use public, unlisted, private or direct", o.Visibility))
	}
	if o.MaxCharacters < 0 {
		out = append(out, channels.Problemf("max_characters", "%d: give the instance's limit, or leave it out to read it from the instance", o.MaxCharacters))
	}
	return out
}
