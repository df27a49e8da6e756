package web

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/store"
)

// axeScript is axe-core as pinned by axe/package.json; `npm ci
// --ignore-scripts` in web/axe fetches it (.ci/run does).
const axeScript = "axe/node_modules/axe-core/axe.min.js"

// loadAxe returns axe-core's source, or "" when it is not installed on a
// developer's machine. Under CI a missing axe-core fails the test, so an
// image that lost it cannot turn the accessibility check into a silent pass.
func loadAxe(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(axeScript)
	if err == nil {
		return string(src)
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("axe-core missing (%v) and CI is set: run `npm ci --ignore-scripts` in web/axe", err)
	}
	t.Logf("axe-core not installed (%v): the accessibility check is left out; run `npm ci --ignore-scripts` in web/axe", err)
	return ""
}

// screenshotDir is where page screenshots go: $PRACTICEPOST_SCREENSHOTS
// (.ci/run points it at a git-ignored folder), else a temporary folder.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PRACTICEPOST_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// axeViolation is the part of an axe-core result the test reports.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// runAxe runs axe-core on the current page and returns its serious and
// critical violations. The script is evaluated through the DevTools
// protocol, which the page's Content-Security-Policy does not govern, so the
// policy stays as strict as in production.
func runAxe(src string) chromedp.Action[[]axeViolation] {
	return func(ctx context.Context, t *chromedp.Target) ([]axeViolation, error) {
		if _, err := chromedp.Evaluate[chromedp.Void](src)(ctx, t); err != nil {
			return nil, fmt.Errorf("inject axe-core: %w", err)
		}
		js := `axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations
			.filter(v => v.impact === "serious" || v.impact === "critical")
			.map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}))))`
		out, err := chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise)(ctx, t)
		if err != nil {
			return nil, fmt.Errorf("run axe-core: %w", err)
		}
		var vs []axeViolation
		if err := json.Unmarshal([]byte(out), &vs); err != nil {
			return nil, fmt.Errorf("read axe-core's answer: %w", err)
		}
		return vs, nil
	}
}

// TestBrowserEveryPageOnPhoneAndDesktop visits every page at a phone's size
// (390×844) and a desktop's (1280×900): none may scroll sideways, each is
// saved as a PNG, and axe-core finds no serious or critical problem.
func TestBrowserEveryPageOnPhoneAndDesktop(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	// The demo's sample history (into the empty store, as the demo does),
	// so Reports and the Inbox have content.
	e.seedSample()
	scheduled := e.addPost("Flu shots are available this week at our clinic. Walk in any weekday morning.", time.Now().Add(26*time.Hour), "topic:flu")
	waiting := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(50*time.Hour))
	// What an outsider types: markup, emoji, a word longer than a phone.
	odd := e.addPost("<b>Open late</b> on Thursday 🎉🩺 "+strings.Repeat("Pneumonoultramicroscopicsilicovolcanoconiosis", 3)+" & more", time.Now().Add(27*time.Hour))
	var sample string
	if err := e.db.View(context.Background(), func(tx store.Tx) error {
		return tx.Between(time.Now().AddDate(0, 0, -30), time.Now(), func(en store.Entry) error { sample = en.PostID; return nil })
	}); err != nil || sample == "" {
		t.Fatalf("no sample post: %v", err)
	}
	axe := loadAxe(t)
	dir := screenshotDir(t)
	base := e.ts.URL

	pages := []struct{ name, path string }{
		{"calendar-month", "/calendar"},
		{"calendar-week", "/calendar?view=week"},
		{"calendar-list", "/calendar?view=list"},
		{"drafts", "/drafts"},
		{"compose", "/posts/new"},
		{"post", "/posts/" + scheduled.ID},
		{"post-odd-text", "/posts/" + odd.ID},
		{"post-sample", "/posts/" + sample},
		{"edit", "/posts/" + scheduled.ID + "/edit"},
		{"review-queue", "/review"},
		{"review", "/review/" + waiting.ID},
		{"alerts", "/alerts"},
		{"reports", "/reports"},
		{"preview", "/preview"},
		{"inbox", "/inbox"},
		{"authorizations", "/authorizations"},
		{"emergency", "/emergency"},
		{"channels", "/channels"},
		{"users", "/users"},
		{"user", "/users/sam"},
		{"account", "/account"},
		{"audit", "/audit"},
	}
	sizes := []struct {
		name string
		w, h int64
	}{{"phone", 390, 844}, {"desktop", 1280, 900}}

	check := func(t *testing.T, ctx context.Context, name string) {
		t.Helper()
		w := read(t, ctx, chromedp.Evaluate[[]int](`[document.scrollingElement.scrollWidth, window.innerWidth]`))
		if w[0] > w[1] {
			wide := read(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("main *, header *"))
				.filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
				.slice(0, 5).map(el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).split(" ").join(".") : ""))`))
			t.Errorf("%s scrolls sideways: %d px wide on a %d px screen; too wide: %v", name, w[0], w[1], wide)
		}
		png := read(t, ctx, chromedp.FullScreenshot(100))
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
		if axe == "" {
			return
		}
		for _, v := range read(t, ctx, runAxe(axe)) {
			t.Errorf("%s: axe-core %s (%s): %s\n\t%s", name, v.ID, v.Impact, v.Help, strings.Join(v.Targets, "\n\t"))
		}
	}

	for _, size := range sizes {
		t.Run(size.name, func(t *testing.T) {
			ctx := browserCtxFor(t, 5*time.Minute) // a fresh browser: signed out, for the login page
			do(t, ctx,
				chromedp.EmulateViewport(size.w, size.h, chromedp.EmulatePortrait),
				chromedp.Navigate(base+"/login"),
				chromedp.WaitVisible(chromedp.ID("name")),
			)
			check(t, ctx, size.name+"-login")
			do(t, ctx, signIn(base, "ada"))
			// The menu folds into one row on a phone: no wall of links
			// before the page starts.
			if h := read(t, ctx, chromedp.Evaluate[float64](`document.querySelector("header.top nav").getBoundingClientRect().height`)); size.name == "phone" && h > 60 {
				t.Errorf("on a phone the menu takes %.0f px of height; want one row", h)
			}
			for _, p := range pages {
				t.Run(p.name, func(t *testing.T) {
					do(t, ctx, chromedp.Navigate(base+p.path), chromedp.WaitVisible(chromedp.CSS("main")))
					check(t, ctx, size.name+"-"+p.name)
				})
			}
			// The month view on a phone is a column of days: each says its
			// weekday, and each post shows a line of its text.
			due := scheduled.Due().In(e.cal.Location())
			do(t, ctx, chromedp.Navigate(base+"/calendar?date="+due.Format("2006-01-02")), chromedp.WaitVisible(chromedp.CSS("table.month")))
			day := read(t, ctx, chromedp.Evaluate[string](`(() => {
				const a = document.querySelector('table.month a[href="/posts/`+scheduled.ID+`"]');
				return a ? a.closest("td").innerText : "";
			})()`))
			wd := due.Format("Mon")
			if size.name == "phone" && !strings.Contains(day, wd) {
				t.Errorf("the month view's day on a phone does not name its weekday %s:\n%s", wd, day)
			}
			if !strings.Contains(day, "Flu shots are available") {
				t.Errorf("the month view does not show the start of the post's text:\n%s", day)
			}
			// Markup in a post is shown as typed, never run as markup, in
			// every view (and the long word must not widen the page, which
			// check above saw on each view).
			for _, view := range []string{"month", "week", "list"} {
				do(t, ctx, chromedp.Navigate(base+"/calendar?view="+view+"&date="+odd.Due().In(e.cal.Location()).Format("2006-01-02")), chromedp.WaitVisible(chromedp.CSS("main")))
				text := read(t, ctx, chromedp.Evaluate[string](`(() => {
					const a = document.querySelector('main a[href="/posts/`+odd.ID+`"]');
					return a ? a.innerText + "|" + a.querySelectorAll("b").length : "";
				})()`))
				if !strings.Contains(text, "<b>Open late</b>") || !strings.HasSuffix(text, "|0") {
					t.Errorf("the %s view shows the post with markup as %q, want the text as typed", view, text)
				}
				check(t, ctx, size.name+"-calendar-"+view+"-odd-text")
			}
		})
	}
}
