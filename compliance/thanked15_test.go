package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestThankedForWorkInMoreShapes (session 15, t15prec): a neighbour, a
// pastor or a driver thanked for what they did or gave for the practice,
// where the health word is the topic of the work or the gift ("for
// hauling the flu vaccine", "for the care packages", "por prestarnos el
// salón para la noche de vacunas"), goes to a person (PRIV-10 warn): any
// verb of doing, a thing given, thanks in the families' languages
// ("Hvala", "Gracias ... por", "Merci ... pour") and a workplace between
// the name and "for" ("Linda at the pharmacy counter for ..."). Their own
// care told in the thanked clause still blocks. Rules alone (PRIV-16
// disabled).
func TestThankedForWorkInMoreShapes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shout-out to Marcel Okafor for lugging 30 cases of flu vaccine up our back stairs!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you Deacon Harold Vance and St. Luke's for the care packages for our dialysis families!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Shoutout to Brenda at the Walgreens pharmacy counter for staying open late so everyone's prescriptions got filled.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Hvala Amra Mujić for translating our blood pressure handouts into Bosnian!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Gracias a Don Ernesto Salas por prestarnos la cocina para la clase de diabetes 🙏", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: their own care in the thanked clause.
		{text: "Shout-out to Marcel Okafor for coming back to work right after his knee surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Deacon Harold Vance for the photos from his chemo days.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hvala Amra Mujić for sharing her story about beating breast cancer!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Gracias a Don Ernesto Salas por venir a su cita de diabetes con una sonrisa 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Brenda for being such a brave patient during her biopsy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big shoutout to Marcel Okafor for finishing radiation this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kudos to Brenda Lowe for doing physical therapy three times a week", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Deacon Harold Vance for trusting us with his cataract surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
