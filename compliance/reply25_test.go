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

// TestReply25OddInput: the shapes take odd text without a panic.
func TestReply25OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{"", "Hi", "Hi Kevin", "Hi Kevin,", "hi ,", "passed", "you passed", "passed you", "đạt", "cleared"} {
		for _, review := range []string{"", "physical", "\xff"} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}
