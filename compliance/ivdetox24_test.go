package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestIVDripDetoxPuffery24: the practice selling its own IV drip, told as
// flushing "toxins" in general, is health-fraud wording in an ad (CLAIM-03
// warns, MIS-01 warns), as the readable dev sets label it review; a detox
// that names the organ it cleans, a remedy that is not a drip, a heavy
// metal or a disease, or a drip no one offers still states the myth
// (block). The flagged ones come first.
func TestIVDripDetoxPuffery24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: an organ cleaned, a metal pulled, a disease
		// flushed, a tea or a cleanse, a drip told by no one.
		{text: "Our detox IV pulls the toxins your kidneys can't clear on their own 💧", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our vitamin drip flushes toxins out of your liver after a long weekend.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "IV drips flush out toxins from your liver after the holidays 🍸", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our chelation drip flushes heavy metals and toxins right out of your blood.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our green juice cleanse flushes out toxins and resets your body 🥬", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our new detox tea flushes out toxins 🍵", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out the toxins that cause diabetes.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes the toxins your body can't clear on its own.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes the toxins your body can’t clear on its own.", want: post.VerdictBlock, rule: "MIS-01"},

		// Review, not block: the practice's own drip sold with detox words.
		{text: "Our IV hydration drips boost immunity and flush out toxins 💧", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our vitamin IV therapy flushes toxins and gives you energy for the week!", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our IV drips flush out toxins so you can feel like yourself again.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our detox IV drip flushes toxins and leaves you glowing ✨", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Book our hydration drip: it flushes out toxins and boosts your immune system.", want: post.VerdictReview, rule: "CLAIM-03"},
	})
}

// TestIVDripDetox24Linear: each finding reads a bounded window around it,
// so a post of many drips costs in proportion to its length.
func TestIVDripDetox24Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Our IV hydration drips boost immunity and flush out toxins, ")
	requireLinearText(t, c, "Thank you Coach Sabella and the wrestling boosters and the booster club, ")
	requireLinearText(t, c, "Lầm tưởng: cạo gió chữa được cảm. Sự thật: cảm do virus. ")
}
