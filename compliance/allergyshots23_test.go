package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAllergyShotsCompared23: "shots" in a sentence about allergies are
// allergy shots, not vaccines. "Our allergy drops work better than
// shots" compares two allergy treatments: a claim of superiority a doctor
// checks (warn), not the myth that a remedy beats a vaccine (MIS-01
// block). A remedy said to beat shots with no allergy named, or with a
// flu shot or a vaccine named, is still the vaccine myth. The flagged
// ones come first.
func TestAllergyShotsCompared23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: a remedy or a diet said to beat vaccines.
		{text: "Elderberry syrup works better than flu shots, every winter.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vitamin D and zinc work better than shots for keeping kids healthy.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Natural immunity is better than shots, plain and simple.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Local honey works better than the flu shot, even in allergy season.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Allergy sufferers: elderberry works better than vaccines for your immune system.", want: post.VerdictBlock, rule: "MIS-01"},

		// Review, not block: allergy treatments compared.
		{text: "Our allergy drops work better than shots, and kids actually like them!", want: post.VerdictReview},
		{text: "Under-the-tongue allergy drops work faster than shots for most kids.", want: post.VerdictReview},
		{text: "For ragweed season, our allergy shots work better than any pill you can buy.", want: post.VerdictReview},
	})
}

// TestAllergyShotsCompared23Linear: each sentence is read once; a long
// post of allergy comparisons grows linearly.
func TestAllergyShotsCompared23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Our allergy drops work better than shots, and kids like them, ")
}
