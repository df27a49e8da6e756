package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGreetingPhrasesNamed: a greeting of several words in a family's
// language ("Sat Sri Akal", "Kol sana wa enta tayeb", "Shana tova") is a
// wish, though its words are names too (session 18, clean passing). The
// same words as people, outside the whole phrase, are still people.
func TestGreetingPhrasesNamed(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Please welcome Kevin to the front desk! Sat Sri Akal 🙏 He grew up two blocks from the office.", want: post.VerdictPass},
		{text: "Happy Coptic New Year to everyone celebrating 🎉 Kol sana wa enta tayeb from the whole team!", want: post.VerdictPass},
		{text: "Shana Tova to all our families celebrating Rosh Hashanah this week 🍎🍯", want: post.VerdictPass},
		// Near misses.
		{text: "Sana broke her wrist at the soccer game, so send good vibes her way!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Sana and Akal for bringing cake to the break room!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
