package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFolkCausesAndSkippedCare17: an everyday exposure said to give an
// illness ("iced drinks give you a sore throat", "that's how you get
// arthritis" after cracking knuckles), feeling well said to mean a silent
// number is fine, and an antibiotic said to kick a cold asked about just
// before, are myths stated (MIS-01 block). Denied, quoted to be answered,
// or about a true cause, they keep their verdicts.
func TestFolkCausesAndSkippedCare17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Iced drinks are what give kids a sore throat, so serve them warm this summer.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sleeping with the fan on gives you pneumonia. Turn it off at night!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Quit popping your knuckles, kids. That's how you get arthritis.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "If you're feeling great, your blood sugar is okay, so skip the finger stick.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "When you feel fine your cholesterol is fine too. Enjoy the cookout!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Stuffy for a week with the flu? Antibiotics will help you kick it, call us.", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses keep their verdict.
		{text: "Cold drinks don't give kids tonsillitis. Germs do.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Ice packs give quick relief for arthritis flare-ups.", want: post.VerdictPass},
		{text: "A cold can give you a sore throat for a few days; warm tea helps.", want: post.VerdictPass},
		{text: "You can feel fine and still have high blood pressure. Get checked!", want: post.VerdictPass},
		{text: "Strep throat? Antibiotics will help you kick it, so finish the whole course.", want: post.VerdictPass},
	})
}

// TestFolkCauses17Linear: each link looks a dozen words back and five
// ahead; a long post of them grows linearly.
func TestFolkCauses17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "ice and cold drinks, wet hair gives you, if you feel fine your sugar is ok? antibiotics kick it, ")
}
