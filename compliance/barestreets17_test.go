package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// bareStreetProfile is a practice whose community names list streets
// named after people ("Harlan Rd", "Dexter Avenue", "Sterling Hwy"): its
// posts name them bare, the way neighbours do.
func bareStreetProfile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.CommunityNames = append(p.CommunityNames, "Harlan Rd", "Dexter Avenue", "Sterling Hwy", "Nolan Street", "Fairmount Park")
	return p
}

// TestCommunityStreetNamedBare: a street the practice lists in its
// community names, written without its kind ("use the Harlan entrance",
// "across Dexter", "Sterling is icy") is the street in a road's context,
// no one (session 18, clean passing). The same word titled, owning
// something or told with no road around it is still a person.
func TestCommunityStreetNamedBare(t *testing.T) {
	checkFamilyCasesFor(t, bareStreetProfile(), []familyCase{
		{text: "Parking lot repaving Tuesday, so please use the Harlan entrance that day.", want: post.VerdictPass},
		{text: "Our overflow parking is the church lot across Dexter 🙏", want: post.VerdictPass},
		{text: "Free parking in the Dexter garage starts next week!", want: post.VerdictPass},
		{text: "Lane closures on Dexter between Nolan and Harlan all week 🚧 give yourself ten extra minutes.", want: post.VerdictPass},
		{text: "Snow day: we open at 10. The Sterling is glare ice, drive slow!", want: post.VerdictPass},
		{text: "Busy weekend downtown, so park in our Harlan lot and walk over.", want: post.VerdictPass},
		{text: "Obras en Dexter toda la semana: usen la entrada de Harlan.", want: post.VerdictPass},
		// Near misses: the same word as a man, titled or owning care,
		// or with no road beside it.
		{text: "Mr. Harlan's biopsy came back clear and he wanted everyone to know!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dexter's knee replacement went great, he is already walking the halls.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to Harlan for fixing our front gate on a Sunday!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats to Sterling on his retirement after 30 years at the mill.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A lab letter for account ending 4471 went to the wrong house on Dexter. Please bring it back to the front desk.", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "Our old receptionist still lives on Harlan and waves at every car 👋", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// staffPetProfile is a practice whose staff go by pet forms the staff
// list does not spell: a first syllable with "i" ("Rosi" for Rosalinda)
// and a first name that is a title word too ("Dr. Lil" for Lilibeth,
// "Dr. Nana" for Nana Adjei).
func staffPetProfile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Rosalinda Ibarra, Front Desk Coordinator", "Lilibeth Ramos, MD", "Nana Adjei, DO")
	return p
}

// TestStaffPetForms: a staff member's pet form and their non-health news
// pass (session 18, clean passing); their health news stays a block and
// a name no staff member goes by stays a person.
func TestStaffPetForms(t *testing.T) {
	checkFamilyCasesFor(t, staffPetProfile(), []familyCase{
		{text: "Happy birthday Rosi!! Our front desk queen turns 40 today 🎂", want: post.VerdictPass},
		{text: "Rosi passed her notary exam! No, she will not notarize your permission slips 😂", want: post.VerdictPass},
		{text: "Trail walk with Dr. Lil this Sunday 🥾 meet at the duck pond, 1 pm", want: post.VerdictPass},
		{text: "Walk with Lil on Saturday. Meet at the trailhead!", want: post.VerdictPass},
		{text: "Dr. Nana is leading the Saturday walking club this month, meet at the library.", want: post.VerdictPass},
		// Near misses.
		{text: "Rosi broke her ankle at the roller rink and is out until March.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy birthday Roxi!! Our favourite neighbour turns 40 today 🎂", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Lil Wayne is on the waiting room playlist again, sorry not sorry.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestBareStreetLinear: the road-context test of a bare community street
// looks at a few words around each name: its cost grows in step with the
// post.
func TestBareStreetLinear(t *testing.T) {
	c := rulesChecker(t, bareStreetProfile())
	requireLinearText(t, c, "Use the Harlan entrance, or park across Dexter. ")
}
