package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPublicFigureByFrame (session 19, t19clean): a public figure no list
// holds is told by what the sentence does with the name, not by the name:
// a deed on the big stage ("won three Super Bowls", "put Dyersville on the
// map", "founded the Girl Scouts", "became the first woman to"), an event
// named for them ("Patsy Cline tribute night", "Chief Joseph history
// talk", "Tom Petty-era fans"). With a health detail in the sentence, a
// patient cue, the name told as one of the practice's people or greeted,
// it is weighed as anyone's.
func TestPublicFigureByFrame(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Deeds on the big stage.
		{text: "Tom Brady was a sixth-round pick before he won seven Super Bowls. Where you start is not where you finish.", want: post.VerdictPass},
		{text: "Bob Feller put Van Meter on the map with that fastball. Our lobby still has his poster.", want: post.VerdictPass},
		{text: "Juliette Gordon Low founded the Girl Scouts in a Savannah parlor in 1912. Cookie season starts Friday!", want: post.VerdictPass},
		{text: "Bessie Coleman became the first Black woman to earn a pilot's license. Dream big, Eastside.", want: post.VerdictPass},
		{text: "Roberto Clemente ganó dos Series Mundiales con Pittsburgh. ¡Feliz día de la herencia hispana!", want: post.VerdictPass},
		{text: "Shawn Johnson won Olympic gold on the beam as a teenager from West Des Moines 🥇 go chase it", want: post.VerdictPass},
		// An event named for them.
		{text: "Patsy Cline tribute night at the Elks Lodge Friday — half our nurses are singing backup 🎤", want: post.VerdictPass},
		{text: "Chief Joseph history talk at the public library Saturday. Stop by our table for free sunscreen.", want: post.VerdictPass},
		{text: "Celia Cruz karaoke at the staff party went long. ¡Azúcar! 🎶", want: post.VerdictPass},
		{text: "Calling all Tom Petty-era fans: the lobby playlist is yours this week.", want: post.VerdictPass},
		{text: "Selena tribute concert at the civic center tonight. Our front desk will be the loud ones in purple 💜", want: post.VerdictPass},

		// Near misses: a neighbour with the same name and care, a figure
		// said to be a patient, an event that tells a patient's care.
		{text: "Tom Brady from our Tuesday walking group is home after his knee replacement.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shawn Johnson won gold at the Senior Games six months after her hip surgery with us!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Bob Feller, our patient of 20 years, who won the Super Bowl office pool!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Patsy Cline tribute night raised money for Maria Lopez's chemo bills.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mike Ortiz won the chili cook-off at the fire hall!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Welcome, Chief Joseph! Glad to have you at the Saturday talk.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestThingsReadAsPeople (session 19, t19clean): a thing that carries a
// name is no one: one of a kind after "a" or "one" ("a 1968 Fender", "one
// very nice Stetson"), a song or book quoted after its singing or reading
// ("singing 'Cielito lindo'"), a rivalry's game or bet ("the Iron Bowl
// bet", "the Cy-Hawk game"). The same word as a person's name with care
// is still someone.
func TestThingsReadAsPeople(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Somebody left a 1968 Fender in the break room. Claim it by Friday 🎸", want: post.VerdictPass},
		{text: "Lost and found has two umbrellas and one very nice Stetson.", want: post.VerdictPass},
		{text: "The whole staff was singing 'Cielito lindo' at the holiday party, badly.", want: post.VerdictPass},
		{text: "Dr. Kim lost the Cy-Hawk bet, so she's in a Hawkeyes hoodie all day 😂", want: post.VerdictPass},

		{text: "Stetson from the feed store had his tonsils out this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lost and found has one very nice Stetson, and Stetson from the feed store says his tonsils are out.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria won the Cy-Hawk bet and then sprained her ankle celebrating.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Spanish "a" is "to": "saludos a Faith" greets a person.
		{text: "Saludos a Faith y a toda la familia Vigil de Chama.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestPublicFramesLinear19: the looks after a name for a deed, an event
// noun or a quoted title are bounded, so a long sentence of names and
// deeds grows linearly.
func TestPublicFramesLinear19(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Kurt Warner and Dan Gable founded a Super Bowl tribute night, ")
	requireLinearText(t, c, "singing 'Amor eterno' with a 1964 Gibson and the Cy-Hawk bet put Waterloo on ")
	requireLinearText(t, c, "in honor of Prince, Mister Rogers said that was not Jalen Brunson? no, a tribute to Selena songs ")
}

// TestPublicSayingsAndLookalikes (session 19, t19clean): a public
// figure quoted in a post of legends, history or motivation, a character
// everyone knows by a courtesy title ("Mister Rogers", "Mr. Bingle"), a
// famous look-alike the post says is not here, and a star by one name
// honored where their works play. A neighbour quoted with no such cue, or
// any of them with care in the sentence, keeps its verdict.
func TestPublicSayingsAndLookalikes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Monday motivation: Dawn Staley said 'Be fearless.' See you at Saturday's walk.", want: post.VerdictPass},
		{text: "Words of wisdom for a snowy week: Mister Rogers said to look for the helpers. Ours drive the plows.", want: post.VerdictPass},
		{text: "Mr. Bingle is back in the department store window and the front desk has already visited twice ☃️", want: post.VerdictPass},
		{text: "Mrs. Doubtfire is on the waiting room TV again and nobody is complaining.", want: post.VerdictPass},
		{text: "No, that was not Jalen Brunson in our parking lot. Just a very tall fan in a Knicks jersey 🏀", want: post.VerdictPass},
		{text: "Sabrina Ionescu does not work here, but our front desk can hit a three.", want: post.VerdictPass},
		{text: "Tribute to Selena all afternoon: the waiting room speakers are playing her songs 💜", want: post.VerdictPass},

		{text: "Monday motivation: Dawn Staley from our walking club said she finally beat her knee pain!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mister Rogers from the pharmacy next door had his stitches out today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria Lopez said the new parking lot is great.", want: post.VerdictReview, rule: "PRIV-10"},
		// An initial after a courtesy title is a neighbour's, not a character's.
		{text: "Reminder for Mr. T. Okafor: your biopsy results are back, please call us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sabrina Ionescu does not work here anymore; she is out on medical leave after her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "In honor of Maria, who finished chemo today, the waiting room is playing her favorite songs.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
