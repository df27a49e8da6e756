package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestThreeKings29: the Three Kings of Día de Reyes named again in the
// post ("Que los Reyes les traigan salud", "Que los Reyes Magos les
// traigan mucha rosca") are the holiday's figures; the name finder read
// "Reyes" (a surname too) as a person and PRIV-10 warned. "Reyes Magos"
// is the Magi anywhere; "los Reyes" is the Kings in a post that names
// their day or its rosca. Still held: the Reyes family with no Día de
// Reyes ("Felicidades a los Reyes, que ya salieron del hospital con su
// bebé"), a person whose surname is Reyes beside the holiday. The held
// ones first.
func TestThreeKings29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: people called Reyes.
		{text: "Felicidades a los Reyes, que ya salieron del hospital con su bebé prematuro 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Feliz Día de Reyes! Carmen Reyes ya se recuperó de su cirugía de cadera y vino por su rosca.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the Kings.
		{text: "¡Feliz Día de Reyes! 👑 Hoy compartimos rosca en la oficina del centro. Que los Reyes les traigan salud y alegría.", want: post.VerdictPass},
		{text: "¡Feliz Día de Reyes! Que los Reyes Magos les traigan salud, paz y mucha rosca 🎁", want: post.VerdictPass},
		{text: "Our Spanish-speaking team wishes you a happy Three Kings Day 👑 ¡Que los Reyes Magos traigan salud a su casa!", want: post.VerdictPass},
	})
}
