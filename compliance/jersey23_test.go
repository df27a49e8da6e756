package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestJerseyTold23 (session 23, t23privacy): a player told by the number
// on the jersey and the team or school it is worn for is one person the
// whole school knows (priv_roles16.go); beside their injury or their
// clearing to play it blocks (PRIV-10). Session 23 reads the number after
// "see" ("so proud to see #14 from the Dublin Shamrocks back on the
// court"), a school after "at" ("#9 at Glen Allen High"), and the number
// opening a sentence about their return in a post about a game ("Go Lady
// Bulldogs! #4 is cleared to play Saturday after her concussion").
// Near misses: a rank or a tip by number, a number with no team, and a
// player's number with no care.
func TestJerseyTold23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So proud to see #14 from the Dublin Shamrocks back on the court after her ACL surgery! 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout out to #9 at Glen Allen High for getting cleared after his concussion! Go Jaguars! 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Go Lady Bulldogs! 🏀 #4 is cleared to play Saturday after finishing her concussion protocol with us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Go Rams! ⚽ #11 is back on the field this week after that broken wrist healed up.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "We're #1 at Glen Allen High's spring health fair raffle! Thanks for voting 🎉", want: post.VerdictPass},
		{text: "Go Jaguars! 🏈 Tip #2 is simple: get your sports physical before practice starts.", want: post.VerdictPass},
		{text: "So proud to see #14 from the Dublin Shamrocks score the winning goal Saturday! ⚽", want: post.VerdictPass},
		{text: "Go Lady Bulldogs! 🏀 #4 is on fire this season, see you at the game Friday!", want: post.VerdictPass},
	})
}
