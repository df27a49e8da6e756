package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestLandmarkAndFellowshipNames: a landmark named for someone ("the
// Captain Vancouver statue", "the Ferris wheel", "the Dolly mural") is a
// place to meet, and a mutual-help fellowship whose name opens like a
// first name ("Al-Anon", "Nar-Anon") is a group: no one is named
// (session 18, clean passing). A person with the same name, told with
// care or thanks, still is.
func TestLandmarkAndFellowshipNames(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Fun run meets by the Captain Vancouver statue at 9 sharp. Dress warm!", want: post.VerdictPass},
		{text: "Our booth is right next to the Ferris wheel at the county fair this weekend 🎡", want: post.VerdictPass},
		{text: "Snap a selfie at the Dolly mural downtown, then stop by our table for a free water bottle.", want: post.VerdictPass},
		{text: "Al-Anon meets at St. Mark's on Thursday nights. You don't have to do this alone.", want: post.VerdictPass},
		{text: "Nar-Anon meets Tuesdays in the Grace Church basement. Families are welcome.", want: post.VerdictPass},
		// Near misses: the same names as people.
		{text: "Captain Vancouver broke his wrist at the fair and we set it in ten minutes.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to Ferris for running the booth all weekend!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks to Al for hauling the tables to the fair!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
