package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsWordName: a reply that says a listed first name to the
// reader at the end of its sentence, after a comma or a title of respect,
// greets a person even when the name is also an everyday word ("Crystal",
// "Destiny", "Grace") and the thanks before it is in a language no list
// holds (REV-02 warn: a person checks the name is the reviewer's own
// display name). A place, the team, everyone, a season and a word that is
// no one's name said the same way pass.
func TestReplyGreetsWordName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Wopila, Crystal! We'll pass this on to the front desk.", review: "★★★★★ front desk was lovely", want: post.VerdictReview, rule: "REV-02"},
		{text: "Hope the new semester treats you kindly, Destiny.", review: "★★★★★ best clinic near campus", want: post.VerdictReview, rule: "REV-02"},
		{text: "Maraming salamat, Tita Joy! Ingat po 💛", review: "★★★★★ very kind nurses", want: post.VerdictReview, rule: "REV-02"},
		{text: "So glad the wait was short this time, Amber 🌼", review: "★★★★ quick", want: post.VerdictReview, rule: "REV-02"},
		// Near misses: a town, the team, everyone, a season, a word that is no one.
		{text: "Thanks so much, everyone! 💙", review: "★★★★★ great staff", want: post.VerdictPass},
		{text: "Happy holidays from all of us, Team Eastside!", review: "★★★★★ great staff", want: post.VerdictPass},
		{text: "Enjoy the rest of your summer, friends!", review: "★★★★★ great staff", want: post.VerdictPass},
		{text: "Thanks for the five stars, Doc would be proud.", review: "★★★★★ great staff", want: post.VerdictPass},
	})
}

// TestReplySignedAtTheEnd: a review headed by one word and signed at its
// end ("★★★★★ Excelente — Marisol R.") is signed with the name at the end,
// and a signature may carry a quoted nickname ("— Guillermo 'Memo'
// Arellano") or be a family's plural ("— the Okafors"). A reply that
// greets the reader by that name ties the reviewer to the practice: a
// person decides (REV-02 warn). The review's heading word is no name.
func TestReplySignedAtTheEnd(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Marisol, muchas gracias por tus palabras 🙏", review: "★★★★★ Excelente — Marisol R.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much, Marisol!", review: "★★★★★ Wonderful — Marisol R.", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Gracias, Chuy! Un abrazo de todo el equipo.", review: "★★★★★ — Jesús 'Chuy' Velarde", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Okafor family! Stay warm this winter.", review: "★★★★★ Great with our kids — the Okafors", want: post.VerdictReview, rule: "REV-02"},
		// The heading word said back is praise, not the reviewer's name.
		{text: "¡Excelente! Gracias por escribirnos.", review: "★★★★★ Excelente — Marisol R.", want: post.VerdictPass},
		{text: "Thanks for the kind words!", review: "★★★★★ Wonderful — Marisol R.", want: post.VerdictPass},
	})
}

// TestReplyGreetsKoreanName: a Korean given name said with the title of
// respect "님" or "씨", apart or written onto it ("민지 님", "서연씨"),
// greets one person (REV-02 warn); the same thanks said to everyone
// ("여러분") or to the team passes.
func TestReplyGreetsKoreanName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "고마워요, 서연 님! 늘 건강하세요 🙂", review: "★★★★★ 친절해요", want: post.VerdictReview, rule: "REV-02"},
		{text: "서연씨, 좋은 후기 감사합니다!", review: "★★★★★ 친절해요", want: post.VerdictReview, rule: "REV-02"},
		{text: "여러분, 좋은 후기 감사합니다! 늘 건강하세요", review: "★★★★★ 친절해요", want: post.VerdictPass},
		{text: "아저씨, 주차 도와주셔서 감사합니다! 하나님 축복이 함께하길 🙏", review: "★★★★★ 친절해요", want: post.VerdictPass},
	})
}

// TestReplyHeadedByWholeName: a review headed by a whole name of two or
// three words before a dash ("Pa Nhia Vang — Good clinic") is signed with
// it, and a reply greeting the reader by part of it ("Ua tsaug, Pa
// Nhia!") warns (REV-02); a heading of everyday words before the dash
// ("Great Care Team — ...") is no name.
func TestReplyHeadedByWholeName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ua tsaug, Pa Nhia! We'll pass the parking feedback along.", review: "★★★★☆ Pa Nhia Vang — Good clinic, tiny parking lot", want: post.VerdictReview, rule: "REV-02"},
		{text: "Great to hear! Our care team says thank you.", review: "★★★★★ Great Care Team — fast and kind", want: post.VerdictPass},
	})
}
