package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCrowdScorned17 (issue 11, session 18): a crowd of patients ("some
// of y'all", "some families in this county", "patients who ...", "the
// aunties") told off with a closer or a judgement ("Stop it.", "Figure it
// out, people.", "need a lesson in ...", "and then complain", "we are
// not magicians", "for the hundredth time") is scorned in public
// (PROF-03 block). The same words said of the staff, in a thank-you, or
// with no crowd, and a kind notice to a group, pass.
func TestCrowdScorned17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Some of y'all really think the walk-in clinic is a drive-through. Stop it.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of our new patients treat the nurse line like a personal assistant and then complain when we call back. Figure it out, people.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some families in this county need a lesson in calling ahead when they cancel. It's not that hard.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some people treat our receptionists like servants. We are human too, you know.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Folks who skip every follow-up and then act surprised the rash is back: we are not magicians.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "For the hundredth time, aunties: the cough syrup from back home is not an antibiotic.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of y'all's handwriting on the intake forms is so bad even the scanner gives up.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The students from the dorms by the river are the whiniest people we see all year.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Algunas familias llegan una hora tarde y luego se quejan de la espera. Ya basta.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The night-shift regulars keep asking for the same refills they know they won't get. Nice try, guys.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Why do the hunters ALWAYS wait until the season ends to get that cut looked at? c'mon guys", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Tired of families who cancel by text at 7am and then expect a same-day slot.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "People who can't be bothered to call when they're running late, we notice.", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses: the staff teased, a thank-you, no crowd, a kind
		// notice to a group, a closer that goes on.
		{text: "Nice try, flu season! We're ready with shots all week 💪", want: post.VerdictPass},
		{text: "Parents, plan ahead: back-to-school physicals book up fast.", want: post.VerdictPass},
		{text: "To the families who keep bringing us pie: please stop. (Please don't stop.) 🥧", want: post.VerdictPass},
		{text: "Our nurses finished the Halloween candy by 10am. Stop it, team 😂", want: post.VerdictPass},
		{text: "Come on in, folks: flu shots are walk-in all week at the Main St office.", want: post.VerdictPass},
		{text: "If you're sick, please go home and rest instead of coming to the office party.", want: post.VerdictPass},
		{text: "Thank you to everyone who waited through the phone outage. We are human too, and you were so kind to us.", want: post.VerdictPass},
		{text: "Ramadan PSA for our patients with diabetes: talk to us before the fast so we can plan your doses together.", want: post.VerdictPass},
		{text: "Some of you have asked whether we see walk-ins on Saturdays. We do, 9 to noon!", want: post.VerdictPass},
		{text: "Tired of waiting on hold? Book online anytime, day or night.", want: post.VerdictPass},
		{text: "Some people need a booster this fall. Ask us which one is right for you.", want: post.VerdictPass},
	})
}

// TestReviewHushed17 (session 18, ENDORSE-04): a gift or a discount offered
// on the condition that the patient does not post or review blocks
// (review suppression). Asking for honest reviews, and a gift card for
// every survey answered, good or bad, pass.
func TestReviewHushed17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Front desk tip: anyone upset at checkout gets a free smoothie card as long as they don't post a review.", want: post.VerdictBlock, rule: "ENDORSE-04"},
		{text: "We'll take 20% off your next cleaning in exchange for not posting about the wait online.", want: post.VerdictBlock, rule: "ENDORSE-04"},
		{text: "Unhappy with your visit? Call the manager and we'll refund it, so long as you agree not to leave a review.", want: post.VerdictBlock, rule: "ENDORSE-04"},
		// Near misses.
		{text: "Had a good visit or a bad one? Please leave us an honest review, we read every one.", want: post.VerdictPass},
		{text: "Every survey answered, good or bad, gets a $5 coffee card. Your honest feedback helps us improve.", want: post.VerdictPass},
	})
}

// TestCrowdScornGrowsLinearly: each cue is one lexicon hit, read once.
func TestCrowdScornGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"some of y'all, stop it. ", "come on people ", "for the hundredth time folks, ", "as long as they don't post "} {
		t.Run(unit, func(t *testing.T) {
			requireLinearText(t, c, unit)
		})
	}
}
