package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// getRecord reads one record from the PDS; nil, nil when it does not
// exist.
func (c *Channel) getRecord(ctx context.Context, u atURI) (*record, error) {
	var r record
	q := url.Values{"repo": {u.repo}, "collection": {u.collection}, "rkey": {u.rkey}}
	err := c.authed(ctx, xrpc{method: http.MethodGet, nsid: "com.atproto.repo.getRecord", query: q}, &r)
	if errorName(err) == errRecordNotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	// The repo may come back as a DID where a handle was asked for; the
	// collection and key may not differ. An answer about another record
	// would make a retry report someone else's post as its own.
	if got, perr := parseATURI(r.URI); perr != nil || got.collection != u.collection || got.rkey != u.rkey {
		return nil, channels.Errorf(channels.Retryable, "Bluesky answered a read of %s with another record (%q)", u, r.URI)
	}
	return &r, nil
}

// listPosts lists the account's posts created since since, newest first,
// following listRecords' cursor for at most pages pages of 100.
func (c *Channel) listPosts(ctx context.Context, did string, since time.Time, pages int) ([]record, error) {
	var out []record
	cursor := ""
	for range pages {
		q := url.Values{"repo": {did}, "collection": {PostCollection}, "limit": {"100"}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page struct {
			Records []record `json:"records"`
			Cursor  string   `json:"cursor"`
		}
		if err := c.authed(ctx, xrpc{method: http.MethodGet, nsid: "com.atproto.repo.listRecords", query: q}, &page); err != nil {
			return nil, err
		}
		older := 0
		for _, r := range page.Records {
			if created(r.Value).Before(since) {
				older++ // record keys are near time order, not exactly: keep looking through the page
				continue
			}
			out = append(out, r)
		}
		if page.Cursor == "" || len(page.Records) == 0 || older == len(page.Records) {
			break
		}
		cursor = page.Cursor
	}
	return out, nil
}

// created is when a post says it was made; zero when unreadable.
func created(v postValue) time.Time {
	t, err := time.Parse(time.RFC3339Nano, v.CreatedAt)
	if err != nil {
		return time.Time{}
	}
	return t
}

// postedText returns the account's post from the last day whose text is
// text, or nil. It looks at the newest 100 posts, one call: far more than a
// practice posts in a day.
func (c *Channel) postedText(ctx context.Context, did, text string) (*record, error) {
	recent, err := c.listPosts(ctx, did, c.cfg.Now().Add(-duplicateWindow), 1)
	if err != nil {
		return nil, err
	}
	for i := range recent {
		if sameText(recent[i].Value.Text, text) {
			return &recent[i], nil
		}
	}
	return nil, nil
}

// receipt is what practicepost keeps of a post.
func (c *Channel) receipt(s *session, r record) post.Receipt {
	out := post.Receipt{RemoteID: r.URI, PublishedAt: created(r.Value), Text: r.Value.Text}
	if u, err := parseATURI(r.URI); err == nil {
		out.URL = "https://bsky.app/profile/" + s.Handle + "/post/" + u.rkey
	}
	return out
}

// facets turns the links, mentions and hashtags of text into the record's
// facets. A mention whose handle does not resolve stays plain text, as in
// the official client.
func (c *Channel) facets(ctx context.Context, text string) ([]facetJSON, error) {
	var out []facetJSON
	for _, f := range DetectFacets(text) {
		var ft feature
		switch f.Kind {
		case FacetLink:
			ft = feature{Type: linkType, URI: f.Value}
		case FacetTag:
			ft = feature{Type: tagType, Tag: f.Value}
		case FacetMention:
			did, err := c.resolveHandle(ctx, f.Value)
			if err != nil {
				return nil, err
			}
			if did == "" {
				c.log.Debug("bluesky mention does not resolve; left as text", "at", f.Start)
				continue
			}
			ft = feature{Type: mentionType, DID: did}
		}
		out = append(out, facetJSON{Index: byteSlice{f.Start, f.End}, Features: []feature{ft}})
	}
	return out, nil
}

// resolveHandle returns the DID of handle, "" when it names no account.
func (c *Channel) resolveHandle(ctx context.Context, handle string) (string, error) {
	var a struct {
		DID string `json:"did"`
	}
	err := c.authed(ctx, xrpc{method: http.MethodGet, nsid: "com.atproto.identity.resolveHandle", query: url.Values{"handle": {handle}}}, &a)
	if err != nil {
		if channels.ClassOf(err) == channels.Permanent {
			return "", nil // 400 "Unable to resolve handle"
		}
		return "", err
	}
	if !strings.HasPrefix(a.DID, "did:") {
		return "", nil
	}
	return a.DID, nil
}

// replyTo builds the reply reference of a post answering remoteID: the
// parent is that post, the root its thread's root (itself when it starts
// the thread).
func (c *Channel) replyTo(ctx context.Context, remoteID string) (*replyRef, error) {
	u, err := parseATURI(remoteID)
	if err != nil {
		return nil, &channels.Error{Class: channels.Permanent, Reason: "the post to answer has an address practicepost cannot read", Err: err}
	}
	parent, err := c.getRecord(ctx, u)
	if err != nil && channels.ClassOf(err) != channels.Permanent {
		return nil, err
	}
	if parent == nil && c.cfg.AppView != "" {
		// Another server's post: the PDS holds only its own accounts.
		posts, err := c.getPosts(ctx, []string{remoteID})
		if err != nil {
			return nil, err
		}
		for _, p := range posts {
			parent = &record{URI: p.URI, CID: p.CID, Value: p.Record}
		}
	}
	if parent == nil || parent.CID == "" {
		return nil, channels.Errorf(channels.Permanent, "the post to answer is gone or cannot be read")
	}
	ref := &replyRef{Root: strongRef{parent.URI, parent.CID}, Parent: strongRef{parent.URI, parent.CID}}
	if pr := parent.Value.Reply; pr != nil && pr.Root.URI != "" {
		ref.Root = pr.Root
	}
	return ref, nil
}

// upload sends one image and returns its place in the embed.
func (c *Channel) upload(ctx context.Context, m post.MediaFile) (imageJSON, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(m.Data))
	if err != nil {
		return imageJSON{}, &channels.Error{Class: channels.Permanent, Reason: "image " + m.Name + " could not be read", Err: err}
	}
	var a struct {
		Blob json.RawMessage `json:"blob"`
	}
	// An upload makes only an unattached blob, which the server drops
	// unless a record uses it: trying it again is safe.
	err = c.authed(ctx, xrpc{method: http.MethodPost, nsid: "com.atproto.repo.uploadBlob", raw: m.Data, contentType: m.ContentType}, &a)
	if err != nil {
		return imageJSON{}, err
	}
	if len(a.Blob) == 0 || string(a.Blob) == "null" {
		return imageJSON{}, channels.Errorf(channels.Retryable, "Bluesky answered the image upload without a blob")
	}
	return imageJSON{Alt: m.AltText, Image: a.Blob, AspectRatio: &aspectRatio{cfg.Width, cfg.Height}}, nil
}

// recentPages bounds Recent: 1,000 posts.
const recentPages = 10

// Recent implements channels.Channel: the account's posts since since,
// read from the PDS, which holds them all at once (no listing lag).
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	s, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	recs, err := c.listPosts(ctx, s.DID, since, recentPages)
	if err != nil {
		return nil, err
	}
	out := make([]post.Receipt, 0, len(recs))
	for _, r := range recs {
		out = append(out, c.receipt(s, r))
	}
	return out, nil
}

// postView is the part of app.bsky.feed.defs#postView practicepost reads.
type postView struct {
	URI    string `json:"uri"`
	CID    string `json:"cid"`
	Author struct {
		DID         string `json:"did"`
		Handle      string `json:"handle"`
		DisplayName string `json:"displayName"`
	} `json:"author"`
	Record      postValue `json:"record"`
	LikeCount   int64     `json:"likeCount"`
	RepostCount int64     `json:"repostCount"`
	ReplyCount  int64     `json:"replyCount"`
	QuoteCount  int64     `json:"quoteCount"`
	IndexedAt   string    `json:"indexedAt"`
}

// getPostsBatch is how many posts app.bsky.feed.getPosts takes at once.
const getPostsBatch = 25

// getPosts asks the app view about posts; posts it does not know
// (deleted, not indexed yet) are missing from the answer.
func (c *Channel) getPosts(ctx context.Context, uris []string) ([]postView, error) {
	var out []postView
	for len(uris) > 0 {
		n := min(len(uris), getPostsBatch)
		var page struct {
			Posts []postView `json:"posts"`
		}
		x := xrpc{base: c.cfg.AppView, method: http.MethodGet, nsid: "app.bsky.feed.getPosts", query: url.Values{"uris": uris[:n]}}
		if err := c.do(ctx, x, "", &page); err != nil {
			return out, err
		}
		out = append(out, page.Posts...)
		uris = uris[n:]
	}
	return out, nil
}

// Engagement implements channels.Channel: likes as reactions, reposts and
// quotes as shares, replies as comments, from the app view; Bluesky counts
// no impressions or clicks. Without an app view configured the figures are
// not available: none are returned.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	if c.cfg.AppView == "" || len(remoteIDs) == 0 {
		return nil, nil
	}
	posts, err := c.getPosts(ctx, remoteIDs)
	if err != nil {
		return nil, err
	}
	now := c.cfg.Now()
	out := make([]post.Metrics, 0, len(posts))
	for _, p := range posts {
		likes, shares, replies := p.LikeCount, p.RepostCount+p.QuoteCount, p.ReplyCount
		out = append(out, post.Metrics{RemoteID: p.URI, At: now, Reactions: &likes, Shares: &shares, Comments: &replies})
	}
	return out, nil
}

// threadView is app.bsky.feed.defs#threadViewPost (a reply that is
// blocked or deleted comes as another type, without a post).
type threadView struct {
	Type    string       `json:"$type"`
	Post    *postView    `json:"post"`
	Replies []threadView `json:"replies"`
}

// threadDepth is how deep below a post replies are read.
const threadDepth = 6

// Comments implements channels.Channel: the replies in the thread below
// remoteID made since since by other accounts, from the app view; none
// without one.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	if c.cfg.AppView == "" {
		return nil, nil
	}
	me, err := c.did(ctx)
	if err != nil {
		return nil, err
	}
	var answer struct {
		Thread threadView `json:"thread"`
	}
	q := url.Values{"uri": {remoteID}, "depth": {strconv.Itoa(threadDepth)}, "parentHeight": {"0"}}
	if err := c.do(ctx, xrpc{base: c.cfg.AppView, method: http.MethodGet, nsid: "app.bsky.feed.getPostThread", query: q}, "", &answer); err != nil {
		return nil, err
	}
	var out []post.Comment
	var walk func(replies []threadView)
	walk = func(replies []threadView) {
		for _, r := range replies {
			if r.Post == nil {
				continue
			}
			at := created(r.Post.Record)
			if r.Post.Author.DID != me && !at.Before(since) {
				author := r.Post.Author.DisplayName
				if author == "" {
					author = "@" + r.Post.Author.Handle
				}
				out = append(out, post.Comment{RemoteID: r.Post.URI, PostRemoteID: remoteID, Author: author,
					AuthorID: r.Post.Author.DID, Text: r.Post.Record.Text, At: at, Mentions: mentions(r.Post.Record, me)})
			}
			walk(r.Replies)
		}
	}
	walk(answer.Thread.Replies)
	return out, nil
}

// mentions reports whether a post's facets mention did.
func mentions(v postValue, did string) bool {
	for _, f := range v.Facets {
		for _, ft := range f.Features {
			if ft.Type == mentionType && ft.DID == did {
				return true
			}
		}
	}
	return false
}

// Verify implements channels.Channel: whose app password this is.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	var a struct {
		DID    string `json:"did"`
		Handle string `json:"handle"`
	}
	if err := c.authed(ctx, xrpc{method: http.MethodGet, nsid: "com.atproto.server.getSession"}, &a); err != nil {
		return post.Account{}, err
	}
	if a.DID == "" {
		return post.Account{}, channels.Errorf(channels.Retryable, "Bluesky answered getSession without the account")
	}
	return post.Account{ID: a.DID, Name: "@" + a.Handle, URL: "https://bsky.app/profile/" + a.Handle}, nil
}
