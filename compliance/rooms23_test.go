package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRoomAsPerson23 (session 23, t23privacy): a numbered chair, bed or
// bay stands for the one sitting in it when it does what only a person
// does ("Chair 5 had a great day", "Bed 2 is resting") or is spoken to
// with care after a colon or a dash ("To Bed 6 this afternoon: your strep
// test came back negative"). Everyone in the infusion room knows who sat
// in chair 5 today: with the care it blocks (PRIV-14). A room that gets
// something done to it, a room spoken of to the reader with no care, and a
// room's news stay the room's.
func TestRoomAsPerson23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// The chair or bed does what a person does.
		{text: "Chair 5 in the infusion suite had a great day today: last chemo round DONE! 🎉", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Bed 2 in our recovery area had a rough night, thank you all for staying calm through his asthma attack.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 1 in the infusion corner is celebrating today, final iron infusion finished! 🥳", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 6 had a big win this morning: last round of IV antibiotics done!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Bay 3 in the procedure area is resting comfortably after the stitches.", want: post.VerdictBlock, rule: "PRIV-14"},
		// Spoken to, with care after the colon or dash.
		{text: "To Bed 6 in observation this afternoon: your strep test came back negative. Feel better!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 2 from this morning's blood draw: you left your keys! Your thyroid pills are at the front desk too.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Infusion chair 4 this morning — you forgot your scarf, and your iron infusion moved to Friday.", want: post.VerdictBlock, rule: "PRIV-14"},

		// The room's own news, a makeover, a thing it got.
		{text: "Chair 4 in the infusion room got a brand-new heated recliner this week!", want: post.VerdictPass},
		{text: "Room 3 in the pediatric wing had a makeover: new murals and a fish tank! 🐠", want: post.VerdictPass},
		{text: "Chair 3 in the lab had a wobbly leg, so we swapped it out.", want: post.VerdictPass},
		{text: "Bed 4 in our observation room is being repainted this week.", want: post.VerdictPass},
		{text: "Infusion bay 2 is open again: come see our new heated blankets!", want: post.VerdictPass},
		// Spoken to with no care: the reader, about the room.
		{text: "Exam room 2: you'll love the new jungle mural! 🦁", want: post.VerdictPass},
		{text: "Chair 2 by the window: you can charge your phone there now! 🔌", want: post.VerdictPass},
	})
}

// TestRoomAsPersonLinear23: many rooms spoken to in one long text stay
// linear.
func TestRoomAsPersonLinear23(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Chair 4 in the infusion room had a big win today: iron done! ",
		"To Bed 4 this morning: your strep came back negative. ",
		"Bay 2 is celebrating today ",
	} {
		requireLinearText(t, c, unit)
	}
}
