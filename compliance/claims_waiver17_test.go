package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCopayDodged17 (issue 11, session 17): a copay or deductible named
// and then "forgotten" at the desk with a wink, or written off for a
// whole group, advertises a routine waiver (CLAIM-07 block). A reminder to
// bring the copay, a balance written off for those who qualify (warn), a
// missed-visit fee forgiven and sliding-scale fees keep their verdicts.
func TestCopayDodged17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hate deductibles? Mention this post and we'll \"forget\" to bill it 😉", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Deductible got you down? Just tell the front desk and we'll forget to collect it, wink wink", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Copays are on us for teachers this month — we're writing them all off through September 🍎", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Good news for nursing students: we're writing your copays off all semester 🎓", want: post.VerdictBlock, rule: "CLAIM-07"},
		// Near misses.
		{text: "Don't forget to bring your insurance card and copay to your visit!", want: post.VerdictPass},
		{text: "Our sliding-scale fees are based on household size and income. Bring a pay stub to your first visit.", want: post.VerdictPass},
		{text: "Missed-visit fees are written off if you call ahead, even the same morning.", want: post.VerdictPass},
		{text: "If you qualify for our financial assistance program, we may write off part of your deductible. Ask billing for the form.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestCopayDodgedLinear: each "forget" or "off" is read over a few tokens,
// and the copay looked for once a sentence.
func TestCopayDodgedLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"we are writing all off and ", "forget to bill, ", "your copay? we will forget to collect "} {
		t.Run(unit, func(t *testing.T) {
			requireLinear(t, c, unit, func(n int) Draft {
				return Draft{Text: "Copays apply. " + strings.Repeat(unit, n/len(unit))}
			})
		})
	}
}
