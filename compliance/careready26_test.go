package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCareReady26: a shot said to be ready for every reader ("Flu shots
// are available all week", "Your flu shot is waiting at the front desk")
// is the practice's offer, no one's care, so a neighbour thanked in the
// sentence before keeps the name's warning instead of a block (PRIV-10).
// The care must open its sentence (after "your", "the" or "free" at
// most) and be said ready, waiting, available or back; "your" counts only
// before a shot. One person's care ("Her flu shot is done", "Rosalind's
// flu shot is waiting"), a prescription ready for "you", and care told
// as it went stay held. "No appointment needed" is no one's visit. The held ones come first.
func TestCareReady26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: one person's care, or care told as it went.
		{text: "Thanks to Rosalind for the bagels! Your flu shot went fine, see you next year.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosalind brought bagels. Her chemo is back on schedule.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosalind brought bagels. Rosalind's flu shot is waiting at the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks, Rosalind! Your insulin is ready at the pharmacy counter.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosalind brought bagels. Her knee surgery is back on the calendar for Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosalind brought bagels. She had no appointment, so Dr. Patel saw her chest pain as a walk-in.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Review (the name's warning), not block: a shot offered to all.
		{text: "Thanks to Rosalind at the Elm Street bakery for the bagels! Your flu shot is waiting at the front desk, no appointment needed.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Rosalind brought bagels for the whole crew. Flu shots are available all week.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Big thanks to Rosalind for the cinnamon rolls! Flu shots are back in stock, walk in anytime.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Gracias a Rosalind por el pan dulce. Las vacunas ya están disponibles en la recepción.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
