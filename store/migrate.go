package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// migrations are applied in order, all in one transaction, and never edited
// once released: a schema change is a new function at the end.
var migrations = []func(*bolt.Tx) error{
	// 1: the initial layout.
	func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	// 2: engagement collection's due index and per-delivery state.
	createCollectBuckets,
	// 3: review revisions, until now created on first use.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketRevisions)
		return err
	},
	createEvergreenBuckets,
	// 5: each post's last audit entry, so audit verify can check the stored
	// post still has the content hash that entry recorded.
	indexAuditLast,
	// 6: posts may carry a post type and details per channel
	// (post.Post.Topics: a Google event's title and dates, its button)
	// and per-channel options (post.Post.Options: a content warning).
	// Nothing stored changes; the version says a build from before would
	// not understand them: it would drop them when it rewrote a post and
	// publish a plain update instead of the event a doctor approved, so
	// it refuses the database instead (tooNew).
	func(*bolt.Tx) error { return nil },
	// 7: the index of alerts still to be sent by mail or webhook (the
	// unsent mark), so the resend at start and the retry pass read those
	// alerts only, not every alert ever stored.
	indexUnsentAlerts,
}

// indexAuditLast creates bucketAuditLast and fills it from the trail: for
// each stored post, the newest entry about it written with the post
// (creates and changes carry its content hash as HashAfter; review entries,
// which record the hash they approved, are left out).
func indexAuditLast(tx *bolt.Tx) error {
	last, err := tx.CreateBucketIfNotExists(bucketAuditLast)
	if err != nil {
		return err
	}
	posts, audit := tx.Bucket(bucketPosts), tx.Bucket(bucketAudit)
	return audit.ForEach(func(k, v []byte) error {
		var e struct {
			Subject   string `json:"subject"`
			Action    string `json:"action"`
			HashAfter string `json:"hash_after"`
		}
		if json.Unmarshal(v, &e) != nil || e.HashAfter == "" || strings.HasPrefix(e.Action, "review.") || posts.Get([]byte(e.Subject)) == nil {
			return nil
		}
		return last.Put([]byte(e.Subject), append([]byte(nil), k...))
	})
}

// SchemaVersion is the layout this build writes.
var SchemaVersion = uint64(len(migrations))

func (db *DB) migrate() error {
	have, err := db.schemaOf()
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if have > 0 && have < SchemaVersion {
		if _, err := db.backupBeforeUpgrade(have); err != nil {
			return fmt.Errorf("store: the database is schema %d and needs upgrading to %d, but the copy kept before an upgrade could not be written beside it, so nothing was changed (is the disk full?): %w", have, SchemaVersion, err)
		}
	}
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		have := readVersion(meta)
		if have > SchemaVersion {
			return tooNew(have)
		}
		for v := have; v < SchemaVersion; v++ {
			if err := migrations[v](tx); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
		}
		if have != SchemaVersion {
			return meta.Put(keyVersion, u64(SchemaVersion))
		}
		return nil
	})
	var pe *post.Error
	if errors.As(err, &pe) {
		return err
	}
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

// tooNew is the refusal of a database a newer practicepost wrote (a
// downgrade): this build cannot know what the newer schema means, so it
// must not read it, let alone write it.
func tooNew(have uint64) error {
	return post.Errorf(post.EConflict, "the database is schema version %d, written by a newer practicepost; this one understands schema %d and will not touch it. "+
		"Install the newer practicepost again, or restore the backup the upgrade wrote beside the database (practicepost restore FILE)", have, SchemaVersion)
}

func (db *DB) checkVersion() error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		var have uint64
		if meta := tx.Bucket(bucketMeta); meta != nil {
			have = readVersion(meta)
		}
		switch {
		case have > SchemaVersion:
			return tooNew(have)
		case have != SchemaVersion:
			return fmt.Errorf("store: the database needs upgrading; open it once without --read-only")
		}
		return nil
	})
}

func readVersion(meta *bolt.Bucket) uint64 {
	v := meta.Get(keyVersion)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}
