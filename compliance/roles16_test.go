package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of session 16's one-person roles (issue 11, t16role): someone
// picked out with no name, by a jersey number with the team it plays
// for, by the one position a team has, by a job at a place named, by the
// mascot costume they wear or by their account's handle, beside a health
// event of theirs. Our own wording of each shape, with the near misses
// that must keep their verdict: the same person with no health event, a
// health event of no one, a number or a position that is no player.

// TestJerseyNumberWithTeam: "#12 on the Riverdale Rams", "number 31 for
// the Clovis East Timberwolves", "Madera South varsity #8", "the Knights'
// catcher #2": a number and the team it is worn for are one player. A
// rank ("#1 on the Bee's list"), a bus, a booth and a player with no
// health event are not a player's care.
func TestJerseyNumberWithTeam(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big shoutout to #12 on the Riverdale Rams, who sprained her wrist Friday and is already back in the gym 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to number 31 for the Clovis East Timberwolves on getting cleared after his concussion!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Madera South varsity #8 came in limping with a rolled ankle, he'll be back for the playoffs 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Selma Bears #4: that torn meniscus is healing, see you on the court!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "To #7 with the Tulare Union girls soccer team: your stitches come out Tuesday, no heading the ball till then ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "#1 on the Fresno Bee's readers' list again! Thank you for voting, see you at the game Friday 🏆", want: post.VerdictPass},
		{text: "We're #2 on the Clovis Chamber's list of top employers for the second year!", want: post.VerdictReview},
		{text: "Number 12 on the Riverdale Rams scored twice tonight! 🏀", want: post.VerdictPass},
		{text: "Take the #9 to the Shaw Ave stop for our flu clinic, it runs every 20 minutes.", want: post.VerdictPass},
		{text: "Sports physicals for the Riverdale Rams this Saturday. Go Rams! 🏈", want: post.VerdictPass},
		{text: "Booth #14 at the Big Fresno Fair: free blood pressure checks all weekend 🎡", want: post.VerdictPass},
	})
}

// TestOnePositionOfATeam: the one position a team has, with the team's
// name and no article ("Bulldogs QB1", "Goalie for the Sanger Apaches"),
// after "your" or "our" ("your Panthers point guard", "our Grizzlies bat
// boy"), or after the team's possessive ("the Clovis West Eagles'
// starting center"). Positions said to everyone and a player with no
// health event keep their verdicts.
func TestOnePositionOfATeam(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Bulldogs QB1 is back at practice after that shoulder sprain 🏈 go get 'em Friday", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Goalie for the Sanger Apaches girls is cleared after her concussion ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "your Panthers point guard got her cast off today 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sending love to the Clovis West Eagles' starting center, who tore his meniscus Friday night.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon to our Grizzlies bat boy who broke his wrist at Tuesday's game ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Point guards, centers and goalies: sports physicals are open Saturday 🏀", want: post.VerdictPass},
		{text: "Goalie for the Sanger Apaches made 12 saves tonight ⚽", want: post.VerdictPass},
		{text: "Ask your Panthers coach about our concussion baseline testing.", want: post.VerdictPass},
		{text: "The Fresno Senior Center has flu shots Friday from 9 to noon.", want: post.VerdictPass},
	})
}

// TestJobAtAPlaceNamed: a job only one person has at a place named, the
// place told by its possessive ("Sunnyside High's longtime crossing
// guard", "Clovis Unified's longest-serving bus driver"), by a route or a
// dorm floor ("the mail carrier on our Tulare route", "the RA on Baker
// Hall 2nd floor") or by a hyphenated town ("the Sugar-Pine postmaster").
func TestJobAtAPlaceNamed(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sunnyside High's longtime crossing guard had his gallbladder out last week and is back on the corner Monday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Clovis Unified's longest-serving bus driver is home after his bypass. We miss you!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the mail carrier on our Tulare route is back on her feet after her knee surgery 📬", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Strep is going around 😷 the RA on Baker Hall 2nd floor was our third case this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon to the Sugar-Pine postmaster, home after his hip replacement!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sunnyside High's crossing guard reminds everyone to slow down near the school.", want: post.VerdictPass},
		{text: "Bus drivers can get free flu shots here Friday, and so can the Sunnyside High crossing guards.", want: post.VerdictPass},
		{text: "RA training at Baker Hall covers spotting mono and strep in residents.", want: post.VerdictPass},
		{text: "Our Sugar-Pine office now offers hip replacement consults.", want: post.VerdictPass},
		// A role in apposition to a name says who the name is: the name
		// decides.
		{text: "Congrats to Marek Zielinski, Sanger High's valedictorian! We've known him since his first tooth came in 🎓", want: post.VerdictReview},
		// A name the rules do not read as one leaves the role to say who.
		{text: "Happy retirement to Mr. Her, Sanger Unified's longest-serving bus driver 🚌 we'll miss seeing you at your monthly warfarin checks!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestInsideTheMascot: whoever wears a mascot's costume is one person the
// whole school knows; their injury is theirs. A photo with the mascot and
// advice to anyone in a costume tell no one's care.
func TestInsideTheMascot(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Can't say who was inside the Tommy Tiger costume 🤫 but they sprained a wrist at the pep rally and we wrapped it 😂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Whoever wears the Bulldog mascot suit got heat exhaustion at Friday's game; we cooled them down and they're fine.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Come take a picture with the Tommy Tiger mascot at our flu clinic Saturday!", want: post.VerdictPass},
		{text: "Wearing a mascot costume in the heat? Drink water and take breaks to avoid heat exhaustion.", want: post.VerdictPass},
	})
}

// TestHandleOnANetwork: an account named with the network it is on
// ("'sunnyday_mike72' on IG", "bigdawg_88 on TikTok") names the person as
// a tag does; a tag with a colour in it ("@redhawk_dave") is a person's,
// not the Red Cross's. The practice's own invitations name no one.
func TestHandleOnANetwork(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Whoever 'sunnyday_mike72' is on IG: one year sober this week, we are so proud of you 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "To bigdawg_88 on TikTok: glad the stitches came out clean!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "@redhawk_dave hope the knee feels better after PT!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Follow us on IG for flu shot reminders!", want: post.VerdictPass},
		{text: "Tag us on TikTok with your walking group selfies 💪", want: post.VerdictPass},
		{text: "@AmericanRedCross blood drive at our office Saturday, sign up at the desk!", want: post.VerdictPass},
		{text: "Flu clinic dates and closings: follow @crossroads.fresno on Instagram!", want: post.VerdictPass},
	})
}

// TestRoles16Linear: the role finders walk each token a bounded number of
// times, so a long post of players, positions, dorms, handles and
// costumes costs time in proportion to its length.
func TestRoles16Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Madera South varsity #8 on the Rams, Bulldogs QB1 for the Bears, the RA on Baker Hall, 'mike_72' on IG inside the Tiger costume tore his ACL. ")
}

// TestRolledJointAndNerveRelease: "rolled an ankle" and "carpal tunnel
// release" are a person's hurt and surgery; "rolled her eyes" is a look.
func TestRolledJointAndNerveRelease(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The Kerman postmaster rolled an ankle on his route Tuesday, so be patient with the mail this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Back at the counter already: the Sanger postmaster, two weeks after her carpal tunnel release.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Kerman postmaster rolled her eyes at our line for stamps today 😂", want: post.VerdictPass},
	})
}

// TestWorkerByJobAndClause: a worker told by their trade and a clause
// naming where they work ("the pilot who flies the Bethel mail run") is
// one person there; beside their injury, their care. A clause about the
// practice's own work or the reader's care, and a worker with no health
// event, keep their verdicts.
func TestWorkerByJobAndClause(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "the pilot who flies the Bethel mail run cracked two ribs on the float dock, but he's back in the air next week", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The deckhand who works the Madeline Island ferry came in Tuesday with a crushed finger; it's healing up fine.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Quick win: the lineman who fell off the pole near the Selma substation is out of the hospital and walking.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to the tech who fixed our X-ray machine at the Clovis office!", want: post.VerdictPass},
		{text: "The pilot who flies the Nome mail run brought us a box of masks for the flu clinic.", want: post.VerdictPass},
		{text: "Say hi to the tech who does your MRI at the Fresno office, she's new!", want: post.VerdictPass},
	})
}
