package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPracticeVehicleToldBefore (session 16, t16clean): the practice's
// own shuttle or mobile unit told in one sentence and then its colour in
// the next ("Free shuttle from the depot to our clinic. Hop on the red
// van!"), or a van readers are sent to find that the post says is the
// practice ("look for the grey van with the logo, that's us") is no
// one's car: the post passes (PRIV-14). Near misses: a driver's car with
// care, a stranger's van told after the shuttle, and a car notice keep
// their verdicts.
func TestPracticeVehicleToldBefore(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Free shuttle from the depot to our walk-in clinic every Saturday. Hop on the red van!", want: post.VerdictPass},
		{text: "Our shuttle leaves the library at 9 and 11. Watch for the silver minivan 🚐", want: post.VerdictPass},
		{text: "Look for the grey Transit van with the pine-tree logo behind the grocery store on Fridays — that's us!", want: post.VerdictPass},
		{text: "Kevin and the mobile unit are at the flea market until noon. Look for the yellow bus.", want: post.VerdictPass},

		// Near misses.
		{text: "Our shuttle runs on Mondays. The man in the green van had a seizure in our lot today.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Thanks to the driver of the white pickup who helped our patient after her fall in the lot.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Whoever owns the black SUV by the door: we need that spot for the mobile unit. That's us asking nicely.", want: post.VerdictPass},
	})
}
