package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyCareAsEveryonesExperience (session 19, t19reply): a care word
// inside what anyone goes through ("we know how hard it is to feel sick
// and leave without a prescription", "nobody likes feeling sick in a
// waiting room", "lo difícil que es estar enfermo") is told of no one, so
// an empathetic reply that says nothing else passes. The reader's own
// care in the same reply ("... and we're glad your fever broke") still
// blocks.
func TestReplyCareAsEveryonesExperience(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We understand how rough it is to feel sick and go home without medicine. Our manager would welcome a call.", review: "no antibiotics!!", want: post.VerdictPass},
		{text: "Nobody likes feeling sick in a waiting room. We're adding a second nurse on Mondays.", review: "slow", want: post.VerdictPass},
		{text: "We know how frustrating it can be to wait on lab results. Please call our nurse line.", review: "slow results", want: post.VerdictPass},
		{text: "Entendemos lo difícil que es estar enfermo y tener que esperar. Llámenos, por favor.", review: "mucha espera", want: post.VerdictPass},

		// Near misses: the reader's own care beside it.
		{text: "We know how hard it is to be sick, and we're glad your fever finally broke.", review: "thanks", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We understand how frustrating it is to feel sick, and your strep test was negative.", review: "no antibiotics", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you were so sick last week! Hope the antibiotics are helping.", review: "thanks", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyCareAsPolicy (session 19, t19reply): a care word naming what
// a rule of the practice covers ("infection control", "medication
// policies"), or a bare plural in a sentence about policy or privacy ("we
// never discuss prescriptions online"), is everyone's: the reply passes.
// The reader's ("your appointments", "the stitches") keeps its verdict.
func TestReplyCareAsPolicy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We follow strict infection control: masks in the lobby and a deep clean every evening.", review: "caught a cold in your waiting room", want: post.VerdictPass},
		{text: "We hear you about our refill policies. Our manager would welcome a call.", review: "won't refill early", want: post.VerdictPass},
		{text: "For everyone's privacy we never discuss prescriptions online. Please call our manager.", review: "where is my prescription", want: post.VerdictPass},
		{text: "Our no-show policy protects other families' visits. We're glad to explain it by phone.", review: "charged a no-show fee", want: post.VerdictPass},

		// Near misses: someone's care pointed at.
		{text: "Per our policy, your appointments were moved to Friday.", review: "turned away", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our policy is to take the stitches out at ten days, so see you Friday!", review: "itchy stitches", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyCareGenericLinear: everyonesExperienceAt looks a few words
// back from each care word, and a sentence's policy cue is asked once, so
// a long sentence of care words costs in proportion to its length.
func TestReplyCareGenericLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"our policy on appointments refills prescriptions infection control ",
		"it is hard to feel sick and to wait on lab results, nobody likes feeling sick ",
	} {
		requireLinearReply(t, c, unit, "rude front desk")
	}
}
