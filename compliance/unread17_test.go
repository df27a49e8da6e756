package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestUnreadPersonFrames17 (session 17, t17leak): a person the rules did
// not read as one, told by the frame around the name rather than by a
// name list:
//   - a word no list holds after "our beloved", "my dear" ("our beloved
//     Xatuun — she's recovering"), where "our beloved Elm Street office"
//     goes on to the thing's noun;
//   - a staff doctor by the initial they go by ("Dr. P", staff Anita
//     Patel) with their own leave, surgery or birth news, as "Dr. Patel
//     is back from maternity leave" already blocked;
//   - a death told as "passed peacefully".
//
// Near misses keep their verdicts: the same frames with no health event,
// a doctor's initial with news of the practice, "passed" of a test.
func TestUnreadPersonFrames17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Everyone at the mosque knows our beloved Xatuun — so happy to say she's recovering from pneumonia 💛", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our hearts are with our dear Qorsho, who is in the ICU after a fall.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sending love to my beloved Tsegereda, who starts dialysis this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. P is back from maternity leave! Baby boy and mom are doing great after a scary delivery", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. G is out this week after his knee surgery, Dr. Patel is covering.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. G is recovering from pneumonia this week. Dr. Patel will see his Thursday patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "It was an honor to know Adeer Cabdi for eleven years. He passed peacefully Sunday evening with his family around him.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "Our beloved Elm Street office turns ten this week! Cake at noon 🎂", want: post.VerdictPass},
		{text: "Everyone in town knows our beloved Xatuun — she brings the best sambusa to every potluck!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Dr. P will lead the diabetes class Thursday, bring your questions.", want: post.VerdictPass},
		{text: "Dr. P is back from vacation! Come say hi at the front desk.", want: post.VerdictPass},
		{text: "Sarah passed her nursing boards! So proud of our newest RN.", want: post.VerdictPass},
	})
}
