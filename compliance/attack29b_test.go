package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAttack29bFalseAlarms (att29b, a second pass on session 29's
// changes): ordinary replies and posts the new session-29 catches blocked.
// Each kind, in the languages its rule reads: the practice's promise to
// "su familia" (kinAttended29), a better thing found ("un mejor horario",
// kinProgress29), the wait better in Vietnamese (vietKinBetter29), a
// town's covid wave and a health fact ("la mayoría se recupera de la
// gripe", recoveredFrom29), a flu-shot tip and cold season in Korean
// (koreanIllnessBetter29), a holiday and Santa's arrival (thereForBirth29),
// news kept up to date (kinUpToDate29), an office thanked for its flu shot
// clinic (vocativeShot29). Each block goes; what warned before session 29
// (an illness word in a reply) still warns. The near misses after them keep their
// blocks.
func TestAttack29bFalseAlarms(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Nuestra misión es cuidar de su familia. ¡Gracias por la reseña!", review: "Buena clínica.", want: post.VerdictPass},
		{text: "Nossa missão é cuidar da sua família. Obrigado!", review: "Boa clínica.", want: post.VerdictPass},
		{text: "Nos alegra que su esposo haya encontrado un mejor horario con nosotros.", review: "Buena clínica.", want: post.VerdictPass},
		{text: "Cảm ơn chị! Rất vui vì chị thấy thời gian chờ đã đỡ hơn nhiều.", review: "Phòng khám tốt.", want: post.VerdictPass},
		{text: "Sau đợt covid, chúng tôi đã mở lại phòng chờ. Cảm ơn anh!", review: "Phòng chờ đóng cửa lâu quá.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sí, tenemos la vacuna. La mayoría de la gente se recupera de la gripe en una semana.", review: "¿Tienen vacunas?", want: post.VerdictReview, rule: "REV-01"},
		{text: "독감 예방접종은 빠른 회복에 도움이 됩니다. 감사합니다!", review: "친절한 병원이에요.", want: post.VerdictReview, rule: "REV-01"},
		{text: "감기 시즌에도 대기 시간이 좋아졌다니 다행입니다!", review: "대기 시간이 짧아요.", want: post.VerdictPass},
		{text: "Thanks! We'll be there for the Labor Day parade, come say hi!", review: "Saw your booth last year.", want: post.VerdictPass},
		{text: "We'll be there for the arrival of Santa at the tree lighting!", review: "Fun holiday party.", want: post.VerdictPass},
		{text: "We're happy to keep everyone up to date on our new hours.", review: "Hours changed without notice.", want: post.VerdictPass},
		{text: "Thanks! Glad you're now up to date on our parking changes.", review: "Parking was confusing.", want: post.VerdictPass},
		{text: "Thanks, Principal, for your flu shot clinic at the school!", want: post.VerdictPass},
		{text: "Thank you, Mayor, for your proclamation of Immunization Awareness Week!", want: post.VerdictPass},
		// Near misses: the care told stays held.
		{text: "Fue un gusto atender a su familia ayer. ¡Que se mejoren!", review: "Muy amables.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos alegra que su mamá ya se siente mejor.", review: "Buena clínica.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Rất vui vì mẹ của chị đã khỏe hơn nhiều.", review: "Phòng khám tốt.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Chúc anh mau khỏe sau đợt covid nhé!", review: "Phòng khám tốt.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que su hijo se recupere pronto de la gripe 🙏", review: "Gracias por todo.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "아버님 감기가 빨리 낫기를 바랍니다!", review: "친절한 병원이에요.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "어머님 혈당 수치가 좋아지셨다니 다행이에요!", review: "친절해요.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "아드님 감기는 빨리 낫기를 바랍니다!", review: "친절해요.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was an honor to be there for the arrival of your twins!", review: "Best OB.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad your kids are up to date on their shots now!", review: "Nice nurses.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you, Sheriff, for getting your flu shot with us this morning!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you, Pastor, for getting your flu shot on drive day!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestAttack29bHeld (att29b): the session-29 exceptions tried and held:
// care said for every appointment of a named or described patient, a hello
// sent home with care in the next sentence, an animal word inside a
// person's description, the relative invited to call about their care.
func TestAttack29bHeld(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We loved seeing her at every chemo appointment. She is the bravest!", review: "Great oncology team.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tommy was a champ at every allergy shot this year!", review: "Great staff.", want: post.VerdictBlock},
		{text: "Thanks, Mrs. Dunn! Say hi to Harold for us. We hope his new hip is healing well.", review: "Always a pleasure.", want: post.VerdictBlock},
		{text: "Thanks, Mrs. Dunn! Say hi to Harold for us, we missed him at his physical therapy today.", review: "Always a pleasure.", want: post.VerdictBlock},
		{text: "Congrats to Jake, our horse-crazy patient, on getting his cast off!", review: "Great ortho team.", want: post.VerdictBlock},
		{text: "That's Mia, our goat yoga teacher, she had her knee scoped here.", review: "Great.", want: post.VerdictBlock},
		{text: "Fue un gusto conocerla.", review: "Muy buena atención.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Bienvenida a la familia! Gracias por elegirnos.", review: "Primera visita, muy buena.", want: post.VerdictPass},
		{text: "Dr. Lee returns to the clinic on Monday after a long round of chemo.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Sam returns to the Elm Street office Monday after the holiday break.", want: post.VerdictPass},
		{text: "Dr. Lee returns to the clinic after that nasty round of budget meetings 😅", want: post.VerdictPass},
		{text: "Thank you, Mayor, for getting your team to our blood drive!", want: post.VerdictPass},
		{text: "Our volunteers from St. Mary's rolled up their sleeves to pack 500 meals!", want: post.VerdictPass},
		{text: "Even Coach Dave from Central High rolled up his sleeve for his flu shot!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestAttack29bLinear (att29b): session 29's readings, on a long reply
// (and a long review beside it): each looks a few words around its cue.
func TestAttack29bLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"sau đợt covid ",
		"Sau đợt viêm họng chúng tôi mở cửa. ",
		"Que siga mejorando de la varicela. ",
		"que se recupere pronto de la gripe y ",
		"Mrs. Dunn said so. ",
		"Thanks, Mrs. Dunn! Say hi to Harold for us. ",
		"The only joke here here here is this review ",
		"keep everyone up to date on our hours and ",
		"there for the arrival of Santa and ",
		"Nuestra misión es cuidar de su familia y ",
		"Rất vui vì chị thấy thời gian chờ đã đỡ hơn ",
		"감기 시즌에도 대기 시간이 좋아졌다니 ",
		"Thank you, Mayor, for getting your flu shot clinic going. ",
		"Even Father Jim from the old church rolled up his sleeve. ",
		"Dr. Sam returns to the Elm Street office Monday after his heart procedure. ",
		"We want every appointment to feel unhurried, ",
		"We'd welcome a call from your mother, ",
	} {
		requireLinearReply(t, c, unit, "Mi hijo tuvo fiebre. My mother felt rushed.")
	}
	// Many hellos sent home in one sentence, after a titled greeting.
	requireLinear(t, c, "hellos", func(n int) Draft {
		return Draft{Text: "Thanks, Mrs. Dunn! " + strings.Repeat("say hi to Harold and ", n/21) + "Walt.", ReviewText: "Lovely."}
	})
	// A long reply to a long review: the review's words are read once.
	for _, unit := range []string{"Que siga mejorando de la varicela. ", "Chúc bé mau khỏe sau đợt viêm họng. "} {
		requireLinear(t, c, "reply and review "+unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: strings.Repeat("Mi hijo está mejor hoy, gracias. ", n/33)}
		})
	}
}
