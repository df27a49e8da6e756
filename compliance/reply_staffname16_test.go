package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsReaderWithStaffName (session 16, t16reply): a reply that
// thanks or greets the reader by a name one of the staff also bears
// ("Thank you, Sarah!" where a nurse is Sarah Lopez, "Kev" for Kevin
// Tran) speaks to the reviewer, not the nurse: the name is the
// reviewer's display name, which a person checks (REV-02 warn), as in any
// other greeting. Near misses: a staff member named with a title ("Thanks,
// Dr. Patel!"), named in apposition ("Sarah, our head nurse, ..."), a name
// in the middle of a sentence, and "Hope you're well" where a staff member
// is called Hope keep their verdicts. Rules alone (PRIV-16 disabled); the
// test practice's staff are Dr. Anita Patel, Dr. Marcus Greene, Sarah
// Lopez and Kevin Tran.
func TestReplyGreetsReaderWithStaffName(t *testing.T) {
	const kind = "★★★★★ wonderful people"
	checkRuleCases(t, []familyCase{
		{text: "Thank you so much, Sarah! 💐", review: kind, want: post.VerdictReview, rule: "REV-02"},
		{text: "Aww, you're a star, Kevin!!", review: kind, want: post.VerdictReview, rule: "REV-02"},
		{text: "Gracias, Anita! Que tenga un lindo día.", review: kind, want: post.VerdictReview, rule: "REV-02"},
		{text: "We appreciate the shout-out, Marcus.", review: kind, want: post.VerdictReview, rule: "REV-02"},
		{text: "Salamat po, Tita Sarah!", review: kind, want: post.VerdictReview, rule: "REV-02"},

		// Near misses.
		{text: "Thanks for the shout-out to Dr. Patel! She'll love it.", review: "★★★★★ Dr. Patel is great", want: post.VerdictPass},
		{text: "Sorry for the confusion. Sarah, our office manager, would love to talk: (614) 555-2368.", review: "★★ billing mess", want: post.VerdictPass},
		{text: "Leave a message for Kevin and he will call you back today.", review: "★★ nobody calls back", want: post.VerdictPass},
		{text: "Thank you for the kind words about Sarah and the whole team!", review: "★★★★★ Sarah was lovely", want: post.VerdictPass},
		{text: "Thank you, Sarah! Glad your knee surgery went well.", review: kind, want: post.VerdictBlock, rule: "REV-01"},
	})
}
