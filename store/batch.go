package store

import (
	"context"

	bolt "go.etcd.io/bbolt"
)

// Batch runs fn in a read-write transaction that bbolt may share with other
// goroutines calling Batch at the same time: their writes are committed and
// synced together, one fsync for many callers, which is what lets many
// channels record attempts at once through bbolt's single writer.
//
// Batch returns only after the shared commit is on disk (or has failed), so
// a nil error is as durable as Update's.
//
// fn may be called more than once: when another caller's fn in the same
// batch fails, bbolt rolls the whole batch back and runs each caller again,
// the failing one alone. So fn must be idempotent: reset whatever it
// reports to the caller at its start, decide only from what it reads in tx,
// and have no effect outside the transaction (no sends, no channel writes,
// no counters). An error from fn rolls back only that caller's writes.
func (db *DB) Batch(ctx context.Context, fn func(Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return db.bolt.Batch(func(btx *bolt.Tx) error {
		return fn(&boltTx{tx: btx, db: db, now: db.now()})
	})
}
