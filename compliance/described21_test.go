package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestDescribedByWork21 (session 21, t21desc): one person pointed at by
// what they are (a job, a rank, a school year, a church role, a trade, a
// habit) instead of a name: a pointer before ("the", "our", "that",
// "this year's") and a detail that narrows them to one (a place, an
// employer, a team, a floor, a route, a clause that names one), with
// their own health event in the sentence or the next (PRIV-14 block).
// Near misses: a crowd ("every senior", "all our nurses"), advice to
// anyone ("seniors should ..."), the same description with no care, a
// service they give or host, care they gave someone else, a noun that
// names a place or a program ("the senior center").
func TestDescribedByWork21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A rank, a school year, a trade, a habit, a church role.
		{text: "Our favorite TSgt from the Hill AFB flight line is hobbling around after that ankle sprain, heal up!", want: post.VerdictBlock},
		{text: "The Westfield senior who plays first chair trumpet sprained her ankle at band camp, hope it heals fast 🎺", want: post.VerdictBlock},
		{text: "Our Wednesday regular from the Kroger pharmacy counter: your biopsy came back benign!", want: post.VerdictBlock},
		{text: "This year's Eastview valedictorian was diagnosed with type 1 diabetes in 10th grade and never slowed down.", want: post.VerdictBlock},
		{text: "RIP to the guy behind the deli counter at Sal's who always saved us the heels of the bread. He passed Sunday after a long fight with COPD.", want: post.VerdictBlock},
		{text: "So proud of the RA on the 4th floor of Dunmore Hall who reached out about her depression and is back in class.", want: post.VerdictBlock},
		{text: "Our friend who coaches the Lakeview Little League team is back at practice after his knee surgery.", want: post.VerdictBlock},
		{text: "The organist from Zion Lutheran with the oxygen tank left her glasses in exam room 2 again 👓", want: post.VerdictBlock},
		{text: "That welder from the Nucor plant who came in with the burned forearm is healing up fine.", want: post.VerdictBlock},
		{text: "The pastor at Grace Lutheran got his flu shot today and wants you to get yours!", want: post.VerdictBlock},
		{text: "El panadero de la Panadería Guadalupe ya salió del hospital, su diabetes está bajo control 🙏", want: post.VerdictBlock},

		// Near misses: a crowd, advice, no care, a service, care given.
		{text: "Every senior at Westfield should get a sports physical before August.", want: post.VerdictPass},
		{text: "All our nurses at the Elm office got their flu shots this week!", want: post.VerdictPass},
		{text: "Seniors should get the shingles shot after 50, ask us about it.", want: post.VerdictPass},
		{text: "The Westfield senior who won the science fair stopped by to thank our nurses.", want: post.VerdictPass},
		{text: "The barista at Common Grounds makes the best oat latte in town ☕", want: post.VerdictPass},
		{text: "Our favorite TSgt from the Hill AFB flight line dropped off donuts for the whole team 🍩", want: post.VerdictPass},
		{text: "If the night auditor at your hotel has chest pain, call 911.", want: post.VerdictPass},
		{text: "The lifeguard at Lake Park who did CPR on a swimmer Saturday is a hero. Learn CPR at our class in June!", want: post.VerdictPass},
		{text: "The Westfield senior class is collecting canned goods for the food pantry this week.", want: post.VerdictPass},
		// A compound, a care worker, a visit, a name's capitals.
		{text: "Dr. Greene's brisket took the ER cook-off again this year, nobody else stands a chance 🍖", want: post.VerdictPass},
		{text: "Our Tagalog-speaking health worker is at the Westside library every Tuesday to help with forms.", want: post.VerdictPass},
		{text: "The surgeon from Mercy General who fixed her hip is speaking at our fall lecture.", want: post.VerdictPass},
		// PRIV-10 warns on the role in a post with a visit (older rule); this rule adds no block.
		{text: "Our Somali interpreter is available for appointments at both offices, just ask when you book.", want: post.VerdictReview},
	})
}

// TestDescribedByWorkLinear21: many described workers with care in one
// long text stay linear.
func TestDescribedByWorkLinear21(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"the welder from the Nucor plant with the burned forearm ",
		"our favorite TSgt from the Hill AFB flight line ankle sprain ",
		"the organist who plays at Zion Lutheran had her surgery. ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestDescribedByWorkNotTheirs21: the description is found, but the care
// in its sentence is not theirs: something they say or ask, a crowd's,
// or told to the reader. The older role rule (PRIV-10) may still weigh
// these; this rule adds nothing.
func TestDescribedByWorkNotTheirs21(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"The football coach at Westfield High says every player needs a concussion baseline before tryouts.",
		"The pastor at St. Mary's asked us to remind you that colon cancer screening starts at 45.",
		"The Westfield senior who won the science fair wants everyone to know the signs of a stroke.",
		"The owner of the Elm Street bakery hosted our diabetes cooking demo, thank you!",
		"Please welcome our new hire, a Fresno State graduate who spent five years in a cardiology clinic.",
		"Thank you to the owner of Sal's Deli for feeding our staff all through the COVID surge.",
		"The Westfield High principal will kick off our 5K for diabetes Saturday morning.",
	} {
		d := Draft{Text: text}
		s := c.newScan(&d, d.Text, "")
		if fs := s.describedByWork(); len(fs) > 0 {
			t.Errorf("%q: described person with care %q, want none", text, fs[0].Match)
		}
		s.release()
	}
}
