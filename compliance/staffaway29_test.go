package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffAwayOwnCare29 (session 29, t29privacy): a staff member told
// away or back for their own procedure or illness in the loose words an
// office uses (PRIV-10 block, the staff decision in docs/COMPLIANCE.md):
// back "to the Elm Street office Monday" before "after his heart
// procedure" (a body part and "procedure"), "taking a few weeks off for a
// heart procedure", "cleared to come back after that nasty round of
// COVID". staffhealth21.go read a return only with a day or "home"
// between, a procedure only by its name. Read by kind on dev167, dev169
// and dev173's rules-alone misses (three writers); the sentences here are
// new. Near misses: a return after a trip or training, time off for a
// family event or to teach, a round of golf.
func TestStaffAwayOwnCare29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome back! Dr. Greene returns to the Elm Street office Monday after his heart procedure.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is back at the Oak Ridge office this week after his shoulder procedure 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is taking a few weeks off for a heart procedure. Send her good vibes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is taking two weeks off for her knee procedure, so book with Dr. Greene until the 20th.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nurse Sarah is finally cleared to come back after that nasty round of COVID! 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is back at the front desk after a rough round of pneumonia. Be nice to him!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Welcome back! Dr. Greene returns to the Elm Street office Monday after his trip to Maine.", want: post.VerdictPass},
		{text: "Dr. Patel is taking a few weeks off for her daughter's wedding. Dr. Greene is covering!", want: post.VerdictPass},
		{text: "Dr. Patel is taking a few weeks off to teach a course in Kenya. Dr. Greene is covering!", want: post.VerdictPass},
		{text: "Sarah is back after a round of golf with the team! She says her putting needs work ⛳", want: post.VerdictPass},
		{text: "Kevin is back at the Oak Ridge office this week after the holiday break!", want: post.VerdictPass},
		{text: "Dr. Greene is off Friday for a heart procedure workshop in Denver.", want: post.VerdictPass},
		{text: "Sarah is back at the front desk after that long weekend!", want: post.VerdictPass},
	})
}
