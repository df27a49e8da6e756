package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium with a fresh profile. Without a
// browser the test is skipped, except in CI where that is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := exec.LookPath(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("chromium is missing at %s and CI is set: install it (apt-get install -y chromium)", chromiumPath)
		}
		t.Skipf("chromium not installed at %s", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 45*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// into runs a and stores its value in dst, so one Do can read several values.
func into[T any](dst *T, a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		v, err := a(ctx, t)
		*dst = v
		return chromedp.Void{}, err
	}
}

func artifactsDir(t *testing.T) string {
	dir := os.Getenv("PRACTICEPOST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "practicepost-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHTMLInBrowser opens the fixture report offline in headless Chromium:
// the charts render, the heat map and tables are there, nothing was
// fetched from the network, and it prints to PDF. A screenshot is saved
// under $PRACTICEPOST_ARTIFACTS.
func TestHTMLInBrowser(t *testing.T) {
	ctx := browser(t)
	db := openDB(t)
	seedFixtures(t, db)
	r, err := Build(context.Background(), db, marchQuery())
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := WriteHTML(&html, r); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, html.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var (
		svgs, heatCells, resources int
		svgWidth                   float64
		title                      string
		shot, pdf                  []byte
	)
	printBackground := true
	err = chromedp.Do(ctx,
		chromedp.Navigate("file://"+file),
		chromedp.WaitReady("body"),
		into(&title, chromedp.Evaluate[string](`document.title`)),
		into(&svgs, chromedp.Evaluate[int](`document.querySelectorAll(".chart svg").length`)),
		into(&svgWidth, chromedp.Evaluate[float64](`document.querySelector(".chart.wide svg").getBoundingClientRect().width`)),
		into(&heatCells, chromedp.Evaluate[int](`document.querySelectorAll("table.heat td").length`)),
		into(&resources, chromedp.Evaluate[int](`performance.getEntriesByType("resource").length`)),
		into(&shot, chromedp.FullScreenshot(100)),
		func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			res, err := cdp.Call(ctx, t, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &printBackground})
			pdf = res.Data
			return chromedp.Void{}, err
		},
	)
	if err != nil {
		t.Fatal(err)
	}
	if svgs != 3 || svgWidth < 300 {
		t.Errorf("%d charts, daily chart %.0f px wide; want 3 and a visible chart", svgs, svgWidth)
	}
	if heatCells != 7*24 {
		t.Errorf("%d heat map cells, want 168", heatCells)
	}
	if resources != 0 {
		t.Errorf("the report fetched %d resources; it must be self-contained", resources)
	}
	if title == "" || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("title %q, pdf %d bytes", title, len(pdf))
	}
	out := filepath.Join(artifactsDir(t), "report.png")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(artifactsDir(t), "report.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
}
