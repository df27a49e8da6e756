package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of the described-people tuner's session 13 (issue 11): our own
// wording of one person told apart with no name, by a title and where they
// work or sell ("la señora de la tiendita", "the Hanford fire chief",
// "cô bán bánh mì ở chợ"), next to their health. Generic titles (a
// greeting, whom to ask, every grandmother in town) name no one. Rules
// alone (PRIV-16 disabled).
func TestDescribedOnePerson13(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "La señora de los elotes en la plaza ya terminó su quimio, ¡qué alegría!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "El señor de la llantera en la Quinta ya está en diálisis, mándenle bendiciones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Señor del puesto de mangos en Pico Rivera: sus análisis de sangre ya están listos, pase por ellos.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Señora de la lavandería en la Main: gracias por venir a su mamografía, todo salió bien.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A senhora da padaria na Acushnet Ave fez a cirurgia de catarata ontem e já está ótima!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "O senhor do carrinho de pipoca no parque começou a diálise esta semana. Força!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ate ng karinderya sa Vallejo, successful ang operasyon mo! Pagaling ka po!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Cô bán bánh mì ở chợ Phước Lộc Thọ đã mổ tim xong, chúc cô mau khỏe!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Arvin fire chief is home after his bypass. Heal up, chief!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The lady at the front desk can help you book a flu shot.", want: post.VerdictPass},
		{text: "Señora, ¿necesita cita? Llámenos y con gusto le ayudamos.", want: post.VerdictPass},
		{text: "Ask the man at the pharmacy counter about the shingles shot.", want: post.VerdictPass},
		{text: "To every abuela in Lamont: flu shots are here this Saturday at our Main St office.", want: post.VerdictPass},
		{text: "El señor de los tacos nos trajo comida para todo el equipo 🌮 ¡gracias!", want: post.VerdictPass},
		{text: "The Taft fire chief will judge the chili contest at Oildorado this year!", want: post.VerdictPass},
		{text: "La señora de la limpieza dejó la sala de espera brillante, ¡gracias!", want: post.VerdictPass},
		{text: "Señora de 50 años o más: hágase su mamografía cada año.", want: post.VerdictPass},
		{text: "Señora de la casa: proteja a su familia con la vacuna contra la gripe.", want: post.VerdictPass},
		{text: "A senhora da recepção pode marcar a sua mamografia.", want: post.VerdictPass},
		{text: "Kuya sa front desk can book your flu shot, walk-ins welcome.", want: post.VerdictPass},
		{text: "Ate, kailangan mo ba ng appointment? Tawagan mo kami.", want: post.VerdictPass},
		{text: "Obrigado à senhora da padaria pelos pães para a equipe!", want: post.VerdictPass},
		{text: "Nuestra clínica ofrece diálisis los sábados. Llame para una cita.", want: post.VerdictPass},
		{text: "Gracias al Sr. Ortega, chofer de la camioneta de diálisis, por 15 años de servicio.", want: post.VerdictReview},
		{text: "Mi tío Beto ya hace su diálisis en casa, ¡gracias al equipo!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestRoleWishedBodyPart: a one-person role ("the Hanford water polo
// coach") with a body part of theirs named in a joke or a denial ("not
// his appendix") and a get-well wish in the post ("Feel better, coach!"):
// the wish says the part is ailing though no hurt word stands by it. With
// no wish nothing is told.
func TestRoleWishedBodyPart(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The Hanford water polo coach swears it was the burrito and not his appendix. Feel better, coach!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Delano band director blames the tamales, not her gallbladder. Heal up, maestra!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Wasco fire chief blamed the tri-tip, not his appendix. (Reader, it was the appendix.) Feel better, chief!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Hanford water polo coach says his knees are ready for the alumni game. Good luck, coach!", want: post.VerdictPass},
		{text: "The Delano band director says her feet are ready for the parade. Good luck, maestra!", want: post.VerdictPass},
	})
}
