package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestLexiconSpanishPhrases21 (session 21, t21lex): a health event said
// in Spanish in a phrase that tells it of a person, a care verb with its
// object pronoun ("la operaron", "le dio un derrame") or "tiene" before
// the condition ("tiene presión alta", "tiene varicela"), next to a
// person's name blocks (PRIV-10). The bare words stay out (session 20 withdrew
// them): health education, a retail "precios de infarto", the weather's
// "alta presión" and a question to every parent pass.
func TestLexiconSpanishPhrases21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A Don Chuy Herrera le dio un derrame el lunes, oren por él 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A la señora Maricela Treviño la operaron de la vesícula y ya está en casa.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Doña Chayo Villarreal tiene presión alta y ya empezó con sus pastillas.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Bien hecho, Don Beto Garza! Ya no tiene el azúcar alta 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lupita Sandoval tiene varicela, no va a venir al ensayo del coro.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A Don Memo Castañeda lo internaron anoche, cualquier oración ayuda.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A Don Nacho Ybarra le subió la presión en el trabajo, pero ya está mejor.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pancho Alanís sufrió un infarto en la pizca, ya está estable.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Si su papá tiene presión alta, tráigalo a la feria de salud el sábado.", want: post.VerdictPass},
		{text: "La presión alta no da síntomas: mídasela gratis el sábado en la Plaza Juárez.", want: post.VerdictPass},
		{text: "¡Precios de infarto en la feria del libro de Pharr!", want: post.VerdictPass},
		{text: "Si su hijo tiene varicela, no lo mande a la escuela. Llámenos.", want: post.VerdictPass},
		{text: "Calor fuerte en McAllen por la alta presión este fin de semana, tomen agua.", want: post.VerdictPass},
		{text: "El derrame cerebral es una emergencia: aprenda las señales en nuestra plática del jueves.", want: post.VerdictPass},
		{text: "¿Quién tiene covid en casa? Hay pruebas gratis en la recepción.", want: post.VerdictPass},
	})
}

// TestLexiconHomeDevices21: the devices of care at home (a glucose meter
// or sensor, a pulse oximeter, a nebulizer, a walker, an oxygen tank), in
// English and Spanish, next to a person's name block; a class on using them
// passes.
func TestLexiconHomeDevices21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Mr. Ramiro Peña finally learned to use his glucometer 👏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Don Ramiro Cantú ya aprendió a usar su glucómetro 👏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jimbo Halvorsen checks his pulse oximeter every hour lol", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tomás Guerrero ya anda sin andadera 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ms. Dolores Price loves her new FreeStyle Libre, no more finger sticks!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Doña Nelly Salazar ya no necesita su tanque de oxígeno 🙌", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Learn to use your glucometer: free class Tuesday at 6.", want: post.VerdictPass},
		{text: "Nebulizer, pulse oximeter or glucose meter questions? Ask our nurses.", want: post.VerdictPass},
		{text: "¿Tiene preguntas sobre su glucómetro? Plática gratis el jueves.", want: post.VerdictPass},
		{text: "Paseo por el andador Juárez este domingo con la caminata de salud 🚶", want: post.VerdictPass},
		{text: "Entrada accesible en silla de ruedas por la calle Hidalgo.", want: post.VerdictPass},
	})
}
