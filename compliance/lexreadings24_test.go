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
