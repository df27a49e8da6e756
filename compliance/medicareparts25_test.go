package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMedicareParts25: "Medicare Part B." ending a sentence read as a
// name with a middle initial ("Part B. Call", "Part D. Ask") beside the
// shots it covers (PRIV-10). The part of Medicare is no one; a person
// named in the next sentence still blocks. The flagged ones come first.
func TestMedicareParts25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: a person after the part.
		{text: "Covered by Medicare Part B. Carla Diaz had her stroke rehab here and walked out smiling.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Medicare Part D. Rosa Jimenez finally got her insulin covered after her amputation.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the part of Medicare.
		{text: "Shingles shots are covered under Medicare Part D. Ask your pharmacist about the copay.", want: post.VerdictPass},
		{text: "Your diabetes supplies may be covered by Medicare Part B. Bring your card to your visit.", want: post.VerdictPass},
		{text: "Las vacunas contra la gripe están cubiertas por Medicare Parte B. Llame para saber más.", want: post.VerdictPass},
	})
}
