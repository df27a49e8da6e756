package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAdviceToOneAddressedPerson (tuner B, issue 11): a post that answers
// one person by name, by tag or "in response to" their comment and tells
// them to change their medicine, gives them their own lab value or tells
// them what to do about their child is individual advice in public
// (PROF-05 block), whatever the drug is called and whether the name is
// also a word ("Tammy", "Rose"). General advice after a name or a tag,
// sent to a private channel, passes.
func TestAdviceToOneAddressedPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Rose, since you asked in the comments: yes, go ahead and drop your Zoloft to 25mg.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Tammy, go ahead and cut your Suboxone to 4mg now that you're feeling good.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@grandma_jo_52 don't double up on the Xarelto if you miss one, just take it when you remember.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@bigjim_44 your A1c was 9.2 last month, no more soda please and call us today", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "In response to Malia's comment: since your daughter is 2 and not talking yet, you should book a speech eval soon.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Replying to @nena.skin_: hun stop the retinol for a week and put Vaseline on those cheeks.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Rose, thanks for asking! Flu shots are in, walk in any weekday.", want: post.VerdictPass},
		{text: "@grandma_jo_52 we can't give advice in the comments, please call our nurse line!", want: post.VerdictPass},
		{text: "In response to Malia's comment: yes, we are open on Saturdays 9 to noon.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
