package preview

import (
	"context"
	"path/filepath"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func init() {
	channels.Register(channels.Kind{
		Name:  "preview",
		Title: "Preview",
		// No limit of its own: the card shows the text against every
		// registered network's limit.
		Measure: channels.UTF16,
		Options: func() channels.Options { return new(Options) },
		New: func(_ context.Context, s channels.Setup) (channels.Channel, error) {
			return New(Config{ID: s.ID, Dir: s.Options.(*Options).Folder(s), Location: s.Location})
		},
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/preview",
	})
}

// Options are a preview channel's own settings in the config.
type Options struct {
	// Dir is the folder posts are written to: relative to the config
	// file's folder; <store.dir>/preview when empty.
	Dir string `toml:"dir"`
}

// Check accepts any folder; it is created on first use.
func (o *Options) Check() []channels.Problem { return nil }

// Folder is where the channel set up by s writes.
func (o *Options) Folder(s channels.Setup) string {
	switch {
	case o.Dir == "":
		return filepath.Join(s.StoreDir, "preview")
	case filepath.IsAbs(o.Dir):
		return o.Dir
	}
	return filepath.Join(s.ConfigDir, o.Dir)
}
