package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFiguresNamedAsHistory27: a figure the practice remembers, named
// with an appositive led by "the" ("Daisy Bates, the Little Rock
// publisher who ...") or by initials ("A.G. Gaston"), is no neighbour
// (PRIV-10 warned on the surname the name finder read alone). An
// appositive that says ours, health beside the name and care told after
// it keep the name held. The held ones come first.
func TestFiguresNamedAsHistory27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: health beside the name, one of ours, a patient, present care.
		{text: "This Black History Month we remember Scipio Gaines, the pilot who died of heart failure last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Black History Month we honor H.T. Gaines, who had his hip replaced here this spring.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Black History Month we remember Scipio Gaines, the pilot who had his stroke here last winter.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Black History Month we honor Scipio Gaines, the pilot from our walking group.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "This Black History Month we honor Scipio Gaines, the retired pilot who still walks with us on Saturdays.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "We honor Scipio Gaines, the patient who taught us all to fly.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: a figure of history told by who they were.
		{text: "This Black History Month we remember Scipio Gaines, the Pensacola pilot who flew with the Tuskegee Airmen.", want: post.VerdictPass},
		{text: "This Black History Month we honor A.G. Gaston, who built a business empire in Birmingham.", want: post.VerdictPass},
		{text: "This Black History Month we remember Octavius Gaines, the Selma printer whose presses ran the voting-rights flyers.", want: post.VerdictPass},
	})
}
