package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// addUndated queues an undated post as author, with no time.
func (e *testEnv) addUndated(author, body string) *post.Post {
	e.t.Helper()
	p, err := e.cal.AddPost(context.Background(), calendar.AddPost{Actor: calendar.Actor{Name: author, Role: post.RoleStaff},
		Body: body, Channels: []string{"x"}})
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// TestDraftsPageShowsWhatTheCalendarCannot: an undated post waiting for
// review, an undated approved post and a post a doctor sent back are on no
// calendar page; the drafts page lists them, staff their own only, and
// reviewers everyone's.
func TestDraftsPageShowsWhatTheCalendarCannot(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	if _, err := e.cal.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: "kim", Role: post.RoleStaff, Password: testPassword}); err != nil {
		t.Fatal(err)
	}
	waiting := e.addUndated("sam", "Thanks to our patient for the kind review!")
	clean := e.addUndated("sam", "Our office is open until 6 pm on weekdays.")
	returned := e.addUndated("sam", "Thanks to our patient for the lovely review!")
	if _, err := e.cal.Review(ctx, calendar.ReviewPost{Actor: calendar.Actor{Name: "drlee", Role: post.RoleReviewer},
		ID: returned.ID, Decision: post.DecisionRequestChanges, Comment: "Please drop the word patient."}); err != nil {
		t.Fatal(err)
	}
	kims := e.addUndated("kim", "Kim's draft about flu shots at our office.")
	if waiting.Status != post.StatusNeedsReview || clean.Status != post.StatusApproved {
		t.Fatalf("setup: statuses %s, %s", waiting.Status, clean.Status)
	}

	tok, _ := e.session("sam")
	page := readBody(t, e.do("GET", "/drafts", tok, nil))
	for _, p := range []*post.Post{waiting, clean, returned} {
		if !strings.Contains(page, "/posts/"+p.ID) {
			t.Errorf("sam's drafts page lacks post %s (%s)", p.ID, p.Status)
		}
	}
	if strings.Contains(page, kims.ID) {
		t.Errorf("sam sees kim's draft")
	}
	for _, want := range []string{"Please drop the word patient.", "asked for changes", "waiting for a doctor, no time yet", "draft, checked, no time yet", `id="draft-count"`, `id="returned-notice"`} {
		if !strings.Contains(page, want) {
			t.Errorf("sam's drafts page lacks %q", want)
		}
	}
	// The calendar has none of them: that is why the page exists.
	cal := readBody(t, e.do("GET", "/calendar?view=list", tok, nil))
	for _, p := range []*post.Post{waiting, clean, returned} {
		if strings.Contains(cal, p.ID) {
			t.Errorf("post %s is on the calendar list after all; the drafts page test is moot", p.ID)
		}
	}

	dtok, _ := e.session("drlee")
	page = readBody(t, e.do("GET", "/drafts", dtok, nil))
	for _, p := range []*post.Post{waiting, clean, returned, kims} {
		if !strings.Contains(page, "/posts/"+p.ID) {
			t.Errorf("drlee's drafts page lacks post %s", p.ID)
		}
	}
	if strings.Contains(page, `id="returned-notice"`) {
		t.Errorf("the doctor is told their own request came back to them")
	}
}

// TestBrowserReturnedPostNotice: after a doctor asks for changes, the author
// sees a notice on their next visit with the count in the header, follows
// it to the drafts page, reads the doctor's words and opens the editor.
func TestBrowserReturnedPostNotice(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(48*time.Hour))
	if _, err := e.cal.Review(context.Background(), calendar.ReviewPost{Actor: calendar.Actor{Name: "drlee", Role: post.RoleReviewer},
		ID: p.ID, Decision: post.DecisionRequestChanges, Comment: "Say thank you without calling them a patient."}); err != nil {
		t.Fatal(err)
	}
	ctx := browserCtx(t)
	dir := artifacts(t)
	do(t, ctx,
		signIn(e.ts.URL, "sam"),
		chromedp.WaitVisible(chromedp.ID("returned-notice")),
		screenshot(dir, "drafts-1-notice"),
	)
	if n := read(t, ctx, chromedp.Text(chromedp.ID("draft-count"))); n != "1" {
		t.Errorf("the header's drafts count is %q, want 1", n)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS("#returned-notice a")),
		chromedp.WaitVisible(chromedp.CSS("article.draft p.returned")),
		screenshot(dir, "drafts-2-page"),
	)
	if got := read(t, ctx, chromedp.Text(chromedp.CSS("article.draft p.returned"))); !strings.Contains(got, "Say thank you without calling them a patient.") || !strings.Contains(got, "drlee") {
		t.Errorf("the returned post shows %q, want the doctor and their comment", got)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS("article.draft a.button")),
		chromedp.WaitVisible(chromedp.ID("body")),
	)
	if loc := read(t, ctx, chromedp.Location()); !strings.HasSuffix(loc, "/posts/"+p.ID+"/edit") {
		t.Errorf("the button led to %s", loc)
	}
}
