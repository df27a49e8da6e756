package medialink

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Store is what Opener reads: the post a link names, and the image's
// bytes. *store.DB implements it.
type Store interface {
	View(ctx context.Context, fn func(store.Tx) error) error
	ReadMedia(hash string) ([]byte, error)
}

// Opener answers signed links: it opens an image only for a link the
// Signer made that has not expired, and only while the link's post is
// being published on the link's channel (the delivery is publishing, or
// the network still reviews the post, which is when Google may fetch the
// photo again), the post has that image, and the channel's network
// needs public links at all.
type Opener struct {
	Signer *Signer
	Store  Store
	// Needs reports whether a channel's network fetches images from a
	// public address (its kind's NeedsPublicMedia).
	Needs func(channel string) bool
	// Serve, when not nil, gives what a channel's network is served of a
	// stored image (its kind's PublicImage: a JPEG for Instagram), or nil
	// for the image as stored.
	Serve func(channel string) func(contentType string, data []byte) (string, []byte, error)
}

// File is an image a link opened.
type File struct {
	ContentType string
	Data        []byte
}

// openStatuses are the post statuses whose images may be fetched: the
// post was approved and its time has come (a post in publishing) or is
// about to (scheduled, a moment before its claim is read back).
var openStatuses = []post.Status{post.StatusScheduled, post.StatusPublishing}

// Open checks token and returns the image it names. Every refusal wraps
// ErrRefused (see there); a store that cannot be read is another error.
func (o *Opener) Open(ctx context.Context, token string) (File, error) {
	c, err := o.Signer.Verify(token)
	if err != nil {
		return File{}, err
	}
	if o.Needs == nil || !o.Needs(c.Channel) {
		return File{}, refused("channel %s does not fetch images from links", c.Channel)
	}
	var f File
	err = o.Store.View(ctx, func(tx store.Tx) error {
		p, err := tx.Post(c.PostID)
		if post.ErrorCode(err) == post.ENotFound {
			return refused("post %s is gone", c.PostID)
		}
		if err != nil {
			return err
		}
		d := p.Deliveries[c.Channel]
		switch {
		case !slices.Contains(openStatuses, p.Status):
			return refused("post %s is %s, not being published", p.ID, p.Status)
		case !p.HasChannel(c.Channel) || d == nil:
			return refused("post %s does not go to %s", p.ID, c.Channel)
		case d.State != post.DeliveryPublishing && d.State != post.DeliveryModeration:
			return refused("post %s is %s on %s, not being published there", p.ID, d.State, c.Channel)
		}
		i := slices.IndexFunc(p.Media, func(m post.Media) bool { return m.Hash == c.Hash })
		if i < 0 {
			return refused("post %s has no such image", p.ID)
		}
		f.ContentType = p.Media[i].ContentType
		return nil
	})
	if err != nil {
		return File{}, err
	}
	f.Data, err = o.Store.ReadMedia(c.Hash)
	if post.ErrorCode(err) == post.ENotFound {
		return File{}, refused("image %.12s… of post %s is missing from the data folder", c.Hash, c.PostID)
	}
	if err != nil {
		return File{}, fmt.Errorf("medialink: %w", err)
	}
	if o.Serve == nil {
		return f, nil
	}
	if conv := o.Serve(c.Channel); conv != nil {
		if f.ContentType, f.Data, err = conv(f.ContentType, f.Data); err != nil {
			return File{}, fmt.Errorf("medialink: image %.12s… of post %s for %s: %w", c.Hash, c.PostID, c.Channel, err)
		}
	}
	return f, nil
}

// OpenLink is Open for the web server (web.SignedMedia).
func (o *Opener) OpenLink(ctx context.Context, token string) (contentType string, data []byte, err error) {
	f, err := o.Open(ctx, token)
	return f.ContentType, f.Data, err
}

// Refused reports whether err is a link that opens nothing (as opposed to
// a store that could not be read).
func Refused(err error) bool { return errors.Is(err, ErrRefused) }
