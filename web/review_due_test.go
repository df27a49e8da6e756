package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestBrowserDoctorSeesDueTimesAndApprovesALatePostForTheNextSlot: a
// doctor signing in with posts waiting lands on the review queue, which
// says when each is due ("due in 3 h", "was due 1 h ago"); the late one
// offers "Approve for the next free slot" and is scheduled there, not
// published at once.
func TestBrowserDoctorSeesDueTimesAndApprovesALatePostForTheNextSlot(t *testing.T) {
	clk := &testClock{t: time.Now().Truncate(time.Minute)}
	e := newTestEnv(t, store.Options{NoSync: true, Now: clk.Now})
	t0 := clk.Now()
	add := func(body string, at time.Time) *post.Post {
		p, err := e.cal.AddPost(context.Background(), calendar.AddPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff},
			Body: body, Channels: []string{"x"}, At: at})
		if err != nil || p.Status != post.StatusNeedsReview {
			t.Fatalf("add: %v %v", p, err)
		}
		return p
	}
	late := add("Thanks to our patient for the kind review!", t0.Add(2*time.Hour))
	soon := add("Thanks to our patient for the lovely card!", t0.Add(6*time.Hour))
	clk.Set(t0.Add(3 * time.Hour))

	ctx := browserCtx(t)
	dir := artifacts(t)
	do(t, ctx, signIn(e.ts.URL, "drlee"), chromedp.WaitVisible(chromedp.CSS("article.queued")), screenshot(dir, "review-due-1-queue"))
	if loc := read(t, ctx, chromedp.Location()); !strings.HasSuffix(loc, "/review") {
		t.Errorf("the doctor landed on %s, want the review queue", loc)
	}
	queue := read(t, ctx, chromedp.Text(chromedp.CSS("main")))
	for _, want := range []string{"was due 1 h ago", "due in 3 h"} {
		if !strings.Contains(queue, want) {
			t.Errorf("the queue does not say %q:\n%s", want, queue)
		}
	}
	do(t, ctx,
		chromedp.Navigate(e.ts.URL+"/review/"+late.ID),
		chromedp.WaitVisible(chromedp.ID("late-note")),
		screenshot(dir, "review-due-2-late"),
	)
	if due := read(t, ctx, chromedp.Text(chromedp.ID("review-due"))); !strings.Contains(due, "was due 1 h ago") {
		t.Errorf("the review page says %q", due)
	}
	if b := read(t, ctx, chromedp.Text(chromedp.ID("approve"))); b != "Approve for the next free slot" {
		t.Errorf("the approve button says %q", b)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("approve")), chromedp.WaitVisible(chromedp.CSS("p.flash")))
	v, err := e.cal.GetPost(context.Background(), calendar.PostRef{ID: late.ID})
	if err != nil {
		t.Fatal(err)
	}
	if d := v.Post.Deliveries["x"]; v.Post.Status != post.StatusScheduled || !d.DueAt.After(clk.Now()) {
		t.Errorf("after approval the post is %s, due %s (now %s): want scheduled in a later slot", v.Post.Status, d.DueAt, clk.Now())
	}
	// The one still ahead is approved as usual, at its own time.
	do(t, ctx, chromedp.Navigate(e.ts.URL+"/review/"+soon.ID), chromedp.WaitVisible(chromedp.ID("approve")))
	if b := read(t, ctx, chromedp.Text(chromedp.ID("approve"))); b != "Approve" {
		t.Errorf("a post still ahead offers %q", b)
	}

	// Staff land on the calendar whatever waits for review.
	do(t, ctx, chromedp.Click(chromedp.CSS("form.logout button")), chromedp.WaitVisible(chromedp.ID("name")), signIn(e.ts.URL, "sam"))
	if loc := read(t, ctx, chromedp.Location()); !strings.Contains(loc, "/calendar") {
		t.Errorf("staff landed on %s", loc)
	}
}
