package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSpanishBodyAnniversary22: a place or a body named in Spanish that
// "cumple", "cumplió" or "celebra" 90 years or more has an anniversary,
// not an age ("¡Nuestra clínica cumple 100 años!"), as "our clinic turns
// 100" already passes. A person who turns 90 or more still blocks
// (PRIV-06), also when a place is named in a phrase about them ("Don
// Beto, de la farmacia, cumple 92") or after the age. Blocks first.
func TestSpanishBodyAnniversary22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Doña Chela cumple 100 años! Felicidades de parte de toda la clínica.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Don Beto, de la farmacia, cumple 92 años.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "La recepcionista de la clínica cumple 95 años de edad.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Mi abuelita cumple 96 años y el consultorio le hizo pastel.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Nuestra paciente más querida cumple 97 años hoy.", want: post.VerdictBlock, rule: "PRIV-06"},

		{text: "¡Nuestra clínica cumple 100 años! Gracias, Hazleton.", want: post.VerdictPass},
		{text: "Este año nuestro consultorio cumple 90 años de servicio.", want: post.VerdictPass},
		{text: "La Clínica del Valle cumplió 100 años ayer. ¡Gracias a todos!", want: post.VerdictPass},
		{text: "Nuestra iglesia vecina celebra 100 años este domingo.", want: post.VerdictPass},
		{text: "La farmacia de la esquina cumple 93 años: ¡felicidades, vecinos!", want: post.VerdictPass},
	})
}

// TestSpanishBodyAnniversary22Linear: each age looks at a few tokens
// around it; a long post of them grows linearly.
func TestSpanishBodyAnniversary22Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Nuestra clínica cumple 100 años y la parroquia de San Juan celebra 125 años. ")
}
