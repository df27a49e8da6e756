package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAnimalsByBreedAreNoOne (session 16, t16clean): a name given to an
// animal told by its breed or its farm kind ("a rescue whippet named
// Pickles", "a corgi called Noodle", "our Hereford steer"), or named
// after the animal was told of ("a stray cat ... We named her Tofu"), is
// a pet's, and the post passes. Near misses: a baby named, a person
// called a name with no animal, a person before a health detail keep
// their verdict. Rules alone (PRIV-16 disabled).
func TestAnimalsByBreedAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin adopted a rescue whippet named Pickles and she already rules the break room 🐕", want: post.VerdictPass},
		{text: "Our nurse just brought home a corgi called Noodle. Expect photos.", want: post.VerdictPass},
		{text: "Meet Waffles, the three-legged dachshund who greets everyone at the Elm St door!", want: post.VerdictPass},
		{text: "Kevin's Hereford steer won reserve champion at the county fair 🐂", want: post.VerdictPass},
		{text: "A stray tabby has been napping by our back door all week. We named her Tofu 🐈", want: post.VerdictPass},
		{text: "Our sourdough starter turns one this week (her name is Gertrude) 🍞", want: post.VerdictPass},

		// Near misses.
		{text: "Baby news: Kevin and his wife welcomed a girl on Monday. They named her Lucia.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Her name is Rosalind and she came in with chest pain last night.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A teacher named Ingrid stopped by to drop off cookies for the front desk.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Ingrid, our lab tech, is out for her knee surgery until March.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestPublicFiguresByDeedAreNoOne (session 16, t16clean): a figure told
// by a public office written short ("Gov. Ana Reyes", "Sen. Bill
// Okafor"), addressed by their office ("Madam Mayor"), wished to have
// seen something ("Patsy Cline would've loved our playlist"), or named as
// the maker of a titled work ("Ray Charles recorded 'Georgia on My
// Mind'") is no one's patient when no health is told, and is noted.
// Near misses: an office holder's health, a person who would have liked
// a visit, a note a person wrote about their care keep their verdict.
func TestPublicFiguresByDeedAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Gov. Ana Reyes stopped by our booth at the county fair and spun the trivia wheel!", want: post.VerdictPass},
		{text: "Thanks to Sen. Bill Okafor for cutting the ribbon on our new entrance.", want: post.VerdictPass},
		{text: "Madam Mayor, thank you for joining our open house!", want: post.VerdictPass},
		{text: "Patsy Cline would've loved our new lobby playlist 🎶", want: post.VerdictPass},
		{text: "Happy Labor Day. Cesar Romero would have wanted everyone to take the day off.", want: post.VerdictPass},
		{text: "Ray Charles recorded 'Georgia on My Mind' a few miles from our Albany office.", want: post.VerdictPass},
		{text: "Grant Wood painted 'American Gothic' in Eldon, an hour down the road. Our Ottumwa office is open Saturdays.", want: post.VerdictPass},

		// Near misses.
		{text: "Gov. Ana Reyes is recovering from her hip replacement at our clinic.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ingrid Halvorsen would have loved to be here, but her chemo was moved to Friday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ingrid Halvorsen wrote 'Thank You For My New Knee' on our whiteboard.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Ingrid Halvorsen wrote 'Thank You Nurses' on our whiteboard.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Ingrid Halvorsen stopped by the front desk with cookies today.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestNames16Linear: each name looks a few tokens around itself and at
// most one sentence back, so a long post of them grows linearly.
func TestNames16Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "A stray tabby named Tofu. We named her Tofu. Gov. Ana Reyes would've loved 'Moon River'. "+
		"Press 3 for Kajin Majol, Bonne Saint-Jean, Franco-American, named after Ana Reyes, 20°F. Cover up. ")
}

// TestWordsAroundNamesSayNoOne (session 16, t16clean, read on dev80-dev82
// and dev..dev79): a letter after a degree sign or after "U of" is a unit
// or a school, not an initial ("below 10°F. Cover up", "from the U of M.
// Come say hi"); a place told as named after someone ("Fresno was named
// after ..."), a holiday on someone's birthday; a phone menu's language
// of two words ("3 for Kajin Majol"); a song in quotes after "one" or
// "sing"; a people written "X-American"; a saint's day wished ("Bonne
// Saint-Jean!") and the Punjabi greeting "Sat Sri Akal ji" are no one.
// Near misses: a person's initial before a name, a baby named after a
// grandparent with care, a nickname in quotes and a menu option that
// runs on keep their verdicts.
func TestWordsAroundNamesSayNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Wind chills will drop below –15°F. Cover your ears, fingers and nose before the bus stop.", want: post.VerdictPass},
		{text: "Our new front desk intern is from the U of M. Come say hi on Friday!", want: post.VerdictPass},
		{text: "Did you know? Our town was named after Marisol Kimball, a wheat farmer.", want: post.VerdictPass},
		{text: "César Chávez's birthday is a state holiday in California, and our phones stay open as usual.", want: post.VerdictPass},
		{text: "New phone menu: press 1 for appointments, 2 for Chuuk Kapas, 3 for billing.", want: post.VerdictPass},
		{text: "Wash for 20 seconds: that's one 'Cielito Lindo' or two rounds of Happy Birthday 🎶", want: post.VerdictPass},
		{text: "Hand-washing tip: sing 'Frère Jacques' twice if you're Franco-American 😄", want: post.VerdictPass},
		{text: "Bonne Saint-Jean! Our Lewiston office closes at noon on Tuesday. ⚜️", want: post.VerdictPass},
		{text: "Sat Sri Akal ji 🙏 our health table is at the gurdwara this Sunday, 10 to 2.", want: post.VerdictPass},

		// Near misses.
		{text: "Congrats to T. Rice on her new knee!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's son was named after Ignacio Ruiz, his grandpa, who is in the ICU this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout-out to our buddy 'Big Lou' for shoveling the walk!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Press 3 for Marisol Ochoa's voicemail about her biopsy results.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
