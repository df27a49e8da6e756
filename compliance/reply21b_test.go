package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyScoldsReviewer21 (session 21, t21reply): a reply that calls
// the reviewer a liar ("stop spreading lies about our nurses") or
// impossible to please ("some folks just can't be pleased") scolds them in
// public (REV-03 block). Pleased of a lobby, and a fault that "lies with"
// the phones, pass.
func TestReplyScoldsReviewer21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Honestly, some folks just can't be pleased.", review: "★ awful place", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Some people cannot be satisfied no matter what.", review: "★ terrible", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Please stop spreading lies about our nurses.", review: "★ rude nurse", want: post.VerdictBlock, rule: "REV-03"},
		{text: "That never happened. Don't post lies about our front desk.", review: "★ they ignored me", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses.
		{text: "We're so pleased you liked the new lobby!", review: "nice lobby", want: post.VerdictPass},
		{text: "The fault lies with our phone system, and we're fixing it.", review: "never answer the phone", want: post.VerdictPass},
	})
}

// TestReplyReviewsRefused21 (session 21, t21reply): a reply that says the
// practice never asks staff, family or friends for reviews refuses the
// insider review (ENDORSE-03 quiet); a reward for a rating in dollars
// ("every 5-star review gets a $5 coffee card") is bought praise (block).
func TestReplyReviewsRefused21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We never ask staff or family to post reviews. Concerns? Call 614-555-2368.", review: "reviews look fake", want: post.VerdictPass},
		{text: "We don't ask friends or relatives to write reviews for us.", review: "fake reviews", want: post.VerdictPass},
		{text: "Every 5-star review this week gets a $5 coffee card ☕", review: "lol do reviews get you stuff", want: post.VerdictBlock, rule: "ENDORSE-03"},

		// Near misses.
		{text: "Staff, please ask your family to post reviews this week!", review: "great", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Every review gets a reply from our manager within 2 days.", review: "do you read these", want: post.VerdictPass},
	})
}

// TestReplyHospitalStayForeign21 (session 21, t21reply): a reply in
// French, Spanish or Portuguese glad the reader's person is out of
// hospital tells their care (REV-01 block). A hospital named as a place
// passes.
func TestReplyHospitalStayForeign21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "On est tellement contents que votre maman soit sortie de l'hôpital. On pense à elle.", review: "merci, le Dr a sauvé ma mère", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bueno que su papá ya salió del hospital!", review: "gracias por todo", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que sua mãe teve alta do hospital!", review: "obrigada", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Notre clinique est à côté de l'hôpital Notre-Dame.", review: "où êtes-vous?", want: post.VerdictPass},
		{text: "El estacionamiento del hospital es gratis después de las 6.", review: "no hay estacionamiento", want: post.VerdictPass},
	})
}

// TestReplyInsurersListed21 (session 21, t21reply): the plans a reply
// says the practice accepts ("We accept Medicaid, CHIP, Tricare and most
// major plans") name no one (REV-02 quiet); a name greeted in a sentence of
// its own is still the reader's display name (warn).
func TestReplyInsurersListed21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We accept Medicaid, CHIP, Tricare and most major plans. Call 614-555-2368.", review: "do you take my insurance?", want: post.VerdictPass},
		{text: "We're in-network with Ambetter, Tricare and Ohio Medicaid.", review: "insurance?", want: post.VerdictPass},

		// Near miss.
		{text: "Thanks, Trina! We accept most plans.", review: "great", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestReplyWaitAndVisitAhead21 (session 21, t21reply): an apology for
// the wait the review told of ("sorry to hear about your wait") and forms
// anyone can fill in "before your visit" tell no care (pass). A wait dated
// or explained by care, and a visit that was, keep their verdicts.
func TestReplyWaitAndVisitAhead21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're so sorry about your wait. Please call our office manager at 614-555-2368.", review: "waited forever", want: post.VerdictPass},
		{text: "Good news: you can sign the intake forms online before your visit.", review: "so much paperwork", want: post.VerdictPass},

		// Near misses.
		{text: "We're sorry about your wait on Monday; the doctor was with an emergency.", review: "waited forever", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sorry for your wait, your EKG had to be repeated.", review: "slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You can pick up your records anytime after your visit.", review: "need my records", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyHospitalStayLinear21: each hospital word looks six tokens
// back, so a long reply of them costs in proportion to its length.
func TestReplyHospitalStayLinear21(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"votre maman sortie de l'hôpital su papá salió del hospital ",
		"hôpital hospital alta votre su ",
	} {
		requireLinearReply(t, c, unit, "merci")
	}
}
