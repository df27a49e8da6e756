package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestDescribedOne19 (session 19, t19leak): one person pointed at by a
// description instead of a name (a team and a position, "the guy in the
// red hat", "the lady who sells tamales at the flea market", "the tall
// one from 2nd shift") with their health event in the sentence or the
// next is their care told (block; PRIV-14 when no other rule reads it, Safe Harbor R). Near misses:
// the same description with no health event, a position said of
// everyone ("every QB"), a team's season, a program for all players.
func TestDescribedOne19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A team and a position.
		{text: "That Westland Warriors point guard with the braids? Good news, the X-ray says her ankle isn't broken 🙌", want: post.VerdictBlock},
		{text: "Big hug to the Bexley Lions goalie — stitches out today and back in the net Friday!", want: post.VerdictBlock},
		{text: "We see you, Hilliard Darby QB 💪 concussion cleared, go get 'em", want: post.VerdictBlock},
		{text: "Get well soon to the Grandview Bobcats starting pitcher, that elbow surgery went great", want: post.VerdictBlock},
		// A person noun and what points at them.
		{text: "The lady who sells tamales at the Sunday flea market finally let us check her blood sugar. 310. We're on it.", want: post.VerdictBlock},
		{text: "Shout out to the guy in the orange Carhartt hat who came in with chest pain and listened to us 🙏", want: post.VerdictBlock},
		{text: "the tall one from 2nd shift at the warehouse? his strep test was positive, tell him to call us", want: post.VerdictBlock},
		{text: "That sweet older man who walks his beagle past our clinic every morning is home after his bypass ❤️", want: post.VerdictBlock},
		{text: "La señora que vende elotes frente a la iglesia ya tiene la diabetes controlada 🙌", want: post.VerdictBlock},
		{text: "The mailman on our route is home from the hospital after his heart attack 💌", want: post.VerdictBlock},

		// Near misses: the description with no health event.
		{text: "That Westland Warriors point guard with the braids dropped 30 last night 🏀", want: post.VerdictPass},
		{text: "Shout out to the lady who sells tamales at the Sunday flea market, best in Columbus 🫔", want: post.VerdictReview},
		{text: "The guy in the orange Carhartt hat left his sunglasses at the front desk 😎", want: post.VerdictPass},
		{text: "The mailman on our route brought us donuts again 🍩", want: post.VerdictPass},
		// A position said of everyone, a program for all players.
		{text: "Every QB should get a baseline concussion test before the season.", want: post.VerdictPass},
		{text: "Sports physicals for all Bexley Lions players this Saturday at the field house!", want: post.VerdictPass},
		{text: "Concussions aren't just a QB problem: linemen take more hits to the head.", want: post.VerdictPass},
		{text: "Congrats to the Bexley Lions on the state title! 🏆", want: post.VerdictPass},
		{text: "The man who discovered insulin was born in 1891; we think of him every World Diabetes Day.", want: post.VerdictPass},
	})
}
