package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyCareOutcomeImplicit (session 20, t20reply): a friendly reply
// that cheers the end of the reviewer's treatment ("no more cast!",
// "adiós a las muletas", "wala nang saklay"), is glad a home treatment
// cleared their problem ("glad the cream cleared it up", "glad the shot
// helped"), or says "yours" for the procedure their review names ("glad
// yours was smooth") tells that the practice treated them (REV-01 block).
// "No more" of the office's troubles, "yours" for a review or a visit
// with no care named, and an office thing that helped keep their
// verdicts.
func TestReplyCareOutcomeImplicit(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Woohoo, no more cast! 🎉", review: "great ortho team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "No more boot, finally!", review: "fixed my ankle", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Bye-bye sling! Enjoy having both arms back 💪", review: "thanks Dr. K", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats on getting out of the cast!", review: "5 stars", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Por fin sin yeso! Qué alegría 🎉", review: "excelente", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Adiós a las muletas!", review: "muy buenos", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Yehey, wala nang saklay! 🎉", review: "salamat po", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Chúc mừng, hết phải bó bột rồi!", review: "cảm ơn bác sĩ", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the cream cleared it up!", review: "great derm", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the shot helped 🙏", review: "knee feels better", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So happy the lotion did the trick!", review: "thank you", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the insoles are helping!", review: "nice staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ha, glad yours was smooth!", review: "vasectomy was quick and painless", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad yours went so well 😊", review: "my colonoscopy prep was the worst part lol", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Qué bueno que la suya salió bien.", review: "mi cirugía de rodilla fue un éxito", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "No more waiting on hold — the new phone line is live!", review: "long hold", want: post.VerdictPass},
		{text: "No more paper forms: check in on your phone now.", review: "slow check in", want: post.VerdictPass},
		{text: "Glad the new app helped!", review: "easy booking", want: post.VerdictPass},
		{text: "Glad the parking map cleared it up!", review: "couldn't find parking", want: post.VerdictPass},
		{text: "Glad yours was a good one!", review: "great staff, friendly", want: post.VerdictPass},
		{text: "Thanks for yours! We read every single one.", review: "great staff", want: post.VerdictPass},
		{text: "Our pleasure, the smile is all yours 😁", review: "nice people", want: post.VerdictPass},
		{text: "¡Adiós al calor! El aire acondicionado ya funciona.", review: "hacía calor en la sala", want: post.VerdictPass},
	})
}

// TestReplyCareOutcomeLinear: "no more", "yours" and the glad frame look
// a few words from each marker, so a long reply of them costs in
// proportion to its length.
func TestReplyCareOutcomeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"no more no more bye bye adiós a sin wala nang hết ",
		"glad yours yours was glad the cream ",
	} {
		requireLinearReply(t, c, unit, "my vasectomy was fine")
	}
}
