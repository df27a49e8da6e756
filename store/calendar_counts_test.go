package store

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestScanBetweenMatchesBetween: the key-only scan sees the same
// deliveries, times and channels as Between, and decodes the same entries.
func TestScanBetweenMatchesBetween(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir(), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	err = db.Update(ctx, func(tx Tx) error {
		for i := range 20 {
			at := t0.Add(time.Duration(i) * 7 * time.Hour)
			ch := []string{"x", "facebook-main"}[i%2]
			p := &post.Post{ID: post.NewID(t0), Body: "Tip", Channels: []string{ch}, Schedule: post.Schedule{At: at},
				Status: post.StatusScheduled, Tags: []string{"flu"}, Deliveries: map[string]*post.Delivery{ch: {Channel: ch, State: post.DeliveryPending, DueAt: at}}}
			if err := tx.InsertPost(p, Audit{Actor: "t", Action: "post.create"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ranges := []struct {
		name     string
		from, to time.Time
	}{
		{"all", t0, t0.Add(200 * time.Hour)},
		{"middle", t0.Add(20 * time.Hour), t0.Add(50 * time.Hour)},
		{"empty", t0.Add(-time.Hour), t0},
	}
	for _, r := range ranges {
		t.Run(r.name, func(t *testing.T) {
			var want, got []Entry
			err := db.View(ctx, func(tx Tx) error {
				if err := tx.Between(r.from, r.to, func(e Entry) error { want = append(want, e); return nil }); err != nil {
					return err
				}
				return tx.ScanBetween(r.from, r.to, func(at time.Time, ch []byte, decode func() (Entry, error)) error {
					e, err := decode()
					if err != nil {
						return err
					}
					if !e.At.Equal(at) || e.Channel != string(ch) {
						t.Errorf("key says %s %s, entry %s %s", at, ch, e.At, e.Channel)
					}
					got = append(got, e)
					return nil
				})
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("scan saw %d, Between %d", len(got), len(want))
			}
			for i := range got {
				if got[i].PostID != want[i].PostID || got[i].Channel != want[i].Channel || !got[i].At.Equal(want[i].At) {
					t.Errorf("entry %d: %+v, want %+v", i, got[i], want[i])
				}
			}
		})
	}
}
