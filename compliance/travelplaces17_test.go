package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTravelPlaceNamed: the place a trip goes to or comes from ("back
// from visiting family in Mae Sot", "flying in from Bethel", "the tea
// your aunt sent from Hà Nội") is a town, not a person (session 18, clean
// passing). A person after "with", titled, or owning something is still
// one.
func TestTravelPlaceNamed(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Kevin just got back from visiting family in Mae Hong Son and brought the whole office sticky rice!", want: post.VerdictPass},
		{text: "Snow again — if you're flying in from Marshall for an appointment, call us and we'll move it, no fee.", want: post.VerdictPass},
		{text: "Bring every pill bottle to your med review, even the herbal ones your aunt sent from Hà Nội 😅", want: post.VerdictPass},
		// Near misses.
		{text: "Kevin just got back from visiting with Marisol in the ICU. Keep her in your prayers.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to Marshall for fixing our front gate!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Back from Marisol's for the holidays and ready to see you all Monday!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
