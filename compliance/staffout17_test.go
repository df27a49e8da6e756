package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOutForCare17 (session 17, t17staff): a staff member out for,
// recovering from or having their own procedure or illness is their
// health news (PRIV-10 block, docs/COMPLIANCE.md staff's own health),
// also when the sentence goes on to the patients a colleague sees for
// them ("so his Thursday patients will see Dr. Patel") and when no
// "his"/"her" stands before the procedure ("out this week for knee
// surgery"). Near misses keep their verdicts: out for a conference, a
// vacation or jury duty, one doctor covering for another, the surgery a
// doctor performs, a recovery from a race. Staff in testProfile: Anita
// Patel, Marcus Greene, Sarah Lopez, Kevin Tran.
func TestStaffOutForCare17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Recovering, and the patients a colleague sees for them.
		{text: "Dr. Greene is recovering from pneumonia, so his Thursday patients will see Dr. Patel.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is recovering from bronchitis; her patients this week are with Kevin.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is home recovering from a hip replacement, and Dr. Greene will see her patients until she's back.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Out for a procedure with no owner word before it.
		{text: "Dr. Greene is out this week for knee surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin will be out for gallbladder surgery until the 14th. Sarah has the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is off Monday for a colonoscopy, so her patients will see Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Heads up: Dr. Greene is out next week for shoulder surgery and his patients are rescheduled.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Having surgery on a day.
		{text: "Dr. Greene is having back surgery Tuesday, so Dr. Patel will see his patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is having surgery Tuesday! Send her good vibes 💐", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: away for no health reason, covering, care given,
		// a race.
		{text: "Dr. Greene is out this week for a conference, so his patients will see Dr. Patel.", want: post.VerdictPass},
		{text: "Sarah is out for vacation until Monday 🌴", want: post.VerdictPass},
		{text: "Kevin is out for jury duty this week; the phones are with Sarah.", want: post.VerdictPass},
		{text: "Dr. Greene is covering for Dr. Patel on Thursday.", want: post.VerdictPass},
		{text: "Dr. Greene performs knee surgery on Tuesdays.", want: post.VerdictPass},
		{text: "Sarah is recovering from the marathon and still smiling 🏃", want: post.VerdictPass},
		{text: "Dr. Greene is out for lunch; Dr. Patel sees walk-ins until 2.", want: post.VerdictPass},
		{text: "Kevin is out for the flu shot clinic at the high school today.", want: post.VerdictPass},
		{text: "Sarah is off Friday for a diabetes education workshop.", want: post.VerdictPass},
		{text: "Dr. Patel helps patients recovering from hip replacement, and her Tuesday patients love her.", want: post.VerdictPass},
	})
}
