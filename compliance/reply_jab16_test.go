package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyMocksInsultingReviewer (session 16, t16reply): a review with
// no stars that calls the practice names ("a quack", "crooks") is as low
// as a one-star review, so a clown, an eye-roll or a laugh answering it
// mocks the reviewer (REV-03 block). A reply laughing with a review that
// only grumbles, and a calm reply to the insult, keep their verdicts.
// Rules alone (PRIV-16 disabled).
func TestReplyMocksInsultingReviewer(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for stopping by 🤡", review: "This place is run by quacks.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Okay 🙄", review: "Bunch of crooks and liars", want: post.VerdictBlock, rule: "REV-03"},
		{text: "lol sure", review: "the doctors here are clueless", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses.
		{text: "haha fair, the lot is tiny. More spots open in March!", review: "nice staff, terrible parking", want: post.VerdictPass},
		{text: "We're sorry you feel that way. Please call our office manager so we can talk.", review: "They're crooks.", want: post.VerdictPass},
	})
}
