package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRewardDenied17: a practice saying it gives nothing for reviews
// offers no reward, so ENDORSE-03 has nothing to block ("We don't filter,
// buy or reward reviews on this page" blocked as a reward next to a review;
// t17reply and t17prec both saw it in the dev sets). A denial that turns
// into an offer ("but"), or a "no" that is part of the offer's small print,
// still blocks.
func TestRewardDenied17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the feedback. We don't filter, buy or reward reviews here; call the office if you want to talk.", want: post.VerdictPass},
		{text: "Just so everyone knows: we never offer rewards or discounts for reviews, good or bad.", want: post.VerdictPass},
		{text: "We do not give gifts for reviews, and our staff do not review us.", want: post.VerdictPass},
		{text: "No rewards for reviews here, ever. Honest words only!", want: post.VerdictPass},
		// Near misses: offers.
		{text: "We don't usually do this, but leave a 5-star review and win a gift card!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Leave us a 5-star review and you're entered in our raffle. No purchase necessary!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Post a glowing review and get a reward at your next visit.", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}
