package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyReaderPapersDone23 (session 23, t23reply): a reply that says
// the reader's (or their person's) papers were done, in the passive ("your
// ortho referral was faxed Friday", "his forms are signed", "su referido
// ya fue enviado", "o seu encaminhamento foi enviado") tells everyone they
// are a patient here, as "we re-sent your referral" does (REV-01 block).
// Papers anyone may fill out, and the review's own note passed on, pass.
func TestReplyReaderPapersDone23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So sorry! Your ortho referral was faxed over on Friday.", review: "They lost my referral", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We apologize. His sleep study referral was sent the same day.", review: "my husband waited weeks", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Good news: her camp forms are signed and ready at the front desk.", review: "slow with paperwork", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your paperwork has been submitted to the specialist.", review: "nobody calls back", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lo sentimos. Su referido ya fue enviado al especialista.", review: "Perdieron mi referido", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Desculpe! O seu encaminhamento foi enviado ontem.", review: "Demoraram demais", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "New patient forms are on our website, so you can fill them out at home.", review: "so many forms", want: post.VerdictPass},
		{text: "Your note was shared with our manager today.", review: "rude desk staff", want: post.VerdictPass},
		{text: "Referrals are usually sent within two business days.", review: "slow referrals", want: post.VerdictPass},
	})
}

// TestReplyVisitToldOtherWays23 (session 23, t23reply): the reader's visit
// told in words the cue lists do not hold: roomed after check-in, a time
// slot of theirs ("your 3:40 slot ran over"), and "you were with us" in
// Russian, Ukrainian, Spanish or Portuguese (REV-01 block). An event the
// reader came to, and the visit of anyone, pass.
func TestReplyVisitToldOtherWays23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We looked, and you were roomed 12 minutes after you checked in.", review: "Waited forever", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry, your 3:40 slot ran over because of an emergency.", review: "an hour late", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Спасибо. Мы видим, что вы были у нас во вторник, извините за задержку.", review: "Очень долго", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Дякуємо. Ми бачимо, що ви були у нас у понеділок.", review: "Довго чекали", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Vemos que usted estuvo aquí el martes y lamentamos la espera.", review: "Mucha espera", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Vimos que você esteve aqui na segunda e pedimos desculpas.", review: "Demorou muito", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Спасибо, что были у нас на празднике в парке!", review: "Отличный праздник", want: post.VerdictPass},
		{text: "¡Gracias por estar aquí en la feria del sábado!", review: "Bonita feria", want: post.VerdictPass},
		{text: "Walk-in slots open at 8:00 every weekday.", review: "hard to get in", want: post.VerdictPass},
	})
}

// TestReplyPolicyForReadersMedicine23 (session 23, t23reply): a policy
// told of the reader's own medicine ("refills like yours", "medicines
// like the one you take", "for you" after its rule) tells what they are
// on, even when the review named it (REV-01 block). The policy told of
// everyone passes.
func TestReplyPolicyForReadersMedicine23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We hear you. Per our policy, controlled refills like yours need three days' notice.", review: "Couldn't get my Ritalin refilled on time.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Medicines like the one you take need a visit every 3 months — that's our policy.", review: "They wouldn't refill my meds.", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Controlled refills need three days' notice for everyone — that's our policy.", review: "Couldn't get a refill on time.", want: post.VerdictPass},
		{text: "Questions like yours help us improve, thank you.", review: "Why so many forms?", want: post.VerdictPass},
	})
}

// TestReplyPlanCheckOffered23 (session 23, t23reply): an offer to check
// the reader's insurance plan by phone ("call us to check your plan",
// "we'd rather verify your coverage by phone") asks about cover anyone may
// ask about and tells no visit: it passes. The plan told as it paid or
// denied a service, or checked in the past, still blocks.
func TestReplyPlanCheckOffered23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Both offices accept Aetna. Give us a call to check your plan!", review: "Do they take Aetna??", want: post.VerdictPass},
		{text: "Networks shift every year, so we'd rather confirm your insurance by phone than guess here.", review: "won't take my insurance", want: post.VerdictPass},

		// Near misses.
		{text: "We checked your plan and it doesn't cover the MRI.", review: "billing is a scam", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your plan denied the claim for the knee injection, not us.", review: "billing nightmare", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplySickDayWords23 (session 23, t23reply): "Rest up", "hydrate" or
// "drink plenty of fluids" to a reader whose review told an illness is a
// wish anyone sick gets: a person decides (REV-01 warn), as every set
// labels it. Home care on a schedule, or beside the condition it treats,
// still blocks.
func TestReplySickDayWords23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So sorry you caught it! Rest up and drink plenty of fluids 🍵", review: "Came in with a bad cold, kind staff.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks, Marlene! Rest up 🛌", review: "Sick visit same day, thanks! - Marlene", want: post.VerdictReview, rule: "REV-01"},

		// Near misses.
		{text: "Rest up this weekend and ice it 20 minutes at a time.", review: "twisted my knee playing soccer", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hydrate, hydrate, and we hope that stone passes quickly!", review: "Got me in with my kidney stone", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad she's keeping fluids down again!", review: "My daughter had a stomach bug all weekend", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReply23Linear: the readings above look a few words around each
// possessive, "you" or care word; a long reply of them grows linearly.
func TestReply23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Your ortho referral was faxed over on Friday. ",
		"Su referido ya fue enviado. ",
		"Мы видим, что вы были у нас во вторник. ",
		"Controlled refills like yours need notice. ",
		"Call us to check your plan. ",
		"Rest up and drink fluids. ",
		strings.Repeat("your ", 20) + "slot. ",
	} {
		requireLinearReply(t, c, unit, "came in with a cold, they lost my referral")
	}
}

// TestReplyForeignCareTold23 (session 23, t23reply): a Spanish or
// Portuguese reply that tells what the practice advised the reader ("como
// le recomendamos"), their checkup in a series ("su control de los 9
// meses", "até a consulta de 20 semanas"), their dose adjusted, or a
// medicine that worked or failed for them tells their care (REV-01
// block). Advice to everyone, and a checkup told of anyone, pass.
func TestReplyForeignCareTold23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Qué bueno! Siga caminando después de comer, como le recomendamos.", review: "Gracias a la doctora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Nos vemos en su control de los 9 meses! 👶", review: "Excelente pediatra", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que alegria! Até a consulta de 20 semanas 💕", review: "Obrigada pelo carinho", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sentimos mucho que la pastilla para el colesterol no le haya funcionado. Llámenos.", review: "Lo que me dieron no me sirvió", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lo sentimos. Por favor llámenos para ajustar la dosis.", review: "Me recetaron algo que me cayó mal", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Como siempre recomendamos, traiga su lista de preguntas.", review: "Muy buena atención", want: post.VerdictPass},
		{text: "La consulta de los 2 meses dura unos 30 minutos.", review: "¿La cita de 2 meses es larga?", want: post.VerdictPass},
		{text: "Nuestro nuevo sistema de mensajes le ha funcionado a muchas familias.", review: "No contestan el teléfono", want: post.VerdictPass},
	})
}

// TestReplyForeignCare23Linear: the Spanish and Portuguese readings are
// one pass of linear expressions over each sentence.
func TestReplyForeignCare23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"como le recomendamos. ",
		"la medicina para la presión le ayudó, ",
		"nos vemos en su control de los 6 meses, ",
	} {
		requireLinearReply(t, c, unit, "gracias")
	}
}
