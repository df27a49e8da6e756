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
			o := s.Options.(*Options)
			if s.Kept != nil && o.Dir != "" && s.Logger != nil {
				// A folder would be one machine's; the replicas share the
				// database. (config.example.toml sets dir, so a practice
				// moved to Postgres still has it: said, not refused.)
				s.Logger.Warn(`preview: dir is not used with [store] backend = "postgres": the preview records are kept in the database, shared by every replica`,
					"dir", o.Dir)
			}
			return New(Config{ID: s.ID, Dir: o.Folder(s), Location: s.Location, Kept: s.Kept})
		},
		CanReply:    func(post.Comment) (bool, string) { return true, "" },
		Conformance: "channels/preview",
	})
}

// Options are a preview channel's own settings in the config.
type Options struct {
	// Dir is the folder posts are written to: relative to the config
	// file's folder; <store.dir>/preview when empty. Not used with the
	// Postgres backend, whose replicas keep the records in the database.
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
