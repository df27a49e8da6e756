package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyRecordAndLanguage (session 17, t17reply): a reply that leans
// on the reader's record ("given your history", "with your refill history",
// "considering your track record with us") tells everyone the practice
// holds a file on them (REV-01 block); one that runs down how the reader
// speaks ("your English was hard to understand", "we couldn't make out
// your accent") insults them (REV-03 block). Near misses keep their
// verdicts: history that is no one's record ("our history in this town"),
// the practice's own languages, and an apology about an interpreter.
// Rules alone (PRIV-16 disabled).
func TestReplyRecordAndLanguage(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Given your history, the doctor made the right call. We stand by it.", review: "★ treated like a criminal", want: post.VerdictBlock, rule: "REV-01"},
		{text: "With your refill history, we had to follow the controlled-substance policy.", review: "★ wouldn't refill", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Considering your track record with us, the late fee stands.", review: "★★ unfair fee", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our nurses tried their best, but your English was very hard to understand.", review: "★ the nurse was rude to me", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Honestly we couldn't make out your accent on the phone.", review: "★★ they hung up on me", want: post.VerdictBlock, rule: "REV-03"},
		{text: "We respect everyone, but your accent was tough for our front desk to follow.", review: "★ mocked at check-in", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Nobody could understand your English, so we booked an interpreter.", review: "★ rude", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses.
		{text: "Thank you! We're proud of our history in this town.", review: "★★★★★ been coming for years", want: post.VerdictPass},
		{text: "Our staff speaks English, Spanish and Somali, so just ask.", review: "★★★★★ helpful", want: post.VerdictPass},
		{text: "We're sorry the interpreter line dropped. We've added a second service.", review: "★★ no interpreter", want: post.VerdictPass},
		{text: "We know English may be your second language, so interpreters are always free.", review: "★★ hard to communicate", want: post.VerdictPass},
		{text: "Thanks! Our English classes for new neighbors start in March.", review: "★★★★★ community minded", want: post.VerdictPass},
	})
}
