package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythsAsserted17: myths the lists missed, stated as fact (MIS-01
// block): honey for babies of any age, turkey's tryptophan making you
// sleepy, autism "got from" vaccines, vaccine chips in Haitian Creole
// and French, a detox said to clean out an organ or pull metals and
// chemicals; and a "Did you know ...?" question, which tells rather than
// asks. Debunked or denied they warn; honey for children over one is the
// fact.
func TestMythsAsserted17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A little honey in warm water soothes a cough for babies of any age 🍯", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The tryptophan in turkey is why everyone is sleepy by 4pm on Thanksgiving.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Plenty of toddlers got autism from their shots, so we go slow here.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vaksen yo gen ti chip pou swiv ou, fè atansyon.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Attention : ce vaccin contient des puces pour vous suivre.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our green juice cleanse pulls pesticides out of your system in three days.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Chá de hibisco limpa os rins em uma semana!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Did you know flu shots have tracking chips in them? Ask before you get one.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Boldo tea cleanses your liver after a big weekend!", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses keep their verdict.
		{text: "Honey can calm a cough in children over 1 year old; never give it to babies under 1.", want: post.VerdictPass},
		{text: "Myth: turkey's tryptophan makes you sleepy. Fact: it's the size of the meal.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Do vaccines cause autism? No. Decades of studies say so.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Did you know our Elm St office now has Saturday flu shots?", want: post.VerdictPass},
		{text: "Your liver and kidneys clean your blood every day, no juice cleanse needed.", want: post.VerdictReview},
	})
}
