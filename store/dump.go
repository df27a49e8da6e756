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
	"hash"
	"os"
	"path/filepath"

	"github.com/practicepost/practicepost/post"
)

// A dump is everything a store holds that nothing else it holds derives:
// records in the bytes bbolt stores, table by table in DumpTables order
// and, within a table, in the order of bbolt's keys. The derived indexes
// (timeline, due, status, authorization links, evergreen, collection due
// times, the open-alert index) are not in it: the loading backend rebuilds
// them. A backend dumps the same bytes for the same data, so `practicepost
// migrate` copies a store with Dump and Load and proves the copy by
// comparing the two stores' dumps (DumpDigest).

// Record is one stored record of a dump.
type Record struct {
	Table string // a bucket name, or MediaContent
	Key   []byte
	Value []byte
}

// MediaContent is the dump's table of image bytes, by hash (bbolt keeps
// them as files, Postgres in the database).
const MediaContent = "media.content"

// DumpTables are the tables of a dump, in dump order. meta holds only the
// audit head and the import records (its schema version is each
// backend's own).
var DumpTables = []string{
	"meta", "posts", "reviews", "auths", "audit", "auditlast", "users", "sessions", "apitokens",
	"secrets", "media", MediaContent, "settings", "alerts", "engagement", "comments",
	"collectstate", "revisions", "evergreenuse",
}

// Dumper writes a store's dump, record by record, in one snapshot.
type Dumper interface {
	Dump(ctx context.Context, fn func(Record) error) error
}

// Loader loads a dump into an empty store in one transaction, rebuilding
// the derived indexes; a store that holds anything is refused.
type Loader interface {
	Load(ctx context.Context, records func(fn func(Record) error) error) error
}

// DumpDigest is the SHA-256 of a store's dump (each record's table, key
// and value length-prefixed) and the number of records.
func DumpDigest(ctx context.Context, d Dumper) (string, int, error) {
	h := sha256.New()
	n := 0
	err := d.Dump(ctx, func(r Record) error {
		n++
		writeField(h, []byte(r.Table))
		writeField(h, r.Key)
		writeField(h, r.Value)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)), n, err
}

func writeField(h hash.Hash, b []byte) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	h.Write(n[:])
	h.Write(b)
}

// Dump writes the bbolt store's dump in one read transaction.
func (db *DB) Dump(ctx context.Context, fn func(Record) error) error {
	return db.view(ctx, func(tx *boltTx) error {
		for _, table := range DumpTables {
			if err := ctx.Err(); err != nil {
				return err
			}
			if table == MediaContent {
				if err := tx.dumpMediaContent(fn); err != nil {
					return err
				}
				continue
			}
			b := tx.tx.Bucket([]byte(table))
			if b == nil {
				continue
			}
			err := b.ForEach(func(k, v []byte) error {
				if !inDump(table, k) {
					return nil
				}
				return fn(Record{Table: table, Key: bytes.Clone(k), Value: bytes.Clone(v)})
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// inDump leaves out the keys of a dumped bucket that are derived or the
// backend's own: the schema version in meta, the open- and unsent-alert
// indexes.
func inDump(table string, k []byte) bool {
	switch table {
	case "meta":
		return bytes.Equal(k, keyAuditHead) || bytes.HasPrefix(k, []byte("import/"))
	case "alerts":
		return len(k) > 0 && k[0] != 0
	}
	return true
}

// dumpMediaContent writes each image's bytes, in hash order, checked
// against the hash.
func (tx *boltTx) dumpMediaContent(fn func(Record) error) error {
	return tx.bucket(bucketMedia).ForEach(func(k, _ []byte) error {
		b, err := tx.db.ReadMedia(string(k))
		if err != nil {
			return err
		}
		return fn(Record{Table: MediaContent, Key: bytes.Clone(k), Value: b})
	})
}

// Load fills an empty bbolt store with a dump in one transaction: each
// record as it comes, the derived indexes from the posts, collection
// schedules and alerts, and the images as files (written before the
// transaction commits, so a failed load leaves at most unreferenced
// files). The audit head's sidecar follows the loaded head.
func (db *DB) Load(ctx context.Context, records func(fn func(Record) error) error) error {
	return db.update(ctx, func(tx *boltTx) error {
		if k, _ := tx.bucket(bucketPosts).Cursor().First(); k != nil {
			return post.Errorf(post.EConflict, "the bbolt store in %s already holds posts; load into an empty one", db.dir)
		}
		if k, _ := tx.bucket(bucketAudit).Cursor().First(); k != nil {
			return post.Errorf(post.EConflict, "the bbolt store in %s already has an audit trail; load into an empty one", db.dir)
		}
		err := records(func(r Record) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return tx.loadRecord(r)
		})
		if err != nil {
			return err
		}
		if head := tx.bucket(bucketMeta).Get(keyAuditHead); len(head) > 8 {
			tx.hookHead(binary.BigEndian.Uint64(head[:8]), string(head[8:]))
		}
		return nil
	})
}

func (tx *boltTx) loadRecord(r Record) error {
	switch r.Table {
	case MediaContent:
		return tx.db.writeMediaFile(string(r.Key), r.Value)
	case "meta", "alerts":
		if !inDump(r.Table, r.Key) {
			return fmt.Errorf("store: load: %s/%q is not a dump record", r.Table, r.Key)
		}
	}
	if !isDumpTable(r.Table) {
		return fmt.Errorf("store: load: %q is not a table of a dump", r.Table)
	}
	if err := tx.bucket([]byte(r.Table)).Put(r.Key, r.Value); err != nil {
		return fmt.Errorf("store: load %s: %w", r.Table, err)
	}
	switch r.Table {
	case "posts":
		var p post.Post
		if err := json.Unmarshal(r.Value, &p); err != nil {
			return fmt.Errorf("store: load: post %s is not readable: %w", r.Key, err)
		}
		for _, ix := range indexEntries(&p) {
			if err := tx.bucket(ix.bucket).Put(ix.key, ix.value); err != nil {
				return fmt.Errorf("store: load: index post: %w", err)
			}
		}
	case "collectstate":
		var c Collect
		if err := json.Unmarshal(r.Value, &c); err != nil {
			return fmt.Errorf("store: load: collection %q is not readable: %w", r.Key, err)
		}
		if !c.Next.IsZero() {
			return tx.bucket(bucketCollectDue).Put(timeKey(c.Next, c.PostID, c.Channel), nil)
		}
	case "alerts":
		var a Alert
		if err := json.Unmarshal(r.Value, &a); err != nil {
			return fmt.Errorf("store: load: alert %s is not readable: %w", r.Key, err)
		}
		if a.Unsent {
			if err := tx.bucket(bucketAlerts).Put(unsentKey(a.ID), nil); err != nil {
				return fmt.Errorf("store: load: index unsent alert: %w", err)
			}
		}
		if !a.Acknowledged {
			return tx.bucket(bucketAlerts).Put(openKey(a.Kind, a.PostID, a.Channel), []byte(a.ID))
		}
	}
	return nil
}

func isDumpTable(name string) bool {
	for _, t := range DumpTables {
		if t == name {
			return true
		}
	}
	return false
}

// writeMediaFile writes image bytes to their place in the media folder
// (0600, synced, by rename), refusing bytes that do not hash to the name.
func (db *DB) writeMediaFile(hash string, b []byte) error {
	if !ValidMediaHash(hash) {
		return post.Errorf(post.EInvalid, "%.20q is not an image id", hash)
	}
	if err := CheckMediaBytes(hash, b); err != nil {
		return err
	}
	final := db.MediaPath(hash)
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return fmt.Errorf("store: media folder: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(final), ".load-*")
	if err != nil {
		return fmt.Errorf("store: write media: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: write media: %w", err)
	}
	return os.Rename(tmp.Name(), final)
}

// CopyResult is what Copy found.
type CopyResult struct {
	Records int    `json:"records"`
	Audit   uint64 `json:"audit_entries"`
	Digest  string `json:"digest"` // DumpDigest of both stores
}

// CopyStore is a store that dumps, loads and verifies its audit trail.
type CopyStore interface {
	Dumper
	Loader
	AuditLog
}

// Copy copies everything in from into the empty store to: from's audit
// trail must verify first; afterwards to's must verify with as many
// entries, and the two stores' dumps must be byte for byte the same.
func Copy(ctx context.Context, from, to CopyStore) (CopyResult, error) {
	brk, n, err := from.VerifyAudit(ctx)
	if err != nil {
		return CopyResult{}, err
	}
	if brk != nil {
		return CopyResult{}, post.Errorf(post.EConflict, "the source's audit trail does not verify (entry %d: %s); nothing was copied", brk.Seq, brk.Reason)
	}
	if err := to.Load(ctx, func(fn func(Record) error) error { return from.Dump(ctx, fn) }); err != nil {
		return CopyResult{}, err
	}
	brk, m, err := to.VerifyAudit(ctx)
	if err != nil {
		return CopyResult{}, err
	}
	if brk != nil || m != n {
		return CopyResult{}, fmt.Errorf("store: copy: the copy's audit trail does not verify (%+v, %d entries of %d)", brk, m, n)
	}
	want, records, err := DumpDigest(ctx, from)
	if err != nil {
		return CopyResult{}, err
	}
	got, _, err := DumpDigest(ctx, to)
	if err != nil {
		return CopyResult{}, err
	}
	if got != want {
		return CopyResult{}, errors.New("store: copy: the copy does not hold the same records as the source (their dumps differ)")
	}
	return CopyResult{Records: records, Audit: n, Digest: got}, nil
}
