package compliance

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCheckConcurrent runs Check from many goroutines at once on different
// texts, as the web UI and the scheduler do, and requires every report to
// equal the one a single goroutine got. Check reuses its working memory
// across calls (scanPool, checkPool, findingPool), so the test also
// requires that reports kept from before are unchanged after thousands of
// later checks: a Report must not point into pooled memory. Run it with
// -race to catch a scan shared between two checks.
func TestCheckConcurrent(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	cases := loadCorpus(t)
	if len(cases) > 150 {
		cases = cases[:150]
	}
	var drafts []Draft
	for i, k := range cases {
		other := cases[(i*7+3)%len(cases)].Text
		drafts = append(drafts,
			Draft{Text: k.Text, ReviewText: k.Review, Now: now, Channels: []Target{target("x", "x"), target("fb", "facebook")}},
			Draft{Text: other, Variants: map[string]string{"x": k.Text}, Now: now,
				Channels: []Target{target("x", "x"), target("li", "linkedin"), target("site", "preview")}},
			Draft{Text: strings.ToUpper(k.Text), Now: now, Channels: []Target{target("fb", "facebook")}})
	}
	kept := make([]Report, len(drafts))
	want := make([]string, len(drafts))
	for i, d := range drafts {
		kept[i] = c.Check(context.Background(), d)
		want[i] = string(mustJSON(kept[i]))
	}

	const workers = 8
	var wg sync.WaitGroup
	got := make([][]string, workers)
	for w := range workers {
		got[w] = make([]string, len(drafts))
		wg.Go(func() {
			// Each worker starts at a different draft, so different
			// texts are checked at the same moment.
			for n := range drafts {
				i := (n + w*len(drafts)/workers) % len(drafts)
				r := c.Check(context.Background(), drafts[i])
				got[w][i] = string(mustJSON(r))
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range drafts {
			if got[w][i] != want[i] {
				t.Errorf("worker %d, draft %d (%.60q): concurrent report differs\n got: %s\nwant: %s", w, i, drafts[i].Text, got[w][i], want[i])
			}
		}
	}
	for i, r := range kept {
		if e := string(mustJSON(r)); e != want[i] {
			t.Errorf("draft %d (%.60q): a report kept from an earlier check changed after later checks\n now: %s\nthen: %s", i, drafts[i].Text, e, want[i])
		}
	}
}

// mustJSON encodes a report; a Report is plain data and cannot fail to
// encode.
func mustJSON(r Report) []byte {
	j, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	return j
}
