package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAdviceToHandleByShape: a post that tags an account and tells them
// their own value ("your potassium was 6.1"), a dose ("24 units") or a
// change to their medicine ("bump your Lantus", "take an extra strip of
// ur ...") advises that person in public (PROF-05 block), whatever the
// drug's name; sending them to a private line passes.
func TestAdviceToHandleByShape(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "@mele.k your a1c was 9.2 last month so lay off the malasadas 😬", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@bigdave71 raise your Tresiba to 30 units tonight and check in tomorrow", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@jaylen_22 double ur zoloft this week and text me how it goes", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@tonyb take an extra one of ur gabapentin tonight", want: post.VerdictBlock, rule: "PROF-05"},
		// An unknown account tagged is PLAT-02's warn; no advice is read.
		{text: "@lani.k take your time, the clinic is open till 7 today!", want: post.VerdictReview, rule: "PLAT-02"},
		{text: "@sunnyside_ana we can't advise in comments, please call our nurse line at (614) 555-2368 💙", want: post.VerdictPass},
		{text: "@mike_r great question! Flu shots are walk-in all week, book at maplefamilymed.com", want: post.VerdictPass},
	})
}
