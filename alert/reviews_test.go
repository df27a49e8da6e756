package alert

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestReviewNoticesAreBatchedAndCarryNoText: doctors hear that posts wait
// within one check, at most once an hour however many join the queue, with
// no post text; a post due within review_warn_before raises review_overdue
// once, and not again after it is acknowledged.
func TestReviewNoticesAreBatchedAndCarryNoText(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	db, err := store.Open(ctx, t.TempDir(), store.Options{NoSync: true, Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL, BaseURL: "https://pp.clinic.test"})
	if err != nil {
		t.Fatal(err)
	}
	const secret = "Thanks to our patient Jane for the kind review"
	waiting := func(at time.Time) *post.Post {
		t.Helper()
		p := &post.Post{ID: post.NewID(clock), Body: secret, Channels: []string{"x"}, Status: post.StatusNeedsReview,
			Schedule: post.Schedule{At: at}, Author: "sam", CreatedAt: clock,
			Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: at}}}
		if err := db.Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "sam", Action: "post.create"}) }); err != nil {
			t.Fatal(err)
		}
		return p
	}
	w := ReviewWatch{WarnBefore: 4 * time.Hour}
	kinds := func() map[string]int {
		out := map[string]int{}
		for _, a := range hook.alerts() {
			out[a.Kind]++
			if strings.Contains(a.Message, "Jane") || strings.Contains(a.Message, "patient") {
				t.Errorf("an alert carries the post's text: %q", a.Message)
			}
		}
		return out
	}

	if err := n.CheckReviews(ctx, clock, w); err != nil || len(hook.alerts()) != 0 {
		t.Fatalf("an empty queue sent %d alerts (%v)", len(hook.alerts()), err)
	}
	waiting(clock.Add(24 * time.Hour))
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	got := hook.alerts()
	if k := kinds(); k[KindReviewWaiting] != 1 || k[KindReviewOverdue] != 0 {
		t.Fatalf("after the first post: %v, want one review_waiting and no overdue (it is due in 24 h)", k)
	}
	if !strings.Contains(got[0].Message, "1 post waits") || !strings.Contains(got[0].Message, "https://pp.clinic.test/review") {
		t.Errorf("review_waiting says %q", got[0].Message)
	}

	// Two more join within the hour: no new notice until the hour is up.
	clock = clock.Add(10 * time.Minute)
	waiting(clock.Add(48 * time.Hour))
	soon := waiting(clock.Add(3 * time.Hour))
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	if k := kinds(); k[KindReviewWaiting] != 1 || k[KindReviewOverdue] != 1 {
		t.Fatalf("ten minutes on: %v, want still one review_waiting, and one overdue for the post due in 3 h", k)
	}
	clock = clock.Add(55 * time.Minute)
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	got = hook.alerts()
	if k := kinds(); k[KindReviewWaiting] != 2 || k[KindReviewOverdue] != 1 {
		t.Fatalf("an hour on: %v, want a second review_waiting and still one overdue", k)
	}
	if last := got[len(got)-1]; !strings.Contains(last.Message, "3 posts wait") || !strings.Contains(last.Message, "2 new") {
		t.Errorf("the batched notice says %q", last.Message)
	}
	for _, a := range got {
		if a.Kind == KindReviewOverdue && (a.PostID != soon.ID || !strings.Contains(a.Message, "in 3 h")) {
			t.Errorf("overdue alert %+v, want post %s due in 3 h", a, soon.ID)
		}
	}

	// Acknowledged, and nothing new: quiet, hour after hour.
	open, _ := db.Alerts(ctx, true)
	for _, a := range open {
		if _, err := db.AckAlert(ctx, a.ID, "drlee"); err != nil {
			t.Fatal(err)
		}
	}
	clock = clock.Add(2 * time.Hour)
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	if k := kinds(); k[KindReviewWaiting] != 2 || k[KindReviewOverdue] != 1 {
		t.Errorf("after acknowledging: %v, want nothing more", k)
	}

}
