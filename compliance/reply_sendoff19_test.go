package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplySendsReviewerAway (session 19, t19reply): a reply that answers
// a complaint by pointing the reviewer to other clinics ("if the wait
// bothers you that much, there are plenty of other clinics"), or that
// puts the fault on the reviewer ("maybe the problem was you", "nobody is
// forcing you to come here"), is conduct toward a reviewer (REV-03 block)
// in any language. An "if" that offers help, other clinics named with no
// displeasure, and an apology keep their verdicts.
func TestReplySendsReviewerAway(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "If our wait times bother you that much, there are plenty of other clinics in town.", review: "Waited forever.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "If bilingual staff is such a problem for you, there are lots of clinics up north 🤷", review: "Half the staff speak Tagalog to each other", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Not happy? Plenty of other pharmacies would love your business.", review: "slow pharmacy", want: post.VerdictBlock, rule: "REV-03"},
		{text: "If English is too hard for you, maybe find a clinic back home.", review: "Nobody speaks Spanish here", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Si no le gusta, hay muchas otras clínicas en la ciudad.", review: "Mal servicio", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Kung ayaw mo dito, maraming ibang klinika diyan.", review: "Pangit ang serbisyo", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Nếu không thích thì bạn cứ đi phòng khám khác.", review: "Dịch vụ tệ", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Si ou pa renmen jan nou travay, gen anpil lòt klinik.", review: "Sèvis la pa bon", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Haddii aadan jeclayn, rug kale tag.", review: "Adeeg xun", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Maybe the problem was you.", review: "Worst clinic ever", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Have you considered that the issue might be you? 🙂", review: "Nobody here listens", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Honestly, you're the problem, not our front desk.", review: "Front desk was rude", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Tal vez el problema es usted.", review: "Nadie me atendió bien", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Nobody is forcing you to come here.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "No one's making you stay, hon.", review: "Long waits every time", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses: help offered after an "if", other clinics told
		// with no displeasure, the fault taken by the practice.
		{text: "There are lots of clinics in town, and we're so glad you chose us!", review: "Great clinic", want: post.VerdictPass},
		{text: "If the wait is too long for you, try our online check-in next time.", review: "long wait", want: post.VerdictPass},
		{text: "If you'd prefer a Spanish-speaking provider, we have three — just ask at the desk.", review: "Nobody speaks Spanish", want: post.VerdictPass},
		{text: "If you don't like needles, ask about our numbing spray for the flu clinic!", review: "hate shots", want: post.VerdictPass},
		{text: "If you need weekend hours, other clinics in the network are open Saturdays: see our website.", review: "closed on weekends", want: post.VerdictPass},
		{text: "The problem was on our end, not yours. We've fixed the phone line.", review: "phones never work", want: post.VerdictPass},
		{text: "Si no le gusta esperar, puede registrarse en línea antes de venir.", review: "Mucha espera", want: post.VerdictPass},
		{text: "Nobody should have to wait that long. We're adding staff at lunch.", review: "waited an hour", want: post.VerdictPass},
	})
}

// TestReplySendoffLinear: the send-off shapes look a few words around
// each place word and ask each sentence about displeasure once, so a long
// reply of them costs in proportion to its length.
func TestReplySendoffLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"if it bothers you there are other clinics other clinics other clinics, ",
		"the problem is is is the problem was the issue might be ",
		"nobody is forcing no one is making nadie le obliga, ",
	} {
		requireLinearReply(t, c, unit, "rude front desk")
	}
}
