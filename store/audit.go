package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/practicepost/practicepost/post"
)

// Audit is what a caller says about a change; the store adds the time, the
// sequence number and the chain hashes.
type Audit struct {
	Actor      string
	Action     string
	Subject    string
	HashBefore string
	HashAfter  string
	Detail     string
}

// AppendAudit adds an entry to the audit trail in this transaction, chained
// to the newest one.
func (tx *Tx) AppendAudit(a Audit) (post.AuditEntry, error) {
	meta := tx.bucket(bucketMeta)
	var seq uint64
	prev := ""
	if head := meta.Get(keyAuditHead); len(head) > 8 {
		seq = binary.BigEndian.Uint64(head[:8])
		prev = string(head[8:])
	}
	e := post.AuditEntry{
		Seq: seq + 1, At: tx.now.UTC(), Actor: a.Actor, Action: a.Action, Subject: a.Subject,
		HashBefore: a.HashBefore, HashAfter: a.HashAfter, Detail: a.Detail, Prev: prev,
	}
	e.Hash = auditHash(e)
	b, err := json.Marshal(e)
	if err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	if err := tx.bucket(bucketAudit).Put(u64(e.Seq), b); err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	head := append(u64(e.Seq), e.Hash...)
	return e, meta.Put(keyAuditHead, head)
}

// auditHash is the SHA-256 of every field of the entry but Hash, each
// length-prefixed so no two entries hash alike by shifting text between
// fields. Since the entry includes Prev, each hash covers the whole chain
// before it.
func auditHash(e post.AuditEntry) string {
	h := sha256.New()
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], e.Seq)
	h.Write(n[:])
	binary.BigEndian.PutUint64(n[:], uint64(e.At.UnixNano()))
	h.Write(n[:])
	for _, f := range []string{e.Actor, e.Action, e.Subject, e.HashBefore, e.HashAfter, e.Detail, e.Prev} {
		binary.BigEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// AuditEntries calls fn for each entry with Seq >= from, in order, until fn
// returns an error.
func (db *DB) AuditEntries(ctx context.Context, from uint64, fn func(post.AuditEntry) error) error {
	return db.View(ctx, func(tx *Tx) error {
		c := tx.bucket(bucketAudit).Cursor()
		for k, v := c.Seek(u64(from)); k != nil; k, v = c.Next() {
			var e post.AuditEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("store: audit entry %d is not readable: %w", binary.BigEndian.Uint64(k), err)
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// AuditBreak describes the first place the audit chain does not hold.
type AuditBreak struct {
	Seq    uint64 `json:"seq"`
	Reason string `json:"reason"`
}

// VerifyAudit walks the whole chain and returns the first broken entry, or
// nil and the number of entries checked when every hash holds.
func (db *DB) VerifyAudit(ctx context.Context) (*AuditBreak, uint64, error) {
	var (
		brk     *AuditBreak
		n, want uint64
		prev    string
	)
	err := db.View(ctx, func(tx *Tx) error {
		c := tx.bucket(bucketAudit).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			seq := binary.BigEndian.Uint64(k)
			want++
			var e post.AuditEntry
			switch err := json.Unmarshal(v, &e); {
			case err != nil:
				brk = &AuditBreak{seq, "the entry is not valid JSON"}
			case seq != want:
				brk = &AuditBreak{seq, fmt.Sprintf("entry %d is missing", want)}
			case e.Seq != seq:
				brk = &AuditBreak{seq, fmt.Sprintf("the entry says it is number %d", e.Seq)}
			case e.Prev != prev:
				brk = &AuditBreak{seq, "it does not point at the entry before it (an entry before it was changed or removed)"}
			case auditHash(e) != e.Hash:
				brk = &AuditBreak{seq, "its content no longer matches its hash (it was changed)"}
			}
			if brk != nil {
				return nil
			}
			prev = e.Hash
			n++
		}
		head := tx.bucket(bucketMeta).Get(keyAuditHead)
		if len(head) > 8 && (binary.BigEndian.Uint64(head[:8]) != n || string(head[8:]) != prev) {
			brk = &AuditBreak{n + 1, "entries after this one were removed"}
		}
		return nil
	})
	return brk, n, err
}
