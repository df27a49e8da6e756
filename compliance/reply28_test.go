package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyNamesLobbyAnimal28 (session 28, t28reply): the lobby animal of
// TestReplyNamesLobbyAnimal27 named in Spanish and Portuguese ("le
// pusimos Pancho", "la llamamos Rosita", "Chico, o peixe") is no person
// either (REV-02 blocked them); and a person liked for an animal ("Marta
// the cat lover", "Theo the dog fan") stays a person (t27reply's animal
// made them pass).
func TestReplyNamesLobbyAnimal28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Gracias! Le pusimos Pancho al pez 🐟", review: "El pez de la sala de espera es lo máximo.", want: post.VerdictPass},
		{text: "Gracias, la llamamos Rosita 🐢", review: "La tortuga de la recepción es adorable.", want: post.VerdictPass},
		{text: "Obrigado! O nome dele é Chico, o peixe mais famoso da cidade 🐟", review: "Amei o peixe do aquário da recepção.", want: post.VerdictPass},
		{text: "Obrigada! Nós o chamamos Bento 🐢", review: "A tartaruga da recepção é demais.", want: post.VerdictPass},
		{text: "Biscuit the beagle sounds like the best recovery buddy!", review: "My beagle Biscuit kept me company after surgery.", want: post.VerdictBlock},
		// Near misses: a person liked for an animal, a name given to a
		// person in a review of no animal.
		{text: "Tell Marta the cat lover we said hi!", review: "The cat poster in room 2 is great.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Say hi to Theo the dog fan for us!", review: "Loved the dog in the lobby.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "¡Felicidades! Le pusimos Rosa por su abuela.", review: "Gran equipo de partos.", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyVisitHourBroken28 (session 28, t28reply): sentences written to
// break visittime27. The reviewer's visit with its hour still blocks in
// Spanish and Portuguese; hours the office offers stay clean.
func TestReplyVisitHourBroken28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry your 3 pm ran late, Dr. Vu had an emergency.", review: "Waited an hour.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We apologize that your Thursday follow-up started 40 minutes late.", review: "Waited.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lamentamos el retraso de su cita del martes.", review: "Esperé mucho.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Desculpe o atraso da sua consulta de terça às 9h.", review: "Esperei muito.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: the office's hours.
		{text: "Our 8 am slots fill fast, so book early!", review: "Hard to get in.", want: post.VerdictPass},
		{text: "Temos horários às 7h e às 18h para sua consulta, é só ligar!", review: "Difícil marcar.", want: post.VerdictPass},
	})
}
