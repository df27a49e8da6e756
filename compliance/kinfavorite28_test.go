package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyKinFavorite28 (session 28, t28reply): a reply that calls the
// reviewer's kin one of the practice's favourites ("Your dad was one of
// our favorites", "tu papá era uno de nuestros pacientes favoritos", "sua
// mãe era uma das nossas favoritas") tells that the kin came in: REV-01
// block (it warned on "Your dad"). Near misses: the practice's favourite
// things, the reviewer's kin with no favourite ("Your dad sounds like a
// wonderful man" keeps its warning), a favourite of the reviewer's.
func TestReplyKinFavorite28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our hearts are with you. Your dad was one of our favorites, and he was loved here.", review: "Thanks for the flowers when my dad passed.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your grandma is one of our all-time favorite people 💛", review: "My grandma loves this office.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tu papá era uno de nuestros pacientes favoritos. Un abrazo.", review: "Gracias por las flores.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sua mãe era uma das nossas favoritas, sentimos muito.", review: "Obrigada pelas flores.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Your reviews are one of our favorite things to read!", review: "Great staff.", want: post.VerdictPass},
		{text: "Our favorite part of the week is hearing from families like yours.", review: "My kids love it here.", want: post.VerdictPass},
		{text: "Thanks! Tell your mom her favorite coffee is waiting in the lobby.", review: "My mom recommended you.", want: post.VerdictReview},
	})
}
