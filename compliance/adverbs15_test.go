package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSentenceAdverbsAreNoOne (session 15, t15prec): an adverb opening a
// sentence before a verb of care ("Just finished 40 flu shots", "Finally
// finished the school physicals") is no one's name, though a first-name
// list may hold it; a name there is still someone's. Rules alone (PRIV-16
// disabled).
func TestSentenceAdverbsAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Just finished 40 flu shots at the Legion hall! Thanks to everyone who came out 💉", want: post.VerdictPass},
		{text: "Finally finished 40 flu shots at the county fair!", want: post.VerdictPass},
		{text: "Officially finished our last flu clinic of the year 🎉", want: post.VerdictPass},

		// Near misses: a name opening the sentence.
		{text: "Justin finished his last round of chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Emily finished her physical therapy this week!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
