package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestThankedForWorkWider (session 18, t18prec): a neighbour thanked for
// work they did, the health word the work's topic, is a question for a
// person (PRIV-10 warn), not a patient. Three wordings slipped past the
// thanks reader and blocked: thanks in the families' languages
// ("Quyana", "Mahalo", "Miigwech"), the work named after a long "and
// the good folks of <church>" between the name and "for", and a
// workplace whose name holds a health word ("Linda at the Hy-Vee
// pharmacy counter for staying late"). Their own care told after the
// work, or care before it (also after a dash that ends where they are
// from), still blocks.
func TestThankedForWorkWider(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Quyana to Auntie Rose Nanouk for opening our asthma night with a song.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Miigwech to Elder Joe Kingbird for leading the smudge at our diabetes walk.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you Reverend Paul Mayes and the good folks of St. Mark Missionary Baptist for the care kits you left at the recovery house!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Shoutout to Donna at the Main Street pharmacy counter for staying open late so everyone's prescriptions went through.", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: their own care, after the work or before it.
		{text: "Quyana to Auntie Rose Nanouk for opening our asthma night, just two weeks after her own bypass surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Donna, back from the hospital after her stroke, for covering the front desk today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to Donna at the pharmacy counter for getting through chemo and still showing up for us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Quyana to Uncle Pete from Mountain View Homes — blood pressure under control for the first time in years!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
