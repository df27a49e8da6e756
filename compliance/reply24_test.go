package compliance

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyCourseWished24 (session 24, t24reply): a reply that hopes or
// is glad that a body part, an injury, a condition or the care on it
// takes its course ("hope that wrist heals up before planting", "glad
// your knee is holding up", "hope the ear infection has cleared up")
// knows what the reader was treated for: every development set labels it
// block (REV-01), whether or not the review named the part. A wish for
// the reader as a whole ("hope you're on the mend"), for a heart after a
// loss, for the practice's own things, and "this cough" (a wish that
// assumes, session 13) stay where they were.
func TestReplyCourseWished24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks, Marco! Hope that wrist heals up before planting season.", review: "Good people", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope that elbow holds up for the rest of softball season! ⚾", review: "Quick sports physical", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad your knee is holding up on the trail, Bev!", review: "Love this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We hope the ear infection has cleared up by now!", review: "Fast visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aw thanks! Hope the girls' ear infections are all cleared up 🧸", review: "Great with my kids", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope his shoulder keeps healing, and good luck at state!", review: "great with my son", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the splint is holding up at the warehouse 💪", review: "In and out fast", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses: the reader as a whole, a heart after a loss, things
		// that are not a body, "this" cough (session 13).
		{text: "Hope you're on the mend! Thanks for the stars.", review: "Great staff", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope this cough is gone by the weekend!", review: "★★★★ friendly", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope the new parking lot holds up through the winter!", review: "parking was awful", want: post.VerdictPass},
		{text: "Glad the roof repair held up through the storm, the waiting room is dry again.", review: "Leaky ceiling last month", want: post.VerdictPass},
		{text: "Hope the Broncos hold up in the second half 🏈", review: "Go Broncos", want: post.VerdictPass},
		{text: "Hope those spots on your arm clear up soon!", review: "rash", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyGladCareForeign24 (session 24, t24reply): gladness in Spanish
// or Portuguese that a reading, a wound or a body part of the reader's is
// better ("qué bueno que la presión ya bajó", "nos alegra que la herida
// ya esté sanando", "que bom que a ferida está cicatrizando") tells their
// care, as "glad your pressure is down" does (REV-01 block); so does an
// Arabic get-well wish that names the condition ("…الشفاء العاجل من
// السكري", recovery from diabetes). Gladness for the review, and a wish
// with no condition, stay as they were.
func TestReplyGladCareForeign24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Qué bueno que la presión ya bajó, Don Chuy!", review: "Excelente servicio", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos alegra que la herida ya esté sanando. ¡Cuídese!", review: "Muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que a ferida do pé está cicatrizando!", review: "Ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "شكراً جزيلاً! نتمنى لوالدك الشفاء العاجل من السكري", review: "خدمة ممتازة", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "¡Nos alegra mucho leer esto! Gracias por sus palabras.", review: "Muy buena atención", want: post.VerdictPass},
		{text: "Qué bueno que le gustó el nuevo estacionamiento.", review: "Por fin hay estacionamiento", want: post.VerdictPass},
		{text: "شكراً جزيلاً على كلماتك الطيبة!", review: "خدمة ممتازة", want: post.VerdictPass},
	})
}

// TestReplyCourse24Linear: the shapes above read each sentence once; a
// reply (and its review) 16 times longer costs about 16 times the time.
func TestReplyCourse24Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"hope the knee is gone and the wrist keeps healing, the elbow holds up, ",
		"the knee is all cleared up and that wrist has healed, your shoulder is holding up, ",
		"nos alegra que la presión y el azúcar y la herida, qué bueno que la rodilla, ",
		"نتمنى لوالدك الشفاء العاجل من السكري و الشفاء من ",
		"press 2 for scheduling and 4 for refills to skip, request appointments online, fill out forms before your visit, ",
		"llame a la gerente para atenderle, visite la página para hacer su cita, ",
	} {
		requireLinearReply(t, c, unit, "my knee and wrist hurt")
	}
}

// TestReplyCourse24OddInput: the shapes take odd text without a panic.
func TestReplyCourse24OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{"", "hope", "heals", "hope the heals", "up", "hope holding up", "gone", "is gone", "من", "الشفاء",
		"الشفاء من", "nos alegra", "nos alegra que la", "la presión", "hope the knee", "' knee heals", "hope ' heals up"} {
		for _, review := range []string{"", "knee", "\xff"} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}

// TestReplyAccessOffer24 (session 24, t24reply): a reply that tells anyone
// how to book, call or get ready names a visit or a refill no one had:
// "you can also request appointments online", "Book your 8 am appointment
// online", "visite nuestra página para hacer su cita", "press 2 for
// scheduling and 4 for refills to skip the hold", "a faster appointment
// page", "llame a nuestra gerente para atenderle personalmente", forms
// filled out online "before your visit". Every set labels these pass. A
// visit in a series, one that took place, a visit kept with care, and a
// Spanish encounter told as past keep their block.
func TestReplyAccessOffer24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry about the hold! You can also request appointments through our website.", review: "Phones always busy", want: post.VerdictPass},
		{text: "Good news: Book your 8 am appointment online and skip the phone line!", review: "Hard to get in before work", want: post.VerdictPass},
		{text: "¡Claro que sí! Visite nuestra página para hacer su cita.", review: "¿Atienden sin seguro?", want: post.VerdictPass},
		{text: "Quick tip: press 2 for scheduling and 4 for refills to skip the hold.", review: "Phone tree is awful", want: post.VerdictPass},
		{text: "Thanks! We're building a faster appointment page this winter.", review: "Website is clunky", want: post.VerdictPass},
		{text: "Lo sentimos. Por favor llame a nuestra gerente para atenderle personalmente.", review: "Muy mal servicio", want: post.VerdictPass},
		{text: "Good idea! You can complete the intake forms online before your visit.", review: "Too much paperwork", want: post.VerdictPass},

		// Near misses: a visit in a series, one that happened, a past
		// encounter in Spanish.
		{text: "¡Gracias! Nos vemos en su cita de seguimiento en marzo.", review: "Excelente", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Fue un placer atenderle, Don Luis.", review: "Muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're sorry we had to move your appointment to Friday.", review: "They cancelled on me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Please book your follow-up visit online for six weeks out.", review: "Great care", want: post.VerdictBlock, rule: "REV-01"},
	})
}
