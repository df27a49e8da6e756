package compliance

import (
	"testing"
	"time"
)

// The third blind set (testdata/blind3) was written at 19:40 UTC on
// 2026-12-04, while the rules were being tuned on the development sets
// dev2-dev4, by a helper that read no rules, no code and no other set: an
// eye, ear and allergy practice in Michigan's Upper Peninsula, in three
// staff voices. Like the other blind sets it is never tuned on: this test
// prints aggregate figures only and never a per-item verdict.
func TestBlind3(t *testing.T) {
	const dir = "testdata/blind3"
	prof, cases := loadLabelled(t, dir)
	if len(cases) < 300 {
		t.Errorf("blind3 set has %d posts, want at least 300", len(cases))
	}
	if len(prof.StaffNames) == 0 || len(prof.Phones) == 0 {
		t.Fatalf("blind3 practice.json read no staff or phones: %+v", prof)
	}
	// Aggregates only: never pass a per-item callback for this set.
	sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), nil)
	t.Logf("blind3 set: %d posts", len(cases))
	sc.log(t)
	// Floors just under the figures at the end of the session's tuning
	// (20:00, main bb8312c): recall 0.753, 20 blocks passed, clean 0.921,
	// block precision 0.911. On d234405, the session's start, the same set
	// gave 0.722, 22, 0.874, 0.825. Issue 11's targets: 0.97, 0, 0.93, 0.90.
	fig := sc.fig
	if fig.privacyRecall < 0.75 {
		t.Errorf("privacy recall %.3f fell below the floor 0.75", fig.privacyRecall)
	}
	if fig.blockedAsPass > 20 {
		t.Errorf("%d privacy/reply posts labelled block got pass, the floor allows 20", fig.blockedAsPass)
	}
	if fig.cleanPassing < 0.92 {
		t.Errorf("clean posts passing %.3f fell below the floor 0.92", fig.cleanPassing)
	}
	if fig.blockPrecision < 0.90 {
		t.Errorf("block precision %.3f fell below the floor 0.90", fig.blockPrecision)
	}
	sc.logFamilies(t)
}
