package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestShareWaivedWithWink19 (issue 11, session 19, CLAIM-07): the
// patient's share of a bill waved away ("pay nothing out of pocket",
// "don't worry about the copay", "we cover your 20%") with a wink or a
// hook for everyone who reads ("mention this post", "our little secret",
// "no questions asked") is a routine waiver (block). The same words said
// plainly of a plan or a program, and a wink with the copay charged, are
// not.
func TestShareWaivedWithWink19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Teachers at Lincoln High pay nothing out of pocket for sick visits in May, just mention this post 😉", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Between the two of us, nobody here will make you worry about the deductible. We just tell everyone not to worry about the deductible 🤫", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Coinsurance? Not at our place. Medicare friends, we cover your 20% — no questions asked.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No se preocupe por el copago 😉 aquí lo cubrimos nosotros.", want: post.VerdictBlock, rule: "CLAIM-07"},
		// Near misses: a plan's own terms, a program people qualify for,
		// a wink with the copay charged.
		{text: "Good news: your annual wellness visit is $0 out of pocket under most Medicare plans.", want: post.VerdictPass},
		{text: "Free parking at every office 😉 your usual copay still applies at the desk.", want: post.VerdictPass},
		{text: "Worried about the copay? Ask the front desk about our sliding-fee program; many families qualify.", want: post.VerdictPass},
	})
}
