package manual

import (
	"context"

	"github.com/practicepost/practicepost/channels"
)

func init() {
	channels.Register(channels.Kind{
		Name:  "manual",
		Title: "Posted by hand",
		// No limit of its own: staff paste the text where the network
		// takes it. CanReply is nil: replies there are posted by hand too.
		Measure: channels.UTF16,
		ByHand:  true,
		Options: func() channels.Options { return new(Options) },
		New: func(_ context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			return New(Config{ID: s.ID, Network: o.Network, URL: o.URL})
		},
		Conformance: "channels/manual",
	})
}

// Options are a manual channel's own settings in the config.
type Options struct {
	Network string `toml:"network"` // e.g. "Doximity"; required
	URL     string `toml:"url"`     // where staff go to post
}

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	if o.Network == "" {
		out = append(out, channels.Problemf("network", "is required for a manual channel"))
	}
	if o.URL != "" && !channels.IsHTTPURL(o.URL) {
		out = append(out, channels.Problemf("url", "%q is not an absolute http(s) URL", o.URL))
	}
	return out
}
