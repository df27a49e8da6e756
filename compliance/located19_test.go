package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestHouseholdLocated19 (session 19, t19leak): one household, family or
// home told by where it is (a ZIP code, a street, a landmark, a
// building) with a diagnosis or outbreak detail names the people in it
// to their neighbours (block; PRIV-14 when no other rule reads it, Safe Harbor B). Near misses: an
// outbreak said of a town or county, a household located with no
// illness, an offer to every household in a ZIP code, the practice's own
// office by a landmark.
func TestHouseholdLocated19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Heads up: two measles cases this week, both in one household on Maple Grove Rd near the Kroger.", want: post.VerdictBlock},
		{text: "three kids with strep from the same family in 43207, right behind the Dollar General", want: post.VerdictBlock},
		{text: "The household across from Schiller Park tested positive for COVID, all five of them. Stay home if you're sick!", want: post.VerdictBlock},
		{text: "Four hepatitis A cases so far, all from the same home off Route 23 by the grain elevator.", want: post.VerdictBlock},
		{text: "TB exposure in one apartment in building C of the Riverside Commons complex — we've reached the family.", want: post.VerdictBlock},
		{text: "Una familia en la calle Oak, junto a la lavandería, tiene tres casos de hepatitis.", want: post.VerdictBlock},

		// Near misses.
		{text: "Flu cases are up in Franklin County — get your shot!", want: post.VerdictPass},
		{text: "Measles cases were confirmed in Ohio this month; check your vaccine records.", want: post.VerdictPass},
		{text: "Every household in 43215 can pick up COVID tests at our front desk.", want: post.VerdictPass},
		{text: "One family on Maple Grove Rd donated 40 winter coats to our coat drive 🧥", want: post.VerdictPass},
		{text: "Families near the Kroger on Parsons Ave: free flu shots Saturday!", want: post.VerdictPass},
		{text: "Our office right by the Kroger is open late Thursdays for sick visits.", want: post.VerdictPass},
		{text: "If one person in a household has the flu, everyone should wash their hands often.", want: post.VerdictPass},
		{text: "Please write your name at the top of the form, and text us a photo of your insulin list.", want: post.VerdictPass},
	})
}

// TestCaptureShowsName19 (session 19, t19leak): a screenshot, photo or
// text message the post says shows a person's name ("name's at the top",
// "you can see her name"), with their care in the post, discloses that
// care as the name itself would (block; PRIV-12 when no other rule reads it). Near misses: a
// screenshot of the practice's hours or portal, a message whose name is
// hidden, a screenshot of a public map.
func TestCaptureShowsName19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "ok posting this screenshot of her message (her name's right at the top, oops) bc she thanked us for catching her melanoma early 😭", want: post.VerdictBlock},
		{text: "Here's a screenshot of the text a patient sent after her biopsy came back clear — you can see her name but she's cool with it!", want: post.VerdictBlock},
		{text: "Pic of the thank-you card from the family whose dad we sent to the ER with a stroke, full name and all, framed on our wall ❤️", want: post.VerdictBlock},
		{text: "Captura del mensaje de una paciente (sale su nombre arriba, luego lo tapo) agradeciendo por su cirugía de vesícula 🥹", want: post.VerdictBlock},

		// Near misses.
		{text: "Screenshot of our new holiday hours 👇 share with your family!", want: post.VerdictPass},
		{text: "Here's a screenshot of the portal login page so you can find the refill button.", want: post.VerdictPass},
		{text: "Screenshot of the CDC flu map: cases are up across Ohio, get your shot.", want: post.VerdictPass},
		{text: "Posting our office manager's screenshot of the new schedule — her name's at the top since she built it!", want: post.VerdictPass},
	})
}

// TestDescribedLocatedLinear19: descriptions, households and captures
// are each read a few words around their word, and the care asked of a
// bounded number of sentences, so a long run of them stays linear.
func TestDescribedLocatedLinear19(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"the Bexley Lions goalie with the braids stitches ",
		"the lady who sells tamales has diabetes ",
		"one household in 43207 right by the Kroger has measles ",
		"screenshot of her text name at the top thyroid nodule ",
		"Kevin is at his own appointment 6 weeks after knee surgery ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestCaptureNamesLinear19: many names said to show in one long sentence
// whose picture word comes last stay linear.
func TestCaptureNamesLinear19(t *testing.T) {
	c := rulesChecker(t, testProfile())
	requireLinear(t, c, "names at the top, then a screenshot", func(n int) Draft {
		return Draft{Text: strings.Repeat("her name at the top ", n/20) + "in the screenshot"}
	})
}
