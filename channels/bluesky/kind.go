package bluesky

import (
	"context"
	"regexp"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:    "bluesky",
		Title:   "Bluesky",
		APIBase: DefaultPDS,
		Limits:  channels.Limits{MaxChars: MaxGraphemes, Counting: "graphemes", MaxImages: MaxImages},
		Measure: Measure,
		Options: func() channels.Options { return new(Options) },
		New: func(_ context.Context, s channels.Setup) (channels.Channel, error) {
			o := s.Options.(*Options)
			pds := o.PDS
			if s.APIBase != "" {
				pds = s.APIBase
			}
			return New(Config{ID: s.ID, PDS: pds, AppView: o.AppView, Handle: o.Handle, AppPassword: o.AppPassword.Reveal(),
				Secrets: s.Secrets, Logger: s.Logger})
		},
		// Anyone's reply may be answered, unless the thread's author
		// limited replies, which the API then refuses.
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/bluesky",
	})
}

// Options are a Bluesky channel's own settings.
type Options struct {
	// Handle is the account's handle, e.g. "riversideclinic.bsky.social".
	Handle string `toml:"handle"`
	// AppPassword is an app password (Settings → Privacy and security →
	// App passwords), never the account's own password.
	AppPassword channels.Secret `toml:"app_password"`
	// PDS is the account's server; https://bsky.social when empty.
	PDS string `toml:"pds"`
	// AppView counts likes, reposts and replies:
	// "https://public.api.bsky.app" for the main network; without it
	// engagement and comments are not available.
	AppView string `toml:"app_view"`
}

// appPasswordRe is the form of an app password: four groups of four.
var appPasswordRe = regexp.MustCompile(`^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$`)

// Check says what is missing or malformed.
func (o *Options) Check() []channels.Problem {
	var out []channels.Problem
	if !validHandle(o.Handle) {
		out = append(out, channels.Problemf("handle", "a bluesky channel needs handle, the account's handle such as \"riversideclinic.bsky.social\" (got %q)", o.Handle))
	}
	switch {
	case o.AppPassword == "":
		out = append(out, channels.Problemf("app_password", "a bluesky channel needs app_password, made in Bluesky under Settings → Privacy and security → App passwords"))
	case !appPasswordRe.MatchString(o.AppPassword.Reveal()):
		out = append(out, channels.Problemf("app_password", "this is not an app password (four groups of four letters or digits, xxxx-xxxx-xxxx-xxxx): make one in Bluesky's settings rather than giving the account's own password"))
	}
	if o.PDS != "" && !channels.IsHTTPURL(o.PDS) {
		out = append(out, channels.Problemf("pds", "%q is not the address of a server, such as \"https://bsky.social\"", o.PDS))
	}
	if o.AppView != "" && !channels.IsHTTPURL(o.AppView) {
		out = append(out, channels.Problemf("app_view", "%q is not the address of a server, such as \"https://public.api.bsky.app\"", o.AppView))
	}
	return out
}
