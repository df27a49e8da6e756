package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPriceWordsThatPriceNothing (session 15, t15clean): CLAIM-07 words
// that offer no price of care. A phone number to save ("Save 614-555-2368
// in your phone") is no saving; a "-free" compound says "without"
// ("wait-free", "hassle-free"); free interpreters are language access the
// law requires, told in the sentence with them or the one before ("Need
// a Chin interpreter? It's free"), even when a language is also a body
// word ("Chin"). Near misses: a real saving, a cost-free visit and a
// free visit beside the interpreters keep their warning. Rules alone.
func TestPriceWordsThatPriceNothing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Save 614-555-2368 in your phone so you never miss a reminder call from us.", want: post.VerdictPass},
		{text: "Guarda el 614-555-2368 en tu teléfono. Save 614 555 2368 too!", want: post.VerdictPass},
		{text: "No promises of a wait-free visit during flu season, but we'll text you when your room is ready.", want: post.VerdictPass},
		{text: "Our new check-in kiosks make for a hassle-free visit.", want: post.VerdictPass},
		{text: "Need a Somali or Chin interpreter? Just ask at check-in. It's free, every time.", want: post.VerdictPass},
		{text: "Need an interpreter? Tell the front desk. It's always free, at every visit.", want: post.VerdictPass},
		{text: "Interpreters for Hmong, Chin and Nepali are free at every appointment.", want: post.VerdictPass},
		{text: "Medical interpreters in Karen and Chin are available at no charge at both offices.", want: post.VerdictPass},

		// Near misses: a saving, a visit without cost and a free visit
		// beside the interpreters are prices of care.
		{text: "Save $50 on your first facial this month!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Save 30 on your first visit with code NEW30.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "A cost-free visit for every new patient in March.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Interpreters are at every visit, and the first visit is free for kids.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Need an interpreter? Just ask. Sports physicals are free this week, too.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestPriceWordsLinear: each "free" after an interpreter reads at most
// the two sentences before it, so a long post of them grows linearly.
func TestPriceWordsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Need a Chin interpreter? It's free. Save 614-555-2368 for a wait-free visit. ")
}
