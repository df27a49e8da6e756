package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRegulatoryClaimsOfEveryForm: the FDA approves no supplement in any
// form (a gummy, a blend, a tincture, a powder), brands with no US generic
// have none, and a compounded drug is not "identical to" the brand even
// when a dash stands between (CLAIM-05 block); the FDA status of a real
// drug, stated plainly, goes to a person.
func TestRegulatoryClaimsOfEveryForm(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our elderberry + zinc immune gummies are FDA-approved! 🍇", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "New ashwagandha calm blend, FDA approved for stress, now at the front desk", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our sea moss tincture is FDA certified ✨", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Ask about generic Biktarvy, now just $15 at our pharmacy window!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Compounded tirzepatide in our clinic — identical to Mounjaro at half the price!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our shots are compounded semaglutide: exactly like Wegovy, no waitlist.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "The new RSV shot for adults over 60 is FDA-approved and in stock.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Elderberry gummies are a supplement, not a medicine: the FDA does not approve them.", want: post.VerdictPass},
	})
}
