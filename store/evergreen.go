package store

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// createEvergreenBuckets is migration 4: the buckets, and the index for
// the evergreen posts that already exist.
func createEvergreenBuckets(tx *bolt.Tx) error {
	idx, err := tx.CreateBucketIfNotExists(bucketEvergreen)
	if err != nil {
		return err
	}
	if _, err := tx.CreateBucketIfNotExists(bucketEvergreenUse); err != nil {
		return err
	}
	var ids [][]byte
	err = tx.Bucket(bucketPosts).ForEach(func(k, v []byte) error {
		var p post.Post
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		if IsEvergreen(&p) {
			ids = append(ids, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := idx.Put(id, nil); err != nil {
			return err
		}
	}
	return nil
}

// EvergreenPostIDs lists the published evergreen posts.
func (tx *boltTx) EvergreenPostIDs() ([]post.ID, error) {
	var out []post.ID
	err := tx.bucket(bucketEvergreen).ForEach(func(k, _ []byte) error {
		out = append(out, string(k))
		return nil
	})
	return out, err
}

// EvergreenLastUse is when a copy of post id was last planned (zero: never).
func (tx *boltTx) EvergreenLastUse(id post.ID) (time.Time, error) {
	v := tx.bucket(bucketEvergreenUse).Get([]byte(id))
	if len(v) != 8 {
		return time.Time{}, nil
	}
	return parseTS(v), nil
}

// SetEvergreenUse records that a copy of post id is planned at t.
func (tx *boltTx) SetEvergreenUse(id post.ID, t time.Time) error {
	return tx.bucket(bucketEvergreenUse).Put([]byte(id), tsKey(t))
}
