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
	sc.logFamilies(t)
}
