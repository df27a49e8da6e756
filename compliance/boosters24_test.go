package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBoosterClubs24: a school's "booster club" or its "football
// boosters" are parents who raise money for a team, not a vaccine dose:
// a neighbour thanked with them is no patient (PRIV-10 warns on the name,
// as the readable dev sets label it). A booster shot beside them, or the
// person's own care, still blocks. The flagged ones come first.
func TestBoosterClubs24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: the dose itself, or care told beside the club.
		{text: "Coach Ramírez of the Tigers softball team came in for his tetanus booster after the dugout fence incident 😬", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Coach Delgado and the football boosters! Coach got his COVID booster here today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy 2 years clean and sober to Gabe from the Bears booster club 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Ochoa of the band booster club got her flu shot and her booster with us today!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Review, not block: a neighbour thanked with the club.
		{text: "Thank you Coach Sabella and the Central wrestling boosters for the donation to our community fund! 🤼", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you to Mrs. Leticia Ybarra and the Valley Bears booster club for the tamales at our staff lunch! 🫔", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Big thanks to Coach Darnell Pruitt and the Eastside football boosters for the pizza 🍕", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
