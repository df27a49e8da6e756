package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestColdWaterStomachAche (session 16, lead, from the attacker): gulping
// ice water after a hard run can upset a stomach, which is no myth; the
// myth is cold water causing cramps or colic after a meal, illness or
// shock. The English stomach-ache answers of the cold-water entry come
// out; the Spanish colic entry and the shock and stroke myths stay.
func TestColdWaterStomachAche(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Drinking ice cold water after a hard run can give you a stomach ache if you chug it too fast.", want: post.VerdictPass},
		{text: "Cold drinks can give some kids a stomachache if they gulp them; sip slowly on hot days.", want: post.VerdictPass},

		// Near misses: the myths stay.
		{text: "El agua fría después de comer causa cólicos. ¡Mejor tómela tibia! 💧", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Drinking cold water after eating causes cramps, so wait an hour.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}
