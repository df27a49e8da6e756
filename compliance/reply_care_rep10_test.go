package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStayOffAndIcingInReplies: "stay off those feet" is "keep off" said
// another way, and "keep icing it" carries the treatment on; both tell the
// reviewer's care in public (REV-01 block). A trail, a road or a
// weekend kept off is no body, and icing a cake is no care.
func TestStayOffAndIcingInReplies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks! Stay off those feet this weekend", review: "★★★★★ sprained ankle, great care", want: post.VerdictBlock, rule: "REV-01"},
		{text: "thank u!! stay off that foot till friday 🙏", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could help! Keep icing it and stay off the trail for two weeks.", review: "★★★★★ twisted my ankle hiking, they were great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! Keep icing it a few times a day 💕", review: "★★★★★ sore knee", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Keep putting ice on it tonight.", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		// Kept off something that is no body, iced something that is no body.
		{text: "Thanks! Stay off the roads this weekend, the snow is coming ❄️", review: "★★★★★", want: post.VerdictPass},
		{text: "Thank you! We'll keep icing the cookies for the holiday party 🍪", review: "★★★★★ great staff", want: post.VerdictPass},
	})
}

// TestOwnedBodyWishesInOtherLanguages: a reply in Portuguese, Spanish,
// French or Polish that names the reviewer's or their child's body part
// or procedure ("o joelho do seu filho", "el oído del bebé", "l'oreille du
// petit", "po operacji kolana") tells the care the review is about
// (REV-01 block), wish or not. A wish with no body stays a review.
func TestOwnedBodyWishesInOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Esperamos que o joelho do seu filho esteja melhor", review: "Ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que o ombro da sua filha se recupere logo!", review: "Muito bom", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que el oído del bebé siga sanando", review: "Excelente doctora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Esperamos que la rodilla de su hijo esté mejor!", review: "Muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "On espère que l'oreille du petit va mieux", review: "Super équipe", want: post.VerdictBlock, rule: "REV-01"},
		{text: "J'espère que le genou de votre fils guérit bien!", review: "Très bien", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Życzymy szybkiego powrotu do zdrowia po operacji kolana", review: "Polecam", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mam nadzieję, że ucho synka już nie boli!", review: "Świetna lekarka", want: post.VerdictBlock, rule: "REV-01"},
		// Wishes with no body or care stay a person's call.
		{text: "Obrigado! Esperamos que esteja se sentindo melhor.", review: "ótimo atendimento", want: post.VerdictReview, rule: "REV-01"},
		{text: "Dziękujemy! Życzymy zdrowia i wesołych świąt!", review: "Polecam", want: post.VerdictPass},
		{text: "Merci! Bon rétablissement 💐", review: "Super équipe", want: post.VerdictReview, rule: "REV-01"},
	})
}
