package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// Entry is one delivery on the calendar, as the timeline index holds it: all
// a month or week view needs without loading whole posts.
type Entry struct {
	PostID   post.ID            `json:"post_id"`
	Channel  string             `json:"channel"`
	At       time.Time          `json:"at"`
	Status   post.Status        `json:"status"`
	Delivery post.DeliveryState `json:"delivery"`
	Snippet  string             `json:"snippet"`
	Tags     []string           `json:"tags,omitempty"`
}

const snippetRunes = 80

// Post returns the post with id, or an ENotFound error.
func (tx *boltTx) Post(id post.ID) (*post.Post, error) {
	v := tx.bucket(bucketPosts).Get([]byte(id))
	if v == nil {
		return nil, post.Errorf(post.ENotFound, "no post with id %q", id)
	}
	var p post.Post
	if err := json.Unmarshal(v, &p); err != nil {
		return nil, fmt.Errorf("store: post %s is not readable: %w", id, err)
	}
	return &p, nil
}

// InsertPost stores a new post with its indexes and an audit entry.
func (tx *boltTx) InsertPost(p *post.Post, a Audit) error {
	if tx.bucket(bucketPosts).Get([]byte(p.ID)) != nil {
		return post.Errorf(post.EConflict, "a post with id %q already exists", p.ID)
	}
	p.Version = 1
	if p.CreatedAt.IsZero() {
		p.CreatedAt = tx.now
	}
	p.UpdatedAt = tx.now
	if err := tx.writePost(nil, p); err != nil {
		return err
	}
	a.Subject, a.HashAfter = p.ID, p.ContentHash()
	return tx.auditPost(p.ID, a)
}

// auditPost appends the audit entry of a post write and notes it as the
// post's last one.
func (tx *boltTx) auditPost(id post.ID, a Audit) error {
	e, err := tx.AppendAudit(a)
	if err != nil {
		return err
	}
	return tx.bucket(bucketAuditLast).Put([]byte(id), u64(e.Seq))
}

// PutPost stores a changed post: its version grows by one, its indexes
// follow, and an audit entry records the change with the content hash
// before and after.
func (tx *boltTx) PutPost(p *post.Post, a Audit) error {
	old, err := tx.Post(p.ID)
	if err != nil {
		return err
	}
	if old.Version != p.Version {
		return post.Errorf(post.EConflict, "post %s was changed by someone else (version %d, yours is %d); reload it and try again", p.ID, old.Version, p.Version)
	}
	p.Version++
	p.UpdatedAt = tx.now
	if err := tx.writePost(old, p); err != nil {
		return err
	}
	a.Subject, a.HashBefore, a.HashAfter = p.ID, old.ContentHash(), p.ContentHash()
	return tx.auditPost(p.ID, a)
}

// writePost stores p and moves its index entries from what old had to what
// p has. old is nil for a new post.
func (tx *boltTx) writePost(old, p *post.Post) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("store: encode post: %w", err)
	}
	if err := tx.bucket(bucketPosts).Put([]byte(p.ID), b); err != nil {
		return fmt.Errorf("store: put post: %w", err)
	}
	oldIdx, newIdx := indexEntries(old), indexEntries(p)
	for _, ix := range oldIdx {
		if !containsKey(newIdx, ix) {
			if err := tx.bucket(ix.bucket).Delete(ix.key); err != nil {
				return err
			}
		}
	}
	for _, ix := range newIdx {
		if err := tx.bucket(ix.bucket).Put(ix.key, ix.value); err != nil {
			return fmt.Errorf("store: index post: %w", err)
		}
	}
	return nil
}

type indexEntry struct {
	bucket     []byte
	key, value []byte
}

func containsKey(list []indexEntry, e indexEntry) bool {
	for _, x := range list {
		if bytes.Equal(x.bucket, e.bucket) && bytes.Equal(x.key, e.key) {
			return true
		}
	}
	return false
}

// indexEntries lists every index key a post should have. Keeping this one
// pure function the only place that decides it means indexes cannot drift
// from the posts they index.
func indexEntries(p *post.Post) []indexEntry {
	if p == nil {
		return nil
	}
	out := []indexEntry{{bucket: bucketStatus, key: statusKey(string(p.Status), p.ID)}}
	if p.AuthorizationID != "" {
		out = append(out, indexEntry{bucket: bucketAuthPosts, key: concat(p.AuthorizationID, p.ID)})
	}
	if IsEvergreen(p) {
		out = append(out, indexEntry{bucket: bucketEvergreen, key: []byte(p.ID)})
	}
	for _, e := range TimelineOf(p) {
		out = append(out, indexEntry{bucket: bucketTimeline, key: timeKey(e.At, p.ID, e.Channel), value: encodeEntry(e)})
	}
	for _, d := range DueOf(p) {
		out = append(out, indexEntry{bucket: bucketDue, key: timeKey(d.At, p.ID, d.Channel)})
	}
	return out
}

// dueAt says when the scheduler must next look at delivery d, if ever: a
// pending delivery of a scheduled (or partly published) post, at its due
// time or its retry time, whichever is later.
func dueAt(p *post.Post, d *post.Delivery) (time.Time, bool) {
	if p.Status != post.StatusScheduled && p.Status != post.StatusPublishing {
		return time.Time{}, false
	}
	if d.State != post.DeliveryPending || d.DueAt.IsZero() {
		return time.Time{}, false
	}
	if d.NextAttempt.After(d.DueAt) {
		return d.NextAttempt, true
	}
	return d.DueAt, true
}

func snippet(s string) string {
	if utf8.RuneCountInString(s) <= snippetRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == snippetRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// Between calls fn for every calendar entry with from <= At < to, in time
// order. It reads only the index: a month costs what is in the month.
func (tx *boltTx) Between(from, to time.Time, fn func(Entry) error) error {
	c := tx.bucket(bucketTimeline).Cursor()
	end := tsKey(to)
	in := newInterner()
	for k, v := c.Seek(tsKey(from)); k != nil && bytes.Compare(k[:8], end) < 0; k, v = c.Next() {
		e, err := decodeEntry(k, v, in)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// DueItem names one delivery the scheduler must act on.
type DueItem struct {
	At      time.Time
	PostID  post.ID
	Channel string
}

// Due returns up to limit deliveries due at or before now, oldest first.
func (tx *boltTx) Due(now time.Time, limit int) ([]DueItem, error) {
	var out []DueItem
	c := tx.bucket(bucketDue).Cursor()
	end := now.Unix()
	for k, _ := c.First(); k != nil && len(out) < limit; k, _ = c.Next() {
		at, id, ch, ok := splitTimeKey(k)
		if !ok {
			continue
		}
		if at.Unix() > end {
			break
		}
		out = append(out, DueItem{At: at, PostID: id, Channel: ch})
	}
	return out, nil
}

// NextDue returns the earliest time anything is due, so the scheduler can
// sleep until then instead of polling.
func (tx *boltTx) NextDue() (time.Time, bool, error) {
	k, _ := tx.bucket(bucketDue).Cursor().First()
	if k == nil {
		return time.Time{}, false, nil
	}
	t, _, _, ok := splitTimeKey(k)
	return t, ok, nil
}

// PostIDsByStatus calls fn with the id of every post in status, oldest
// first, until fn returns an error.
func (tx *boltTx) PostIDsByStatus(status post.Status, fn func(post.ID) error) error {
	prefix := statusKey(string(status), "")
	c := tx.bucket(bucketStatus).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if err := fn(string(k[len(prefix):])); err != nil {
			return err
		}
	}
	return nil
}

// PostsByStatus loads every post in status, oldest first.
func (tx *boltTx) PostsByStatus(status post.Status) ([]*post.Post, error) {
	var out []*post.Post
	err := tx.PostIDsByStatus(status, func(id post.ID) error {
		p, err := tx.Post(id)
		if err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// CountByStatus counts posts in status without loading them.
func (tx *boltTx) CountByStatus(status post.Status) (int, error) {
	n := 0
	err := tx.PostIDsByStatus(status, func(post.ID) error { n++; return nil })
	return n, err
}

// EachPost calls fn for every post in id (creation) order, starting after
// the id after (empty: from the first), until fn returns an error.
func (tx *boltTx) EachPost(after post.ID, fn func(*post.Post) error) error {
	c := tx.bucket(bucketPosts).Cursor()
	k, v := c.First()
	if after != "" {
		k, v = c.Seek([]byte(after))
		if k != nil && string(k) == after {
			k, v = c.Next()
		}
	}
	for ; k != nil; k, v = c.Next() {
		var p post.Post
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("store: post %s is not readable: %w", k, err)
		}
		if err := fn(&p); err != nil {
			return err
		}
	}
	return nil
}

// LinkedPostIDs returns the posts that link authorization authID.
func (tx *boltTx) LinkedPostIDs(authID post.ID) ([]post.ID, error) {
	var out []post.ID
	prefix := []byte(authID)
	c := tx.bucket(bucketAuthPosts).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		out = append(out, string(k[len(prefix):]))
	}
	return out, nil
}
