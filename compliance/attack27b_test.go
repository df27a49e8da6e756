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

// TestStaffMissedNotRecord27b: a staff member's absence told to explain
// a wait ("our receptionist missed three days last week") is the
// practice's miss, not the reviewer's record (REV-01 blocked); the
// reviewer's or their kin's missed visits stay held. The held ones come
// first.
func TestStaffMissedNotRecord27b(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: the reviewer's record, a relative's.
		{text: "For the record, this reviewer has missed two visits with us since spring.", review: "They never call back.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You missed three appointments, so our system cancelled the next one.", review: "They cancelled me.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your family member missed three appointments in a row this year.", review: "They dropped my dad.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Usted faltó a tres citas este año.", review: "Me cancelaron.", want: post.VerdictBlock, rule: "REV-01"},

		// Pass: the practice's own people missed the days.
		{text: "Sorry you waited so long; our receptionist missed three days last week and we were short at the desk.", review: "Long wait.", want: post.VerdictPass},
		{text: "You're right, and we're sorry: our front desk missed two days last month during the storm.", review: "No one answered.", want: post.VerdictPass},
		{text: "Lo sentimos mucho, usted tiene razón: la recepcionista faltó tres días la semana pasada.", review: "Nadie contestó.", want: post.VerdictPass},
	})
}
