package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductLabelsForPatients: a post that calls patients by a label of
// contempt ("pill-seekers", "junkies", "the methadone crowd"), tells a
// group it "needs to learn" to behave "like grownups" or "never learns",
// or tells someone to "go kick rocks", mocks patients (PROF-03 block); a
// label quoted to reject it, and a crowd at a game, do not.
func TestConductLabelsForPatients(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Had three pill seekers at the window before noon, lord give me patience", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "another pillhead tried the 'lost my script' story today", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The tweakers in the parking lot are back again.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The methadone crowd needs to learn some manners at the front desk.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The dialysis bunch could try acting like adults in the lobby for once.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Same families every winter, they never learn 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "If you're mad we won't refill your oxy early you can go kick rocks.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The man who called us quacks can go find himself another doctor 👋", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "We never call anyone a \"junkie.\" People in pain deserve care.", want: post.VerdictPass},
		{text: "It's not \"drug seeking\" to ask for help with pain. We believe you.", want: post.VerdictPass},
		{text: "The crowd at Friday's game was amazing, go Wildcats! 🏀", want: post.VerdictPass},
	})
}

// TestConductMemeMocking: meme shapes that laugh at a group of patients
// by what they are ("Not the <group> asking ...😂", "<group> who show up
// ... 😩 COME ON", "we see you 😂" after scare quotes) block (PROF-03);
// the same shapes about weather, staff or the office's own habits do not.
func TestConductMemeMocking(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Not the snowbirds asking if the flu shot comes in sugar-free 😂😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "not the gym bros asking if creatine counts as a vegetable 💀 we can't", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "tourists who show up with no ID and expect to be seen right now 😩 come on", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The same 4 abuelitas come in every Friday for a \"check-up\" that's really just for the free coffee 😂 we see you", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Not the rain again 😂 drive safe, everyone!", want: post.VerdictPass},
		{text: "Not the office printer jamming on a Monday 😂 send coffee", want: post.VerdictPass},
	})
}

// TestConductAdviceToOneReader: care advice written to one reader in
// public, by handle ("Replying to @x:", "@x don't double up ...") or by
// name after "since you asked", is individual medical advice (PROF-05
// block); a reply that only moves the talk to a DM, or general advice,
// is not.
func TestConductAdviceToOneReader(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Replying to @jenny_b22: hon, stop the benzoyl peroxide for a week and use a plain moisturizer.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@marcus.t don't take a double dose of your metformin if you miss one, just take the next one.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Rhonda, since you asked: yes, go ahead and cut your Zoloft to 25mg now that you feel better.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Replying to @caro.lina_: sweetie stop the retinol for a week and use plain Vaseline, you're over-exfoliating. DM us if it doesn't clear!", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@bluegrassbelle we've sent you a DM, ma'am.", want: post.VerdictPass},
		{text: "If you miss a dose of your blood thinner, don't double up. Call us with questions.", want: post.VerdictPass},
	})
}
