package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewsByInsiders17: reviews by a staff member's roommates, by the
// staff's spouses and best friends, by staff for each other's doctors, or
// by relatives asked for stars "aunque no hayan venido" are insiders'
// reviews without disclosure (ENDORSE-03 block, 16 CFR 465.5). An honest
// ask of patients and a disclosed staff review keep their verdicts.
func TestReviewsByInsiders17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big thanks to Marco's roommates for those fresh 5-star reviews 😂", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our spouses and besties came through with Google reviews this week — 4.8 now!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Office challenge: we're writing reviews for each other's favorite nurses 💪", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Friends and family of staff, a quick Google rating from you would help us a ton!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Primas y vecinas: escriban algo bonito en Google aunque no hayan venido 🙏", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Lani's cousins left us a whole pile of 5-star reviews this week, love them!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our whole staff's families have been posting reviews all month 🙏", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// Near misses.
		{text: "Seen by us this year? We'd love an honest review on Google, good or bad.", want: post.VerdictPass},
		{text: "Roommates starting college together? Book your meningitis shots the same day!", want: post.VerdictPass},
		{text: "Cousins' day at the clinic: three families got their flu shots together!", want: post.VerdictPass},
	})
}
