package web

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/post"
)

// TestBrowserReportDownloadsKeepTheChosenDates: a manager picks January
// 2026 and presses each download; every downloaded file covers January, not
// the last 30 days the server falls back to when the link's query string is
// mangled. The embedded report is checked the same way.
func TestBrowserReportDownloadsKeepTheChosenDates(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	loc := e.cal.Location()
	jan := time.Date(2026, 1, 14, 10, 0, 0, 0, loc)
	e.seedPublished(jan, "January flu clinic recap.", nil, "x", &post.Metrics{At: jan.Add(time.Hour), Impressions: i64(777)})
	recent := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	e.seedPublished(recent, "Recent post about office hours.", nil, "x", &post.Metrics{At: recent.Add(time.Hour), Impressions: i64(5)})

	ctx := browserCtx(t)
	dir := artifacts(t)
	downloads := t.TempDir()
	do(t, ctx,
		signIn(e.ts.URL, "ada"),
		chromedp.Navigate(e.ts.URL+"/reports"),
		chromedp.WaitVisible(chromedp.ID("report-filter")),
		chromedp.SetValue(chromedp.CSS(`input[name="from"]`), "2026-01-01"),
		chromedp.SetValue(chromedp.CSS(`input[name="to"]`), "2026-01-31"),
		chromedp.Submit(chromedp.CSS(`input[name="from"]`)),
		// The page before the submit has the download links too, for the
		// last 30 days: wait for January's, or the steps below may run on
		// a page being replaced (a screenshot of it can hang) or download
		// the wrong period.
		waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.CSS(`#download-json[href*="from=2026-01-01"]`))),
		screenshot(dir, "reports-january"),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			yes := true
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &yes})
			return err
		}),
	)
	download := func(id string) string {
		t.Helper()
		// One subscription per download: leaving a range over the events ends it.
		progress := chromedp.Events(ctx, browser.DownloadProgress)
		do(t, ctx, chromedp.Click(chromedp.ID(id)))
		for ev, err := range progress {
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			if ev.State == browser.DownloadProgressStateCanceled {
				t.Fatalf("%s: the download was cancelled", id)
			}
			if ev.State != browser.DownloadProgressStateCompleted {
				continue
			}
			b, err := os.ReadFile(filepath.Join(downloads, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		t.Fatalf("%s: no download finished", id)
		return ""
	}

	var got struct{ From, To time.Time }
	js := download("download-json")
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatalf("the JSON download is not JSON: %v\n%.300s", err, js)
	}
	if want := time.Date(2026, 1, 1, 0, 0, 0, 0, loc); !got.From.Equal(want) {
		t.Errorf("the JSON download starts %s, want %s", got.From.In(loc), want)
	}
	if want := time.Date(2026, 2, 1, 0, 0, 0, 0, loc); !got.To.Equal(want) {
		t.Errorf("the JSON download ends %s, want %s (31 January included)", got.To.In(loc), want)
	}
	for _, id := range []string{"download-csv", "download-html"} {
		body := download(id)
		if !strings.Contains(body, "January flu clinic recap") || strings.Contains(body, "Recent post about office hours") {
			t.Errorf("%s does not cover January 2026:\n%.600s", id, body)
		}
	}
	frame := read(t, ctx, chromedp.Evaluate[string](`document.getElementById("report-frame").getAttribute("src")`))
	if !strings.Contains(frame, "from=2026-01-01") || !strings.Contains(frame, "to=2026-01-31") {
		t.Errorf("the embedded report's address is %q, want January's dates", frame)
	}
}
