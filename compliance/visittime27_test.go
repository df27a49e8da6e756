package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyTellsVisitHour27 (session 27, t27reply): a reply that tells the
// reviewer's visit with its hour or its day ("your 11:45 physical", "your
// 9:30 with Dr. Lane", "your Tuesday visit", "sua consulta das 10h") reads
// the practice's book back to them: REV-01 block, as "your physical"
// already was (the hour between "your" and the visit hid it). Near misses:
// a day with no visit ("Hope your Tuesday gets better"), hours offered to
// all ("Saturday visits are now available"), the practice's own clinic
// day, a count that is no hour ("your 5 stars").
func TestReplyTellsVisitHour27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. P was behind after an emergency just before your 11:45 physical.", review: "Waited an hour past my appointment.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry about the wait for your 11:45 visit on Monday.", review: "Waited an hour past my appointment.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your 9:30 with Dr. Lane ran behind because of a walk-in emergency.", review: "Waited 40 minutes.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sentimos muito pela demora na sua consulta das 10h.", review: "Esperei demais.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Perdón por la demora en su cita de las 4pm.", review: "Esperé una hora.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Hope your Tuesday gets better from here!", review: "Rough day, but the front desk was sweet.", want: post.VerdictReview},
		{text: "Saturday visits are now available 8 to 12!", review: "Wish you had weekend hours.", want: post.VerdictPass},
		{text: "We're sorry about the wait. Our Tuesday clinic runs late sometimes.", review: "Waited forever.", want: post.VerdictPass},
		{text: "Thanks for your 5 stars, it made our week!", review: "Great staff.", want: post.VerdictPass},
	})
}
