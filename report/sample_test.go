package report

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestSeedSampleOnlyIntoAnEmptyStore: the sample history is refused by a
// store that holds any post, so it can never mix with a practice's own.
func TestSeedSampleOnlyIntoAnEmptyStore(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(24 * time.Hour)
	err = db.Update(ctx, func(tx store.Tx) error {
		return tx.InsertPost(&post.Post{ID: post.NewID(at), Body: "Flu shots are in.", Channels: []string{"preview"}, Status: post.StatusScheduled,
			Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{"preview": {Channel: "preview", State: post.DeliveryPending, DueAt: at}}},
			store.Audit{Actor: "test", Action: "post.create"})
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := SeedSample(ctx, db, SampleOptions{Channel: "preview", Location: loc})
	if n != 0 || post.ErrorCode(err) != post.EConflict {
		t.Fatalf("SeedSample on a store with a post: %d, %v; want a conflict and nothing written", n, err)
	}
	err = db.View(ctx, func(tx store.Tx) error {
		if got, err := tx.CountByStatus(post.StatusPublished); err != nil || got != 0 {
			t.Errorf("%d published posts after the refusal (%v)", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSeedSampleIsPublishedHistory: the sample is weekday posts in the past,
// at the practice's 9:00 and 12:30, each with engagement, some with comments.
func TestSeedSampleIsPublishedHistory(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	n, err := SeedSample(ctx, db, SampleOptions{Channel: "preview", Location: loc, Now: now})
	if err != nil || n != len(samplePosts) {
		t.Fatalf("SeedSample: %d, %v", n, err)
	}
	rows := 0
	err = db.View(ctx, func(tx store.Tx) error {
		return eachRow(tx, &Query{Location: loc}, now.AddDate(0, 0, -60), now, func(r Row) error {
			rows++
			local := r.PublishedAt.In(loc)
			if wd := local.Weekday(); wd == time.Saturday || wd == time.Sunday || !r.PublishedAt.Before(now) {
				t.Errorf("a sample post went out %s", local)
			}
			if hm := local.Format("15:04"); hm != "09:00" && hm != "12:30" {
				t.Errorf("a sample post went out at %s, not in a slot", hm)
			}
			if r.Figures.Impressions == nil || r.Engagements == 0 {
				t.Errorf("sample post %s has no engagement", r.PostID)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if rows != len(samplePosts) {
		t.Errorf("%d published rows, want %d", rows, len(samplePosts))
	}
	comments := 0
	if err := db.EachComment(ctx, func(*store.StoredComment) error { comments++; return nil }); err != nil {
		t.Fatal(err)
	}
	if comments != len(sampleComments) {
		t.Errorf("%d comments, want %d", comments, len(sampleComments))
	}
}

// countingSource answers nothing and counts what it was asked.
type countingSource struct{ calls int }

func (s *countingSource) Engagement(_ context.Context, ids []string) ([]post.Metrics, error) {
	s.calls += len(ids)
	return nil, nil
}

func (s *countingSource) Comments(context.Context, string, time.Time) ([]post.Comment, error) {
	s.calls++
	return nil, nil
}

// TestCollectorLeavesSampleAlone: the demo's sample posts are on no
// network, so the collector never asks the preview channel about them (and
// never writes an empty snapshot over their sample figures).
func TestCollectorLeavesSampleAlone(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now()
	if _, err := SeedSample(ctx, db, SampleOptions{Channel: "preview", Location: time.UTC, Now: now}); err != nil {
		t.Fatal(err)
	}
	src := &countingSource{}
	c := &Collector{DB: db, Channels: map[string]Source{"preview": src}, Now: func() time.Time { return now }}
	for _, d := range Schedule {
		if _, err := c.Collect(ctx); err != nil {
			t.Fatal(err)
		}
		now = now.Add(d)
	}
	if src.calls != 0 {
		t.Errorf("the collector asked the preview channel %d times about sample posts", src.calls)
	}
}
