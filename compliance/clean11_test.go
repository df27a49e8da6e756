package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffToldNotToReview: a post telling the staff not to review the
// practice refuses insider reviews; the review words of the sentences
// after it ("Reviews are for patients", "share the review link with
// patients") ask nothing more of them. A later sentence that writes a
// review still asks (ENDORSE-03).
func TestStaffToldNotToReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Reminder for our team: please don't leave reviews of the clinic yourselves. Reviews belong to patients 🙏", want: post.VerdictPass},
		{text: "Staff — we ask you not to rate us on Google. Our patients' reviews are the ones that count.", want: post.VerdictPass},
		{text: "Hey team, no Yelp reviews from your personal accounts please! Hand patients the review card instead.", want: post.VerdictPass},
		{text: "to all employees: we ask that you not review your own workplace. thanks for keeping our reviews honest", want: post.VerdictPass},
		{text: "Team: don't review us on Yelp. But DO post a 5-star review on Google this week!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff, please leave us a review this week! Reviews help us grow.", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}
