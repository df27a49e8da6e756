package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner A's breadth work (issue 11, people and identifiers): each
// case is our own wording of a kind of text, in other voices and
// languages, not a labelled set's item.

// TestCareNamesStaffOrThing: a word of care that only says what kind of
// staff, supplies or event follow ("the dialysis nurses", "naloxone kits",
// "the hospice garden party") is no one's treatment, so a helper named
// beside it is a question (warn), not a patient (block). Owned by the
// person, the same words are their care.
func TestCareNamesStaffOrThing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you Rosa Jimenez for the lumpia you brought our dialysis nurses today!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Helen Okonkwo sewed 300 pouches for the naloxone kits this winter 🧵", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy 80th to Walter Brandt! He grew every tomato in the hospice garden party salad.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Keoni, thank you for the card you made for the cancer center staff 💛", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mil gracias a Lupe Castro por las flores para la feria de salud 🌼", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Merci à Marie Dubois pour des gâteaux délicieux!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Rosa Jimenez brought cookies for her dialysis nurses, who got her through a hard year.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Dana Ruiz, who finished chemo this week! The infusion nurses threw her a party.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "To the guy in the blue Civic: you left your post-op recovery kit at the front desk!", want: post.VerdictBlock},
		{text: "Walter Brandt is back at the hospice garden after his hip surgery 🌻", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNamesInCyrillic: Ukrainian and Russian write only proper nouns with
// a capital inside a sentence, so a name in Cyrillic is a name whether
// or not the (Latin) name data holds it; places after a preposition of
// place, the sentence's first word, and God, Ukraine or Christmas are not.
// The patient cues and health words of those languages count too.
func TestNamesInCyrillic(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Наша пацієнтка Людмила після операції вже вдома 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Наш пациент Аркадий из Бруклина закончил химиотерапию", want: post.VerdictBlock},
		{text: "Светлана, our favorite crossing guard, finished chemo this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "so proud of Тарас Бойко, 2 years sober today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ірина came in for her TB test and it was negative!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Дякуємо Богдану за допомогу на ярмарку!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Слава Україні! Flu shots are in, book yours today.", want: post.VerdictPass},
		{text: "Вітаємо з Різдвом! Наша клініка зачинена 25 грудня.", want: post.VerdictPass},
		{text: "Ми працюємо у Києві та Львові. Запис за телефоном.", want: post.VerdictPass},
		{text: "Мы принимаем в Чикаго и Нью-Йорке по субботам.", want: post.VerdictPass},
		{text: "Нарешті весна! Our Saturday hours start next week.", want: post.VerdictPass},
	})
}
