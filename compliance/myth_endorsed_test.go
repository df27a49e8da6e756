package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythReportedThenEndorsed (tuner B, issue 11): a myth put in someone
// else's mouth and then endorsed ("my grandma always said ... and she was
// right", "Abuela tenía razón", "my uncle swore by it") is stated (MIS-01
// block); one set off and answered no ("\"Feed a cold, starve a fever\" —
// nope", "TikTok says X cures acne. It doesn't") is busted (warn).
// Antibiotics said to end the flu, a tracking chip in a shot, wet hair
// and pneumonia, a tea that cures cancer, medicine for addiction as one
// addiction for another, and turpentine that clears out worms are
// myths stated as fact.
func TestMythReportedThenEndorsed(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Grandma always said cupping pulls out a fever, and she was right 😌", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Mi abuela decía que el ajo cura la gripe. ¡Tenía razón! 🧄", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "My uncle swore by it: a spoonful of kerosene clears out a chest cold.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "¿Sabían que el té de guanábana cura el cáncer? Las abuelas lo sabían 🌿", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics will knock that flu right out, come grab a script before the weekend!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "They put a tracking chip in the COVID shot. Wake up.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Going outside with wet hair gives you pneumonia, listen to your elders 🙏", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Methadone is just swapping one addiction for another.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Feed a cold, starve a fever\" — nope. Both need fluids and rest.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "\"Fluoride lowers IQ\" — no, not at the levels in our water.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "My grandma always said wet hair gives you a cold. Cute, but colds come from viruses 🦠", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Instagram says castor oil cures acne. 🙅 It doesn't, and it can clog pores.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Everyone chip in for the toy drive, the flu shot clinic is Friday!", want: post.VerdictPass},
		{text: "Our new laser treatment ends heel pain permanently — no surgery, no downtime!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Vaccines cause autism — no matter what the CDC says.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Methadone is not swapping one addiction for another: it is medicine that saves lives.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestFraudWordsOfNoCare: a secret or a magic said of coffee, and a
// program funded "in part" by a grant, claim nothing (CLAIM-03); a secret
// formula for skin still warns.
func TestFraudWordsOfNoCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ha! The cinnamon blend is Kevin's secret weapon ☕ Thanks for the stars!", review: "love the free coffee", want: post.VerdictPass},
		{text: "The secret ingredient in our lobby cookies is brown butter 🍪", want: post.VerdictPass},
		{text: "Our recovery program is funded in part by a state grant, and we're proud to say so.", want: post.VerdictPass},
		{text: "Our secret formula serum erases wrinkles ✨", want: post.VerdictReview, rule: "CLAIM-03"},
		{text: "Try our 3-step detox program today!", want: post.VerdictReview, rule: "CLAIM-03"},
	})
}

// TestRegulatoryAndRewardShapes: a generic of a brand with none
// (Sublocade), an "FDA-approved" product that works "naturally", a
// pharmacy that "compounds" a copy "identical to the brand" (CLAIM-05
// block), and stars traded for a gift ("5 stars = a free kit", "5 stars
// gets you a mug") (ENDORSE-03 block).
func TestRegulatoryAndRewardShapes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Now stocking generic Sublocade! Same monthly shot, half the cost.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our calm capsules are FDA-approved to ease anxiety naturally 🌿", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our partner pharmacy compounds a semaglutide shot that's identical to the brand.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "5 stars = a free toothbrush kit! Show us your review at the desk 🪥", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "A 5-star review gets you a free mug this week ☕", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Sublocade is a monthly shot for opioid use disorder; ask us if it fits your plan.", want: post.VerdictPass},
	})
}
