package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestElderByTitleAlone17 (session 17, t17leak): an elder called by the
// kin title alone, capitalised as a name, and told by the shop or place
// of worship where the neighbourhood sees her ("Vovó from the bakery",
// "Abuela from our corner panadería") is one person, as "the grandma from
// the bakery" is: with health news PRIV-10 blocks. Bosnian grandparents'
// titles ("Dedo Mehmed") make the next word a person. Near misses keep
// their verdicts: anyone's grandma from a town or "the old country", a
// title with no health news.
func TestElderByTitleAlone17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vovó from the Fox Point bakery FINALLY got her shingles shot 💉 no more excuses, everyone!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Abuela from our corner panadería is home after her hip surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ayeeyo from the halal market on Cedar is walking again after her knee replacement 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Baka Zlata is home after her gallbladder surgery, welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "Grandma from Ohio visiting for the holidays? Make sure she has had her flu shot.", want: post.VerdictPass},
		{text: "Grandma from the old country would tell you to rest — and she'd be right. Stay home when you're sick.", want: post.VerdictPass},
		{text: "Happy 75th to Dedo Mehmed, the unofficial mayor of our front bench!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Vovó's kale soup recipe is on our blog today 🥬", want: post.VerdictPass},
	})
}
