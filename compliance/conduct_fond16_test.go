package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGroupAskedToStopGifts (session 16, lead): a group told, laughing, to
// stop bringing treats ("Flu clinic volunteers: please stop bringing
// donuts 😂") thanks them in a joke; it scolds no one. A group told to stop
// bringing what the clinic has to treat, or to stop walking in late, is
// still scolded (PROF-03 block).
func TestGroupAskedToStopGifts(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Flu clinic volunteers: please stop bringing donuts 😂 we are all on diets", want: post.VerdictPass},
		{text: "Bakery neighbors on Main: stop bringing us kolaches every Monday 😂 we will eat every one", want: post.VerdictPass},
		{text: "Pharmacy reps, quit bringing cookies and pan dulce to the break room 😂 we have no willpower", want: post.VerdictPass},

		// Near misses: still a group scolded.
		{text: "Construction workers: stop bringing your nail-gun injuries in at 4:55 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Roofers: stop showing up with a nail through your hand and calling it a scratch 😂", want: post.VerdictBlock, rule: "PROF-03"},
	})
}
