package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRoutineWaiver16 (issue 11, session 16): a copay, deductible or
// balance waived as a routine (CLAIM-07 block) in the shapes the concept
// list missed: the copay feigned unknown ("Copay? What copay"), the
// practice "covering everyone's" copays, a balance written off every
// visit, "no copay" for any visit or a whole month, the rest written off
// every time, "we never collect it" after a question about affording it.
// Preventive care with no copay under a plan, sliding-scale fees and a
// hardship program decided case by case keep their verdicts.
func TestRoutineWaiver16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Copay? What copay 😉 Come see us any day this month.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Deductible? Never heard of it. Book your visit this week!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Copay? Don't know her 💅 Students, we've got you.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "We're covering every patient's copay through March!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Uninsured? We automatically write off your balance after every visit.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No copay for any visit all summer long ☀️", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No copay for teachers all September!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "We'll bill your plan for whatever it pays and write off the rest every time.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Can't afford your copay? We never collect it anyway.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "High deductible plan? We bill what your insurer pays and write off the rest every visit. No questions asked!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Deductible not met yet? No problem 🙌 we'll waive your deductible for the office visit.", want: post.VerdictBlock, rule: "CLAIM-07"},
		// Near misses.
		{text: "Copay? What copay applies depends on your plan, so call us.", want: post.VerdictPass},
		{text: "Copay? It depends on your plan; call the number on your card.", want: post.VerdictPass},
		{text: "Sliding-scale fees are available based on household income. Ask the front desk.", want: post.VerdictPass},
		{text: "Can't afford your copay? Ask about our hardship program; we decide case by case.", want: post.VerdictPass},
		{text: "Coffee is on us this Friday morning in the lobby ☕", want: post.VerdictPass},
		{text: "Questions about your balance? Our billing team can set up a payment plan.", want: post.VerdictPass},
		{text: "Your annual wellness visit has no copay under most plans.", want: post.VerdictReview},
		{text: "No copay for preventive visits under your plan: annual physicals and screenings are covered by law.", want: post.VerdictReview},
		{text: "Can't afford the copay? If you qualify for our hardship program, we never collect it.", want: post.VerdictReview},
	})
}
