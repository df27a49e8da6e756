package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// createCollectBuckets is migration 2.
func createCollectBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketCollectDue, bucketCollectState} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

// Collect is where engagement collection stands for one published delivery.
type Collect struct {
	PostID      post.ID   `json:"post_id"`
	Channel     string    `json:"channel"`
	RemoteID    string    `json:"remote_id"`
	PublishedAt time.Time `json:"published_at"`
	// Step counts the snapshots schedule steps already passed.
	Step int `json:"step"`
	// Next is when the next snapshot is due; zero once the schedule is done.
	Next time.Time `json:"next,omitzero"`
	// CommentsSince is the time of the last comment fetch, the since of the
	// next one.
	CommentsSince time.Time `json:"comments_since,omitzero"`
}

// Snapshot is one stored engagement snapshot of a post on a channel.
type Snapshot struct {
	PostID  post.ID      `json:"post_id"`
	Channel string       `json:"channel"`
	Metrics post.Metrics `json:"metrics"`
}

// snapshotKey builds <postID><channel><ts>.
func snapshotKey(postID, channel string, at time.Time) []byte {
	k := concat(postID, channel)
	return append(k, tsKey(at)...)
}

// PutSnapshot stores one engagement snapshot, keyed by the time it was
// taken (m.At, or the transaction's time when zero). A second snapshot in
// the same second replaces the first.
func (tx *boltTx) PutSnapshot(postID post.ID, channel string, m post.Metrics) error {
	if !post.ValidID(postID) || channel == "" {
		return post.Errorf(post.EInvalid, "a snapshot needs a post id and a channel (got %q, %q)", postID, channel)
	}
	if m.At.IsZero() {
		m.At = tx.now
	}
	m.At = m.At.UTC().Truncate(time.Second)
	if err := tx.putJSON(bucketEngagement, snapshotKey(postID, channel, m.At), &m); err != nil {
		return fmt.Errorf("store: put snapshot: %w", err)
	}
	return nil
}

// LatestSnapshot returns the newest snapshot of postID on channel, if any.
// It is one cursor seek, whatever the number of snapshots.
func (tx *boltTx) LatestSnapshot(postID post.ID, channel string) (post.Metrics, bool, error) {
	prefix := concat(postID, channel)
	c := tx.bucket(bucketEngagement).Cursor()
	// Seek just past every <prefix><ts> key, then step back one. Unix
	// seconds fit in 32 bits until 2106, so <prefix>00 00 00 01 … is past
	// every snapshot of this channel but before any key of a longer channel
	// id sharing the prefix ("x" and "x-main"), whose next byte is not 0.
	end := append(bytes.Clone(prefix), 0, 0, 0, 1, 0, 0, 0, 0)
	var k, v []byte
	if k, _ = c.Seek(end); k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if k == nil || len(k) != len(prefix)+8 || !bytes.HasPrefix(k, prefix) {
		return post.Metrics{}, false, nil
	}
	var m post.Metrics
	if err := json.Unmarshal(v, &m); err != nil {
		return post.Metrics{}, false, fmt.Errorf("store: snapshot %s/%s is not readable: %w", postID, channel, err)
	}
	return m, true, nil
}

// EachSnapshot calls fn for every snapshot of postID on channel, oldest
// first. An empty channel means every channel of the post.
func (tx *boltTx) EachSnapshot(postID post.ID, channel string, fn func(Snapshot) error) error {
	prefix := concat(postID, channel)
	return eachJSON(tx, bucketEngagement, prefix, func(k []byte, m *post.Metrics) error {
		if len(k) < len(postID)+8 || (channel != "" && len(k) != len(prefix)+8) {
			return nil // too short, or a longer channel id sharing the prefix
		}
		return fn(Snapshot{PostID: postID, Channel: string(k[len(postID) : len(k)-8]), Metrics: *m})
	})
}

// Collection returns the collection state of one delivery, if enrolled.
func (tx *boltTx) Collection(postID post.ID, channel string) (*Collect, bool, error) {
	var c Collect
	ok, err := tx.getJSON(bucketCollectState, concat(postID, channel), &c)
	if err != nil || !ok {
		return nil, false, err
	}
	return &c, true, nil
}

// PutCollection stores c and moves its due-index entry: the old one (if
// any) goes, and a new one is written when c.Next is set.
func (tx *boltTx) PutCollection(c *Collect) error {
	if !post.ValidID(c.PostID) || c.Channel == "" || c.RemoteID == "" {
		return post.Errorf(post.EInvalid, "collection state needs a post id, a channel and a remote id")
	}
	old, ok, err := tx.Collection(c.PostID, c.Channel)
	if err != nil {
		return err
	}
	if ok && !old.Next.IsZero() {
		if err := tx.bucket(bucketCollectDue).Delete(timeKey(old.Next, old.PostID, old.Channel)); err != nil {
			return fmt.Errorf("store: collection index: %w", err)
		}
	}
	c.Next = c.Next.UTC().Truncate(time.Second)
	if err := tx.putJSON(bucketCollectState, concat(c.PostID, c.Channel), c); err != nil {
		return fmt.Errorf("store: put collection: %w", err)
	}
	if c.Next.IsZero() {
		return nil
	}
	if err := tx.bucket(bucketCollectDue).Put(timeKey(c.Next, c.PostID, c.Channel), nil); err != nil {
		return fmt.Errorf("store: collection index: %w", err)
	}
	return nil
}

// DueCollections returns up to limit deliveries whose next snapshot is due
// at or before now, oldest first. It reads only the due index.
func (tx *boltTx) DueCollections(now time.Time, limit int) ([]*Collect, error) {
	var out []*Collect
	c := tx.bucket(bucketCollectDue).Cursor()
	for k, _ := c.First(); k != nil && len(out) < limit; k, _ = c.Next() {
		at, id, ch, ok := splitTimeKey(k)
		if !ok || at.After(now) {
			break
		}
		st, found, err := tx.Collection(id, ch)
		if err != nil {
			return nil, err
		}
		if !found {
			continue // an index entry without state cannot be collected
		}
		out = append(out, st)
	}
	return out, nil
}

// SnapshotCount counts stored snapshots; for tests and the benchmark.
func (db *DB) SnapshotCount(ctx context.Context) (int, error) {
	n := 0
	err := db.view(ctx, func(tx *boltTx) error {
		n = tx.bucket(bucketEngagement).Stats().KeyN
		return nil
	})
	return n, err
}
