package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythsQuoted19: beliefs that myth-busting posts quote (NCCIH, NIAAA,
// ACOG, CDC, AHA and others; sources beside the entries). Stated, a myth
// holds the post; quoted and answered, it goes to a doctor; the plain
// truth on the same topic passes. Our own wording.
func TestMythsQuoted19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Moringa tea can replace your metformin, grandma did fine on it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, bitter gourd juice does not replace insulin. Keep your doses as prescribed.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Rough morning? A cold shower cures any hangover.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Myth: black coffee sobers you up. Fact: only time does.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "You shouldn't exercise while you're pregnant, just rest.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"You can't work out when you're expecting.\" Not true: most moms-to-be benefit from walking and swimming.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Walking and swimming are great ways to stay active during pregnancy.", want: post.VerdictPass},
		{text: "Shots have to wait if your child has a runny nose.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Kids can't be vaccinated with a mild cold, reschedule.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "You can't catch a cold from vaccines, and vitamins can't get rid of the flu.", want: post.VerdictPass},
		{text: "A mild cold is no reason to skip shots day; come as planned.", want: post.VerdictPass},
		{text: "You only need a Pap test if you've had kids.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Is it true you don't need a Pap test if you're married? No, screening is for everyone with a cervix.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Pap tests start at 21 for everyone with a cervix.", want: post.VerdictPass},
		{text: "Young and healthy? You don't need a flu shot if you're healthy.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "'I'm healthy, I don't need a flu shot' — we hear it a lot. Healthy people catch flu and pass it on.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "If you have no symptoms, you don't need your blood pressure pills.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Melanin means you don't need sunscreen, so skip it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "That brown gunk on the pad in the morning is toxins leaving your body.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Raw milk is healthier than the store stuff.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Pasteurized milk keeps its calcium and protein and skips the germs.", want: post.VerdictPass},
		{text: "After the holidays your liver needs a detox, try our green cleanse.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "It's herbal, so it's safe with any medicine.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Khat helps you focus during exams, the elders say it's medicine.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heart disease is a man's disease, ladies don't need to worry.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heart disease is the leading cause of death for women in the U.S.", want: post.VerdictPass},
		{text: "Después del parto, el agua fría hace daño; sólo agua tibia.", want: post.VerdictBlock, rule: "MIS-01"},
		// Not contagious: plain fact passes, framed as an answer it warns.
		{text: "Psoriasis is not contagious. Hugs are safe!", want: post.VerdictPass},
		{text: "Valley fever isn't contagious; the spores come from desert soil.", want: post.VerdictPass},
		{text: "Think eczema is contagious? It isn't.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Vitiligo is contagious, keep your distance.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Gua sha brings a fever down fast, try it tonight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Coining can leave marks, but it does not lower a fever; acetaminophen does.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestMythsQuoted19Linear: the plain "not contagious" fact is looked for
// once per sentence; a long one-sentence post of such denials, and of the
// quoted myths, grows linearly.
func TestMythsQuoted19Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "psoriasis is not contagious, eczema isn't catching, girls, don't sit on cold steps or you'll get a uti, no msg, it gives headaches, ")
}
