package postgres

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Post returns the post with id, or a post.ENotFound error.
func (t *pgTx) Post(id post.ID) (*post.Post, error) {
	b, ok, err := t.getBytes(`SELECT data FROM posts WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no post with id %q", id)
	}
	return decodePost(id, b)
}

func decodePost(id string, b []byte) (*post.Post, error) {
	var p post.Post
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("store: post %s is not readable: %w", id, err)
	}
	return &p, nil
}

// InsertPost stores a new post at version 1 with its indexes and an audit
// entry.
func (t *pgTx) InsertPost(p *post.Post, a store.Audit) error {
	_, taken, seq, prev, err := t.postAndHead(p.ID)
	if err != nil {
		return err
	}
	if taken {
		return post.Errorf(post.EConflict, "a post with id %q already exists", p.ID)
	}
	p.Version = 1
	if p.CreatedAt.IsZero() {
		p.CreatedAt = t.now
	}
	p.UpdatedAt = t.now
	a.Subject, a.HashAfter = p.ID, p.ContentHash()
	return t.writePost(p, nil, seq, prev, a)
}

// PutPost stores a changed post if p.Version is the stored one: the
// version grows by one, the indexes follow, and an audit entry records
// the content hash before and after.
func (t *pgTx) PutPost(p *post.Post, a store.Audit) error {
	b, found, seq, prev, err := t.postAndHead(p.ID)
	if err != nil {
		return err
	}
	if !found {
		return post.Errorf(post.ENotFound, "no post with id %q", p.ID)
	}
	old, err := decodePost(p.ID, b)
	if err != nil {
		return err
	}
	if old.Version != p.Version {
		return post.Errorf(post.EConflict, "post %s was changed by someone else (version %d, yours is %d); reload it and try again", p.ID, old.Version, p.Version)
	}
	p.Version++
	p.UpdatedAt = t.now
	a.Subject, a.HashBefore, a.HashAfter = p.ID, old.ContentHash(), p.ContentHash()
	return t.writePost(p, old, seq, prev, a)
}

// postAndHead reads the stored post id (found false when there is none)
// and the audit head (see auditHead) in one round trip: every post write
// needs both, and each round trip is spent holding the write lock that
// every replica waits for.
func (t *pgTx) postAndHead(id post.ID) (data []byte, found bool, seq uint64, prev string, err error) {
	batch := &pgx.Batch{}
	batch.Queue(`SELECT data FROM posts WHERE id = $1`, id).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&data)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	seq, prev = t.headSeq, t.headHash
	if seq == 0 {
		batch.Queue(`SELECT seq, hash FROM audit_head`).QueryRow(func(row pgx.Row) error {
			var s int64
			err := row.Scan(&s, &prev)
			if errors.Is(err, pgx.ErrNoRows) {
				return nil
			}
			seq = uint64(s)
			return err
		})
	}
	if err := t.tx.SendBatch(t.ctx, batch).Close(); err != nil {
		return nil, false, 0, "", fmt.Errorf("store: postgres: %w", err)
	}
	return data, found, seq, prev, nil
}

// writePost stores p (which was old, nil for a new post) with its
// timeline and due rows as store.TimelineOf and store.DueOf say, and the
// audit entry a after the head seq/prev, noted as the post's last, in one
// round trip. It wakes the other replicas only when p has a due delivery
// old did not have: a claim or a published record takes deliveries off
// the due list, and waking every scheduler for each (rescanning what is
// due) made a busy minute on several replicas many times slower.
func (t *pgTx) writePost(p, old *post.Post, seq uint64, prev string, a store.Audit) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("store: encode post: %w", err)
	}
	batch := &pgx.Batch{}
	queuePost(batch, p, b)
	e, err := t.queueAudit(batch, seq, prev, a)
	if err != nil {
		return err
	}
	batch.Queue(`INSERT INTO audit_last (post_id, seq) VALUES ($1, $2) ON CONFLICT (post_id) DO UPDATE SET seq = excluded.seq`, p.ID, int64(e.Seq))
	wake := becameDue(p, old)
	notify := wake && !t.wake
	if notify {
		batch.Queue(`SELECT pg_notify($1, '')`, wakeChannel)
	}
	if err := t.tx.SendBatch(t.ctx, batch).Close(); err != nil {
		return fmt.Errorf("store: put post %s: %w", p.ID, err)
	}
	t.headSeq, t.headHash = e.Seq, e.Hash
	if wake {
		t.notifyWake()
		t.notified = t.notified || notify
	}
	return nil
}

// becameDue says whether p has a due delivery (a channel at a time) that
// old, the post as stored before (nil: none), did not have.
func becameDue(p, old *post.Post) bool {
	type at struct {
		channel string
		unix    int64
	}
	before := map[at]bool{}
	if old != nil {
		for _, d := range store.DueOf(old) {
			before[at{d.Channel, ts(d.At)}] = true
		}
	}
	for _, d := range store.DueOf(p) {
		if !before[at{d.Channel, ts(d.At)}] {
			return true
		}
	}
	return false
}

// queuePost queues the statements that store p, encoded as data, with its
// index columns and rows.
func queuePost(batch *pgx.Batch, p *post.Post, data []byte) {
	var authID *string
	if p.AuthorizationID != "" {
		authID = &p.AuthorizationID
	}
	batch.Queue(`INSERT INTO posts (id, version, status, authorization_id, evergreen, data) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (id) DO UPDATE SET version = excluded.version, status = excluded.status,
	authorization_id = excluded.authorization_id, evergreen = excluded.evergreen, data = excluded.data`,
		p.ID, p.Version, string(p.Status), authID, store.IsEvergreen(p), data)
	batch.Queue(`DELETE FROM timeline WHERE post_id = $1`, p.ID)
	batch.Queue(`DELETE FROM due WHERE post_id = $1`, p.ID)
	for _, e := range store.TimelineOf(p) {
		batch.Queue(`INSERT INTO timeline (key, post_id, entry) VALUES ($1, $2, $3)`, store.TimelineKey(e), p.ID, store.EncodeEntry(e))
	}
	for _, d := range store.DueOf(p) {
		batch.Queue(`INSERT INTO due (at, post_id, channel) VALUES ($1, $2, $3)`, ts(d.At), p.ID, d.Channel)
	}
}

// Between calls fn for every timeline entry with from <= At < to, in time
// order (then post id, then channel).
func (t *pgTx) Between(from, to time.Time, fn func(store.Entry) error) error {
	tl, err := t.timeline(from, to)
	if err != nil {
		return err
	}
	dec := store.NewEntryDecoder()
	for i := range tl.len() {
		e, err := dec.Decode(tl.entry(i))
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// ScanBetween is Between decoding an entry only when fn asks for it, as
// bbolt's does.
func (t *pgTx) ScanBetween(from, to time.Time, fn func(at time.Time, channel []byte, decode func() (store.Entry, error)) error) error {
	tl, err := t.timeline(from, to)
	if err != nil {
		return err
	}
	var key, value []byte
	decode := func() (store.Entry, error) { return store.DecodeEntry(key, value) }
	for i := range tl.len() {
		key, value = tl.entry(i)
		at, channel, err := store.SplitTimelineKey(key)
		if err != nil {
			return err
		}
		if err := fn(at, channel, decode); err != nil {
			return err
		}
	}
	return nil
}

// timelineRange is the keys and values of a range of the timeline, copied
// end to end into one buffer (a month is thousands of small entries).
type timelineRange struct {
	buf []byte
	// ends[2i] is where entry i's key ends in buf, ends[2i+1] where its
	// value ends (and entry i+1's key starts).
	ends []int
}

func (r *timelineRange) len() int { return len(r.ends) / 2 }

func (r *timelineRange) entry(i int) (key, value []byte) {
	start := 0
	if i > 0 {
		start = r.ends[2*i-1]
	}
	return r.buf[start:r.ends[2*i]], r.buf[r.ends[2*i]:r.ends[2*i+1]]
}

func (r *timelineRange) add(key, value []byte) {
	r.buf = append(r.buf, key...)
	r.ends = append(r.ends, len(r.buf))
	r.buf = append(r.buf, value...)
	r.ends = append(r.ends, len(r.buf))
}

// timeline reads the entries with from <= At < to. The rows are read
// before any is handed on (a caller may query again meanwhile, and a
// connection runs one query at a time); bytea arrives in binary, its
// bytes as stored, so they are copied without decoding unless the
// connection was set to the simple protocol, which sends text.
func (t *pgTx) timeline(from, to time.Time) (*timelineRange, error) {
	rows, err := t.tx.Query(t.ctx, `SELECT key, entry FROM timeline WHERE key >= $1 AND key < $2 ORDER BY key`,
		store.TimelineFrom(from), store.TimelineFrom(to))
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	defer rows.Close()
	binary := true
	for _, f := range rows.FieldDescriptions() {
		binary = binary && f.Format == pgx.BinaryFormatCode
	}
	tl := &timelineRange{}
	for rows.Next() {
		if binary {
			raw := rows.RawValues()
			tl.add(raw[0], raw[1])
			continue
		}
		var key, value []byte
		if err := rows.Scan(&key, &value); err != nil {
			return nil, fmt.Errorf("store: postgres: %w", err)
		}
		tl.add(key, value)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	return tl, nil
}

// Due returns up to limit deliveries due at or before now, oldest first.
func (t *pgTx) Due(now time.Time, limit int) ([]store.DueItem, error) {
	return collect(t, scanDue, `SELECT at, post_id, channel FROM due WHERE at <= $1 ORDER BY at, post_id, channel LIMIT $2`,
		now.Unix(), max(limit, 0))
}

func scanDue(rows pgx.Rows) (store.DueItem, error) {
	var d store.DueItem
	var at int64
	err := rows.Scan(&at, &d.PostID, &d.Channel)
	d.At = fromTS(at)
	return d, err
}

// NextDue returns the earliest time anything is due.
func (t *pgTx) NextDue() (time.Time, bool, error) {
	due, err := t.Due(time.Unix(1<<62, 0), 1)
	if err != nil || len(due) == 0 {
		return time.Time{}, false, err
	}
	return due[0].At, true, nil
}

// PostIDsByStatus calls fn with the id of every post in status, oldest
// first, until fn returns an error.
func (t *pgTx) PostIDsByStatus(status post.Status, fn func(post.ID) error) error {
	ids, err := collect(t, scanString, `SELECT id FROM posts WHERE status = $1 ORDER BY id`, string(status))
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := fn(id); err != nil {
			return err
		}
	}
	return nil
}

// PostsByStatus loads every post in status, oldest first.
func (t *pgTx) PostsByStatus(status post.Status) ([]*post.Post, error) {
	return t.posts(`SELECT id, data FROM posts WHERE status = $1 ORDER BY id`, string(status))
}

func (t *pgTx) posts(sql string, args ...any) ([]*post.Post, error) {
	return collect(t, func(rows pgx.Rows) (*post.Post, error) {
		var id string
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			return nil, err
		}
		return decodePost(id, b)
	}, sql, args...)
}

// CountByStatus counts the posts in status.
func (t *pgTx) CountByStatus(status post.Status) (int, error) {
	var n int
	if err := t.tx.QueryRow(t.ctx, `SELECT count(*) FROM posts WHERE status = $1`, string(status)).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: postgres: %w", err)
	}
	return n, nil
}

// eachPostPage is how many posts EachPost loads per query.
const eachPostPage = 256

// EachPost calls fn for every post in id order after the id after, a page
// at a time, until fn returns an error.
func (t *pgTx) EachPost(after post.ID, fn func(*post.Post) error) error {
	for {
		page, err := t.posts(`SELECT id, data FROM posts WHERE id > $1 ORDER BY id LIMIT $2`, after, eachPostPage)
		if err != nil {
			return err
		}
		for _, p := range page {
			if err := fn(p); err != nil {
				return err
			}
		}
		if len(page) < eachPostPage {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

// LinkedPostIDs returns the posts whose AuthorizationID is authID, oldest
// first (every linked post, by authorization, when authID is empty, as a
// prefix scan in bbolt gives).
func (t *pgTx) LinkedPostIDs(authID post.ID) ([]post.ID, error) {
	if authID == "" {
		return collect(t, scanString, `SELECT id FROM posts WHERE authorization_id IS NOT NULL ORDER BY authorization_id, id`)
	}
	return collect(t, scanString, `SELECT id FROM posts WHERE authorization_id = $1 ORDER BY id`, authID)
}

// EvergreenPostIDs lists published evergreen posts, oldest first.
func (t *pgTx) EvergreenPostIDs() ([]post.ID, error) {
	return collect(t, scanString, `SELECT id FROM posts WHERE evergreen ORDER BY id`)
}

// EvergreenLastUse is when a copy of id was last planned (zero: never).
func (t *pgTx) EvergreenLastUse(id post.ID) (time.Time, error) {
	var at int64
	err := t.tx.QueryRow(t.ctx, `SELECT at FROM evergreen_use WHERE post_id = $1`, id).Scan(&at)
	if errors.Is(err, pgx.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("store: postgres: %w", err)
	}
	return fromTS(at), nil
}

// SetEvergreenUse records that a copy of id is planned at at.
func (t *pgTx) SetEvergreenUse(id post.ID, at time.Time) error {
	return t.exec(`INSERT INTO evergreen_use (post_id, at) VALUES ($1, $2) ON CONFLICT (post_id) DO UPDATE SET at = excluded.at`, id, ts(at))
}
