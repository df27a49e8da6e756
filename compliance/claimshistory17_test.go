package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTownHistorySuperlative: a superlative a town or a mill held in
// its history ("Lowell was once the biggest cotton-textile center in the
// country", "By 1928 the Rouge complex was the largest factory in the
// world") is history, not a claim about the practice (session 18, clean
// passing). Said of the practice, in any tense, it is still CLAIM-02.
func TestTownHistorySuperlative(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Fun fact: Millbrook was once the busiest rail town in the state. Our office sits in the old depot.", want: post.VerdictPass},
		{text: "In 1911 the Harlow works was the largest employer in the county, and our building was its warehouse.", want: post.VerdictPass},
		// Near misses: the practice ranks itself.
		{text: "We were the biggest clinic in the county last year!", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Fun fact: our clinic was once the busiest in the state.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Maple Family Medicine was the largest practice in the county in 1990 and still is.", want: post.VerdictReview, rule: "CLAIM-02"},
	})
}

// TestTownHistorySuperlativeLinear: each rank looks a bounded number of
// words back: a long sentence of ranks costs in step with its length.
func TestTownHistorySuperlativeLinear(t *testing.T) {
	c := rulesChecker(t, testProfile())
	requireLinearText(t, c, "the mill was once the biggest in the state and ")
}
