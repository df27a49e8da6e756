package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestVaccineStock27: vaccines told as the practice's stock (a delivery,
// a shipment, "back in stock", "have arrived") or care words naming an
// on-call duty ("on chemo call") are the office's business, no one's
// care: a person named in the same post (the fire chief who carried the
// boxes, a birthday greeted before) was blocked as a patient (PRIV-10).
// A shot someone owns ("his flu shot"), an illness told of a person, and
// a treatment someone is on stay held. The held ones come first.
func TestVaccineStock27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a named person's own shot, illness or treatment.
		{text: "The fire chief got his flu shot at our clinic this morning 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks, Maria! Your COVID booster is done, see you next fall.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria had COVID last week. The boosters are back in stock now.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Kim is on chemo this month and will be back in January.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Kim is on chemo, so call the front desk for refills.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Ruiz picked up his insulin order today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tomás says his flu shots arrived with a fever both times.", want: post.VerdictBlock, rule: "PRIV-10"},

		// The practice's stock, with a person near it: a role passes, a
		// name no staff list holds is still asked about (warn), as any
		// name with no health is.
		{text: "The fire chief helped us unload the vaccine delivery this morning! 🚒", want: post.VerdictPass},
		{text: "Dr. Kim is on chemo call this weekend; Dr. Patel has the clinic.", want: post.VerdictPass},
		{text: "Big thanks to Coach Ruiz for carrying in the flu vaccine shipment 💪", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks, Maria! COVID boosters are back in stock at the Elm Street office.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy birthday, Denise! 🎂 COVID boosters are available again at both offices.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Tomás says the flu shots have arrived. Walk-ins welcome 💉", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
