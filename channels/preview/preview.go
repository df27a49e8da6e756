// Package preview is the channel of a new install and of the demo: it runs
// through the whole pipeline like a real network, but writes each published
// post to a local folder instead, as one JSON record and one small
// self-contained HTML card showing how it would look on X, Facebook and
// LinkedIn.
//
// On-disk layout (folder 0700, files 0600, each written to a temp file,
// fsynced and renamed, so a crash leaves a whole record or none):
//
//	<Dir>/
//	├── preview-<ULID>.json   Entry
//	└── preview-<ULID>.html   the card
package preview

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Config is a preview channel's settings.
type Config struct {
	ID  string
	Dir string // the folder posts are written to
	// Location is the practice's time zone, which the cards give times
	// in, as the web pages do; UTC when nil.
	Location *time.Location
}

// Channel writes posts to a folder. It is safe for concurrent use: every
// post gets its own files.
type Channel struct {
	id  string
	dir string
	loc *time.Location
	now func() time.Time
}

// remoteIDPattern is the shape of the ids Publish assigns; anything else is
// refused before it can become a path.
var remoteIDPattern = regexp.MustCompile(`^preview-[0-9A-HJKMNP-TV-Z]{26}$`)

// New checks cfg and returns the channel; the folder is created on first
// use.
func New(cfg Config) (*Channel, error) {
	if cfg.ID == "" {
		return nil, errors.New("preview: config: the channel needs an id")
	}
	if strings.TrimSpace(cfg.Dir) == "" {
		return nil, fmt.Errorf("preview: config: channel %s: dir is empty", cfg.ID)
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("preview: config: channel %s: %w", cfg.ID, err)
	}
	loc := cfg.Location
	if loc == nil {
		loc = time.UTC
	}
	return &Channel{id: cfg.ID, dir: dir, loc: loc, now: time.Now}, nil
}

// Publish writes o's record and card and returns a receipt for them.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return post.Receipt{}, fmt.Errorf("preview: publish: %w", &channels.Error{Class: channels.Retryable, Reason: "cancelled before writing", Err: err})
	}
	if strings.TrimSpace(o.Text) == "" && len(o.Media) == 0 {
		return post.Receipt{}, fmt.Errorf("preview: publish: %w", channels.Errorf(channels.Permanent, "the post has no text and no image"))
	}
	now := c.now().UTC()
	e := Entry{
		RemoteID: "preview-" + post.NewID(now), PostID: o.PostID, AttemptID: o.AttemptID, Channel: c.id,
		Text: o.Text, Link: o.Link, ReplyTo: o.ReplyTo, PublishedAt: now,
	}
	for _, m := range o.Media {
		e.Media = append(e.Media, Media{Name: m.Name, ContentType: m.ContentType, AltText: m.AltText, Size: len(m.Data)})
	}
	if err := c.write(e, o.Media); err != nil {
		return post.Receipt{}, fmt.Errorf("preview: publish: %w", err)
	}
	return post.Receipt{RemoteID: e.RemoteID, URL: "file://" + filepath.ToSlash(c.cardPath(e.RemoteID)), PublishedAt: now, Text: e.Text}, nil
}

// write stores the card first and the record last: List and Recent read
// records, so a post counts as published only once both are on disk.
func (c *Channel) write(e Entry, media []post.MediaFile) error {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return folderError(err)
	}
	card, err := renderCard(e, media, c.loc)
	if err != nil {
		return &channels.Error{Class: channels.Permanent, Reason: "could not render the preview card", Err: err}
	}
	if err := writeAtomic(c.dir, c.cardPath(e.RemoteID), card); err != nil {
		return folderError(err)
	}
	rec, err := encodeEntry(e)
	if err != nil {
		return &channels.Error{Class: channels.Permanent, Reason: "could not encode the preview record", Err: err}
	}
	if err := writeAtomic(c.dir, filepath.Join(c.dir, e.RemoteID+".json"), rec); err != nil {
		return folderError(err)
	}
	return nil
}

func folderError(err error) error {
	return &channels.Error{Class: channels.Retryable, Reason: "could not write to the preview folder (is it writable, is the disk full?)", Err: err}
}

func (c *Channel) cardPath(remoteID string) string { return filepath.Join(c.dir, remoteID+".html") }

// Recent lists the posts written since since, newest first.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("preview: recent: %w", &channels.Error{Class: channels.Retryable, Reason: "cancelled", Err: err})
	}
	entries, err := List(c.dir)
	if err != nil && len(entries) == 0 && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("preview: recent: %w", folderError(err))
	}
	var out []post.Receipt
	for _, e := range entries {
		if !e.PublishedAt.Before(since) {
			out = append(out, post.Receipt{RemoteID: e.RemoteID, URL: "file://" + filepath.ToSlash(c.cardPath(e.RemoteID)), PublishedAt: e.PublishedAt, Text: e.Text})
		}
	}
	return out, nil
}

// Engagement returns one snapshot per post in the folder with every figure
// nil: nobody saw a preview, and "not available" is not zero.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("preview: engagement: %w", &channels.Error{Class: channels.Retryable, Reason: "cancelled", Err: err})
	}
	var out []post.Metrics
	for _, id := range remoteIDs {
		if !remoteIDPattern.MatchString(id) {
			continue
		}
		if _, err := os.Stat(filepath.Join(c.dir, id+".json")); err == nil {
			out = append(out, post.Metrics{RemoteID: id, At: c.now().UTC()})
		}
	}
	return out, nil
}

// Comments returns none: nobody can comment on a preview.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	return nil, nil
}

// Verify checks the folder can be created and written, and names it.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return post.Account{}, fmt.Errorf("preview: verify: %w", folderError(err))
	}
	f, err := os.CreateTemp(c.dir, ".verify-*")
	if err != nil {
		return post.Account{}, fmt.Errorf("preview: verify: %w", folderError(err))
	}
	_ = f.Close()
	_ = os.Remove(f.Name())
	return post.Account{ID: c.dir, Name: "Preview folder " + c.dir, URL: "file://" + filepath.ToSlash(c.dir)}, nil
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)

// Folder is where the channel writes (channels.Outbox).
func (c *Channel) Folder() string { return c.dir }

// Posted lists the records in the folder, newest first (channels.Outbox).
func (c *Channel) Posted() ([]channels.Posted, error) {
	entries, err := List(c.dir)
	out := make([]channels.Posted, 0, len(entries))
	for _, e := range entries {
		p := channels.Posted{RemoteID: e.RemoteID, PostID: e.PostID, Channel: e.Channel, Text: e.Text,
			Link: e.Link, ReplyTo: e.ReplyTo, PublishedAt: e.PublishedAt}
		for _, m := range e.Media {
			p.Media = append(p.Media, channels.PostedImage{Name: m.Name, AltText: m.AltText})
		}
		out = append(out, p)
	}
	return out, err
}

var _ channels.Outbox = (*Channel)(nil)
