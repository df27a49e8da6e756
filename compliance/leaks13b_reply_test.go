package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyPointsAtCondition: a reply that points at a condition the
// review never named ("those blisters", "that rash", "this cough") knows
// which one the reader has, and one that gives it a course ("should heal
// in 2-3 weeks", "come back in if ...") tells their treatment plan (REV-01
// block). A wish about it ("hope this cough is gone soon") assumes it and
// stays with a person; the review's own word pointed back, a season named
// by it and care offered to everyone do not block.
func TestReplyPointsAtCondition(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Stay warm! Those blisters should heal in 2–3 weeks; come back in if they turn dark.", review: "★★★★★ saved my hands in the cold snap", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! That rash should clear up in about a week.", review: "★★★★★ quick and kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your cough should be gone in a week or so; call us if it isn't.", review: "★★★★ friendly", want: post.VerdictBlock, rule: "REV-01"},
		// A wish about a condition pointed at assumes it, tells no course: a person decides.
		{text: "Hope this cough is gone by the weekend!", review: "★★★★ friendly", want: post.VerdictReview, rule: "REV-01"},
		// A season named by a condition is everyone's.
		{text: "Thanks! Stay safe this flu season.", review: "★★★★★ quick and kind", want: post.VerdictPass},
		// A course said for everyone, no one's condition.
		{text: "Thanks for the kind words! Walk-ins welcome for rashes, coughs and colds.", review: "★★★★★ quick and kind", want: post.VerdictPass},
	})
}

// TestReplyVisitGivenAReason: a reply that names why the reader came
// ("a visit for a UTI should always be that quick") while echoing how the
// visit went ("that quick", "that easy") tells their diagnosis (REV-01
// block), in any language the reply mixes. The same praise with no
// condition passes.
func TestReplyVisitGivenAReason(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Que bom! A urgent care visit for a UTI should always be that quick.", review: "★★★★★ Fui atendido em 20 minutos", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Love it! Getting seen for strep throat should be that fast every time.", review: "★★★★★ in and out", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bien! A visit for pink eye should always be that easy.", review: "★★★★★ rapidísimo", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Check-in should always be that easy.", review: "★★★★★ in and out", want: post.VerdictPass},
	})
}
