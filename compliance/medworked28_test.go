package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyMedicineWorked28 (session 28, t28reply): a reply that tells the
// reviewer's or their kin's medicine, new or working: "Glad her new heart
// medicine is working", "Glad the Diamox worked" (a brand the lexicon
// does not hold, capitalised after "the" and before "worked"), "que bom
// que o remédio novo dele está funcionando": REV-01 block (they passed).
// Near misses: the office's news ("the new flu shots are
// here"), "Glad the Uber worked out", "Glad the MyChart link worked".
func TestReplyMedicineWorked28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad her new heart medicine is working!", review: "They took good care of my mom.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So happy to hear his new stomach pills are helping 💙", review: "Thank you for seeing my son.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the Diamox worked and you made it to the summit!", review: "Great travel clinic.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Happy the Flonase is helping, Marco!", review: "Great visit.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bueno que su nueva medicina le está funcionando!", review: "Excelente atención.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que o remédio novo dele está funcionando!", review: "Ótimo atendimento com meu pai.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Glad the Uber worked out! Thanks for the review.", review: "Easy to get to.", want: post.VerdictPass},
		{text: "Glad the MyChart link worked for you!", review: "Easy online check-in.", want: post.VerdictPass},
		{text: "So glad the new check-in tablets are working for you!", review: "Fast check-in.", want: post.VerdictReview},
		{text: "Thanks! The new flu shots are here, come by any time.", review: "Love this place.", want: post.VerdictPass},
	})
}
