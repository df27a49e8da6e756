package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyWeCaredForYou (session 19, t19reply): a reply telling what
// "we" did to the reviewer's body ("glad we could stitch you up", "we
// were able to splint your wrist", "so glad we got to numb that tooth
// first") says they were treated here (REV-01 block), the care act
// being named by its verb with no care noun near. Seeing the reader
// ("glad we could see you that afternoon") is a visit; seeing what they
// felt ("we could see you were upset") is not, and what we did with the
// review or for everyone stays as it was.
func TestReplyWeCaredForYou(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad we could stitch you up before the game!", review: "quick", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So happy we were able to patch you up, Coach 😅", review: "fast urgent care", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could glue that chin back together 🙌", review: "kids' urgent care rocks", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're glad we could splint your wrist the same day.", review: "great walk-in", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad we got to numb that tooth before it got worse!", review: "no pain at all", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! We vaccinated your whole crew in one morning.", review: "in and out", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could see you that afternoon!", review: "same day visit", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses.
		{text: "We could see you were frustrated, and we're sorry. Please call our office manager.", review: "rude desk", want: post.VerdictPass},
		{text: "Glad we could make your day a little brighter!", review: "friendly staff", want: post.VerdictPass},
		{text: "We patched the hole in the lobby ceiling, thanks for flagging it!", review: "leaky ceiling", want: post.VerdictPass},
		{text: "We've shared your feedback with the front desk team.", review: "rude", want: post.VerdictPass},
		{text: "We vaccinate anyone 6 months and older, just walk in!", review: "do you do flu shots?", want: post.VerdictPass},
	})
}
