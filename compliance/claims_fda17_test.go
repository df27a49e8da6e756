package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFDAStatusOfNonDrugs17: the FDA approves or clears no supplement,
// herb, food, balm, IV hydration drip or PRP sold this way (shared
// CLAIM-05, docs/COMPLIANCE.md "Claims the shared rules are silent on").
// Said of such a product, "FDA-approved" is a false regulatory claim
// (block) however the post punctuates it: a dash, a colon or a comma
// often stands between the product and its status. The same goes for an
// FDA status given for an aim the FDA approves nothing for (reversing
// aging, boosting immunity, hangovers, detox), and for a clinic or
// practice said to be FDA-approved, -certified or -registered. An FDA
// status of a real drug, vaccine or device keeps CLAIM-05's warning, and
// a denied one claims nothing.
func TestFDAStatusOfNonDrugs17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A product class the FDA approves nothing of.
		{text: "Fresh batch of our wildflower honey cough syrup — FDA-cleared for toddlers!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Kalonji (black seed) oil capsules are FDA approved for cholesterol, ask at checkout.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Bitter gourd tablets, FDA-approved to balance blood sugar, now in the lobby.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Sea buckthorn salve — FDA cleared for psoriasis 🌿", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Colloidal silver throat spray: FDA-approved for strep.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Elderberry syrup — FDA approved to prevent colds!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "PRP for tennis elbow — FDA-approved and covered by insurance.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our homemade arnica balm is FDA-approved for bruises.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "The hydration drips in our lounge are FDA-cleared for hangovers.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our ginger chili rub is approved by the FDA for back pain.", want: post.VerdictBlock, rule: "CLAIM-05"},
		// An aim the FDA approves nothing for.
		{text: "Our red light panel is FDA-cleared to reverse aging.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our infrared sauna is FDA approved to boost your immune system.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "The new cryo chamber: FDA-cleared for detox and weight loss.", want: post.VerdictBlock, rule: "CLAIM-05"},
		// A practice is no product the FDA approves.
		{text: "Harbor Family Medicine is an FDA-approved clinic.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "We are certified by the FDA to offer bioidentical hormones.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our office is FDA-registered for telehealth visits.", want: post.VerdictBlock, rule: "CLAIM-05"},
		// Near misses: a real drug, vaccine or device (warn), a denial, a
		// product named only after the status, a mammography facility
		// (MQSA certifies those).
		{text: "The FDA-approved RSV vaccine for adults 60+ is in — ask at your visit.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Tamiflu is FDA-approved to prevent the flu in close contacts.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our lasers are FDA-cleared devices.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Semaglutide is FDA-approved for type 2 diabetes.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "The FDA-approved shingles shot is in stock — rest and stay hydrated after.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our FDA-cleared CoolSculpting device is here — no herbal wraps, no detox teas, just science.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our mammography suite is FDA-certified under MQSA.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our office now offers the FDA-approved RSV shot for adults 60 and up.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Herbal supplements are not FDA-approved, so bring the bottles to your visit.", want: post.VerdictPass},
		{text: "Elderberry syrup is not FDA-approved to prevent the flu; the flu shot is.", want: post.VerdictReview},
	})
}

// TestCompoundedSameAsBrand17: a compounded drug is not the brand (FDA,
// S22): "the exact same drug as Zepbound" said of a compounded drug blocks
// in any clause of its sentence and whatever brand it names (a capitalized
// name after "same as" or "identical to"). Told as the difference, it
// claims nothing.
func TestCompoundedSameAsBrand17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Compounded semaglutide through our pharmacy partner — the very same FDA-approved medicine as Wegovy!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our compounded estradiol cream is the same as Estrace, just made in-house.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our pharmacy's compounded testosterone gel: identical to AndroGel.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our in-house progesterone cream is the same as Prometrium, only compounded for less.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Generic tirzepatide is here! Same results, lower price.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Ask about generic Jardiance at our pharmacy window.", want: post.VerdictBlock, rule: "CLAIM-05"},
		// Near misses.
		{text: "Compounded medications are made for one patient when a brand won't do; they are not the same as the FDA-approved brand.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Compounded drugs are not FDA-approved and are not the same as Ozempic.", want: post.VerdictPass},
		{text: "Ready for a Wegovy refill? The brand is back in stock.", want: post.VerdictPass},
		{text: "Our compounding pharmacist is the same as always: Dr. Reyes, every Tuesday.", want: post.VerdictPass},
	})
}

// TestFDAStatus17Linear: the sentence-wide reads above look a few tokens
// around each FDA status or sameness word, with the products worked out
// once per text; a long post of such claims grows linearly.
func TestFDAStatus17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Elderberry syrup, compounded and the same as Zepbound — FDA-approved for hangovers, we are FDA-certified, ")
	requireLinearText(t, c, "our herbal tea and compounded cream are the same as the brand - FDA approved to reverse aging. ")
}
