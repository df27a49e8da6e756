package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyTellsOneResult: a reply that speaks of the reviewer's result
// in the singular tells their care as the plural does (REV-01 block).
func TestReplyTellsOneResult(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We did look at your result and the repeat is still pending; we'll call you.", review: "nobody called me back", want: post.VerdictBlock, rule: "REV-01"},
		{text: "ur result should post to the portal by Friday!", review: "slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The result of our holiday food drive: 900 cans! Thank you all.", review: "love this place", want: post.VerdictPass},
	})
}
