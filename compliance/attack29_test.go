package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestJerseyRankNotPlayer29: t29privacy's third jersey shape (eb1cb29,
// jersey29.go) reads "#52" set off by a comma after a capitalised team and
// a position ("a Legacy Sabers linebacker, #52, came to see me") as one
// player. The positions include everyday nouns ("safety", "center",
// "guard"), and the number was not asked to be set off on its other side:
// a rank after a comma ("Tigers safety, #1 priority", "the Westside
// Urgent Care center, #2 in the Riverside network") became a player, and
// the sports physicals the post offers were told as theirs (PRIV-10
// block). The player's number stands alone: a comma, a bracket, the
// sentence's end or what the player did comes next. The shape's own cases
// stay blocked.
func TestJerseyRankNotPlayer29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Go Tigers! Tigers Football safety, #1 priority this season: concussion baseline tests for the whole team Saturday at 9.", want: post.VerdictPass},
		{text: "Go Tigers! Our Tigers safety, #1 priority on game day: get a sports physical before the season.", want: post.VerdictPass},
		{text: "Go Bulldogs! Our new Westside Urgent Care center, #2 in the Riverside network, opens Monday for sports physicals and sick visits.", want: post.VerdictPass},
		// Held: the player set off by commas, or by a bracket, beside their injury.
		{text: "Last spring a Westfield Wolves pitcher, #18, came in with elbow pain after a double-header. It was a UCL sprain, and he rested six weeks. Parents, watch pitch counts! ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Go Tigers! The Tigers safety, #21 limped off Friday with a sprained ankle and is in a boot for two weeks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Eagles goalie, #1, came to see us Monday after that collision in the net: a mild concussion, and she sat out two games 🥅", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
