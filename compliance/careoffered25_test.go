package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCareOfferedInTown25: a care the practice offers, placed in its
// towns or its region ("diabetes care in Ardmore", "the best asthma care
// south of Tulsa", "sleep apnea treatment now available in Athens"), is
// an advertisement, no one's home beside a condition (PRIV-07). Its
// superlatives stay CLAIM-02's to warn on. A patient told in the town
// ("a woman from Ardmore came in with chest pain", "her diabetes care in
// Ardmore"), or a named person's care there, still block. The flagged
// ones come first.
func TestCareOfferedInTown25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: a patient, a pronoun's care, a named person's.
		{text: "A woman from Ardmore came in with chest pain this week.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient in Athens is recovering from sleep apnea surgery.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "A diabetic from Shiprock lost his foot last month.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "His diabetes care in Ardmore fell apart after the amputation.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Diabetes care for Rosa in Ardmore has been hard since her amputation.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The only dialysis patient in Crownpoint missed treatment this week.", want: post.VerdictBlock, rule: "PRIV-07"},

		// Pass: the care offered in a town.
		{text: "Diabetes care in Ardmore, close to home.", want: post.VerdictPass},
		{text: "Sleep apnea treatment, now available in Athens and Commerce.", want: post.VerdictPass},
		{text: "Kidney care near Gallup: our nephrologist sees patients every other Tuesday.", want: post.VerdictPass},
		{text: "Cuidado de la diabetes en Ardmore, cerca de su casa.", want: post.VerdictPass},

		// Review: a superlative stays CLAIM-02's warning, no block.
		{text: "The best asthma care south of Tulsa 💙", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "The most trusted cancer care in West Texas.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Dr. Greene is the top-rated diabetes doctor in Northeast Ohio.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Dr. Patel is the top-rated asthma doctor in Southwest PA.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "The most advanced kidney care in East Maui 🌺", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "The finest arthritis care west of Spokane.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Breakthrough new COPD treatment now available in Macon!", want: post.VerdictReview, rule: "CLAIM-03"},
	})
}
