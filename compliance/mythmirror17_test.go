package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTrueFactsMirroringMyths: health education that states the fact a
// myth mirrors, in its own plain voice, is no myth and no debunk to
// check: "antibiotics work on bacteria", "colds are viral, so antibiotics
// won't help", "the flu vaccine can't give you the flu" (pass). The same
// fact said as an answer to the myth (a "No," opening, a "Myth:/Fact:"
// pair, a question, a quote, "not true", hearsay) still goes to a doctor
// (warn), and the myth itself still blocks.
func TestTrueFactsMirroringMyths(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// The fact in its own voice.
		{text: "Antibiotics fight bacteria, not viruses. Most winter coughs just need rest and fluids.", want: post.VerdictPass},
		{text: "Antibiotics only work on bacterial infections, not viral ones like the common cold.", want: post.VerdictPass},
		{text: "A cold comes from a virus, so antibiotics won't help. Fluids, rest and time do.", want: post.VerdictPass},
		{text: "Colds are viral, and antibiotics don't work on viruses. Call us if a fever lasts past 3 days.", want: post.VerdictPass},
		{text: "Why no Z-pak for your cold: antibiotics work on bacteria, and colds are viruses.", want: post.VerdictPass},
		{text: "This year's flu vaccine is made from killed virus, so it can't give you the flu. Expect a sore arm at most.", want: post.VerdictPass},
		{text: "Flu shots are safe and cannot infect you. Walk in any weekday.", want: post.VerdictPass},
		{text: "The flu vaccine can't cause the flu; a tired day afterward is your immune system at work.", want: post.VerdictPass},
		// The same fact as an answer to the myth: a doctor checks it.
		{text: "No, antibiotics won't help a cold. They work on bacteria, not viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "No, the flu vaccine can't give you the flu. It has no live virus.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: the flu shot gives you the flu. Fact: the shot can't give you the flu.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Does the flu shot give you the flu? The shot can't give you the flu, it holds no live virus.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "\"Antibiotics will kill my cold.\" Nope. Antibiotics treat bacteria, not viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Your uncle says the flu shot made him sick. The flu shot can't give you the flu.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The flu shot can't give you the flu. Sore arm, maybe. Flu, no.", want: post.VerdictReview, rule: "MIS-01"},
		// The myth still blocks.
		{text: "Antibiotics kill bacteria and viruses, so grab a Z-pak for that cold.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you a mild flu, so plan a sick day after it.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestTrueFactsMirroringMythsLinear: each fact sentence is read once; a
// long post of them grows linearly.
func TestTrueFactsMirroringMythsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Colds are viral, so antibiotics won't help; antibiotics work on bacteria. The flu shot can't give you the flu. ")
}
