package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTriviaOfCareHere23: "fun fact" (or a trivia word with a year long
// past) makes a whole name a figure of trivia. A famous athlete's injury
// told as trivia stays trivia (att22's fix blocked it and was withdrawn:
// these traps come first); a patient's care told as a fun fact of the
// practice's own past is placed here ("here", "with us", "at our
// clinic", "aquí", "con nosotros") and blocks. Our own wording.
func TestTriviaOfCareHere23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first: figures of trivia, care not placed here
		{text: "Fun fact: Babe Ruth had his tonsils out in 1923.", want: post.VerdictPass},
		{text: "Fun fact: Wilma Rudolph wore a leg brace as a child and won three Olympic golds in 1960.", want: post.VerdictPass},
		{text: "Kerri Walsh vaulted on a sprained ankle in 1996. Iconic. Please don't.", want: post.VerdictPass},
		{text: "Fun fact: Babe Ruth had his tonsils out right here in Baltimore in 1923!", want: post.VerdictPass},
		{text: "Fun fact: Virginia Apgar created the Apgar score in 1952, and we still use it here every day.", want: post.VerdictPass},
		{text: "Fun fact: our office opened here in 1987 with two exam rooms!", want: post.VerdictPass},
		{text: "Dato curioso: Roberto Clemente jugó 18 temporadas y murió en 1972 llevando ayuda a Nicaragua.", want: post.VerdictPass},
		// care placed at the practice: a patient's story
		{text: "Fun fact: Dana Whitfield had her gallbladder out here in 2003!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Fun fact: Dana W. had her gallbladder out here in 2003!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Fun fact: Marcus Bell had his knee surgery with us back in 2001, now he coaches the Rams.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Trivia time! Gloria Estrada got her pacemaker at our clinic in 1998, the first we ever placed.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dato curioso: Lucía Ferreira tuvo su cirugía de rodilla aquí en 2005.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dato curioso: Marta Ibarra tuvo su operación de cadera con nosotros en 1999.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestKinWordAloneCare23: a kin word used as the name ("Pops",
// "Meemaw", "Grandma", "Abuela") or a nickname ("Big Moose") opening a
// sentence and doing what a person does, with their own care in the
// sentence, is a person with their health (PRIV-10 block). Places,
// leagues and firms named "Big X" or "Little X" are no one. Kin words in advice, questions, orders to
// the reader, prevention modelled and crowds name no one. Our own
// wording.
func TestKinWordAloneCare23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first
		{text: "Call Grandma to remind her about her flu shot.", want: post.VerdictPass},
		{text: "Moms, your kids need boosters before school starts.", want: post.VerdictPass},
		{text: "Grandpas, get your prostate screening this month.", want: post.VerdictPass},
		{text: "Take Grandma to get her shingles shot this fall.", want: post.VerdictPass},
		{text: "Does Grandma have her flu shot yet? Bring her by Saturday.", want: post.VerdictPass},
		{text: "Grandma got her flu shot today, have you? Walk-ins welcome.", want: post.VerdictPass},
		{text: "Pops says thanks to the whole team!", want: post.VerdictPass},
		{text: "Grandma knows best: wash your hands before dinner.", want: post.VerdictPass},
		{text: "If Grandma is home after hip surgery, take up the throw rugs.", want: post.VerdictPass},
		{text: "Is Grandpa home after his knee replacement? Here are five ways to help him heal.", want: post.VerdictPass},
		{text: "Grandma's recipes, made lighter: our diabetes cooking class starts Monday.", want: post.VerdictPass},
		{text: "Big Sur is beautiful after the rains, and our Monterey office has flu shots all week.", want: post.VerdictPass},
		{text: "Little Rock is ready for flu season: shots at both offices this week!", want: post.VerdictPass},
		{text: "Big Ten is back! Sports physicals every Saturday in August 🏈", want: post.VerdictPass},
		{text: "Big Sky Brewing is donating a round to every runner at our cancer walk.", want: post.VerdictPass},
		{text: "Old Town is closed for the parade Saturday; our clinic stays open for flu shots.", want: post.VerdictPass},
		// a kin word as the person, with their own care
		{text: "Pops is home after his bypass and already asking for biscuits.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Meemaw finished chemo! Ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Papaw got his new knee on Tuesday and he's walking laps already.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mamaw is walking again after her hip surgery 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandpa finished his last round of radiation today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "🎉 Auntie finished her last round of chemo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Abuela salió del hospital después de su cirugía de cadera.", want: post.VerdictBlock, rule: "PRIV-10"},
		// a nickname with no "he" or "she" after, with care
		{text: "Big Moose is back at the rink after knee surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lil Tony got his cast off today and went straight to practice ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestJerseyAndPositionCare23: a player told by a jersey number or by the
// one position a team has, in shapes session 16 did not read: a team's
// line ("#19 on the Komets blue line", "#22 on the Redhawks D-line"), a
// school after "at", "see #23 from the ...", a number opening its
// sentence with its own care ("#23 is cleared to play after his
// concussion protocol"), a team ending in "Sox", a team's acronym or
// possessive before the position ("TU's starting point guard", "the UB
// point guard") and team words between ("Eastside girls varsity keeper").
// Ranks, buses, booths, plural positions and players with no care pass.
// Our own wording.
func TestJerseyAndPositionCare23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first
		{text: "We're #1 on the Tulsa World's readers' list again, thanks for voting! See you at the game 🏈", want: post.VerdictPass},
		{text: "Take bus #9 on the Route 4 line to Friday's game 🏈", want: post.VerdictPass},
		{text: "#23 is our favorite number this season 🏀 sports physicals Saturday!", want: post.VerdictPass},
		{text: "Go Wildcats! #23 scored twice tonight 🏈", want: post.VerdictPass},
		{text: "Point guards and goalies: sports physicals are open Saturday 🏀", want: post.VerdictPass},
		{text: "The UB point guard signed posters at our booth Saturday 🏀", want: post.VerdictPass},
		{text: "Booth #4 at the game has blood pressure checks all night 🏈", want: post.VerdictPass},
		{text: "The Red Sox won again and our Sox fans are thrilled ⚾", want: post.VerdictPass},
		{text: "Meet Will! He's our newest PT, a former D2 pitcher, and he loves talking Mariners baseball ⚾", want: post.VerdictPass},
		// one player, their care
		{text: "#19 on the Falcons blue line, we saw you at walk-in for that wrist fracture. Heal up 🏒", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to #22 on the Central Redhawks D-line, cleared to play after that ACL repair! 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "#23 on the Broncos line got cleared to play after concussion protocol this week 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "To #22 on the Waite Indians offensive line who came in Friday with a concussion, rest up! 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So happy to see #14 from the Lincoln Lynx back on the court after his knee surgery 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Go Tigers! 🏈 #23 is cleared to play Friday after finishing his concussion protocol with us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout out to #12 at Ridgeview High for getting cleared to play after his concussion! 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to Bay Sox #22 who limped in Thursday with an ankle sprain and still made the game ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "That WooSox bat boy who took a foul ball to the head Friday is doing great after his CT scan with us ⚾", want: post.VerdictBlock},
		{text: "TU's starting point guard was in for a concussion check this morning 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Eastside girls' varsity keeper took a cleat to the head Friday, concussion protocol done ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNames23Linear: the kin-word, trivia and player readings walk each
// sentence and each health detail a bounded number of times, so a long
// post of them costs time in proportion to its length.
func TestNames23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Pops is home after his bypass and his knee surgery. ",
		"Meemaw finished chemo and radiation and dialysis ",
		"Fun fact: Dana Whitfield had her gallbladder out here in 2003 with us at our clinic aquí. ",
		"fun fact Dana Whitfield Omar Haddad had surgery here ",
		"Go Tigers! 🏈 #23 is cleared to play after his concussion protocol, #12 at Ridgeview High got his cast off, TU's starting point guard had knee surgery. ",
		"#23 is cleared after his concussion ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestNames23OddInput: marks alone, one word, a kin word at the very end
// and invalid text cause no panic.
func TestNames23OddInput(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "!!!", "🎉🎉", "Pops", "Pops is", "Big Moose", "Big", "#23", "#23 is", "Fun fact: here",
		"Grandma!!! 🎉", "\x00\xff", "TU's", "the UB"} {
		c.Check(t.Context(), Draft{Text: text})
	}
}
