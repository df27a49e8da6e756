package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/store"
)

// seedSample puts the demo's sample history on the preview channel.
func (e *testEnv) seedSample() {
	e.t.Helper()
	if _, err := report.SeedSample(context.Background(), e.db, report.SampleOptions{Channel: "preview", Location: e.cal.Location()}); err != nil {
		e.t.Fatal(err)
	}
}

// TestSampleDataIsLabelledEverywhere: the demo's made-up history says it is
// sample data on the reports page, its downloads, the inbox and each post's
// page (issue 14, item 15).
func TestSampleDataIsLabelledEverywhere(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.seedSample()
	token, _ := e.session("ada")
	var sampleID string
	err := e.db.View(context.Background(), func(tx store.Tx) error {
		return tx.Between(time.Now().AddDate(0, 0, -40), time.Now(), func(en store.Entry) error {
			sampleID = en.PostID
			return nil
		})
	})
	if err != nil || sampleID == "" {
		t.Fatalf("no sample post found: %v", err)
	}
	from := time.Now().AddDate(0, 0, -40).Format(time.DateOnly)
	to := time.Now().Format(time.DateOnly)
	tests := []struct{ path, want string }{
		{"/reports?from=" + from + "&to=" + to, `id="sample-data"><strong>Sample data.</strong> 12 of the 12 posts`},
		{"/reports/view?from=" + from + "&to=" + to, `id="sample-data"><b>Sample data.</b>`},
		{"/reports/export/html?from=" + from + "&to=" + to, `id="sample-data"><b>Sample data.</b>`},
		{"/reports/export/csv?from=" + from + "&to=" + to, "sample-data,Sample data — "},
		{"/reports/export/json?from=" + from + "&to=" + to, `"sample_deliveries": 12`},
		{"/inbox", `<strong>Sample data</strong>: made up by the demo; nobody wrote this.`},
		{"/posts/" + sampleID, `id="sample-data"><strong>Sample data</strong>: the demo made this post up`},
		{"/posts/" + sampleID, "Made up by the demo as sample data"},
	}
	for _, tt := range tests {
		resp := e.do(http.MethodGet, tt.path, token, nil)
		page := readBody(t, resp)
		if resp.StatusCode != http.StatusOK || !strings.Contains(page, tt.want) {
			t.Errorf("%s (%d) lacks %q", tt.path, resp.StatusCode, tt.want)
		}
	}
	// The inbox shows every sample comment marked.
	inbox := readBody(t, e.do(http.MethodGet, "/inbox", token, nil))
	if n, m := strings.Count(inbox, `<article class="comment`), strings.Count(inbox, `class="sample-label"`); n == 0 || n != m {
		t.Errorf("the inbox shows %d comments, %d of them marked as sample data", n, m)
	}
}
