package channels

import (
	"context"
	"time"
)

// Outbox is implemented by channels that keep what they "publish" for
// people to look at instead of sending it to a network (the preview
// channel). The web UI's preview page lists it, without knowing which kind
// it is.
type Outbox interface {
	Channel
	// Folder is where the records are kept, to tell people: a folder, or
	// the shared database.
	Folder() string
	// Posted lists the records, newest first. A record that cannot be
	// read is left out and named in the error; the others are returned.
	Posted(ctx context.Context) ([]Posted, error)
}

// KeptStore keeps what an Outbox channel "publishes" in the practice's
// store when several replicas share it (the Postgres backend): every
// replica writes into and lists the same records, so the preview page
// shows the same posts whichever replica answers. A folder on each
// machine would show each replica only what it published itself.
type KeptStore interface {
	// Keep stores record as channel's record id (ids sort by time); a
	// record id already kept is refused.
	Keep(ctx context.Context, channel, id string, record []byte) error
	// Kept returns channel's records, newest first; with ids, only those.
	Kept(ctx context.Context, channel string, ids ...string) ([][]byte, error)
}

// Posted is one post an Outbox kept.
type Posted struct {
	RemoteID, PostID, Channel string
	Text, Link, ReplyTo       string
	Media                     []PostedImage
	PublishedAt               time.Time
}

// PostedImage names an image of a kept post.
type PostedImage struct {
	Name, AltText string
}
