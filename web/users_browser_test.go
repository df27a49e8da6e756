package web

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdpage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserAdminManagesAUser: the admin opens a staff member's page from
// the users list, gives them a display name and a notification address,
// changes their mind at the "Disable?" question (nothing happens), then
// disables them for real: the staff member's open session is signed out at
// once. The disabled user's page is saved at a phone's and a desktop's size
// and checked by axe-core (TestBrowserEveryPageOnPhoneAndDesktop does the
// users list, an active user's page and the account page).
func TestBrowserAdminManagesAUser(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	samSession, _ := e.session("sam")
	base := e.ts.URL
	ctx := browserCtxFor(t, 3*time.Minute)
	axe := loadAxe(t)
	dir := screenshotDir(t)

	// Every confirm() is answered by accept; the questions are kept.
	var accept atomic.Bool
	var asked atomic.Value
	asked.Store("")
	go func() {
		for ev, err := range chromedp.Events(ctx, cdpage.JavascriptDialogOpening) {
			if err != nil {
				return
			}
			asked.Store(ev.Message)
			go func() {
				_, _ = chromedp.Call(ctx, cdpage.HandleJavaScriptDialog, cdpage.HandleJavaScriptDialogParams{Accept: accept.Load()})
			}()
		}
	}()

	shoot := func(name string) {
		t.Helper()
		for _, size := range []struct {
			name string
			w, h int64
		}{{"phone", 390, 844}, {"desktop", 1280, 900}} {
			do(t, ctx, chromedp.EmulateViewport(size.w, size.h, chromedp.EmulatePortrait), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("main")))
			w := read(t, ctx, chromedp.Evaluate[[]int](`[document.scrollingElement.scrollWidth, window.innerWidth]`))
			if w[0] > w[1] {
				t.Errorf("%s on a %s scrolls sideways: %d px on %d", name, size.name, w[0], w[1])
			}
			png := read(t, ctx, chromedp.FullScreenshot(100))
			if err := os.WriteFile(filepath.Join(dir, size.name+"-"+name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
			if axe == "" {
				continue
			}
			for _, v := range read(t, ctx, runAxe(axe)) {
				t.Errorf("%s (%s): axe-core %s (%s): %s\n\t%s", name, size.name, v.ID, v.Impact, v.Help, strings.Join(v.Targets, "\n\t"))
			}
		}
	}

	do(t, ctx, signIn(base, "ada"),
		chromedp.Navigate(base+"/users"), chromedp.WaitVisible(chromedp.ID("users")),
		chromedp.Click(chromedp.CSS(`#users a[href="/users/sam"]`)), chromedp.WaitVisible(chromedp.ID("details-form")),
		chromedp.SetValue(chromedp.ID("display_name"), "Sam Ortiz"),
		chromedp.SetValue(chromedp.ID("email"), "sam@clinic.example"),
		chromedp.Submit(chromedp.ID("email")), chromedp.WaitVisible(chromedp.CSS("p.flash")),
	)
	if u := e.userNow("sam"); u.DisplayName != "Sam Ortiz" || u.Email != "sam@clinic.example" {
		t.Fatalf("after saving: %+v", *u)
	}

	// "Cancel" at the question: nothing changes.
	accept.Store(false)
	do(t, ctx, chromedp.Click(chromedp.ID("disable")))
	time.Sleep(300 * time.Millisecond) // a form that went anyway would have been sent by now
	if q := asked.Load().(string); !strings.Contains(q, "Disable sam?") {
		t.Errorf("the disable button asked %q", q)
	}
	if u := e.userNow("sam"); !u.Active() {
		t.Fatal("sam was disabled although the admin answered Cancel")
	}
	if r := e.do(http.MethodGet, "/calendar", samSession, nil); r.StatusCode != http.StatusOK {
		t.Fatalf("sam's session stopped working without a change: %d", r.StatusCode)
	}

	accept.Store(true)
	do(t, ctx, chromedp.Click(chromedp.ID("disable")), chromedp.WaitVisible(chromedp.ID("enable")))
	if u := e.userNow("sam"); u.Active() {
		t.Fatal("sam is still active after the admin confirmed")
	}
	if state := read(t, ctx, chromedp.Text(chromedp.ID("user-state"))); !strings.HasPrefix(state, "Disabled") {
		t.Errorf("the page says %q", state)
	}
	if r := e.do(http.MethodGet, "/calendar", samSession, nil); !strings.HasPrefix(r.Header.Get("Location"), "/login") {
		t.Errorf("sam's open session still gets %d after the disable", r.StatusCode)
	}
	shoot("user-disabled")

	// The admin's own page offers nothing that would lock them out.
	do(t, ctx, chromedp.Navigate(base+"/users/ada"), chromedp.WaitVisible(chromedp.ID("details-form")))
	if n := read(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#disable, #remove, #role-form").length`)); n != 0 {
		t.Errorf("the admin's own page offers %d ways to switch themselves off", n)
	}
}
