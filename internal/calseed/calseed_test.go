package calseed

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func TestSeedSplitsPublishedAndScheduled(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := Seed(ctx, db, Options{Posts: 100, Start: start, Step: time.Hour, PerPost: 2, Now: start.Add(50 * time.Hour), Batch: 30}); err != nil {
		t.Fatal(err)
	}
	err = db.View(ctx, func(tx store.Tx) error {
		for status, want := range map[post.Status]int{post.StatusPublished: 50, post.StatusScheduled: 50} {
			if n, err := tx.CountByStatus(status); err != nil || n != want {
				t.Errorf("%d %s (%v), want %d", n, status, err, want)
			}
		}
		entries := 0
		tx.Between(start, start.Add(100*time.Hour), func(store.Entry) error { entries++; return nil })
		if entries != 200 {
			t.Errorf("%d calendar entries, want 200 (two channels a post)", entries)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
