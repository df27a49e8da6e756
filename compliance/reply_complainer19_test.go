package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyCallsReviewerAComplainer (session 19, t19reply): a reply that
// answers a review by casting the reviewer as someone who complains about
// anything ("some folks will always find something to complain about",
// "hay gente que se queja de todo") mocks the reviewer (REV-03 block).
// A reply that invites complaints, or says where to send them, keeps its
// verdict.
func TestReplyCallsReviewerAComplainer(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Some folks will always find something to complain about.", review: "Rude nurses, never again", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Certain people just love complaining, we get it 🙄", review: "worst urgent care", want: post.VerdictBlock},
		{text: "Our team works hard. Some reviewers would complain about anything.", review: "lazy staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "You sure are looking for something to complain about!", review: "The magazines in the lobby are old", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Hay gente que se queja de todo.", review: "Pésimo servicio", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Siempre encuentran algo de qué quejarse 🤷", review: "Malos doctores", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Puro reklamo talaga kayo.", review: "Ang bagal ng serbisyo", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Gen moun ki toujou plenyen pou anyen.", review: "Move sèvis", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses: complaints invited or routed.
		{text: "You have every right to complain about a two-hour wait. We're adding a second nurse at lunch.", review: "waited 2 hours", want: post.VerdictPass},
		{text: "If something isn't right, please tell us: complaints go straight to our practice manager.", review: "meh", want: post.VerdictPass},
		{text: "Some people told us the same thing about parking, so we added ten spaces!", review: "no parking", want: post.VerdictPass},
		{text: "Si tiene una queja, llame a nuestra gerente.", review: "Mal servicio", want: post.VerdictPass},
	})
}

// TestReplyComplainerLinear: each complaining word looks a few words
// around it, so a long reply of them costs in proportion to its length.
func TestReplyComplainerLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"some people some folks always find something to complain complain complaining ",
		"algo de qué quejarse se queja de todo puro reklamo ",
	} {
		requireLinearReply(t, c, unit, "rude front desk")
	}
}
