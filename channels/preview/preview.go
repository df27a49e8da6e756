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
//
// When the practice's store is shared by several replicas (the Postgres
// backend), the records are kept in it instead (Config.Kept): a folder per
// machine would show each replica only the posts it published itself, and
// the replicas share nothing but the database. No card is written then;
// the web UI's preview page draws every record itself anyway.
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
	// Kept, when set, keeps the records in the shared store instead of
	// Dir, which is then not used.
	Kept channels.KeptStore
}

// Channel writes posts to a folder. It is safe for concurrent use: every
// post gets its own files.
type Channel struct {
	id   string
	dir  string
	kept channels.KeptStore // nil: the folder dir
	loc  *time.Location
	now  func() time.Time
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
	loc := cfg.Location
	if loc == nil {
		loc = time.UTC
	}
	if cfg.Kept != nil {
		return &Channel{id: cfg.ID, kept: cfg.Kept, loc: loc, now: time.Now}, nil
	}
	if strings.TrimSpace(cfg.Dir) == "" {
		return nil, fmt.Errorf("preview: config: channel %s: dir is empty", cfg.ID)
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("preview: config: channel %s: %w", cfg.ID, err)
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
	if c.kept != nil {
		rec, err := encodeEntry(e)
		if err != nil {
			return post.Receipt{}, fmt.Errorf("preview: publish: %w", &channels.Error{Class: channels.Permanent, Reason: "could not encode the preview record", Err: err})
		}
		if err := c.kept.Keep(ctx, c.id, e.RemoteID, rec); err != nil {
			// A commit whose answer was lost may have kept it: Recent
			// tells, as for a network that did not answer.
			return post.Receipt{}, fmt.Errorf("preview: publish: %w", &channels.Error{Class: channels.OutcomeUnknown, Reason: "the shared database did not confirm the preview record", Err: err})
		}
		// No file to point at: the web UI's preview page shows it.
		return post.Receipt{RemoteID: e.RemoteID, PublishedAt: now, Text: e.Text}, nil
	}
	if err := c.write(e, o.Media); err != nil {
		return post.Receipt{}, fmt.Errorf("preview: publish: %w", err)
	}
	return post.Receipt{RemoteID: e.RemoteID, URL: "file://" + filepath.ToSlash(c.cardPath(e.RemoteID)), PublishedAt: now, Text: e.Text}, nil
}

// entries lists the records, newest first, from the shared store or the
// folder. A record that cannot be read is left out and named in the error.
func (c *Channel) entries(ctx context.Context) ([]Entry, error) {
	if c.kept == nil {
		return List(c.dir)
	}
	recs, err := c.kept.Kept(ctx, c.id)
	if err != nil {
		return nil, err
	}
	return decodeEntries(recs)
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
	entries, err := c.entries(ctx)
	if err != nil && len(entries) == 0 && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("preview: recent: %w", c.storeError(err))
	}
	var out []post.Receipt
	for _, e := range entries {
		if !e.PublishedAt.Before(since) {
			out = append(out, post.Receipt{RemoteID: e.RemoteID, URL: c.url(e.RemoteID), PublishedAt: e.PublishedAt, Text: e.Text})
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
	var ids []string
	for _, id := range remoteIDs {
		if remoteIDPattern.MatchString(id) {
			ids = append(ids, id)
		}
	}
	var out []post.Metrics
	if c.kept != nil {
		if len(ids) == 0 {
			return nil, nil
		}
		recs, err := c.kept.Kept(ctx, c.id, ids...)
		if err != nil {
			return nil, fmt.Errorf("preview: engagement: %w", c.storeError(err))
		}
		entries, _ := decodeEntries(recs) // an unreadable record has no figures either
		for _, e := range entries {
			out = append(out, post.Metrics{RemoteID: e.RemoteID, At: c.now().UTC()})
		}
		return out, nil
	}
	for _, id := range ids {
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

// Verify checks the folder can be created and written (or the shared
// store read), and names it.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	if c.kept != nil {
		if _, err := c.kept.Kept(ctx, c.id, "preview-check"); err != nil {
			return post.Account{}, fmt.Errorf("preview: verify: %w", c.storeError(err))
		}
		return post.Account{ID: "shared-database", Name: c.Folder()}, nil
	}
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
func (c *Channel) Folder() string {
	if c.kept != nil {
		return "the practice's shared database (every replica shows the same records)"
	}
	return c.dir
}

// url is where a record's card is: its file, or none in the shared store
// (the web UI's preview page shows the record).
func (c *Channel) url(remoteID string) string {
	if c.kept != nil {
		return ""
	}
	return "file://" + filepath.ToSlash(c.cardPath(remoteID))
}

// storeError classifies a failure to read where the records are.
func (c *Channel) storeError(err error) error {
	if c.kept != nil {
		return &channels.Error{Class: channels.Retryable, Reason: "could not read the preview records in the shared database", Err: err}
	}
	return folderError(err)
}

// Posted lists the records, newest first (channels.Outbox).
func (c *Channel) Posted(ctx context.Context) ([]channels.Posted, error) {
	entries, err := c.entries(ctx)
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
