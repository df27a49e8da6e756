package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Ages over 89 said in other ways (issue 11, session 21, t21names): an
// age spelled out as the subject of a sentence about her or him ("Ninety-
// three and still ..."), an age between commas after someone told by what
// they do rather than by name ("our oldest beekeeper, 96, came in ..."),
// an age before the person it is said of ("our 104-year-old neighbor")
// even when a town or an office is nearby, and a Spanish "cumple 9X" wish.
// Our own wording; the things that are old and the counts keep passing.
func TestAgesOtherWays21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// spelled out, said of her or him, with care in the post
		{text: "Mrs. K stopped in for her pneumonia shot today. Ninety-three and still doing the crossword in pen.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Ninety-seven and still splitting his own firewood, two months after the hip replacement. He is our hero.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Our favorite porch-sitter on Elm got her flu shot this morning. One hundred and one, and she didn't even flinch!", want: post.VerdictBlock, rule: "PRIV-06"},
		// apposed after a description, not a name
		{text: "Our oldest beekeeper, 96, came in for his tetanus booster after a nasty sting.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "The sweetest crossing guard in town, 92, finished her physical therapy today!", want: post.VerdictBlock, rule: "PRIV-06"},
		// the age before the person, a place nearby
		{text: "Our 104-year-old neighbor from Clark County rode the bus in for her diabetes check today.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "A patient at our Elm Street office this week: 99 years young and still drives herself to her cardiology visits.", want: post.VerdictBlock, rule: "PRIV-06"},
		// Spanish birthday wish with care
		{text: "¡Feliz cumple 93 a Doña Chela! Hoy vino a su chequeo de presión con toda la familia.", want: post.VerdictBlock, rule: "PRIV-06"},

		// clean: counts, things, songs, ages of anyone
		{text: "Ninety-five percent of adults who get the flu shot never miss work for the flu.", want: post.VerdictPass},
		{text: "Ninety-four and counting: flu shots given at Saturday's clinic! Thank you, neighbors.", want: post.VerdictPass},
		{text: "One hundred and ten degrees today. Drink water and check on your neighbors.", want: post.VerdictPass},
		{text: "Our oldest exam table, 95, is finally retiring. It saw a lot of checkups.", want: post.VerdictPass},
		{text: "Our 100-year-old building from the Main Street days gets a new roof this week; the clinic stays open.", want: post.VerdictPass},
		{text: "Route 9, 95, and 101 are all slow this morning, leave early for your appointment.", want: post.VerdictPass},
		{text: "La clínica cumple 90 días sin un solo día cerrado. ¡Gracias, equipo!", want: post.VerdictPass},
	})
}

// TestAges21Linear: the shapes above read each sentence once; a sentence
// of many asides, spelled ages or "cumple" grows linearly.
func TestAges21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"our oldest beekeeper, 96, the guard in town, 92, ",
		"Ninety-three and still, she ",
		"feliz cumple 93 a cumple número 95 ",
		"our 104-year-old neighbor from Clark County patient office ",
	} {
		requireLinearText(t, c, unit)
	}
}
