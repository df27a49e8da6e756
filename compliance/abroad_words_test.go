package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestWordsAbroadAreNoNames: an everyday word of Spanish, Portuguese,
// French, Haitian Creole or Tagalog that the name data also holds as a
// rarer first name, capitalized to open a sentence or after "¡", is the
// word ("Merci!", "¡Viva ...!", "Marque pelo ...", "Tu opinión ..."), not
// a person. Greeted, or doing what a person does, it is still a name.
func TestWordsAbroadAreNoNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Merci à tous les bénévoles! The garden looks amazing 🌻", want: post.VerdictPass},
		{text: "Thank you for every note this year. Merci! 🙏", want: post.VerdictPass},
		{text: "Bonne fête des mères à toutes les mamans 💐", want: post.VerdictPass},
		{text: "¡Viva México! Closed Sept 16 for the holiday, back Thursday.", want: post.VerdictPass},
		{text: "Atendimento em português às sextas. Marque sua consulta pelo site 📅", want: post.VerdictPass},
		{text: "Tu salud importa. Vacunas gratis para niños los sábados.", want: post.VerdictPass},
		{text: "Nou la pou ou! Kreyòl spoken at the front desk every day.", want: post.VerdictPass},
		{text: "Maraming salamat sa lahat! Siya nga pala, flu shots are in 💉", want: post.VerdictPass},
		{text: "Nada como un cafecito before your 8am visit ☕", want: post.VerdictPass},
		// Still a person where a person stands.
		{text: "Happy birthday, Merci! She is home after her knee replacement 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Vida Okoro on finishing chemo! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
