package channels

import "time"

// Outbox is implemented by channels that keep what they "publish" for
// people to look at instead of sending it to a network (the preview
// channel). The web UI's preview page lists it, without knowing which kind
// it is.
type Outbox interface {
	Channel
	// Folder is where the records are kept, to tell people.
	Folder() string
	// Posted lists the records, newest first. A record that cannot be
	// read is left out and named in the error; the others are returned.
	Posted() ([]Posted, error)
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
