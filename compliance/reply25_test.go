package compliance

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsStaffNamedReader25 (session 25, t25reply): a reply that
// opens by greeting a name ("Hi Kevin, sorry about the parking.", "Hola
// Marcus, perdón por la espera") speaks to the reviewer even when a staff
// member bears that first name: a practice does not open its public
// answer by greeting its own doctor. The name is the reviewer's display
// name, and a person checks it (REV-02 warn); it used to pass. A staff
// member told of ("Kevin from our billing team will call you"), "Hi from
// Sarah and the crew" and a staff title ("Hi Dr. Greene,") stay staff.
func TestReplyGreetsStaffNamedReader25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hi Kevin, sorry about the parking. We're repaving the lot in May.", review: "Parking is awful.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Hello Sarah, sorry about the phones! A second line goes in next week.", review: "Phones always busy.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Hola Marcus, perdón por la espera en el teléfono. Ya agregamos otra línea.", review: "Nunca contestan el teléfono.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Hey Anita, thanks for the heads up about the door.", review: "Front door sticks.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Oi Kevin, obrigado pelo aviso! Já pedimos mais vagas no estacionamento.", review: "Falta estacionamento.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Chào Sarah, cảm ơn bạn đã góp ý về bãi đậu xe!", review: "Bãi đậu xe quá nhỏ.", want: post.VerdictReview, rule: "REV-02"},

		// Near misses: staff told of, a greeting from staff, a staff title.
		{text: "Kevin from our billing team will call you this week.", review: "Billing mess.", want: post.VerdictPass},
		{text: "Hi from Sarah and the whole front desk crew!", review: "Nice people.", want: post.VerdictPass},
		{text: "Hi there, sorry about the parking. We're repaving the lot in May.", review: "Parking is awful.", want: post.VerdictPass},
		{text: "Hi all, the phones are fixed. Thanks for your patience!", review: "Phones were down.", want: post.VerdictPass},
	})
}

// TestReplyExamOutcome25 (session 25, t25reply): a reply that tells how
// the reader's exam came out ("Both of them are cleared and ready for
// soccer season" to a review of the kids' sports physicals, "Glad you
// passed, Dale!" to a CDL physical, "All six of your drivers passed their
// DOT physicals") tells everyone they were examined here and the result:
// REV-01 block, as every development set labels it. A message passed
// along, an illness cleared up, a loss, what "we" passed, and a result
// with no exam said anywhere stay as they were.
func TestReplyExamOutcome25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Both of them are cleared and ready for soccer season ⚽", review: "Got both kids' sports physicals done fast!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you passed, Dale! Safe driving this winter.", review: "CDL physical done in 20 minutes.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "All six of your drivers passed their DOT physicals 👍", review: "Good service for our crew.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Great news that he's cleared to play again, go Hawks!", review: "Quick sports clearance exam for my son.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Qué bueno que su hijo pasó el examen físico para el equipo.", review: "Muy rápido todo.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigado! Que bom que você passou no exame para a licença.", review: "Atendimento rápido.", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Thanks! We passed your kind words on to Kevin.", review: "Quick sports physical, nice staff.", want: post.VerdictPass},
		{text: "Glad the storm passed quickly: the sports physicals night is back on for Saturday!", review: "Fast visit.", want: post.VerdictPass},
		{text: "We passed our state inspection this month, thanks for noticing the new exam rooms!", review: "Clean exam rooms.", want: post.VerdictPass},
		{text: "Thanks! The lot is cleared by 7 am now.", review: "Icy parking lot before my physical.", want: post.VerdictPass},
		{text: "Glad you passed the bar, counselor! Congrats!", review: "Nice people.", want: post.VerdictPass},
	})
}

// TestReplyUpkeepRemoval25 (session 25, t25reply): "snow removal" and
// "trash removal" in a reply are the building's upkeep, not a procedure
// done on the reader, so they pass, as the sets label them; a mole's or
// a tattoo's removal is still care.
func TestReplyUpkeepRemoval25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for flagging this — we've hired a new snow removal company for the back lot.", review: "Lot is never plowed.", want: post.VerdictPass},
		{text: "Good catch! Trash removal now comes after hours so the dumpster is empty by 8.", review: "Dumpster smells by the door.", want: post.VerdictPass},
		{text: "¡Gracias! Ya contratamos otra compañía de snow removal para el estacionamiento.", review: "El estacionamiento tiene hielo.", want: post.VerdictPass},

		// Near misses: removal done on the reader.
		{text: "So glad the mole removal healed so nicely!", review: "Great dermatologist.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Your tattoo removal sessions are every six weeks.", review: "Love the staff.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReply25Linear: the shapes above read each sentence once; a reply 16
// times longer costs about 16 times the time.
func TestReply25Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Hi Kevin, you passed and both are cleared, ",
		"keep showing up keep coming to group, congrats on 14 months, one year, ",
		"can't wait to meet the baby, 8 more weeks to go mama, patches and lozenges, ",
		"snow removal trash removal mole removal, ",
	} {
		requireLinearReply(t, c, unit, "sports physical, 2 years clean, quit smoking, prenatal")
	}
}

// TestReply25OddInput: the shapes take odd text without a panic.
func TestReply25OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{"", "Hi", "Hi Kevin", "Hi Kevin,", "hi ,", "passed", "you passed", "passed you", "đạt", "cleared", "meet", "wait to meet", "one year!!", "removal", "snow removal", "keep showing",
		"8 more", "weeks to go"} {
		for _, review := range []string{"", "physical", "\xff", "sober", "pregnant"} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}

// TestReplyMilestone25 (session 25, t25reply): a reply that looks forward
// to the reader's baby ("We can't wait to meet the little one!", "only 6
// more weeks to go, mama") or counts their sober or smoke-free time to a
// review of recovery ("Congratulations on 9 months!", "So proud of your
// one year!", "¡Felicidades por sus seis meses!"), names the aid they
// quit with, or bids them keep showing up to the group, tells everyone
// what the practice cares for them for: REV-01 block, as every
// development set labels it. "Proud of you!" alone, the rest of a
// pregnancy the review told wished well (review), a team's years, a new
// building or doctor to meet, and a span to a review that tells no
// recovery or pregnancy stay as they were.
func TestReplyMilestone25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you so much! We can't wait to meet the little one this spring 💕", review: "Made it through my first trimester thanks to you all.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aww! Only 6 more weeks to go, hang in there mama!", review: "Great prenatal team.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Ya no vemos la hora de conocer al bebé.", review: "Excelente atención prenatal.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congratulations on 9 months! We're rooting for you.", review: "This program helped me stay sober.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So proud of your one year, that's huge 💙", review: "The recovery group here changed my life.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Two years!! We're cheering for you.", review: "2 years clean because of this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Felicidades por sus seis meses! Estamos muy orgullosos.", review: "Gracias a ustedes dejé de tomar.  Sobrio.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Proud of you! Those nicotine patches and the plan with Kevin really paid off.", review: "Finally quit smoking after 30 years!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep showing up, it gets easier every week.", review: "The sobriety group saved me.", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "Congrats on 10 years, Tulsa Drillers! Thanks for the kind words.", review: "Great staff, go Drillers.", want: post.VerdictPass},
		{text: "Proud of you! Thanks for the kind words.", review: "Finally quit smoking after 30 years!", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks! The bigger lobby opens in 3 more weeks.", review: "Waiting room is cramped, I'm pregnant and there's nowhere to sit.", want: post.VerdictPass},
		{text: "Thanks, Lena! Hope the rest of your pregnancy is calm and easy ❤️", review: "Lena: 28 weeks along and the midwives are great.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Come meet our new doctor at the open house next week!", review: "Friendly staff.", want: post.VerdictPass},
		{text: "We can't wait to open the new building in two months!", review: "The old office is cramped.", want: post.VerdictPass},
		{text: "Thanks! We've been serving Tulsa for 20 years!", review: "Great clinic.", want: post.VerdictPass},
	})
}
