package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythBusterNoName28: "Myth Buster Monday" names a post series, not a
// man called Buster; with the myth quoted after it the name drew a
// PRIV-10 block. A Buster told with care of his own stays held.
func TestMythBusterNoName28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Buster had his gallbladder out on Monday and is already asking for tacos.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Myth Buster Monday: Buster Kline had his gallbladder out here last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Myth Buster Monday: 'Cold weather gives you the flu.' Viruses do, and a flu shot helps.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "It's Myth Buster time! 'Sugar makes kids hyper.' Studies have not found that.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestShoutedWordAfterRole28: a word shouted in capitals after a role
// written small ("call your state senator TODAY", "ask your nurse NOW")
// is emphasis, not the role's name (PRIV-10 blocked "senator TODAY"
// beside the health the call is about; PROF-04 warns on the call as it
// should); a name after the role stays held.
func TestShoutedWordAfterRole28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our state senator Ruth Alvarez had her knee replaced with us this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our nurse JOY had her hip replaced here last week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Call your state senator TODAY and ask them to keep Medicaid coverage for new moms after delivery 📞", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Email your congressman NOW: keep insulin at $35 for people with diabetes!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Call your state representative TODAY and urge a YES vote on postpartum Medicaid for a full year 🤱", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Text your senator TODAY: vote NO on cutting prenatal care for rural moms.", want: post.VerdictReview, rule: "PROF-04"},
	})
}
