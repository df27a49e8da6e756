package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPublicBodiesNoOne21 (session 21, t21clean): a state's quit line or
// help line written as one word ("the NH QuitLine", "the Smokers'
// Helpline"), an office named for its officer ("the Stearns County
// Sheriff's Office drop box") and a county where a season's illness
// starts ("Spring allergies start early in Stearns County") are no one
// and no one's home. The officer themselves with their own care, a
// person placed in the county with an illness, and a name that only ends
// in "line" keep their verdicts.
func TestPublicBodiesNoOne21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ready to quit smoking? The Vermont QuitLine, 1-800-QUIT-NOW, is free and confidential, and we can help you make a plan.", want: post.VerdictPass},
		{text: "Trying to quit vaping? The Ohio Tobacco Helpline is 1-800-QUIT-NOW, and our nurses can help too.", want: post.VerdictPass},
		{text: "Feeling low after the holidays? The county Warmline listens, no crisis needed: 555-0100.", want: post.VerdictPass},
		{text: "Lock up your opioids and drop unused pills at the Wright County Sheriff's Office drop box. No questions asked.", want: post.VerdictPass},
		{text: "Old prescriptions? The Marion County Sheriff's Department takes unused medications every Saturday.", want: post.VerdictPass},
		{text: "Spring allergies start early in Stearns County. Keep windows shut on high-pollen days.", want: post.VerdictPass},
		{text: "Flu is up in Benton County. Get your shot this week.", want: post.VerdictPass},
		{text: "Ragweed allergies peak in late August across Licking County 🌾", want: post.VerdictPass},

		// Twins: a person, and the officer's own care.
		{text: "Call Rep. Dalton's office and tell her our rural clinics need the funding bill.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "The Wright County Sheriff had knee surgery last week, get well soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Madeline called the QuitLine after her lung cancer diagnosis and quit on day one!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A teacher in Stearns County has measles, so watch for a rash.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Flu hit our patient in Benton County hard, she is in the ICU.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Her allergies started early in Stearns County this spring.", want: post.VerdictBlock, rule: "PRIV-07"},
	})
}

// TestPublicBodiesNoOne21Linear: many counties, lines and offices in one
// long sentence, or in many sentences, cost in proportion to the text.
func TestPublicBodiesNoOne21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"flu is up in Benton County and in Licking County and the QuitLine and the Wright County Sheriff's Office and ",
		"Flu is up in Benton County. ",
		"Allergies start early in Stearns County, a man in Stearns County has flu, ",
	} {
		requireLinearText(t, c, unit)
	}
}
