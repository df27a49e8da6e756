package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewerBlamed19 (issue 11, session 19, REV-03): a reply that turns
// the complaint back on the reviewer ("Maybe the problem is you.", "maybe
// show some compassion") or shows them the door ("there are plenty of
// other dentists in town") argues with them in public. Apologies, an
// offer of other hours or sites, and a problem that is the practice's own
// stay as they were. (The fault and the door are reply_sendoff19.go's,
// on main; the compassion asked of the reviewer is REV-03's phrase list.)
func TestReviewerBlamed19(t *testing.T) {
	const review = "★☆☆☆☆ The hygienist was rude and the wait was long."
	checkRuleCases(t, []familyCase{
		{text: "Sarah has worked our front desk for nine years without a single complaint. Perhaps the problem is you.", review: review, want: post.VerdictBlock, rule: "REV-03"},
		{text: "Everyone else manages to get along with our front desk. Maybe it was you.", review: review, want: post.VerdictBlock, rule: "REV-03"},
		{text: "If our hours don't suit you, there are plenty of other dentists in Tulsa 🤷", review: review, want: post.VerdictBlock, rule: "REV-03"},
		{text: "Our MAs see forty people a day. Maybe show some compassion next time.", review: review, want: post.VerdictBlock, rule: "REV-03"},
		// Near misses.
		{text: "We're sorry about the wait. The problem was our new phone system, and it's fixed now. Please call us to talk.", review: review, want: post.VerdictPass},
		{text: "Thank you for telling us. If weekday hours are hard, our Elm St office is open Saturdays.", review: review, want: post.VerdictPass},
	})
}
