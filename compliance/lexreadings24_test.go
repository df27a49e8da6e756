package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReadingsOfNamed24: a person named by a first name, a kin title or
// an honorific ("Auntie Pearl", "Don Panchito", "Hajur Aama Kamala") with
// their own blood sugar or blood pressure told as how it is doing, in the
// words families use: "your sugar numbers", "his sugar has been steady",
// "her sugar doin' fine", "su presión arterial bajo control", "su azúcar
// ya está controlada", "Kamala ko sugar" (Nepali's possessive), or their
// medicine for it ("your blood pressure medicine", "sus pastillas de la
// presión"): PRIV-10 block. Classes and tips about readings, advice to
// every reader and sugar as food tell no one's. Our own wording.
func TestReadingsOfNamed24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first
		{text: "Sugar numbers 101: what your A1C means, at the library Tuesday.", want: post.VerdictPass},
		{text: "Know your numbers! Blood pressure checks at the Saturday market, 9 to noon.", want: post.VerdictPass},
		{text: "Our blood pressure medicine refill line is open on weekends now.", want: post.VerdictPass},
		{text: "Tía Nena's famous sugar cookies are back at the front desk 🍪", want: post.VerdictReview},
		{text: "Controle su presión arterial: tómela en casa cada mañana y anote los números.", want: post.VerdictPass},
		{text: "La presión arterial bajo control empieza con menos sal. Pregúntenos cómo.", want: post.VerdictPass},
		{text: "Uncle Ray's sugar cane stand is back at the farmers market Saturday!", want: post.VerdictReview},
		// a named person's own reading, or their medicine for it
		{text: "Auntie Pearl from the choir — your sugar numbers have never looked better! 🎶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Tuan says his sugar has been steady since he started the evening walks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Granny Odessa say her sugar doin' fine since she laid off the sweet tea!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Felicidades a Don Panchito de la panadería, que ya tiene su presión arterial bajo control! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Doña Licha, de la tienda de la esquina: ¡su azúcar ya está controlada! 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Felicidades a Don Memo: después de seis meses su presión ya está controlada.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Haskell, remember to pick up your blood pressure medicine before Friday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Gracias a Don Ruperto: ya no necesita sus pastillas de la presión. ¡Bravo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hajur Aama Kamala ko sugar aaja ekdam ramro aayo! 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestFinallyLetUsLook24: care told as the practice finally getting to
// check a named person's reading or look at a part of their body ("Big
// Al finally let us check that blood pressure", "finally let Dr. Kim look
// at that ankle", "let us take a look at that mole"): PRIV-10 block for
// the person named or pointed at. "Look at that smile", a view, a mural
// and a reader asked to check their own pressure tell no one's care. Our
// own wording.
func TestFinallyLetUsLook24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first
		{text: "Look at that smile! Our new lobby mural is finally done.", want: post.VerdictPass},
		{text: "Look at that view from the Ridge Road office this morning 🌄", want: post.VerdictPass},
		{text: "Thank you, Pastor Obi, for letting us check blood pressures at your church fair!", want: post.VerdictReview},
		{text: "Blood pressure checks at the fair Saturday: stop by and check that blood pressure!", want: post.VerdictPass},
		// a named person's reading checked, or their body looked at
		{text: "Big Al from the feed store finally let us check that blood pressure. Proud of you, Al!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Wanda finally let Dr. Kim look at that ankle. Verdict: a boot for a month.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our favorite mail carrier on Elm finally let us look at that knee — thanks for trusting us!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Petrakis finally let us take a look at that mole on his back 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you, Deacon Ruth, for letting us check that blood pressure after service!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
