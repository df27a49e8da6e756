package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// BenchmarkBackends measures bbolt and Postgres side by side in one run:
// inserting a post, reading a month of the calendar, and claiming due
// deliveries from 2 x GOMAXPROCS goroutines. The test server runs with fsync off
// (pgtest), bbolt syncs every commit: compare the Postgres figures with
// a server on real disks before sizing anything on them.
//
//	go test ./store/postgres -run '^$' -bench Backends -benchtime 2000x
func BenchmarkBackends(b *testing.B) {
	backends := []struct {
		name string
		open func(b *testing.B) store.Store
	}{
		{"bbolt", func(b *testing.B) store.Store {
			db, err := store.Open(context.Background(), b.TempDir(), store.Options{Now: fixedClock})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { db.Close() })
			return db
		}},
		{"postgres", func(b *testing.B) store.Store {
			db, err := Open(context.Background(), pgtest.DB(b), Options{Now: fixedClock, KeyFile: filepath.Join(b.TempDir(), store.KeyFileName)})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { db.Close() })
			return db
		}},
	}
	for _, be := range backends {
		b.Run(be.name+"/insert", func(b *testing.B) {
			s := be.open(b)
			b.ResetTimer()
			for i := range b.N {
				insertDue(b, s, t0.Add(time.Duration(i)*time.Minute))
			}
		})
		b.Run(be.name+"/month", func(b *testing.B) {
			s := be.open(b)
			const posts = 3000 // about a month of a busy agency's calendar, over 3 months
			seedMonths(b, s, posts)
			from := t0.AddDate(0, 1, 0)
			b.ResetTimer()
			n := 0
			for range b.N {
				n = 0
				if err := s.View(context.Background(), func(tx store.Tx) error {
					return tx.Between(from, from.AddDate(0, 1, 0), func(store.Entry) error { n++; return nil })
				}); err != nil {
					b.Fatal(err)
				}
			}
			if n < posts/4 {
				b.Fatalf("a month held %d entries of %d posts over 3 months", n, posts)
			}
		})
		b.Run(be.name+"/claim", func(b *testing.B) {
			s := be.open(b)
			ids := make([]post.ID, b.N)
			for i := range ids {
				ids[i] = insertDue(b, s, t0.Add(-time.Duration(i)*time.Second))
			}
			var next, took atomic.Int64
			b.SetParallelism(2) // 2 x GOMAXPROCS goroutines claim at once
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := next.Add(1) - 1
					var ok bool
					err := s.Batch(context.Background(), func(tx store.Tx) error {
						var err error
						ok, err = claim(tx, ids[i], "x", fmt.Sprint("attempt-", i))
						return err
					})
					if err != nil {
						b.Error(err)
						return
					}
					if ok {
						took.Add(1)
					}
				}
			})
			if took.Load() != int64(b.N) {
				b.Fatalf("%d of %d claims took their delivery", took.Load(), b.N)
			}
		})
	}
}

// insertDue stores a post with one pending delivery on x due at at.
func insertDue(b *testing.B, s store.Store, at time.Time) post.ID {
	b.Helper()
	p := &post.Post{ID: post.NewID(t0), Body: "Flu shots are in this week.", Channels: []string{"x"}, Status: post.StatusScheduled,
		Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: at}}}
	if err := s.Update(context.Background(), func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"})
	}); err != nil {
		b.Fatal(err)
	}
	return p.ID
}

// seedMonths stores n posts spread over the 3 months from t0, 100 per
// transaction.
func seedMonths(b *testing.B, s store.Store, n int) {
	b.Helper()
	span := t0.AddDate(0, 3, 0).Sub(t0)
	for i := 0; i < n; i += 100 {
		if err := s.Update(context.Background(), func(tx store.Tx) error {
			for j := i; j < min(i+100, n); j++ {
				at := t0.Add(span / time.Duration(n) * time.Duration(j))
				p := &post.Post{ID: post.NewID(at), Body: fmt.Sprint("Post ", j), Channels: []string{"x", "fb"}, Status: post.StatusScheduled,
					Tags: []string{"flu"}, Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{
						"x": {Channel: "x", State: post.DeliveryPending, DueAt: at}, "fb": {Channel: "fb", State: post.DeliveryPending, DueAt: at}}}
				if err := tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
}
