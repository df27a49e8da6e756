package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/post"
)

// chromiumNames are the browser binaries tried, in order, on PATH.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// findChromium returns the browser to drive. Without one the browser tests
// skip on a developer's machine but fail in CI (CI set), so a CI image that
// lost its browser cannot turn them into silent passes.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range chromiumNames {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("end-to-end browser test: no Chromium on PATH (tried %v) and CI is set: install chromium", chromiumNames)
	}
	t.Skipf("end-to-end browser test skipped: no Chromium on PATH (apt-get install chromium)")
	return ""
}

// browserCtx starts a fresh headless Chromium for one test, which must be
// done within 90 seconds.
func browserCtx(t *testing.T) context.Context {
	t.Helper()
	return browserCtxFor(t, 90*time.Second)
}

// browserCtxFor is browserCtx for a test that may take up to limit: the
// page-by-page checks run axe-core on every page, which takes a while on a
// busy machine.
func browserCtxFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(findChromium(t)), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(412, 915), // a phone
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, limit)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// artifacts is where screenshots go: $PRACTICEPOST_ARTIFACTS or a temp dir.
func artifacts(t *testing.T) string {
	dir := os.Getenv("PRACTICEPOST_ARTIFACTS")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "practicepost-web-e2e-"); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

func screenshot(dir, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		buf, err := chromedp.FullScreenshot(80)(ctx, t)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".jpg"), buf, 0o644)
	})
}

func signIn(base, user string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.ID("name")),
		chromedp.SendKeys(chromedp.ID("name"), user),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.CSS("form.logout")),
	)
}

// read runs a value-returning action, failing the test on error.
func read[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// do runs steps in order and fails the test at the first that fails,
// naming it (counted from 1) and how long into the steps it started: a
// browser test that times out in CI then says which step hung, not only
// "context deadline exceeded".
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	start := time.Now()
	for i, step := range steps {
		began := time.Since(start)
		if err := chromedp.Do(ctx, step); err != nil {
			t.Fatalf("step %d of %d, started %v in: %v", i+1, len(steps), began.Round(time.Millisecond), err)
		}
	}
}

// TestBrowserPostFromDraftToPublished: staff type a post with a patient's
// phone number, see it marked, fix it and submit; a doctor approves it from
// the queue; it shows scheduled on the calendar and, once published, on its
// page. Publishing is recorded through the store, as the scheduler would.
func TestBrowserPostFromDraftToPublished(t *testing.T) {
	e, sch, clk, previewDir := newSchedulerEnv(t)
	ctx := browserCtx(t)
	dir := artifacts(t)
	base := e.ts.URL
	loc := e.cal.Location()
	due := clk.Now().In(loc).AddDate(0, 0, 2)
	due = time.Date(due.Year(), due.Month(), due.Day(), 10, 0, 0, 0, loc)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	do(t, ctx,
		signIn(base, "sam"),
		chromedp.Navigate(base+"/posts/new"),
		chromedp.WaitVisible(chromedp.ID("body")),
		// Preview only: it is the channel the scheduler publishes to here.
		chromedp.Click(css(`input[name="channel"][value="fb"]`)),
		chromedp.Click(css(`input[name="channel"][value="x"]`)),
		chromedp.SendKeys(chromedp.ID("body"), "Our patient John can be reached at 917-555-0142 after his surgery."),
		chromedp.WaitVisible(css("#body-mirror mark.finding.sev-block")),
		screenshot(dir, "1-phone-number-marked"),
	)
	marked := read(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#body-mirror mark.sev-block")).map(m => m.textContent)`))
	if !slices.Contains(marked, "917-555-0142") {
		t.Errorf("marked %q, want the phone number among them", marked)
	}
	if expl := read(t, ctx, chromedp.Text(chromedp.ID("checklist"))); !strings.Contains(expl, "Phone number that is not the practice's — must change PRIV-02") {
		t.Errorf("the checklist does not explain the phone number finding, its name first:\n%s", expl)
	}
	// Fix it: the number goes, and what is left still needs a doctor.
	do(t, ctx,
		// Select-all and delete, as a person would.
		chromedp.Evaluate[chromedp.Void](`(b => { b.value = ""; b.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById("body"))`),
		chromedp.SendKeys(chromedp.ID("body"), "Thanks to our patient for the kind review!"),
		chromedp.WaitVisible(css("#checklist-status.verdict-review")),
		chromedp.Click(css(`input[name="when"][value="at"]`)),
		chromedp.SetValue(chromedp.ID("at"), due.Format("2006-01-02T15:04")),
		screenshot(dir, "2-fixed-and-flagged-for-review"),
	)
	// Picking the time is a change too and runs the checklist again (after
	// a short pause): wait for that answer rather than read "Checking…".
	status := read(t, ctx, chromedp.Poll[string](`(() => {
		const s = document.getElementById("checklist-status").textContent;
		return s.startsWith("Checking") ? null : s;
	})()`))
	if v := status; !strings.Contains(v, "doctor must review") {
		t.Errorf("checklist status %q", v)
	}
	if n := read(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#body-mirror mark.sev-block").length`)); n != 0 {
		t.Errorf("%d block marks remain after the fix", n)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.ID("post-status")))
	if st := read(t, ctx, chromedp.Text(chromedp.ID("post-status"))); st != "needs review" {
		t.Fatalf("after submitting, the post is %q", st)
	}
	// Saved, but stopped: the page says so in red, not with a green "Saved".
	if warn := read(t, ctx, chromedp.Text(chromedp.ID("saved-warning"))); !strings.Contains(warn, "a doctor must review this before it can be posted") {
		t.Errorf("the saved post's page warns %q", warn)
	}
	if n := read(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("p.flash").length`)); n != 0 {
		t.Errorf("a post waiting for a doctor is greeted by %d green confirmation(s)", n)
	}
	location := read(t, ctx, chromedp.Location())
	id := strings.TrimPrefix(location, base+"/posts/")
	id, _, _ = strings.Cut(id, "?")

	do(t, ctx,
		chromedp.Click(css("form.logout button")),
		chromedp.WaitVisible(chromedp.ID("name")),
		signIn(base, "drlee"),
		chromedp.Navigate(base+"/review"),
		chromedp.WaitVisible(css(`a.button[href="/review/`+id+`"]`)),
		screenshot(dir, "3-review-queue"),
		chromedp.Click(css(`a.button[href="/review/`+id+`"]`)),
		chromedp.WaitVisible(chromedp.ID("approve")),
		chromedp.SendKeys(chromedp.ID("comment"), "Fine: no one is identified."),
		chromedp.Click(chromedp.ID("approve")),
		chromedp.WaitVisible(css("p.flash")),
		chromedp.Navigate(base+"/calendar?view=week&date="+due.Format("2006-01-02")),
		chromedp.WaitVisible(css(".week")),
		screenshot(dir, "4-scheduled-on-calendar"),
	)
	week := read(t, ctx, chromedp.Text(css(".week")))
	if !strings.Contains(week, "10:00") || !strings.Contains(week, "scheduled") || !strings.Contains(week, "Thanks to our patient") {
		t.Errorf("the calendar week does not show the post scheduled at 10:00:\n%s", week)
	}

	// The post's time comes: the real scheduler publishes it through the
	// preview channel. Two days on, the sign-in has expired, so sign in again.
	clk.Set(due.Add(time.Minute))
	if err := sch.Tick(context.Background()); err != nil {
		t.Fatalf("scheduler tick: %v", err)
	}
	published, err := preview.List(previewDir)
	if err != nil || len(published) != 1 || published[0].PostID != id {
		t.Fatalf("the preview channel holds %+v (%v), want the one post %s", published, err, id)
	}
	do(t, ctx,
		signIn(base, "sam"),
		chromedp.Navigate(base+"/posts/"+id),
		chromedp.WaitVisible(chromedp.ID("post-status")),
		screenshot(dir, "5-published"),
	)
	if st := read(t, ctx, chromedp.Text(chromedp.ID("post-status"))); st != "published" {
		t.Errorf("post page says %q after publishing", st)
	}
	if page := read(t, ctx, chromedp.Text(css("main"))); !strings.Contains(page, published[0].RemoteID) {
		t.Errorf("the post page does not show the preview's remote id %s:\n%s", published[0].RemoteID, page)
	}
	do(t, ctx,
		chromedp.Navigate(base+"/preview"),
		chromedp.WaitVisible(chromedp.ID(published[0].RemoteID)),
		screenshot(dir, "6-preview-page"),
	)
}

// TestBrowserStaffCannotApprove: a staff member sees no approve control and
// a hand-made approval request from their session is refused.
func TestBrowserStaffCannotApprove(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(48*time.Hour))
	ctx := browserCtx(t)
	dir := artifacts(t)
	do(t, ctx,
		signIn(e.ts.URL, "sam"),
		chromedp.Navigate(e.ts.URL+"/posts/"+p.ID),
		chromedp.WaitVisible(chromedp.ID("post-status")),
		screenshot(dir, "6-staff-post-page"),
	)
	if n := read(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('[value="approve"], a[href^="/review"]').length`)); n != 0 {
		t.Errorf("staff see %d review controls", n)
	}
	status := read(t, ctx, chromedp.Evaluate[int](`(async () => {
		const csrf = document.querySelector('input[name="csrf"]').value;
		const body = new URLSearchParams({csrf, decision: "approve"});
		const r = await fetch("/posts/`+p.ID+`/review", {method: "POST", body, credentials: "same-origin"});
		return r.status;
	})()`, chromedp.EvalAwaitPromise))
	if status != 403 {
		t.Errorf("staff approval POST answered %d, want 403", status)
	}
	do(t, ctx, chromedp.Navigate(e.ts.URL+"/review/"+p.ID))
	if page := read(t, ctx, chromedp.Text(chromedp.CSS("main"))); !strings.Contains(page, "reviewer role") {
		t.Errorf("the review page did not refuse staff: %q", page)
	}
	v, _ := e.cal.GetPost(context.Background(), calendar.PostRef{ID: p.ID})
	if v.Post.Status != post.StatusNeedsReview {
		t.Errorf("post is %s", v.Post.Status)
	}
}
