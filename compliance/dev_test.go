package compliance

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestDev measures the checklist on the development set (testdata/dev):
// posts and replies written for issue 11 from COMPLIANCE.md's categories,
// for another invented practice (Harbor Point Family Practice, Bayport,
// ME), to find whole classes the rules miss. Unlike the blind set it may be
// read and tuned on; with -v it prints every post it gets wrong.
func TestDev(t *testing.T) {
	prof, cases := loadLabelled(t, "testdata/dev")
	sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), func(k blindCase, rep Report) {
		if !testing.Verbose() || string(rep.Verdict) == k.Label {
			return
		}
		var got []string
		for _, f := range rep.Findings {
			if f.Severity != post.SeverityInfo {
				got = append(got, f.Rule+":"+string(f.Severity)+"="+f.Match)
			}
		}
		t.Logf("MISS %s %s/%s want %s got %s %v: %q (review %q)", k.ID, k.Family, k.Kind, k.Label, rep.Verdict, got, k.Text, k.Review)
	})
	t.Logf("dev set: %d posts", len(cases))
	sc.log(t)
	sc.logFamilies(t)
	// Floors just under the figures the rules reach on this set (it was
	// tuned on, so they are high): a change that breaks a fixed class fails.
	if f := sc.fig; f.privacyRecall < 0.99 || f.blockedAsPass > 0 || f.cleanPassing < 0.98 || f.blockPrecision < 0.99 {
		t.Errorf("dev set fell below its floors (recall 0.99, no block passed, clean 0.98, block precision 0.99): %+v", f)
	}
}
