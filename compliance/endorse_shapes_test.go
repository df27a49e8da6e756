package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewAsksOfEveryShape: review gating drawn in stars, a treat
// offered for a review in any words ("the coffee's on us", "pick up a
// free hat"), reviews asked of people never seen here, and reviewers told
// to hide that they know the staff are all banned (ENDORSE-03 block); an
// open ask of everyone passes.
func TestReviewAsksOfEveryShape(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Loved it? Tap ⭐⭐⭐⭐⭐ here. Not loving it? Tap here to text the office manager privately instead.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Leave us a 5-star review and grab a free water bottle at checkout!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "write us a nice google review this week, the coffee's on us 😉", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "drop a review for Kevin and the first round is on me 🍺", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Ask your neighbors to write us a review even if they never came in!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Friends and family: drop us a 5⭐ review, you don't have to mention you know us 😉", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Whatever your visit was like, we'd love an honest review. Questions? Call us anytime.", want: post.VerdictPass},
		{text: "Free flu shots Saturday, no appointment needed. Coffee's on us!", want: post.VerdictPass},
	})
}
