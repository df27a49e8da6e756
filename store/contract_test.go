package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/storetest"
)

// TestContract runs the storage contract's suite against bbolt.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) *storetest.Backend {
		dir := t.TempDir()
		open := func(t *testing.T) *store.DB {
			t.Helper()
			db, err := store.Open(context.Background(), dir, store.Options{Now: now})
			if err != nil {
				t.Fatal(err)
			}
			return db
		}
		db := open(t)
		t.Cleanup(func() { db.Close() })
		return &storetest.Backend{
			Store: db,
			Reopen: func(t *testing.T) store.Store {
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
				db = open(t)
				return db
			},
			Raw: store.BoltRaw{},
		}
	})
}
