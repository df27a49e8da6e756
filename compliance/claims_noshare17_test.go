package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNoShareForAll17: "no copay, no deductible" said for everyone, ever or
// for a season advertises a routine waiver (CLAIM-07 block), also as a list
// whose second "no" is no denial. The law's free preventive care and a
// plan's own terms keep their verdicts.
func TestNoShareForAll17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "No copay, no deductible, ever — for every family in Ward 5!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No deductible and no coinsurance for teachers all school year.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Zero copay and zero deductible for anyone who walks in before spring.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No coinsurance for our rodeo friends this season 🤠", want: post.VerdictBlock, rule: "CLAIM-07"},
		// Near misses.
		{text: "No copay for preventive visits under most plans, so book your annual physical.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Questions about your deductible? Our billing team is here all year.", want: post.VerdictPass},
		{text: "No copay for Medicaid patients at any of our offices: that is the state's rule.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestNoShareForAll17Linear: one pass over the words, a sentence look-up
// each; a long list of them grows linearly.
func TestNoShareForAll17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "no copay, no deductible, no coinsurance, ever, all season, ")
}
