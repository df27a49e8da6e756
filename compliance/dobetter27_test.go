package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestWeWillDoBetter27: "do better" with the practice as its subject is
// a promise, not a scolding, even in a post that speaks to "y'all"
// (PROF-03 blocked it as a contempt marker). Said to people ("y'all need
// to do better", "Do better, Riverside.") it stays a block. The held ones
// come first.
func TestWeWillDoBetter27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: people told to do better.
		{text: "Some of y'all really need to do better at showing up on time.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Do better, Riverside. Y'all keep no-showing.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Y'all keep skipping your follow-ups. You can do better 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Y'all keep yelling at the front desk. We all need to do better, especially you.", want: post.VerdictBlock, rule: "PROF-03"},

		// Pass: the practice's own promise.
		{text: "Y'all told us our hold music is awful. Fair! We'll do better 🎶", want: post.VerdictPass},
		{text: "Thanks for the honest comments on the new phone tree, y'all. We're listening, and we will do better.", want: post.VerdictPass},
		{text: "Hey y'all, thanks for the notes on the flu clinic lines. We're going to do better next Saturday 💉", want: post.VerdictPass},
	})
}
