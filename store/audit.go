package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
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
func (tx *boltTx) AppendAudit(a Audit) (post.AuditEntry, error) {
	meta := tx.bucket(bucketMeta)
	var seq uint64
	prev := ""
	if head := meta.Get(keyAuditHead); len(head) > 8 {
		seq = binary.BigEndian.Uint64(head[:8])
		prev = string(head[8:])
	}
	e := NewAuditEntry(seq+1, prev, tx.now, a)
	b, err := json.Marshal(e)
	if err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	if err := tx.bucket(bucketAudit).Put(u64(e.Seq), b); err != nil {
		return e, fmt.Errorf("store: audit: %w", err)
	}
	head := append(u64(e.Seq), e.Hash...)
	if err := meta.Put(keyAuditHead, head); err != nil {
		return e, err
	}
	tx.hookHead(e.Seq, e.Hash)
	return e, nil
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

// legacyAuditHash is how practicepost hashed audit entries until 585ba1a
// (schemas 1 and 2 wrote such entries, and no migration may rewrite
// evidence): the SHA-256 of the entry's JSON with its own hash left empty.
// The stored bytes are that same JSON with the hash filled in, so putting
// the empty string back gives exactly what was hashed; any other change
// to the entry still shows.
func legacyAuditHash(stored []byte, hash string) string {
	field := []byte(`"hash":"` + hash + `"`)
	if hash == "" || bytes.Count(stored, field) != 1 {
		return ""
	}
	sum := sha256.Sum256(bytes.Replace(stored, field, []byte(`"hash":""`), 1))
	return hex.EncodeToString(sum[:])
}

// AuditEntries calls fn for each entry with Seq >= from, in order, until fn
// returns an error.
func (db *DB) AuditEntries(ctx context.Context, from uint64, fn func(post.AuditEntry) error) error {
	return db.view(ctx, func(tx *boltTx) error {
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
	var brk *AuditBreak
	check := NewAuditChecker()
	err := db.view(ctx, func(tx *boltTx) error {
		c := tx.bucket(bucketAudit).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if brk = check.Add(binary.BigEndian.Uint64(k), v); brk != nil {
				return nil
			}
		}
		head := tx.bucket(bucketMeta).Get(keyAuditHead)
		var headSeq uint64
		if len(head) > 8 {
			headSeq = binary.BigEndian.Uint64(head[:8])
		}
		if brk = check.End(headSeq, string(head[min(len(head), 8):]), len(head) > 8); brk != nil {
			return nil
		}
		if db.gap != "" {
			brk = &AuditBreak{check.Checked() + 1, db.gap}
			return nil
		}
		var err error
		brk, err = tx.crossCheckPosts()
		return err
	})
	return brk, check.Checked(), err
}

// crossCheckPosts checks every stored post against the audit entry that
// last wrote it: the content hash that entry recorded must be the post's
// now. A post edited in the database file directly (a byte of a published
// text) breaks here, though the chain itself still holds.
func (tx *boltTx) crossCheckPosts() (*AuditBreak, error) {
	last, audit := tx.bucket(bucketAuditLast), tx.bucket(bucketAudit)
	var brk *AuditBreak
	err := tx.bucket(bucketPosts).ForEach(func(k, v []byte) error {
		seq := last.Get(k)
		var n uint64
		if len(seq) == 8 {
			n = binary.BigEndian.Uint64(seq)
		}
		if brk = CheckPostAudit(string(k), v, n, len(seq) == 8, audit.Get(seq)); brk != nil {
			return errStop
		}
		return nil
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return brk, err
}

var errStop = errors.New("stop")
