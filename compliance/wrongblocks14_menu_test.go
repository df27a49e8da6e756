package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPhoneMenuInReply14: REV-01 warns of a reply that names care, which
// can tell the reviewer was treated. A phone menu read out in a reply to
// a complaint about it ("Press 1 for appointments, 2 for refills") is what
// every caller hears: it tells no one's care. Care told to the reviewer
// beside a menu still counts.
func TestPhoneMenuInReply14(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Fair point! Press 1 for appointments, 2 for refills, 3 for billing, 9 for Somali. We're fixing it this month.", review: "★★☆☆☆ Phone menu is a maze", want: post.VerdictPass},
		{text: "You're right, it's too long. Dial 2 for prescriptions, 4 for the nurse line. We're cutting it down in May.", review: "★★☆☆☆ the phone tree takes forever", want: post.VerdictPass},
		{text: "Press 2 for refills next time, and your blood pressure meds will be ready in a day.", review: "★★☆☆☆ the phone tree takes forever", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestSickAsAKindInReply14: "sick" in a reply names the reviewer's
// illness only when it is theirs. Same-day sick slots the office keeps and
// being sick in general ("we know how miserable being sick is") are
// everyone's. "Sorry you were sick" still tells theirs.
func TestSickAsAKindInReply14(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for writing! Keeping same-day sick slots open is something we work hard at.", review: "★★★★★ got my daughter in same day", want: post.VerdictPass},
		{text: "We know how rotten being sick is. We can't discuss anyone's visit here, but please call us at 614-555-2368.", review: "★☆☆☆☆ wouldn't give me antibiotics!!", want: post.VerdictPass},
		{text: "Sorry you were so sick last week, we hope the antibiotics kicked in.", review: "★★★★ good care", want: post.VerdictBlock, rule: "REV-01"},
	})
}
