package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyTreatsIdiom22 (session 22, t22reply): "treat" in a reply is
// often no care. A season, a harvest, finals or the road "treating you
// well" is a wish about the reader's life, and "every person treated with
// respect" is how the office means to behave: neither tells a visit
// (REV-01 passes; a greeting by name still warns as REV-02). The practice
// or a staff member treating the reader, and a treatment "treating you
// well", still block.
func TestReplyTreatsIdiom22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hope the crab season treated you right 🦀", review: "Quick visit, short wait.", want: post.VerdictPass},
		{text: "Hope harvest is treating you well!", review: "★★★★★ the farmers' clinic", want: post.VerdictPass},
		{text: "Hope the road has been treating you kindly, drive safe!", review: "★★★★★ good for truckers", want: post.VerdictPass},
		{text: "Hope finals treat you well 📚", review: "★★★★★ student clinic rocks", want: post.VerdictPass},
		{text: "Thanks, Ramon! Hope the almond harvest treats you well this year.", review: "★★★★★ rápido", want: post.VerdictReview, rule: "REV-02"},
		{text: "We want every person who calls us treated with respect. Please email the manager.", review: "Rude on the phone.", want: post.VerdictPass},
		{text: "Everyone deserves to be treated with dignity at our front desk, and we're sorry.", review: "Front desk was rude.", want: post.VerdictPass},

		// Near misses: care treating the reader, or the practice.
		{text: "Hope the new inhaler is treating you well!", review: "★★★★★ great clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope Dr. Lee treated you well!", review: "★★★★★ great clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was a pleasure treating you this season!", review: "★★★★★ great clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We treated your burn with respect for how much it hurt.", review: "★★★★★ kind", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyTreatsIdiomLinear22: a sentence of many "treated with
// respect" reads each once; text ×16 costs about ×16.
func TestReplyTreatsIdiomLinear22(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	unit := "hope the harvest is treating you well and everyone treated with respect, "
	requireLinearReply(t, c, unit, "★★★★★ nice")
}
