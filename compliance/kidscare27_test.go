package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyTellsChildrensShots27 (session 27, t27reply): a reply pointing
// back at the children the review told of ("the girls", "the twins", "the
// kids" to "my girls", "my twins", "my kids") and at "their shots" tells
// what care they had: REV-01 block, as Spanish and Portuguese already do
// ("sus vacunas", "as vacinas delas"). Near misses: shots as an offer or a
// rule for every child ("Kids need their shots", "bring the kids in for
// their flu shots"), the children greeted without care, and "their" of
// something else ("their soccer team").
func TestReplyTellsChildrensShots27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Tell the girls their shots are all done until middle school!", review: "My girls love Nurse Amy.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The twins were champs getting their 12-month vaccines 💕", review: "Dr. Lee is great with my twins.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aww, the little ones were so good for their boosters this morning!", review: "Our little ones adore this office.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Los niños fueron muy valientes con sus vacunas 💉", review: "Muy pacientes con mis hijos.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigada! As meninas foram super corajosas com as vacinas delas.", review: "Ótimas com minhas filhas.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Kids need their shots before school starts, so book early!", review: "Great with my kids.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks! The kids loved the sticker wall 😊", review: "My kids love this place.", want: post.VerdictPass},
		{text: "Tell the boys their soccer team is lucky to have them!", review: "My boys love Nurse Kelsey.", want: post.VerdictPass},
		{text: "The twins were so sweet, thanks for the cookies!", review: "Dr. Lee is great with my twins.", want: post.VerdictPass},
	})
}
