package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// AppendAudit adds an entry numbered one past the newest, chained to it.
// Only a transaction holding the write lock gets here (a View's is read
// only), so the head it reads is the newest.
func (t *pgTx) AppendAudit(a store.Audit) (post.AuditEntry, error) {
	seq, prev, err := t.auditHead()
	if err != nil {
		return post.AuditEntry{}, err
	}
	batch := &pgx.Batch{}
	e, err := t.queueAudit(batch, seq, prev, a)
	if err != nil {
		return e, err
	}
	if err := t.tx.SendBatch(t.ctx, batch).Close(); err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	t.headSeq, t.headHash = e.Seq, e.Hash
	return e, nil
}

// auditHead is the newest entry's number and hash (0 and "" for none):
// this transaction's own last entry once it wrote one (nobody else writes
// while it holds the write lock), read otherwise.
func (t *pgTx) auditHead() (uint64, string, error) {
	if t.headSeq > 0 {
		return t.headSeq, t.headHash, nil
	}
	var seq int64
	var hash string
	err := t.tx.QueryRow(t.ctx, `SELECT seq, hash FROM audit_head`).Scan(&seq, &hash)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, "", fmt.Errorf("store: audit: %w", err)
	}
	return uint64(seq), hash, nil
}

// queueAudit makes the entry after seq (whose hash is prev) and queues
// its writes on batch; the caller sends the batch and, once it went
// through, sets the transaction's head to the entry.
func (t *pgTx) queueAudit(batch *pgx.Batch, seq uint64, prev string, a store.Audit) (post.AuditEntry, error) {
	e := store.NewAuditEntry(seq+1, prev, t.now, a)
	b, err := json.Marshal(e)
	if err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	batch.Queue(`INSERT INTO audit (seq, entry) VALUES ($1, $2)`, int64(e.Seq), b)
	batch.Queue(`INSERT INTO audit_head (one, seq, hash) VALUES (true, $1, $2)
ON CONFLICT (one) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`, int64(e.Seq), e.Hash)
	return e, nil
}

// auditPage is how many entries a walk of the trail reads per query.
const auditPage = 1000

// eachAuditRow calls fn with every stored entry from seq from on, in
// order, a page at a time.
func (t *pgTx) eachAuditRow(from uint64, fn func(seq uint64, raw []byte) error) error {
	type row struct {
		seq uint64
		raw []byte
	}
	next := int64(from)
	for {
		page, err := collect(t, func(rows pgx.Rows) (row, error) {
			var r row
			var seq int64
			err := rows.Scan(&seq, &r.raw)
			r.seq = uint64(seq)
			return r, err
		}, `SELECT seq, entry FROM audit WHERE seq >= $1 ORDER BY seq LIMIT $2`, next, auditPage)
		if err != nil {
			return err
		}
		for _, r := range page {
			if err := fn(r.seq, r.raw); err != nil {
				return err
			}
		}
		if len(page) < auditPage {
			return nil
		}
		next = int64(page[len(page)-1].seq) + 1
	}
}

// AuditEntries calls fn for each entry with Seq >= from, in order, until
// fn returns an error.
func (db *DB) AuditEntries(ctx context.Context, from uint64, fn func(post.AuditEntry) error) error {
	return db.view(ctx, func(t *pgTx) error {
		return t.eachAuditRow(from, func(seq uint64, raw []byte) error {
			var e post.AuditEntry
			if err := json.Unmarshal(raw, &e); err != nil {
				return fmt.Errorf("store: audit entry %d is not readable: %w", seq, err)
			}
			return fn(e)
		})
	})
}

// errBreak stops a walk at the first break.
var errBreak = errors.New("break")

// VerifyAudit checks the whole chain in one snapshot, as bbolt does
// (store.AuditChecker), then every post against the entry that last
// wrote it.
func (db *DB) VerifyAudit(ctx context.Context) (*store.AuditBreak, uint64, error) {
	var brk *store.AuditBreak
	check := store.NewAuditChecker()
	err := db.view(ctx, func(t *pgTx) error {
		err := t.eachAuditRow(1, func(seq uint64, raw []byte) error {
			if brk = check.Add(seq, raw); brk != nil {
				return errBreak
			}
			return nil
		})
		if err != nil {
			return err
		}
		var headSeq int64
		var headHash string
		err = t.tx.QueryRow(t.ctx, `SELECT seq, hash FROM audit_head`).Scan(&headSeq, &headHash)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("store: audit head: %w", err)
		}
		if brk = check.End(uint64(headSeq), headHash, err == nil); brk != nil {
			return nil
		}
		if db.gap != "" {
			brk = &store.AuditBreak{Seq: check.Checked() + 1, Reason: db.gap}
			return nil
		}
		brk, err = t.crossCheckPosts()
		return err
	})
	if errors.Is(err, errBreak) {
		err = nil
	}
	return brk, check.Checked(), err
}

// crossCheckPosts checks each post against its last audit entry
// (store.CheckPostAudit), a page of posts at a time.
func (t *pgTx) crossCheckPosts() (*store.AuditBreak, error) {
	type row struct {
		id          string
		data, entry []byte
		seq         *int64
	}
	after := ""
	for {
		page, err := collect(t, func(rows pgx.Rows) (row, error) {
			var r row
			err := rows.Scan(&r.id, &r.data, &r.seq, &r.entry)
			return r, err
		}, `SELECT p.id, p.data, l.seq, a.entry FROM posts p
LEFT JOIN audit_last l ON l.post_id = p.id
LEFT JOIN audit a ON a.seq = l.seq
WHERE p.id > $1 ORDER BY p.id LIMIT $2`, after, eachPostPage)
		if err != nil {
			return nil, err
		}
		for _, r := range page {
			var seq uint64
			if r.seq != nil {
				seq = uint64(*r.seq)
			}
			if brk := store.CheckPostAudit(r.id, r.data, seq, r.seq != nil, r.entry); brk != nil {
				return brk, nil
			}
		}
		if len(page) < eachPostPage {
			return nil, nil
		}
		after = page[len(page)-1].id
	}
}
