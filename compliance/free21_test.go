package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFreeNoCare21 (session 21, t21clean): "free" next to a check that
// looks at a thing, not a person (a car seat, a bike helmet, the tap
// water, the radon in a basement), offers no care; "no appointment"
// after "free" says how to come, not what is free; and "the coffee is
// free" names what is free before the verb. A free check of a person,
// "free" whose thing is care, and care named before "is free" keep the
// warning.
func TestFreeNoCare21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Rear-facing as long as the seat allows! Free car seat checks at the Oakdale Fire Department the first Saturday of the month.", want: post.VerdictPass},
		{text: "Free car-seat checks with Maple Grove Fire on Saturday, 9 to noon, in our back parking lot 🚗", want: post.VerdictPass},
		{text: "Booster seat check Saturday at Lincoln Park, 10am to 2pm. Free, no appointment.", want: post.VerdictPass},
		{text: "Car seat check Saturday at Station 4, free and no appointment needed 🚒", want: post.VerdictPass},
		{text: "Old houses on the east side can have lead pipes. The county offers free water testing, link in bio.", want: post.VerdictPass},
		{text: "January is radon month: the health department has free radon testing kits for basements.", want: post.VerdictPass},
		{text: "Bike helmet checks are free at the Saturday market booth, bring the kids!", want: post.VerdictPass},
		{text: "Nobody loves a winter visit. At least the waiting room is warm and the coffee is free ☕", want: post.VerdictPass},
		{text: "Parking is free in the garage behind the clinic after 5pm.", want: post.VerdictPass},
		{text: "Visita de niño sano? Los asientos de carro: free car seat checks at the fire station on Main.", want: post.VerdictPass},

		// Twins: care that is free still warns.
		{text: "Free car seat checks and free well-child exams this Saturday at our office.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free lead screening for kids under 6 at our Main St office.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Flu shots Saturday at our office. Free, no appointment needed.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free, no appointment needed: flu shots at our office all day Saturday.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Winter visits are no fun, but the flu shot is free ☕", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Flu shots and coffee are free at our office this Saturday.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Your first visit is free at our office.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free blood pressure checks at our office all week.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free hearing tests at our office, no appointment needed.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free well checks for newborns at our office.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestFreeNoCare21Linear: a long clause of "X is free" and car-seat
// checks costs in proportion to its length.
func TestFreeNoCare21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"the coffee is free and car seat checks are free and no appointment is needed and ",
		"coffee tea water flu shots and radon testing are free ",
	} {
		requireLinearText(t, c, unit)
	}
}
