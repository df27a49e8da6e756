package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyEyeRollAtDismissal (session 17, t17reply): a review with no
// stars that dismisses the practice in a word ("Meh.", "Overrated") is as
// low as a two-star one: an eye-roll or a shrug answering it mocks the
// reviewer (REV-03 block). A laugh with it, a kind answer, and an
// eye-roll at a review that only asks or praises keep their verdicts.
func TestReplyEyeRollAtDismissal(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Right back at you 🙄", review: "Meh.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Okay then 🤷", review: "Overrated clinic, nothing special", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Noted. 😒", review: "mediocre at best", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses.
		{text: "Fair enough! We'd love to hear what would make it a wow next time.", review: "Meh.", want: post.VerdictPass},
		{text: "Thanks for the stars! Parking is the worst, we know 🙄", review: "Great doctors, parking is the worst", want: post.VerdictPass},
		{text: "Thanks for the honest review. Call us anytime at the front desk.", review: "Overrated.", want: post.VerdictPass},
	})
}
