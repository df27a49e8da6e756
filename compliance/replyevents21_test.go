package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyMeetsAtGathering21: a reply that looks forward to meeting the
// reviewer at worship or at a town gathering ("See you Sunday at
// church!", "See you Friday at the mosque", "nos vemos en el Festival"),
// or thanks them for coming out to one ("So glad you came out!" to a
// review of a ballpark night), tells no visit: anyone goes there (REV-01
// quiet, session 21). A visit, a shot or care named beside it ("see you
// Sunday at church for your recheck", "glad you came out for your flu
// shot", "glad you came in") still confirms a patient.
func TestReplyMeetsAtGathering21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "See you Sunday at church!", review: "Friendly staff, always.", want: post.VerdictPass},
		{text: "Thank you! See you Friday at the mosque 🙏", review: "Kind people at the front desk.", want: post.VerdictPass},
		{text: "Blessings to you! See you Sunday at First Baptist 🙏", review: "They prayed with me. Loved that.", want: post.VerdictPass},
		{text: "¡Gracias! Nos vemos en el Festival 🎉", review: "★★★★★ Muy buen trato.", want: post.VerdictPass},
		{text: "Nos vemos en la misa del domingo 🙏", review: "Excelente atención.", want: post.VerdictPass},
		{text: "So glad you came out! Go Sox! ⚾", review: "★★★★★ Ballpark night was awesome, thanks for the tickets!", want: post.VerdictPass},
		{text: "So glad you came out to the fair 🎡", review: "Fun booth at the county fair", want: post.VerdictPass},
		// Near misses: a visit or care beside the gathering.
		{text: "See you Sunday at church, and at your recheck on Tuesday!", review: "Friendly staff, always.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you came out for your flu shot!", review: "Quick and easy.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you came in! See you Tuesday.", review: "Great visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos vemos en la cita del martes.", review: "Excelente atención.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See you Friday for your follow-up, then at the mosque!", review: "Kind people.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyEvents21Linear: replies of many gatherings, in one endless
// sentence or many, and many service lines grow linearly.
func TestReplyEvents21Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinear(t, c, "gatherings", func(n int) Draft {
		unit := "see you Sunday at church, so glad you came out, nos vemos en la misa, "
		return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "Kind people."}
	})
	requireLinear(t, c, "gathering sentences", func(n int) Draft {
		unit := "See you Sunday at church! So glad you came out! "
		return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "Kind people."}
	})
	requireLinearText(t, c, "Quit smoking? The Ohio QuitLine, 1-800-QUIT-NOW, and the Franklin County Sheriff's Office drop box, ")
}
