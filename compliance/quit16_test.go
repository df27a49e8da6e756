package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestQuitSpan16 (session 16, t16health): a person who quit a substance,
// told by a verb of giving up or being off and the substance ("kicked the
// nicotine", "six months off cigarettes", "off the booze") or by a
// substance-free stretch with its length ("smoke-free for a year"), is
// that person's health (PRIV-10 block), as "quit smoking" is. Near misses:
// a smoke-free campus, an invitation to quit, "off" of a date, a drug in a
// stock notice, a sale keep their verdicts.
func TestQuitSpan16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big shoutout to Marisol, six months off cigarettes as of today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marisol is 3 weeks off cigarettes and feeling great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Proud of Dale: one year off the vape!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dale kicked the nicotine for good this spring 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Way to go Dale, finally kicked the cigarettes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dale is two months off the booze and running 5Ks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big Tony is officially off insulin!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to Tony for his first month on insulin!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marisol has been smoke-free for a year now 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our campus is smoke-free starting Monday.", want: post.VerdictPass},
		{text: "Thinking about quitting cigarettes? Our counselors can help.", want: post.VerdictPass},
		{text: "We are one week off from the health fair!", want: post.VerdictPass},
		{text: "Insulin pens are back in stock at the pharmacy.", want: post.VerdictPass},
		{text: "Reminder: the whole clinic campus has been smoke-free for a decade. Thanks for not lighting up by the doors.", want: post.VerdictPass},
		{text: "Ready to kick the cigarettes? Join our free Tuesday class.", want: post.VerdictPass},
		{text: "Great to see Dale at the Friday 5K today!", want: post.VerdictReview},
	})
}
