package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyCareLeaks17 (session 18, t18reply): replies that confirm the
// reviewer's care in words the rules did not read: a drug whose name the
// word list lacks but whose stem is a drug's ("levothyroxine",
// "quetiapine"), a reading brought under control in Portuguese or Spanish
// ("a glicose está controlada"), Vietnamese care and kin ("kháng sinh",
// "mẹ anh"), an age over 89 of the reader's relative. A reply to a review
// that speaks of suicide needs the 988 line (review). Near misses keep
// their verdicts.
func TestReplyCareLeaks17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad the levothyroxine change is helping you 😊", review: "Finally fixed my thyroid", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Happy to hear the quetiapine is helping you sleep again!", review: "Kind doctor", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigada! Que bom que a glicose está controlada agora 🙏", review: "Ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Qué bueno que la presión ya está controlada.", review: "Muy buena atención", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Cảm ơn chị! Rất vui vì bố chị đã khỏe lại sau đợt kháng sinh 🙏", review: "Bác sĩ rất tốt", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your grandmother is 94 and her checkup needed a longer slot — thanks for understanding.", review: "Long wait for my grandma", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Thank you for trusting us with this. We're so glad you're still here, and we're always in your corner.", review: "I didn't want to live anymore last spring. This clinic helped me find a counselor.", want: post.VerdictReview, rule: "PROF-09"},

		// Near misses: no care told, a building's age, the 988 line given.
		{text: "Obrigada! Que bom que o estacionamento está liberado agora 🙏", review: "Ótimo atendimento", want: post.VerdictPass},
		{text: "Thanks! Our building is 94 years old, so the elevator is slow — sorry!", review: "Slow elevator", want: post.VerdictPass},
		{text: "Thank you for sharing this. If you ever feel that way again, call or text 988 any time, day or night.", review: "I was thinking about ending it all last month. The staff listened.", want: post.VerdictPass},
		{text: "So glad the new check-in kiosk is working for you!", review: "Fast check in", want: post.VerdictReview},
	})
}

// TestReviewCrisisLinear: the review's crisis words are looked for once,
// however long the review, and an age or a kin wish once a sentence.
func TestReviewCrisisLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinear(t, c, "your father is 93 and ", func(n int) Draft {
		return Draft{Text: strings.Repeat("your father is 93 and ", n/22), ReviewText: strings.Repeat("the staff listened to me ", n/25)}
	})
	// A long sentence of kin wished well asks once whether its health
	// details are only the wish's.
	unit := "wishing your dad a speedy recovery and your mom too, "
	requireLinear(t, c, unit, func(n int) Draft {
		return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "they helped my dad and my mom"}
	})
}

// TestReplyKinWish17 (session 18, t18reply): a get-well wish for the
// reader's person the review spoke of ("Wishing your dad a speedy
// recovery", "hugs to your little one, hope they feel better soon")
// assumes what the review told and adds nothing (review), as the same
// wish to the reader does. With care told beside it, or a person the
// review did not name, it blocks.
func TestReplyKinWish17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you so much. Wishing your mom a speedy recovery 💛", review: "They took great care of my mom.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sending love to your little one, hope they feel better soon!", review: "Very gentle with kids", want: post.VerdictReview, rule: "REV-01"},
		{text: "Wishing you and your little one a speedy recovery! 🧸", review: "Patient with my kids", want: post.VerdictReview, rule: "REV-01"},

		// Near misses: care told beside the wish, a fact about the person.
		{text: "Wishing your dad a speedy recovery after his bypass 💛", review: "They helped my dad so much.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your son was such a trooper for his shots!", review: "Good with kids", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad your mom is feeling better since the new inhaler!", review: "Great care for my mom", want: post.VerdictBlock, rule: "REV-01"},
		// The review named no one: the reply adds who was sick.
		{text: "Sending hugs to your little girl, hope she feels better soon!", review: "Fast sick visit", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyCareSpanishTold17 (session 18, t18reply): a Spanish reply that
// names the test done to the reviewer's person ("el ecocardiograma que se
// le hizo a su esposa") or calls it an honour to have attended them ("fue
// un honor atenderte") confirms their care (REV-01 block). Near misses: a
// test offered to everyone, a thanks with no care.
func TestReplyCareSpanishTold17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Disculpe la confusión. La factura de su esposa incluye el ecocardiograma que se le hizo.", review: "Me cobraron demasiado por la visita de mi esposa.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias, Lupita! Fue un honor atenderte durante el embarazo 💕", review: "Me cuidaron muy bien", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Qué alegría, Rosa. Fue un privilegio acompañarla en el parto 🌸", review: "Gracias por todo", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Fue un gusto atenderle, don Ramiro.", review: "Muy amables", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Ofrecemos mamografías sin cita todos los martes.", review: "¿Hacen mamografías?", want: post.VerdictPass},
		{text: "¡Muchas gracias por sus palabras! Que tenga un buen día.", review: "Excelente servicio", want: post.VerdictPass},
	})
}
