package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMissingDrugsAndKit16 (session 16, t16health): common drugs and
// exam kit the WordNet list does not hold (a thyroid hormone, a stimulant
// refill, a speculum, a butterfly needle, an insulin pump's download) are
// health details next to a person (PRIV-10 block), as insulin is. Near
// misses: the same words in a shortage or stock notice with no one in it.
func TestMissingDrugsAndKit16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Marisol finally got her levothyroxine dose sorted out, yay!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dale, your Adderall refill is ready at the front window.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks Marisol for being so brave with the speculum today 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dale asked for the butterfly needle again and it went great!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dale's pump download looked amazing this month 📈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Heads up: there is a nationwide Adderall shortage; call your pharmacy before a refill.", want: post.VerdictPass},
		{text: "Levothyroxine is back in stock at our pharmacy.", want: post.VerdictPass},
	})
}
