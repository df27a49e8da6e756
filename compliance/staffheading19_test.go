package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffHeadingIsNoReviewAsk: a post headed as praise of the staff,
// with a star emoji for cheer, asks them for no review; a staff heading
// followed by a review asked in words, and staff addressed and asked, still
// block (ENDORSE-03; issue 11, session 19).
func TestStaffHeadingIsNoReviewAsk(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Staff appreciation: Kevin fixed the fax, the printer AND the coffee maker before 8am. Legend ⭐", rule: "ENDORSE-03"},
		{text: "Team spotlight ⭐ Sarah has answered every portal message within an hour for a whole month!", rule: "ENDORSE-03"},
		{text: "Employee of the month: our scheduler Dee, who never lets a phone ring twice 🌟⭐", rule: "ENDORSE-03"},
		{text: "Staff birthdays this week 🎂 Kevin and Sarah! Five stars for both of you ⭐⭐⭐⭐⭐", rule: "ENDORSE-03", want: post.SeverityWarn},
		// Asked in words, or addressed and asked: still block.
		{text: "Staff appreciation week! Now go leave us 5 stars on Google before Friday ⭐⭐⭐⭐⭐", rule: "ENDORSE-03", want: post.SeverityBlock},
		{text: "Staff: please post a 5-star review from your personal account ⭐", rule: "ENDORSE-03", want: post.SeverityBlock},
		{text: "Team!! Everyone leave us a review this week ⭐⭐⭐⭐⭐", rule: "ENDORSE-03", want: post.SeverityBlock},
	})
}
