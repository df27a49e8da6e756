package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNameEndsAtEmoji27: a staff member's tip signed before an emoji
// ("Flu tip from Kevin 💉 Get your shot") is no stranger "Kevin Get"
// beside a health word (PRIV-10 blocked). A name written across an emoji
// and a neighbour before one with their care stay held. The held ones
// come first.
func TestNameEndsAtEmoji27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: the person before the emoji, a name split by an emoji.
		{text: "Maria 🎃 Check out her new cast! She broke her wrist at the pumpkin patch.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria Lopez 🎃 had her gallbladder out this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats Darnell 🎉 Brooks on the new knee!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: a staff member's tip, the next sentence after the emoji.
		{text: "Halloween tip from Dr. Patel 🎃 Check candy wrappers for allergies, and look for teal pumpkins.", want: post.VerdictPass},
		{text: "Flu tip from Kevin 💉 Get your shot before Thanksgiving.", want: post.VerdictPass},
	})
}
