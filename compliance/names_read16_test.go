package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamesRead16 (session 16, t16person): names the name finder did not
// read, with a health event beside them, block (PRIV-10):
//   - a name written with an acute accent the name lists hold plain
//     ("Mía", "Raúl", "Inés");
//   - "Mr. Her", the Hmong clan name, which read as the pronoun;
//   - a name after thanks in Marshallese ("Kommol tata to ...") or after
//     "Prayers up for";
//   - a name no list holds opening a sentence, when what follows a few
//     words on is what only a person has: surgery, a stay in the ICU, a
//     year sober ("Lito is in the ICU", "Pa Houa is one year sober").
//
// Near misses keep their verdicts: everyday Spanish words that are names
// once plain ("Día", "Está", "Más"), a brand's surgery benefit, thanks
// and prayers to everyone, a retirement with no health news.
func TestNamesRead16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome to the world, baby Mía! 7 lb 2 oz, born at 3am to our friends the Ortizes 🩷", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Raúl had knee surgery last week and is already back at the Saturday market 🌽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Inés had her gallbladder out in March and is already back at Zumba 💃", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy retirement to Mr. Her! We'll miss seeing you at your monthly warfarin checks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kommol tata to Neilani for letting us share: her blood pressure has been perfect since she joined our walking group 🌺", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers up for Lito, in the ICU after heat stroke at practice.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lito had knee surgery last week. Back on the field soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pa Houa is one year sober today! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "Está abierto el sábado. Día de vacunas para todos 💉", want: post.VerdictPass},
		{text: "¡Más vacunas! Día del niño en la clínica.", want: post.VerdictPass},
		{text: "Unum has a surgery benefit for members; ask our billing team.", want: post.VerdictPass},
		{text: "Ozempic is in short supply again; ask us about options.", want: post.VerdictPass},
		{text: "Kommol tata to everyone who came to the health fair!", want: post.VerdictPass},
		{text: "Prayers up for our community after the storm.", want: post.VerdictPass},
		{text: "Happy retirement to Mr. Her, our longest-serving custodian! 🧹", want: post.VerdictPass},
	})
}
