package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRivalSchools29: a school or a town on either side of "vs." in a
// post about a game ("the Central vs. Stevens game Friday", "Reading High
// vs. Wilson on Thanksgiving morning 🦃🏈", "the Lynn Classical vs. Lynn
// English game") or a school's sport right after its name ("Good luck to
// Mercer football Saturday") is a team; the name finder read "Stevens",
// "Wilson" and "Mercer" as people and PRIV-10 warned. Still held: a
// person on a side of "vs." with no game ("Maria vs. her broken wrist"),
// one hurt and wished well beside the game ("Get well soon, Tyler Wilson!
// Central vs. Stevens won't be the same without you after that
// concussion"), a name with a possessive sport ("Jake's football knee").
// The held ones first.
func TestRivalSchools29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a person.
		{text: "Maria Ortiz vs. her broken wrist: round two starts Monday with physical therapy 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Tyler Wilson! Central vs. Stevens won't be the same without you after that concussion 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jake Mercer's football knee is finally healed after surgery. See you at practice!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: schools and towns in a game.
		{text: "Catch Dr. Greene in the stands at the Central vs. Stevens game Friday. He'll be the loud one 📣", want: post.VerdictPass},
		{text: "Reading High vs. Wilson on Thanksgiving morning 🦃🏈 Some traditions never get old. Go Red Knights!", want: post.VerdictPass},
		{text: "Dr. Patel will be on the sidelines at the Lynn Classical vs. Lynn English Thanksgiving game handing out hand warmers 🧤", want: post.VerdictPass},
		{text: "Go Bears! Good luck to Mercer football Saturday at Five Star Stadium.", want: post.VerdictPass},
		{text: "Friday night lights: Hastings vs. Grand Island, 7 pm. Our urgent care stays open till 10 for the bumps and bruises 🏈", want: post.VerdictPass},
	})
}
