package mastodon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// status is the part of Mastodon's Status entity practicepost reads.
type status struct {
	ID              string    `json:"id"`
	URL             string    `json:"url"`
	CreatedAt       time.Time `json:"created_at"`
	Content         string    `json:"content"` // HTML
	SpoilerText     string    `json:"spoiler_text"`
	RepliesCount    int64     `json:"replies_count"`
	ReblogsCount    int64     `json:"reblogs_count"`
	FavouritesCount int64     `json:"favourites_count"`
	InReplyToID     string    `json:"in_reply_to_id"`
	Visibility      string    `json:"visibility"`
	Account         account   `json:"account"`
	Mentions        []account `json:"mentions"` // id, username, acct, url
}

// newStatus is the body of POST /api/v1/statuses.
type newStatus struct {
	Status      string   `json:"status"`
	Visibility  string   `json:"visibility"`
	SpoilerText string   `json:"spoiler_text,omitempty"`
	Sensitive   bool     `json:"sensitive,omitempty"`
	MediaIDs    []string `json:"media_ids,omitempty"`
	InReplyToID string   `json:"in_reply_to_id,omitempty"`
}

// duplicateWindow is how far back Publish looks for the same text posted
// by another delivery, or by this one longer ago than the hour the
// instance keeps its Idempotency-Key.
const duplicateWindow = 24 * time.Hour

// IdempotencyKey is the Idempotency-Key sent for a delivery: one post on
// one channel sends the same key on every attempt, so the instance
// answers a retry (within the hour it keeps keys) with the status the
// first attempt made. It is not derived from the attempt: the scheduler
// gives every retry a new attempt id (a retry after a look at the account
// missed a status whose answer was lost, or after a kill), and a key per
// attempt would never be sent twice. A create that failed stores no key,
// so it does not stand in the way of the retry.
func IdempotencyKey(o post.Outgoing) string {
	return "practicepost-" + string(o.PostID) + "-" + o.Channel
}

// Publish implements channels.Channel: uploads the images, then posts the
// status with the attempt's Idempotency-Key.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	max, err := c.limit(ctx)
	if err != nil {
		return post.Receipt{}, err
	}
	// The post's own content warning and visibility, else the channel's.
	spoiler, visibility := c.cfg.SpoilerText, c.cfg.Visibility
	if o.ContentWarning != "" {
		spoiler = o.ContentWarning
	}
	if o.Visibility != "" {
		if !validVisibility(o.Visibility) {
			return post.Receipt{}, channels.Errorf(channels.Permanent, "visibility %q is not one Mastodon knows (public, unlisted, private, direct)", o.Visibility)
		}
		visibility = o.Visibility
	}
	if n, _ := MeasureStatus(spoiler, o.Text, max); n > max {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "the status is %d characters as Mastodon counts them (links 23, content warning included); this instance takes %d", n, max)
	}
	if len(o.Media) > MaxImages {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "a Mastodon status takes at most %d images, this one has %d", MaxImages, len(o.Media))
	}
	if st, err := c.sameText(ctx, o.Text, o.ReplyTo); err != nil {
		return post.Receipt{}, err
	} else if st != nil {
		return post.Receipt{}, &channels.Error{Class: channels.Duplicate, ExistingID: st.ID,
			Reason: "the account already has a status with this text from the last day"}
	}
	body := newStatus{Status: o.Text, Visibility: visibility, SpoilerText: spoiler, InReplyToID: o.ReplyTo}
	if o.ReplyTo != "" {
		if body.Visibility, err = c.replyVisibility(ctx, visibility, o.ReplyTo); err != nil {
			return post.Receipt{}, err
		}
	}
	for _, m := range o.Media {
		id, err := c.upload(ctx, m)
		if err != nil {
			return post.Receipt{}, err
		}
		body.MediaIDs = append(body.MediaIDs, id)
	}
	rd, err := c.api.JSON(body)
	if err != nil {
		return post.Receipt{}, err
	}
	var st status
	_, err = c.call(ctx, request{method: http.MethodPost, path: "/api/v1/statuses", body: rd, contentType: "application/json",
		header: http.Header{"Idempotency-Key": {IdempotencyKey(o)}}, write: true}, &st)
	if err != nil {
		return post.Receipt{}, err
	}
	if st.ID == "" {
		return post.Receipt{}, channels.Errorf(channels.OutcomeUnknown, "Mastodon answered the status without an id; check the account before trying again")
	}
	c.log.Debug("mastodon status created", "remote_id", st.ID, "attempt", o.AttemptID, "key", IdempotencyKey(o))
	return post.Receipt{RemoteID: st.ID, URL: st.URL, PublishedAt: st.CreatedAt}, nil
}

// replyVisibility is the visibility of a reply to status parentID: the
// one asked for, narrowed to the parent's, so a public answer never shows
// a conversation its author kept to followers (or to the practice).
func (c *Channel) replyVisibility(ctx context.Context, visibility, parentID string) (string, error) {
	var parent status
	if err := c.getJSON(ctx, "/api/v1/statuses/"+url.PathEscape(parentID), &parent); err != nil {
		var ce *channels.Error
		if errors.As(err, &ce) && ce.Status == http.StatusNotFound {
			return "", channels.Errorf(channels.Permanent, "the status this reply answers was deleted or is hidden from the account")
		}
		return "", err
	}
	return narrower(visibility, parent.Visibility), nil
}

// narrower returns the more private of two visibilities.
func narrower(a, b string) string {
	if slices.Index(visibilities, b) > slices.Index(visibilities, a) {
		return b
	}
	return a
}

// sameText returns the account's status from the last day whose text is
// text in answer to the same status (replyTo, "" for none), or nil: the
// same "Thank you!" to two people is two replies.
func (c *Channel) sameText(ctx context.Context, text, replyTo string) (*status, error) {
	recent, err := c.statuses(ctx, c.cfg.Now().Add(-duplicateWindow))
	if err != nil {
		return nil, err
	}
	want := strings.Join(strings.Fields(text), " ")
	for i := range recent {
		if recent[i].InReplyToID == replyTo && strings.Join(strings.Fields(PlainText(recent[i].Content)), " ") == want {
			return &recent[i], nil
		}
	}
	return nil, nil
}

// limit is the instance's status length, read once from /api/v2/instance.
// An instance that does not answer gets Mastodon's default, which every
// instance accepts at least.
func (c *Channel) limit(ctx context.Context) (int, error) {
	c.mu.Lock()
	max := c.maxChars
	c.mu.Unlock()
	if max > 0 {
		return max, nil
	}
	var inst struct {
		Configuration struct {
			Statuses struct {
				MaxCharacters int `json:"max_characters"`
			} `json:"statuses"`
		} `json:"configuration"`
	}
	if err := c.getJSON(ctx, "/api/v2/instance", &inst); err != nil {
		if channels.ClassOf(err) == channels.AuthExpired || channels.ClassOf(err) == channels.RateLimited {
			return 0, err
		}
		c.log.Debug("mastodon instance limits unreadable; using the default", "class", channels.ClassOf(err).String())
		return DefaultMaxChars, nil
	}
	max = inst.Configuration.Statuses.MaxCharacters
	if max <= 0 {
		max = DefaultMaxChars
	}
	c.mu.Lock()
	c.maxChars = max
	c.mu.Unlock()
	return max, nil
}

// mediaAttachment is the part of MediaAttachment practicepost reads.
type mediaAttachment struct {
	ID  string  `json:"id"`
	URL *string `json:"url"` // null while the instance processes it
}

// upload sends one image with its alt text and waits until the instance
// has processed it (202 with url null until then).
func (c *Channel) upload(ctx context.Context, m post.MediaFile) (string, error) {
	if m.AltText == "" {
		return "", channels.Errorf(channels.Permanent, "image %q has no description (alt text); Mastodon users rely on it", m.Name)
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, m.Name))
	h.Set("Content-Type", m.ContentType)
	fw, err := mw.CreatePart(h)
	if err == nil {
		_, err = fw.Write(m.Data)
	}
	if err == nil {
		err = mw.WriteField("description", m.AltText)
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return "", &channels.Error{Class: channels.Permanent, Reason: "the image upload to Mastodon could not be built", Err: err}
	}
	var a mediaAttachment
	// An upload only makes an unattached file: trying it again is safe.
	code, err := c.call(ctx, request{method: http.MethodPost, path: "/api/v2/media", body: &buf, contentType: mw.FormDataContentType()}, &a)
	if err != nil {
		return "", err
	}
	if a.ID == "" {
		return "", channels.Errorf(channels.Retryable, "Mastodon answered the image upload without an id")
	}
	for code == http.StatusAccepted || a.URL == nil {
		select {
		case <-ctx.Done():
			return "", &channels.Error{Class: channels.Retryable, Reason: "the Mastodon instance was still processing an image", Err: ctx.Err()}
		case <-time.After(c.cfg.MediaPoll):
		}
		// 206 Partial Content: still processing.
		if code, err = c.call(ctx, request{method: http.MethodGet, path: "/api/v1/media/" + url.PathEscape(a.ID)}, &a); err != nil {
			return "", err
		}
		if code == http.StatusPartialContent {
			a.URL = nil
		}
	}
	return a.ID, nil
}

// statuses lists the account's own statuses created since since, newest
// first, following max_id pages.
func (c *Channel) statuses(ctx context.Context, since time.Time) ([]status, error) {
	id, err := c.accountIDOf(ctx)
	if err != nil {
		return nil, err
	}
	var out []status
	maxID := ""
	for range 10 { // 400 statuses: far more than a practice posts in a day
		q := url.Values{"limit": {"40"}, "exclude_reblogs": {"true"}}
		if maxID != "" {
			q.Set("max_id", maxID)
		}
		var page []status
		if err := c.getJSON(ctx, "/api/v1/accounts/"+url.PathEscape(id)+"/statuses?"+q.Encode(), &page); err != nil {
			return nil, err
		}
		for _, st := range page {
			if st.CreatedAt.Before(since) {
				return out, nil
			}
			out = append(out, st)
		}
		if len(page) == 0 {
			break
		}
		maxID = page[len(page)-1].ID
	}
	return out, nil
}

// Recent implements channels.Channel.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	sts, err := c.statuses(ctx, since)
	if err != nil {
		return nil, err
	}
	out := make([]post.Receipt, 0, len(sts))
	for _, st := range sts {
		out = append(out, post.Receipt{RemoteID: st.ID, URL: st.URL, PublishedAt: st.CreatedAt, Text: PlainText(st.Content)})
	}
	return out, nil
}

// Engagement implements channels.Channel: favourites, boosts and replies
// from each status (Mastodon counts no impressions or clicks).
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	out := make([]post.Metrics, 0, len(remoteIDs))
	for _, id := range remoteIDs {
		var st status
		if err := c.getJSON(ctx, "/api/v1/statuses/"+url.PathEscape(id), &st); err != nil {
			var ce *channels.Error
			if errors.As(err, &ce) && ce.Status == http.StatusNotFound {
				continue // deleted: no snapshot
			}
			return out, err
		}
		out = append(out, post.Metrics{RemoteID: st.ID, At: c.cfg.Now(),
			Reactions: &st.FavouritesCount, Shares: &st.ReblogsCount, Comments: &st.RepliesCount})
	}
	return out, nil
}

// Comments implements channels.Channel: the replies below a status
// (its context's descendants) made since since.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	var thread struct {
		Descendants []status `json:"descendants"`
	}
	if err := c.getJSON(ctx, "/api/v1/statuses/"+url.PathEscape(remoteID)+"/context", &thread); err != nil {
		return nil, err
	}
	me, err := c.accountIDOf(ctx) // the practice's own replies are not comments
	if err != nil {
		return nil, err
	}
	var out []post.Comment
	for _, st := range thread.Descendants {
		// A direct status is a private message to the people it
		// mentions, not a comment on the post: it stays out of an inbox
		// whose answers are public.
		if st.CreatedAt.Before(since) || st.Account.ID == me || st.Visibility == "direct" {
			continue
		}
		author := st.Account.DisplayName
		if author == "" {
			author = "@" + st.Account.Acct
		}
		mentions := slices.ContainsFunc(st.Mentions, func(a account) bool { return a.ID == me })
		out = append(out, post.Comment{RemoteID: st.ID, PostRemoteID: remoteID, Author: author, AuthorID: st.Account.ID,
			Text: PlainText(st.Content), At: st.CreatedAt, Mentions: mentions})
	}
	return out, nil
}

var (
	breakRe = regexp.MustCompile(`(?i)<br\s*/?>`)
	paraRe  = regexp.MustCompile(`(?i)</p>\s*<p[^>]*>`)
	tagRe   = regexp.MustCompile(`<[^>]*>`)
)

// PlainText turns a status's HTML content back into its text: paragraphs
// and line breaks become newlines, tags go, entities are decoded. Links
// keep their full text (Mastodon hides the scheme and the tail in
// invisible spans, which are still there).
func PlainText(content string) string {
	s := paraRe.ReplaceAllString(content, "\n\n")
	s = breakRe.ReplaceAllString(s, "\n")
	s = tagRe.ReplaceAllString(s, "")
	return strings.TrimSpace(html.UnescapeString(s))
}
