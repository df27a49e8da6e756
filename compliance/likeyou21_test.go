package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPatientsLikeYouPraised21: "patients like you" as those who rank,
// vote for or choose the practice ("Ranked top 10 in New England by
// patients like you"), or as the subject of thanks ("Patients like you are
// why we love this job", "People like you make our day") praises the
// reader: no contempt (PROF-03 in a post, REV-03 in a reply, session 21;
// the claim of a ranking is CLAIM's to judge). Said with scorn ("Patients
// like you are the worst", "we can't stand people like you", "patients
// like you clog up the ER 🙄") it still blocks.
func TestPatientsLikeYouPraised21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ranked top 10 in the Midwest by patients like you ⭐", want: post.VerdictPass},
		{text: "Rated one of the top 5 family practices in Ohio by people like you 🙏", want: post.VerdictPass},
		{text: "Patients like you are why we love this job 💙", want: post.VerdictPass},
		{text: "People like you make our whole week. Thank you!", want: post.VerdictPass},
		{text: "Patients like you are the reason we open early on Saturdays.", want: post.VerdictPass},
		{text: "Thank you so much! Patients like you are why we love this job.", review: "★★★★★ Best staff in town", want: post.VerdictPass},
		// Near misses: scorn for the reader or for people like them.
		{text: "Patients like you are the worst, always late.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly we can't stand patients like you who no-show.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Patients like you clog up the ER for nothing 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "People like you are why we have a cancellation fee now.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Patients like you are why nurses quit.", review: "★ rude nurse", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Reviewed by people like you who never even came in 🙄", review: "★ terrible", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// TestLikeYou21Linear: many "patients like you" in one sentence or many
// grow linearly.
func TestLikeYou21Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "ranked top 10 by patients like you, people like you make our whole week, ")
	requireLinearText(t, c, "Patients like you are why we love this job. ")
}
