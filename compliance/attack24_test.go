package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 24,
// att24): posts a practice would write where a new exception lets a
// patient or a myth through, or a new catch stops a clean post. Our own
// wording.

// TestDripDetoxMythKept24: session 24 warns, not blocks, when the
// practice's own drip is sold with detox words ("Our IV drips flush out
// toxins"), unless an organ, a metal or a named cause follows. The detox
// myth told of a vaccine, a cancer treatment, a named illness or a
// medicine given up ("flushes out vaccine toxins after your kids' shots",
// "the toxins causing your migraines", "chemo toxins", "so you won't need
// your insulin", "spike protein", "fluoride") is still the myth, sold or
// not, and keeps its block (MIS-01). The plain drip ad keeps its warning.
func TestDripDetoxMythKept24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our detox drip flushes out vaccine toxins after your kids' shots 💧", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out toxins, no vaccine needed!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out the toxins causing your migraines.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out the toxins behind your arthritis.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes chemo toxins out of your body.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our drip flushes radiation toxins after treatment.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out toxins so you won't need your insulin.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our IV drip flushes out spike protein toxins.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Our infusion flushes the toxins that fluoride leaves in your body.", want: post.VerdictBlock, rule: "MIS-01"},

		{text: "Our IV hydration drips boost immunity and flush out toxins 💧", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our vitamin IV therapy flushes toxins and gives you energy for the week!", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our detox IV drip flushes toxins and resets your gut.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our NAD+ IV drip flushes out toxins after a long weekend and boosts energy.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestMythLabelDenied24: session 24 reads the Vietnamese "Lầm tưởng:" (a
// mistaken belief) as a myth heading. Denied ("Không phải lầm tưởng:",
// "Đây không phải lầm tưởng:", not a mistaken belief) it vouches for what
// follows, as "Not a myth:" does, and the myth keeps its block (MIS-01).
func TestMythLabelDenied24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Không phải lầm tưởng: cạo gió chữa được cảm!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Đây không phải lầm tưởng: cạo gió chữa được cảm, cả nhà nhớ nha!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Chẳng phải lầm tưởng đâu: cạo gió chữa được cảm.", want: post.VerdictBlock, rule: "MIS-01"},

		{text: "Lầm tưởng: cạo gió chữa được cảm. Sự thật: cảm do virus, hãy nghỉ ngơi.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestRoomThingsInSpanish24: session 24 reads Spanish and Portuguese
// verbs after a numbered bed or chair ("se va a casa", "tuvo un gran
// día") as the person in it. "Se", "tiene" and "tem" are also how a
// thing is told: for sale, moved, cleaned, fitted with something ("La
// cama 4 se vende", "Sillón 2 se mueve a la sala de vacunas", "La cama 5
// tiene control remoto"). Those stay the room's: no PRIV-14 block. A bed
// going home and a chair that had a great day still block.
func TestRoomThingsInSpanish24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "La camilla 2 de observación se va a casa hoy después de su neumonía.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "¡Cama 4 tuvo un gran día hoy: terminó su última quimio! 🎉", want: post.VerdictBlock, rule: "PRIV-14"},

		{text: "La cama 4 se vende: ideal para pacientes después de una cirugía.", want: post.VerdictPass},
		{text: "Sillón 2 se mueve a la sala de vacunas a partir del lunes.", want: post.VerdictPass},
		{text: "La cama 5 tiene control remoto, ideal después de una cirugía.", want: post.VerdictPass},
		{text: "Cama 3 se limpia después de cada paciente con gripe.", want: post.VerdictPass},
		{text: "Cadeira 2 tem novo estofado para as vacinas.", want: post.VerdictPass},
	})
}

// TestRoomStoryNotPatient24: session 24 blocks a numbered room heading a
// story of one person after the colon ("Room 2 this morning: a little
// fan got his first shots"). A visitor or a helper told there (a
// volunteer with his guitar, a reminder someone gave) is no patient: the
// room keeps its warning, not a block. A child's first shots still block.
func TestRoomStoryNotPatient24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Room 2 this morning: a little Braves fan got his first set of shots and barely flinched! 💪", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Room 3 today: a shy little guy who came with the church volunteers got his flu shot.", want: post.VerdictBlock, rule: "PRIV-14"},

		{text: "Room 1 today: a volunteer from the Rotary club brought his guitar to play during flu shots 🎸", want: post.VerdictReview},
		{text: "Room 4 this morning: a reminder that masks are required for anyone with flu symptoms, she said.", want: post.VerdictReview},
		{text: "Exam 2 this week: a visiting pharmacist shared her tips on flu shots with our team.", want: post.VerdictPass},
	})
}

// TestAttack24Linear: the windows att24 reads around a drip's detox
// finding, a room story's head and a bed's verb are bounded, so many of
// them cost in proportion to the text.
func TestAttack24Linear(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Our IV drip flushes out vaccine toxins and chemo toxins, ",
		"Room 1 today: a volunteer brought his guitar for flu shots. ",
		"La cama 4 se vende después de una cirugía. ",
		"Chef Tony swears his sugar's the secret to his pecan pie, ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestSugarAsFood24: session 24 reads a named person's "his sugar has",
// "her sugar looks", "his sugar's" as their blood sugar (a health detail).
// At a bake sale the same words are the baker's sugar ("Chef Tony swears
// his sugar's the secret to his pecan pie", "her sugar has to be cane
// sugar for the pralines", "her sugar looks like fresh snow"): no reading
// follows, and the name keeps its warning, not a block. A reading told
// ("has been steady", "looked great at her checkup", "is at 140") still
// blocks.
func TestSugarAsFood24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Mr. Ortiz says his sugar has been steady since he started walking with our group.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Hattie says her sugar's been way down since she joined our cooking class!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Okafor says her sugar looked great at her checkup 🎉", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Chef Tony swears his sugar's the secret to his pecan pie at our bake sale 🥧", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mrs. Lee says her sugar has to be cane sugar for the pralines, bring yours Saturday!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Abuela Rosa's conchas are back at the bake sale, and her sugar looks like fresh snow ❄️", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestRecoveryWishNoCondition24: session 24 blocks an Arabic get-well wish
// that names what from ("الشفاء العاجل من التهاب المفاصل", a speedy
// recovery from arthritis). "من" after the wish is as often where the
// recovery comes from or how it is meant: "من الله" (from God), "من عند
// الله", "من كل قلوبنا" (with all our hearts), "من القلب" (from the heart).
// Those name no condition: the wish alone stays as before (no block). The
// condition named still blocks.
func TestRecoveryWishNoCondition24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "نتمنى لوالدتك الشفاء العاجل من التهاب المفاصل", review: "شكرا للفريق", want: post.VerdictBlock, rule: "REV-01"},

		{text: "نتمنى لك الشفاء العاجل من الله", review: "الطبيب كان رائعا", want: post.VerdictPass},
		{text: "نتمنى لوالدتك الشفاء العاجل من عند الله 🤲", review: "شكرا للفريق", want: post.VerdictPass},
		{text: "نتمنى لك الشفاء العاجل من كل قلوبنا", review: "الطبيب كان رائعا", want: post.VerdictPass},
		{text: "نتمنى لكم الشفاء من القلب", review: "خدمة ممتازة", want: post.VerdictPass},
	})
}

// TestGladThingNotCare24: session 24 blocks a Spanish or Portuguese reply
// glad that the reader's reading or wound is better ("qué bueno que la
// presión bajó", "que bom que os pontos caíram"). "Puntos"/"pontos" are
// also reward points and "presión"/"pressão" the water's: glad about a
// loyalty card's points or the restroom's water pressure tells no one's
// care (pass, as before). The reading or the stitches still block.
func TestGladThingNotCare24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Qué bueno que la presión ya bajó a 130!", review: "excelente doctora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que os pontos já caíram e a ferida fechou!", review: "ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos alegra que los puntos de la rodilla ya sanaron.", review: "muy amables", want: post.VerdictBlock, rule: "REV-01"},

		{text: "Que bom que os pontos do programa de fidelidade já apareceram!", review: "cadê meus pontos", want: post.VerdictPass},
		{text: "¡Qué bueno que la presión del agua en el baño ya está arreglada!", review: "el baño no tenía presión", want: post.VerdictPass},
	})
}
