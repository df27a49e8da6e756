package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDemoSeedsLabelledSampleHistory: a new demo has three weeks of
// published sample posts with engagement and comments on its preview
// channel, and every export says they are sample data; opening the demo
// again adds nothing, and a data folder made by init never gets any
// (issue 14, item 15).
func TestDemoSeedsLabelledSampleHistory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	var errb bytes.Buffer
	a := &App{Stderr: &errb}
	if err := a.prepareDemo(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "sample data") {
		t.Errorf("the demo does not say it added sample data:\n%s", errb.String())
	}
	// Opening it again must not add a second history.
	if err := (&App{Stderr: &errb}).prepareDemo(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.toml")
	from := time.Now().AddDate(0, 0, -40).Format(time.DateOnly)
	to := time.Now().Format(time.DateOnly)
	report := func(cfg, format string) string {
		t.Helper()
		code, out, errs := cli(t, "", "--config", cfg, "report", "--from", from, "--to", to, "--format", format)
		if code != 0 {
			t.Fatalf("report --format %s: exit %d: %s", format, code, errs)
		}
		return out
	}
	var rep struct {
		Summary struct {
			Posts       int
			Deliveries  int
			Impressions *int64 `json:"-"`
		}
		SampleDeliveries int `json:"sample_deliveries"`
		FeedbackTotal    int `json:"feedback_total"`
		Rows             []struct {
			Tags []string
			Text string
		}
	}
	if err := json.Unmarshal([]byte(report(cfg, "json")), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Posts != 12 || rep.SampleDeliveries != 12 || rep.FeedbackTotal == 0 {
		t.Errorf("the demo's report has %d posts, %d of them sample data, %d comments; want 12, all 12, some",
			rep.Summary.Posts, rep.SampleDeliveries, rep.FeedbackTotal)
	}
	for _, r := range rep.Rows {
		if !strings.HasPrefix(r.Text, "Sample data — ") {
			t.Errorf("a row's text does not say it is sample data: %q", r.Text)
		}
	}
	csv := report(cfg, "csv")
	if lines := strings.Count(csv, "\r\n"); lines != 13 || strings.Count(csv, "sample-data") != 12 || strings.Count(csv, "Sample data — ") != 12 {
		t.Errorf("the CSV has %d lines (want a header and 12 rows), each tagged and written as sample data:\n%s", lines, csv)
	}
	if html := report(cfg, "html"); !strings.Contains(html, `id="sample-data"`) || strings.Contains(html, "No engagement yet") {
		t.Error("the HTML report does not flag the sample data, or has no engagement to chart")
	}

	// A real data folder, made by init, has no sample history, even when
	// --demo is pointed at it by mistake.
	real := mustInit(t)
	if err := (&App{Stderr: &errb}).prepareDemo(context.Background(), filepath.Dir(real)); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(report(real, "json")), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Posts != 0 || rep.SampleDeliveries != 0 || rep.FeedbackTotal != 0 {
		t.Errorf("a data folder made by init has %d posts, %d sample, %d comments; want none", rep.Summary.Posts, rep.SampleDeliveries, rep.FeedbackTotal)
	}
}
