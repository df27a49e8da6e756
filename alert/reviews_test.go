package alert

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// reviewQueue opens a store on *clock and returns it with a function that
// puts a post due at at in the review queue. Its text names a patient, which
// no notice may carry.
func reviewQueue(t *testing.T, clock *time.Time) (*store.DB, func(at time.Time) *post.Post) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{NoSync: true, Now: func() time.Time { return *clock }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, func(at time.Time) *post.Post {
		t.Helper()
		p := &post.Post{ID: post.NewID(*clock), Body: "Thanks to our patient Jane for the kind review", Channels: []string{"x"}, Status: post.StatusNeedsReview,
			Schedule: post.Schedule{At: at}, Author: "sam", CreatedAt: *clock,
			Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: at}}}
		if err := db.Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "sam", Action: "post.create"}) }); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

// TestReviewNoticesAreBatchedAndCarryNoText: doctors hear that posts wait
// within one check, at most once an hour however many join the queue, with
// no post text; a post due within review_warn_before raises review_overdue
// once, and not again after it is acknowledged.
func TestReviewNoticesAreBatchedAndCarryNoText(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	db, waiting := reviewQueue(t, &clock)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL, BaseURL: "https://pp.clinic.test"})
	if err != nil {
		t.Fatal(err)
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

// TestReviewNoticesGoToEachReviewersOwnAddress: each active doctor (and
// admin) with an address of their own gets one e-mail per check listing
// what it raised, addressed to them alone, with no post text; staff and a
// disabled doctor get none; the practice-wide mail and webhook are left
// out while every doctor has an address, and told again once one has none.
func TestReviewNoticesGoToEachReviewersOwnAddress(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	db, waiting := reviewQueue(t, &clock)
	for _, u := range []post.User{
		{Name: "drlee", DisplayName: "Dr. Kim Lee", Role: post.RoleReviewer, Email: "lee@clinic.example"},
		{Name: "drreyes", Role: post.RoleReviewer, Email: "reyes@clinic.example"},
		{Name: "drgone", Role: post.RoleReviewer, Email: "gone@clinic.example", Disabled: true},
		{Name: "drleft", Role: post.RoleReviewer, Email: "left@clinic.example", Removed: true},
		{Name: "sam", Role: post.RoleStaff, Email: "sam@clinic.example"},
		{Name: "ada", Role: post.RoleAdmin}, // no address: the Alerts page is hers
	} {
		if err := db.Update(ctx, func(tx store.Tx) error { return tx.PutUser(&u, store.Audit{Actor: "test", Action: "user.add"}) }); err != nil {
			t.Fatal(err)
		}
	}
	smtp := newSMTPD(t)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL, BaseURL: "https://pp.clinic.test", Practice: "Maple Clinic",
		SMTP: config.SMTP{Host: "127.0.0.1", Port: smtp.port(), From: "pp@clinic.example", To: []string{"office@clinic.example"}}})
	if err != nil {
		t.Fatal(err)
	}
	byRcpt := func() map[string][]string {
		out := map[string][]string{}
		for _, m := range smtp.messages() {
			if len(m.To) != 1 {
				t.Errorf("one message went to %v: each reviewer's goes to them alone", m.To)
			}
			if strings.Contains(m.Data, "Jane") || strings.Contains(m.Data, "patient") {
				t.Errorf("a notice to %v carries the post's text:\n%s", m.To, m.Data)
			}
			out[strings.Join(m.To, ",")] = append(out[strings.Join(m.To, ",")], m.Data)
		}
		return out
	}
	w := ReviewWatch{WarnBefore: 4 * time.Hour}

	waiting(clock.Add(24 * time.Hour))
	waiting(clock.Add(2 * time.Hour)) // due soon: review_overdue
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	got := byRcpt()
	if len(got) != 2 || len(got["lee@clinic.example"]) != 1 || len(got["reyes@clinic.example"]) != 1 {
		t.Fatalf("first check mailed %v; want one message each to lee@ and reyes@ only", keys(got))
	}
	lee := got["lee@clinic.example"][0]
	for _, want := range []string{"To: lee@clinic.example\r\n", "Hello Dr. Kim Lee", "2 posts wait", "in 2 h", "https://pp.clinic.test/review", "Maple Clinic"} {
		if !strings.Contains(lee, want) {
			t.Errorf("Dr. Lee's notice lacks %q:\n%s", want, lee)
		}
	}
	if len(hook.alerts()) != 0 {
		t.Errorf("the webhook got %d alerts though every doctor has an address", len(hook.alerts()))
	}

	// A third post within the hour: nothing more for anyone.
	clock = clock.Add(10 * time.Minute)
	waiting(clock.Add(48 * time.Hour))
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	if c := len(smtp.messages()); c != 2 {
		t.Errorf("ten minutes on, %d messages in all; want still 2 (batched per hour)", c)
	}

	// Dr. Reyes clears his address: the practice-wide settings take his
	// notices from the next one on; Dr. Lee still gets her own.
	if err := db.Update(ctx, func(tx store.Tx) error {
		u, err := tx.User("drreyes")
		if err != nil {
			return err
		}
		u.Email = ""
		return tx.PutUser(u, store.Audit{Actor: "ada", Action: "user.edit"})
	}); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(time.Hour)
	if err := n.CheckReviews(ctx, clock, w); err != nil {
		t.Fatal(err)
	}
	got = byRcpt()
	if len(got["lee@clinic.example"]) != 2 || len(got["office@clinic.example"]) != 1 || len(got["reyes@clinic.example"]) != 1 {
		t.Errorf("an hour on: %v; want a second notice for lee@ and the first for office@", counts(got))
	}
	if k := hook.alerts(); len(k) != 1 || k[0].Kind != KindReviewWaiting {
		t.Errorf("the webhook got %v, want the one review_waiting", k)
	}
}

func keys(m map[string][]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func counts(m map[string][]string) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		out[k] = len(v)
	}
	return out
}
