package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOwnStressed19 (session 19, t19leak): "his own" or "her own"
// before a procedure or condition stresses that it is the staff member's
// ("explained his OWN colonoscopy prep"), and a staff member told back
// after their own surgery by "look who's back" with their name in the
// next words is their health news (PRIV-10 block). Near misses: their
// own kombucha, "look who's back" from a trip.
func TestStaffOwnStressed19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Throwback to the huddle where Kevin described his OWN colonoscopy prep in detail 😂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah told the whole break room about her own kidney stone this week, legend", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Look who's back at the front desk after her gallbladder surgery!! Sarah we missed you 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Guess who's home from the hospital after a knee replacement? Dr. Greene! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "Kevin brought his own kombucha to the potluck again 🍵", want: post.VerdictPass},
		{text: "Look who's back from Hawaii!! Sarah we missed you 🌺", want: post.VerdictPass},
		{text: "Dr. Patel does her own stitches on every laceration, no residents.", want: post.VerdictPass},
		{text: "Kevin got his own flu shot today. Have you? 💉", want: post.VerdictPass},
	})
}

// TestDescribedWithDevice19: one person told by their car or a
// description, with a device of their care they left or use (an inhaler,
// a blood pressure cuff, an EpiPen, their meds), is their care told
// (block). Near misses: the same car with a thing of no care.
func TestDescribedWithDevice19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Whoever drives the red Jeep with the Browns sticker, you left your blood pressure cuff in our lobby 😅", want: post.VerdictBlock},
		{text: "To the guy in the green Carhartt jacket: your inhaler is at the front desk!", want: post.VerdictBlock},
		{text: "The lady with the white Corolla left her EpiPen on the bench, come grab it 🙏", want: post.VerdictBlock},
		// Near misses.
		{text: "Whoever drives the red Jeep with the Browns sticker, you left your sunglasses in our lobby 😎", want: post.VerdictReview},
		{text: "Reminder: bring your inhaler and your meds list to every visit!", want: post.VerdictPass},
	})
}

// TestFewHouseholdsLocated19: two or three households or families told
// by their building or landmark, with a diagnosis, name them as one does
// (block). Near misses: many families near a landmark offered a service.
func TestFewHouseholdsLocated19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Two families in building C of the Riverside Commons apartments have active TB; we're in touch with both.", want: post.VerdictBlock},
		{text: "both households right by the Marathon station on 5th tested positive for hepatitis A", want: post.VerdictBlock},
		// Near misses.
		{text: "Two families in building C of the Riverside Commons apartments won our raffle! 🎉", want: post.VerdictPass},
		{text: "Families near the Marathon station on 5th: our van is there Saturday for checkups.", want: post.VerdictPass},
	})
}

// TestWhoIsBackLinear19: "look who's back" is read a few words on, so a
// long run of them stays linear.
func TestWhoIsBackLinear19(t *testing.T) {
	c := rulesChecker(t, testProfile())
	requireLinearText(t, c, "look who's back after her knee surgery Sarah ")
	requireLinearText(t, c, "two families in building C have TB ")
}
