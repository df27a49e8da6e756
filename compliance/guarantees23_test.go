package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAccessGuaranteedAfter23: a guarantee said after what it guarantees
// ("Shortest wait times in Lakeview, guaranteed.", "Same-day appointments
// guaranteed, or the visit is on us", "Seen in 15 minutes — guaranteed!",
// "Zero-wait guarantee") promises access or service, not a result: a
// doctor checks the practice can keep it (CLAIM-01 warn), as it does for
// "guaranteed same-day visits" said the other way round. A result, a
// condition or a superlative of care before the trailing guarantee still
// blocks. The flagged ones come first.
func TestAccessGuaranteedAfter23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: a result, a condition or care guaranteed after.
		{text: "Drop 20 lbs in 30 days on our supervised plan — results guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our new laser clears nail fungus in a single visit, guaranteed!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Same-day relief for your back, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Seen the same day and pain-free by Friday, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Your sinus infection gone within 48 hours, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "The finest heart care in the valley, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Walk out with a whiter smile the same day. Guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Appointments this week and your migraines stop, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		// Must still warn: the guarantee said first, as before.
		{text: "Guaranteed next-day visits for every new patient.", want: post.VerdictReview, rule: "CLAIM-01"},

		// Review, not block: access or service guaranteed after it is named.
		{text: "Shortest wait times on the east side, guaranteed ⏱️", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "We have the shortest waits in Marion County — guaranteed!", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Same-day appointments guaranteed, or the visit is on us.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Sick visits the same day at both offices, guaranteed — or your visit is on us!", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "You'll be seen in 10 minutes or less, guaranteed.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Our Elm Street office: you'll never wait more than 15 minutes. Guaranteed.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "No-wait guarantee at the Riverside office this month.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Sports physicals done in 20 minutes, guaranteed!", want: post.VerdictReview, rule: "CLAIM-01"},
	})
}

// TestAccessGuaranteedAfter23Linear: each guarantee reads a bounded
// window before it; a long post of them grows linearly.
func TestAccessGuaranteedAfter23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Shortest wait times in town, guaranteed. Same-day appointments guaranteed, or the visit is on us. Guaranteed. ")
}
