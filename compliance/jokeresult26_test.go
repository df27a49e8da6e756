package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestJokeResult26: "tested positive for being the best dad" is a joke
// in the shape of a result: what follows "for" is a quality, no illness,
// so the words tell no one's health (PRIV-10). A test result told of an
// illness ("tested positive for having the flu"), a result with no "for"
// after it, and a quality joke beside real illness in the sentence stay
// held. The held ones come first.
func TestJokeResult26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: an illness after the joke's shape, a plain result.
		{text: "Marcus tested positive for having the flu, so he is home this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marcus tested positive this morning, so he is home this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marcus tested positive for being exposed to COVID at the game.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marcus tested positive for strep and for being the grumpiest patient of the week 😂", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: a quality after "for being" or "for having".
		{text: "Marcus tested positive for being the best dad on the soccer sideline 😂", want: post.VerdictPass},
		{text: "Breaking news: our own Tiana tested positive for having the loudest laugh in the building 📣", want: post.VerdictPass},
		{text: "Kevin salió positivo por ser el mejor papá del equipo 😂", want: post.VerdictPass},
	})
}
