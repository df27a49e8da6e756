package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestThankedGiverIsNoCallout (session 16, t16clean): someone the post
// does not name, thanked for a gift or a fix ("To the neighbor who left a
// box of clementines at the desk: thank you!", "to the person who fixed
// our door 🙏"), is not singled out: the post passes (PROF-03). Near
// misses: a driver told to move their own car, a reviewer answered, and a
// gift beside their care keep their verdicts.
func TestThankedGiverIsNoCallout(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To the neighbor who left a box of clementines at the front desk with no note: we ate every one. Thank you! 🍊", want: post.VerdictPass},
		{text: "Big cheers to the person who fixed the lobby door hinge before we even called anyone 🙏", want: post.VerdictPass},
		{text: "To the family who dropped off 40 knit hats for the waiting room: thank you, they're already gone.", want: post.VerdictPass},

		// Near misses.
		{text: "To the guy who left his truck in the ambulance bay: move it.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To the person who left a 1-star review about our parking: fair. Thanks for telling us.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "To the mom who brought a tray of cookies after her son's surgery here: thank you!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestThankedGiverLinear: every "to the <someone> who" asks about its own
// sentence, whose answers are kept on a long one.
func TestThankedGiverLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "to the person who fixed a door 🙏 to the family who left a pie, ")
}
