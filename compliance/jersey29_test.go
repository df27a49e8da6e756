package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestJerseyShapes29 (session 29, t29privacy): a player told by the number
// on the jersey in three shapes the walks of priv_roles16.go and roles23.go
// did not read, each beside the player's own injury or care (PRIV-10
// block): the number owned by a school, a town or a team ("Yorktown's
// #12", "the Hornets' #9"), the number followed by "who" and what the
// player did ("#14 who rolled his ankle"), and the number set off by
// commas after the team or the position it names ("a Legacy Sabers
// linebacker, #52, came to see me"). Read by kind on the rules-alone misses
// of dev163, dev171 and dev173 (three writers); the sentences here are new.
// Near misses: a rank a town or a firm holds ("Denton's #1 pizza"), a
// player's number with no care, a list item set off by commas, and "who"
// after a number that is no player.
func TestJerseyShapes29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Oakdale's #7 is back on the court after wrapping up her ankle rehab with our PT team. Go Lady Hawks! 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Hornets' #9 finished his concussion follow-ups with Dr. Lee this week and is cleared for Friday's game 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Millbrook's #21 is back under the Friday night lights after his shoulder surgery. Go Rams!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon to #33 who tore his ACL at Riverside Park on Saturday! We'll see you for your knee follow-up, champ ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big hugs to #5, who broke her wrist in the second half Tuesday. Cast comes off in four weeks! ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Last spring a Westfield Wolves pitcher, #18, came in with elbow pain after a double-header. It was a UCL sprain, and he rested six weeks. Parents, watch pitch counts! ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Two years ago a Northside Bulldogs receiver, #81, came to our clinic the morning after the rivalry game. He said he was fine. She did the exam anyway: he had a concussion and sat out a month.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Eagles goalie, #1, came to see us Monday after that collision in the net: a mild concussion, and she sat out two games 🥅", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Oakdale's #3 ranked defense held on Friday night! Go Rams! 🏈", want: post.VerdictPass},
		{text: "Oakdale's #7 scored 20 points on Friday! Go Lady Hawks! 🏀", want: post.VerdictPass},
		{text: "A Northside Bulldogs receiver, #81, caught the winning pass in the rivalry game. He says hi to everyone at our clinic! Concussion checks for the team are Saturday at 9.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Shout-out to #33 who hit a walk-off homer at Riverside Park on Saturday! ⚾", want: post.VerdictPass},
		{text: "Game day checklist for the team: water, a snack, shin guards, #2, your mouthguard. See you on the field! ⚽", want: post.VerdictPass},
		{text: "Our office came in #2, who knew? Thanks for voting in the readers' poll this season ⚾", want: post.VerdictPass},
		{text: "The Hornets' #9 ranking in the state poll is well earned. Book your sports physical before the playoffs 🏈", want: post.VerdictPass},
	})
}
