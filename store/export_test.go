package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// BoltRaw is storetest.Raw for bbolt: it writes the buckets directly, as
// someone holding the database file could. Only tests see it.
type BoltRaw struct{}

func (BoltRaw) rawUpdate(s Store, fn func(*bolt.Tx) error) error {
	db, ok := s.(*DB)
	if !ok {
		return fmt.Errorf("BoltRaw: %T is not the bbolt store", s)
	}
	return db.bolt.Update(fn)
}

// rawEdit decodes the JSON value at key, applies edit and puts it back.
func rawEdit[T any](btx *bolt.Tx, bucket, key []byte, edit func(*T)) error {
	b := btx.Bucket(bucket)
	var v T
	if err := json.Unmarshal(b.Get(key), &v); err != nil {
		return fmt.Errorf("BoltRaw: %s/%x: %w", bucket, key, err)
	}
	edit(&v)
	out, err := json.Marshal(&v)
	if err != nil {
		return err
	}
	return b.Put(key, out)
}

func (r BoltRaw) EditAuditEntry(s Store, seq uint64, edit func(*post.AuditEntry)) error {
	return r.rawUpdate(s, func(btx *bolt.Tx) error { return rawEdit(btx, bucketAudit, u64(seq), edit) })
}

func (r BoltRaw) RehashAuditEntry(s Store, seq uint64, edit func(*post.AuditEntry)) error {
	return r.EditAuditEntry(s, seq, func(a *post.AuditEntry) {
		edit(a)
		a.Hash = auditHash(*a)
	})
}

func (r BoltRaw) DeleteAuditEntry(s Store, seq uint64) error {
	return r.rawUpdate(s, func(btx *bolt.Tx) error { return btx.Bucket(bucketAudit).Delete(u64(seq)) })
}

func (r BoltRaw) EditPost(s Store, id post.ID, edit func(*post.Post)) error {
	return r.rawUpdate(s, func(btx *bolt.Tx) error { return rawEdit(btx, bucketPosts, []byte(id), edit) })
}

func (r BoltRaw) CorruptAlert(s Store, id post.ID) error {
	return r.rawUpdate(s, func(btx *bolt.Tx) error { return btx.Bucket(bucketAlerts).Put([]byte(id), []byte("{torn")) })
}

func (BoltRaw) SecretBytes(s Store, name string) ([]byte, error) {
	var out []byte
	err := s.(*DB).bolt.View(func(btx *bolt.Tx) error {
		out = append([]byte(nil), btx.Bucket(bucketSecrets).Get([]byte(name))...)
		return nil
	})
	return out, err
}
