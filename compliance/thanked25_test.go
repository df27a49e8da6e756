package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestThankedOwnCare25 (session 25, t25privacy): a post thanks or greets
// a person it names (a name, a title and a name, a nickname) for a gift,
// a favour or a visit, and then tells them of their own care: a reading
// or a result told with how it came out ("your blood pressure was perfect
// today", "congrats on YOUR numbers coming down", "your own negative
// result"), a visit or trust for a named care ("thanks for coming in for
// your cardiac follow-up", "for trusting us with your knee"), gladness
// that a part of theirs is healing ("so glad the knee is holding up"), or
// care we gave it ("for finally letting us look at that cough"). Everyone
// reading learns the person is a patient, and of what (PRIV-10 block).
// The thanks alone, advice to every reader after it ("get your blood
// pressure checked", "your flu shot is waiting at the front desk"), a
// team's physicals and the practice's own things stay as they were.
func TestThankedOwnCare25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// a reading or a result told with how it came out
		{text: "Big thanks to Miss Loretta for the sweet potato pie! And your blood pressure was right on target this morning 😉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Deacon Harold Mims for lending us the fellowship hall — and congrats on your cholesterol coming down, deacon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Rosalind at the Elm Street bakery for the bagels, and congrats on your negative test!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Muchas gracias a Doña Chela por los tamales. ¡Y su presión salió perfecta hoy! 😉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Obrigada, Seu Joaquim, pelo pão de queijo! E a sua glicose estava ótima hoje 👏", want: post.VerdictBlock, rule: "PRIV-10"},
		// greeted alone in the opening sentence, the news after it
		{text: "Feliz cumpleaños, Doña Rosa! Su presión salió perfecta hoy.", want: post.VerdictBlock, rule: "PRIV-10"},
		// a visit or trust for a named care
		{text: "Thank you Pastor Mike for trusting us with your blood pressure this year 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Ruiz of the Eastside Eagles — thanks for coming in for your cardiac follow-up this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		// gladness that a part of theirs is healing
		{text: "Thank you Tía Nena for the flan! So glad the ankle is holding up on those stairs 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		// care we gave it
		{text: "Thanks to Brother Akin for the puff-puff, and for finally letting us check that bad knee.", want: post.VerdictBlock, rule: "PRIV-10"},

		// the thanks alone, and advice to every reader after it
		{text: "Big thanks to Miss Loretta for the sweet potato pie! Know your numbers: get your blood pressure checked at our free clinic.", want: post.VerdictReview},
		{text: "Thank you Deacon Harold Mims for lending us the fellowship hall for our diabetes screening!", want: post.VerdictReview},
		{text: "Muchas gracias a Doña Chela por los tamales. Su presión arterial importa: venga a revisarla gratis el sábado.", want: post.VerdictReview},
		{text: "Thanks to Rosalind at the Elm Street bakery for the bagels! Your blood pressure check is free all week at the front desk.", want: post.VerdictReview},
		{text: "Thanks to Rosalind at the Elm Street bakery for the bagels! Bring your blood pressure log to your next visit.", want: post.VerdictReview},
		{text: "Coach Delarosa of the Westside Wildcats, thanks for helping out at our sports physicals night!", want: post.VerdictReview},
		{text: "Coach Delarosa of the Westside Wildcats, thanks for bringing the whole team in for your physicals!", want: post.VerdictReview},
		{text: "Thank you Tío Beto for the pan dulce! So glad the new parking lot is holding up in the rain.", want: post.VerdictReview},
		{text: "Thank you Pastor Mike for trusting us with your church's health fair last month 🙏", want: post.VerdictReview},
		{text: "Happy birthday, Doña Rosa! Your cake is in the break room.", want: post.VerdictReview},
		{text: "Thanks for coming in for your flu shots, everyone! Your results from the screening are in the portal.", want: post.VerdictPass},
	})
}
