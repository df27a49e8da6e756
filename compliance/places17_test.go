package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNeighbourPlacesWithoutCare (session 17, t17prec): a neighbour
// named with a title ("Mr.", "Mrs.", "Miss", "Sra.") is patient context
// by the title alone, so a street, a town or a month beside them blocked
// (PRIV-05, PRIV-07) in posts that thank, celebrate or praise them and
// tell no one's health or care at all: the shop they opened on a
// street, the walk they salted all winter, the parade they organized in
// September. The name goes to a person (PRIV-10 warn) and the place or
// the month with it; with a health detail, a visit or a patient cue
// anywhere near, the place or the date is a patient's and blocks as
// before. Rules alone (PRIV-16 disabled).
func TestNeighbourPlacesWithoutCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kudos to Miss Pearl Dawson, who has watered the planters out front every day since June 🌼", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mrs. Ngozi Eze organized the Lagos Day parade on Elm Street in September. What a party!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats to Ms. Alma Ortiz on opening her bakery on Jefferson Ave! We'll be first in line Saturday 🥐", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Our neighbor Mr. Hassan from the corner store on Kenwood Rd shoveled our whole walk after the blizzard ❄️", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy 85th birthday to Mr. Walt Brody, who has fed the ducks at Mill Pond on Route 9 every morning for 30 years 🦆", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A big thank you to Mrs. Kowalski from Dover for the 40 jars of pickles at our staff picnic in July!", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: the same neighbour with their health, a visit or
		// care told nearby is a patient, and the place or date is theirs.
		{text: "Mr. Dale Hughes from Birch Street came in Tuesday for his stitches", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Ms. Tran from Maple Ave was admitted in March", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Happy birthday Mrs. Ortega on Pine St, so glad the new inhaler is helping!", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Mr. Juan Soto on Pine St is back on his feet after the fall. Welcome home!", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Kudos to Miss Pearl Dawson, who has been cancer-free since June 🌼", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Thank you Mr. Beck on Grove Street for the blankets he knitted after his chemo ended", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Mrs. Oduya on 14th & Vine, your home health aide is stuck in the snow and will be an hour late.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Mrs. Kowalski from Dover had her knee replaced in July and is already dancing!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNeighbourPlacesLinear: whether a post tells any care is answered
// once per post, however many titled names, streets and months it has.
func TestNeighbourPlacesLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Thanks Mr. Otis on Elm Street for the salt in June. ")
}
