package bluesky

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// MaxTextBytes is the longest post text in UTF-8 bytes the lexicon takes,
// whatever its grapheme count (300 family emoji are 7,500 bytes).
const MaxTextBytes = 3000

// duplicateWindow is how far back Publish looks for the same text posted
// by another attempt (whose record key differs).
const duplicateWindow = 24 * time.Hour

// strongRef points at one version of a record.
type strongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

// replyRef is a post's place in a thread: the thread's first post and the
// post it answers.
type replyRef struct {
	Root   strongRef `json:"root"`
	Parent strongRef `json:"parent"`
}

// The record's facet, as the lexicon app.bsky.richtext.facet has it.
type (
	facetJSON struct {
		Index    byteSlice `json:"index"`
		Features []feature `json:"features"`
	}
	byteSlice struct {
		ByteStart int `json:"byteStart"`
		ByteEnd   int `json:"byteEnd"`
	}
	feature struct {
		Type string `json:"$type"`
		URI  string `json:"uri,omitempty"`
		DID  string `json:"did,omitempty"`
		Tag  string `json:"tag,omitempty"`
	}
)

// Facet feature types.
const (
	linkType    = "app.bsky.richtext.facet#link"
	mentionType = "app.bsky.richtext.facet#mention"
	tagType     = "app.bsky.richtext.facet#tag"
)

// postRecord is an app.bsky.feed.post record as written.
type postRecord struct {
	Type      string      `json:"$type"`
	Text      string      `json:"text"`
	CreatedAt string      `json:"createdAt"`
	Facets    []facetJSON `json:"facets,omitempty"`
	Reply     *replyRef   `json:"reply,omitempty"`
	Embed     *imagesJSON `json:"embed,omitempty"`
}

// imagesJSON is an app.bsky.embed.images embed.
type imagesJSON struct {
	Type   string      `json:"$type"`
	Images []imageJSON `json:"images"`
}

type imageJSON struct {
	Alt         string          `json:"alt"`
	Image       json.RawMessage `json:"image"` // the blob uploadBlob returned, as it returned it
	AspectRatio *aspectRatio    `json:"aspectRatio,omitempty"`
}

type aspectRatio struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

// postValue is the part of a post record practicepost reads back.
type postValue struct {
	Text      string      `json:"text"`
	CreatedAt string      `json:"createdAt"`
	Reply     *replyRef   `json:"reply"`
	Facets    []facetJSON `json:"facets"`
}

// record is getRecord's answer, and one entry of listRecords'.
type record struct {
	URI   string    `json:"uri"`
	CID   string    `json:"cid"`
	Value postValue `json:"value"`
}

// Publish implements channels.Channel: it checks the post against
// Bluesky's limits, returns the attempt's post when an earlier try of the
// same attempt made it, refuses the same text posted by another attempt
// in the last day, uploads the images and creates the record under the
// attempt's record key.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if err := check(o); err != nil {
		return post.Receipt{}, err
	}
	s, err := c.current(ctx)
	if err != nil {
		return post.Receipt{}, err
	}
	rkey, mine, err := c.freeKey(ctx, s.DID, o)
	if err != nil {
		return post.Receipt{}, err
	}
	if mine != nil {
		c.log.Debug("bluesky post of this attempt already exists", "remote_id", mine.URI, "attempt", o.AttemptID)
		return c.receipt(s, *mine), nil
	}
	if dup, err := c.postedText(ctx, s.DID, o.Text); err != nil {
		return post.Receipt{}, err
	} else if dup != nil {
		return post.Receipt{}, &channels.Error{Class: channels.Duplicate, ExistingID: dup.URI,
			Reason: "the account already has a Bluesky post with this text from the last day"}
	}
	rec := postRecord{Type: PostCollection, Text: o.Text, CreatedAt: c.cfg.Now().UTC().Format(timeLayout)}
	if rec.Facets, err = c.facets(ctx, o.Text); err != nil {
		return post.Receipt{}, err
	}
	if o.ReplyTo != "" {
		if rec.Reply, err = c.replyTo(ctx, o.ReplyTo); err != nil {
			return post.Receipt{}, err
		}
	}
	if len(o.Media) > 0 {
		rec.Embed = &imagesJSON{Type: "app.bsky.embed.images"}
		for _, m := range o.Media {
			img, err := c.upload(ctx, m)
			if err != nil {
				return post.Receipt{}, err
			}
			rec.Embed.Images = append(rec.Embed.Images, img)
		}
	}
	var made strongRef
	body := map[string]any{"repo": s.DID, "collection": PostCollection, "rkey": rkey, "validate": true, "record": rec}
	err = c.authed(ctx, xrpc{method: http.MethodPost, nsid: "com.atproto.repo.createRecord", body: body, write: true}, &made)
	if err != nil {
		r, err := c.createFailed(ctx, s, rkey, o.Text, err)
		if err != nil {
			return post.Receipt{}, err
		}
		return c.receipt(s, *r), nil
	}
	if made.URI == "" {
		return post.Receipt{}, channels.Errorf(channels.OutcomeUnknown, "Bluesky answered the post without its address; check the account before trying again")
	}
	if want := (atURI{s.DID, PostCollection, rkey}); made.URI != want.String() {
		// The answer names another record than the one asked for (a
		// broken or hostile server, or a proxy): keeping its address would
		// point the takedown check, engagement and deletion at another
		// post. The attempt's own key is what was written, if anything.
		c.log.Warn("bluesky answered a create with another record's address", "remote_id", made.URI, "want", want.String())
		r, err := c.getRecord(ctx, want)
		if err != nil || r == nil || !sameText(r.Value.Text, o.Text) {
			return post.Receipt{}, channels.Errorf(channels.OutcomeUnknown, "Bluesky answered the post with another post's address (%s); check the account before trying again", made.URI)
		}
		return c.receipt(s, *r), nil
	}
	c.log.Debug("bluesky post created", "remote_id", made.URI, "attempt", o.AttemptID)
	return c.receipt(s, record{URI: made.URI, CID: made.CID, Value: postValue{Text: o.Text, CreatedAt: rec.CreatedAt}}), nil
}

// maxKeyTries bounds the candidate keys Publish looks at.
const maxKeyTries = 4

// freeKey returns the attempt's record key: the first candidate that
// holds no record, or the one holding this attempt's own post (returned as
// mine: an earlier try of the attempt made it). A candidate holding
// another text belongs to another attempt, and the next one is tried.
func (c *Channel) freeKey(ctx context.Context, did string, o post.Outgoing) (rkey string, mine *record, err error) {
	for n := range maxKeyTries {
		rkey = recordKey(o, n)
		r, err := c.getRecord(ctx, atURI{did, PostCollection, rkey})
		switch {
		case err != nil:
			return "", nil, err
		case r == nil:
			return rkey, nil, nil
		case sameText(r.Value.Text, o.Text):
			return rkey, r, nil
		}
		c.log.Debug("bluesky record key holds another post; trying the next", "rkey", rkey)
	}
	return "", nil, channels.Errorf(channels.Permanent, "every record key this attempt may use holds another post; start a new attempt")
}

// sameText reports whether two post texts are the same but for spacing.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// timeLayout is how Bluesky writes times.
const timeLayout = "2006-01-02T15:04:05.000Z"

// check refuses, before any call, a post Bluesky would refuse.
func check(o post.Outgoing) error {
	if n, _ := Measure(o.Text, MaxGraphemes); n > MaxGraphemes {
		return channels.Errorf(channels.Permanent, "the post is %d characters (graphemes) long; Bluesky takes %d", n, MaxGraphemes)
	}
	if len(o.Text) > MaxTextBytes {
		return channels.Errorf(channels.Permanent, "the post's text is %d bytes; Bluesky takes %d, which long emoji sequences reach before 300 characters", len(o.Text), MaxTextBytes)
	}
	if strings.TrimSpace(o.Text) == "" && len(o.Media) == 0 {
		return channels.Errorf(channels.Permanent, "the post is empty")
	}
	if len(o.Media) > MaxImages {
		return channels.Errorf(channels.Permanent, "a Bluesky post takes at most %d images, this one has %d", MaxImages, len(o.Media))
	}
	for i, m := range o.Media {
		switch {
		case strings.TrimSpace(m.AltText) == "":
			return channels.Errorf(channels.Permanent, "image %d (%q) has no description (alt text); practicepost requires one on Bluesky", i+1, m.Name)
		case len(m.Data) > MaxImageBytes:
			return channels.Errorf(channels.Permanent, "image %d is %d bytes; Bluesky takes images of at most %d bytes: make it smaller", i+1, len(m.Data), MaxImageBytes)
		case !strings.HasPrefix(m.ContentType, "image/"):
			return channels.Errorf(channels.Permanent, "file %d is %q, not an image", i+1, m.ContentType)
		}
	}
	return nil
}

// createFailed decides what a create that failed with an answer means.
// It may have been refused because its record key is taken, by this
// attempt's own earlier try, or have failed after the commit: the record
// is read back, and when it is there it is the post (returned with a nil
// error). A create that got no answer stays OutcomeUnknown, and one
// refused before anything was done (rate limit, login) keeps its error.
func (c *Channel) createFailed(ctx context.Context, s *session, rkey, text string, err error) (*record, error) {
	status := httpStatus(err)
	if status == 0 || status == http.StatusTooManyRequests || channels.ClassOf(err) == channels.AuthExpired {
		return nil, err
	}
	r, rerr := c.getRecord(ctx, atURI{s.DID, PostCollection, rkey})
	switch {
	case rerr == nil && r != nil && sameText(r.Value.Text, text):
		c.log.Debug("bluesky create failed but the attempt's post is there", "remote_id", r.URI, "status", status)
		return r, nil
	case rerr == nil && rkeyTaken(err):
		return nil, &channels.Error{Class: channels.Duplicate, Status: status, Err: err,
			Reason: "Bluesky says the post's address is already taken, though no post is there; check the account"}
	}
	return nil, err
}

// rkeyTaken reports whether a create was refused because a record with
// its key exists.
func rkeyTaken(err error) bool {
	var xe *xrpcError
	if !errors.As(err, &xe) {
		return false
	}
	m := strings.ToLower(xe.Message)
	return strings.Contains(m, "already exists") || strings.Contains(m, "already a value")
}
