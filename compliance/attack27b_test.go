package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTeamBreedAnimalTrade27b: a player named by a team's breed
// ("Former Husky Tanya") and a person named by a farm or factory trade
// after "the <animal>" ("Ann the goat farmer", "Sam the plant manager")
// are people, and their care stays held; pets named by their breed stay
// clean. The held ones come first.
func TestTeamBreedAnimalTrade27b(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a team's player, a person by a trade.
		{text: "Former Husky Tanya is back on the court after her ACL surgery with us!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Oregon Duck Sabrina had her knee surgery here last month.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ann the goat farmer had her hip replaced here last week and is already walking.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sam the plant manager is recovering from his heart attack at home.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lisa the bird watcher is recovering from her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marco the horse rancher came in for his chemo this morning.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: pets by breed or as "<name> the <animal>".
		{text: "Say hi to Gus the goldfish in our lobby tank!", want: post.VerdictPass},
		{text: "Beagle Bella visited the lobby today and got lots of pets.", want: post.VerdictPass},
	})
}
