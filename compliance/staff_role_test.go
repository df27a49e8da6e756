package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOnePersonStaffRoleHealth: a staff member named only by a role the
// practice has one of ("our head nurse", "our CEO", "our receptionist")
// with their own health event is a person identified (PRIV block); a
// role the practice has many of ("one of our nurses", "our nurses") is no
// one in particular.
func TestOnePersonStaffRoleHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our head nurse of 20 years just finished chemo!", want: post.VerdictBlock},
		{text: "Our CEO is back after his heart attack", want: post.VerdictBlock},
		{text: "Our receptionist is home recovering from her stroke", want: post.VerdictBlock},
		{text: "Please welcome back our practice administrator after her knee replacement 💐", want: post.VerdictBlock},
		{text: "our practice manager is out this week recovering from pneumonia, send good vibes", want: post.VerdictBlock},
		{text: "Our charge nurse Linda... kidding, our charge nurse is home with her broken hip 🦴", want: post.VerdictBlock},
		{text: "Our office manager is back after her surgery!", want: post.VerdictBlock},
		// Roles a practice has many of stay no one in particular.
		{text: "One of our nurses is recovering from surgery, so phones may be slow.", want: post.VerdictPass},
		{text: "Our nurses are back after a long flu season. Thank you for your patience!", want: post.VerdictPass},
		{text: "Our receptionist will call you to confirm your appointment.", want: post.VerdictPass},
		{text: "Our head nurse runs the flu shot clinic every Saturday in October.", want: post.VerdictPass},
		{text: "Our CEO thanks everyone who came to the open house!", want: post.VerdictPass},
	})
}
