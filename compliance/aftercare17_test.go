package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyAftercareToNamedProcedure (session 17, t17aftercare): a reply
// that hands out aftercare ("ice packs", "keep it elevated", "rest up and
// hydrate", "no heavy lifting for a week", "keep the incision dry") to a
// review that names the reviewer's own procedure tells everyone the
// practice did that procedure on them (REV-01 block), joke or not.
// A farewell with no care in it ("take care!"), rest wished to a review
// that names no care, an offer to answer questions, and aftercare in a
// post for everyone keep their verdicts. Rules alone (PRIV-16 disabled).
func TestReplyAftercareToNamedProcedure(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hahaha cheers 🍻 ice packs and a comfy couch, pal!", review: "Got my vasectomy done here, painless. Would recommend ✂️", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So happy to hear it! Ice packs and Netflix, my friend 🙌", review: "Wisdom teeth out on Friday, barely felt a thing", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks so much! Keep it elevated and rest up 💪", review: "Bunion surgery with Dr. Pratt was a breeze", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aw thank you! Rest up and hydrate 💧", review: "Had my colonoscopy here and the staff were so kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you!! Remember, no heavy lifting for a week 😉", review: "My hernia repair went perfectly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We appreciate you! Keep the incision dry and enjoy the downtime.", review: "Mole removal was quick and easy", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Mucho reposo y hielo estos días 🙏", review: "Me hicieron la vasectomía aquí y todo excelente", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Mil gracias! Bolsas de hielo y a descansar, amigo.", review: "Me sacaron las muelas del juicio, cero dolor", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Mantén la herida seca y nada de esfuerzos 🙏", review: "Me quitaron un lunar, la cirugía fue rapidísima", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ice packs and the recliner, friend 😄", review: "Knee surgery with Dr. Ames went great", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses keep their verdicts.
		{text: "Thank you so much, take care!", review: "Got my vasectomy done here, painless.", want: post.VerdictPass},
		{text: "Thanks for the kind words! Please call us with any questions.", review: "Wisdom teeth out on Friday, barely felt a thing", want: post.VerdictPass},
		{text: "Thanks for running with us! Rest up, champ 🏃", review: "Great 5K, the staff were cheering the whole way", want: post.VerdictPass},
		{text: "Thanks! Grab free ice packs at our booth this Saturday.", review: "Great first aid tent at the marathon", want: post.VerdictPass},
		{text: "Thank you! Keep the receipts for your HSA.", review: "My surgery bill was clear and fair", want: post.VerdictPass},
		{text: "After any minor procedure, ice packs and rest help most people. Call us with questions.", want: post.VerdictPass},
	})
}

// TestReplyAftercareLinear: a long reply of aftercare phrases to a review
// that names a procedure looks at each phrase once.
func TestReplyAftercareLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"ice packs and couch time and ", "keep it elevated, keep the "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "Had my vasectomy here"}
		})
	}
}
