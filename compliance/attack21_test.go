package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 21,
// att21): posts a practice would write where a new exception lets a
// patient through, or a new catch stops a clean post. Our own wording.

// TestStaffCampaignNotIllness21: the staff walk of session 21 reads
// "battling <illness>", "<illness> is out" and "recovery from <care>"
// after a staff name as the staff member's own health. A campaign
// fought in the schools, an illness "out" going around, and recovery
// taught in a class are the practice's work; the staff member's own
// illness, a body part "out" and their own recovery keep the block.
func TestStaffCampaignNotIllness21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin Tran is battling flu in the schools this month with our mobile shot van.", want: post.VerdictPass},
		{text: "Kevin Tran says flu is out in full force this week — get your shot!", want: post.VerdictPass},
		{text: "Congratulations to Kevin Tran! Recovery from knee surgery is the focus of his new class.", want: post.VerdictPass},

		{text: "Kevin is battling pneumonia at home this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin Tran is battling pneumonia in the hospital.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin! Gallbladder's gone and he feels great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah Lopez's back is out again, so Kevin is covering the desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin Tran! Recovery from the hip replacement went smoothly.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestSpelledNumbersNotAges21: session 21 reads a spelled number of 90 or
// more opening a sentence, a number between commas after a description,
// and "cumple 9X" as ages over 89. A span of years ("One hundred years
// ago ... Dr. Maple opened his first office"), a count ("Ninety-five,
// that is how many flu shots ..."), a room's number ("the back room,
// 101,") and the years of a hospital or a parish ("El hospital cumple 95
// años de servicio") are no one's age; a person's age said those ways
// keeps its block.
func TestSpelledNumbersNotAges21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "One hundred years ago this week, Dr. Elias Maple opened his first office on Oak Street.", want: post.VerdictPass},
		{text: "Ninety years ago she founded this clinic with one exam room and a lot of grit.", want: post.VerdictPass},
		{text: "Ninety-five, that is how many flu shots Kevin gave today, and he did not stop smiling.", want: post.VerdictPass},
		{text: "The flu class meets in the back room, 101, and she will have snacks for everyone.", want: post.VerdictPass},
		{text: "The class is in our big conference room, 104, where she runs the diabetes talk.", want: post.VerdictPass},
		{text: "El hospital cumple 95 años de servicio a la comunidad.", want: post.VerdictPass},
		{text: "Nuestro consultorio cumple 90 y ella sigue aquí desde el primer día.", want: post.VerdictPass},

		{text: "Mrs. K stopped in for her pneumonia shot today. Ninety-three and still doing the crossword in pen.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Ninety-seven years young and still splitting his own firewood after the hip replacement.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Our oldest beekeeper, 96, came in for his tetanus booster after a nasty sting.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "¡Feliz cumple 93 a Doña Chela! Hoy vino a su chequeo de presión con toda la familia.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Don Pepe cumple 95 años de vida y vino a su chequeo del corazón.", want: post.VerdictBlock, rule: "PRIV-06"},
	})
}

// TestShoutedPlaceNotNickname21: a "Big X" or "Little X" shouted in
// capitals with a first name for X is read as a person by session 21.
// A city or a landmark so named ("LITTLE ROCK IS READY FOR FLU SEASON!",
// "BIG BEN IS BACK after repairs") is no one; a shouted nickname with
// health news keeps its block.
func TestShoutedPlaceNotNickname21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "LITTLE ROCK IS READY FOR FLU SEASON! Shots every Saturday.", want: post.VerdictPass},
		{text: "BIG BEN IS BACK after repairs; we are open for flu shots.", want: post.VerdictPass},

		{text: "BIG TONY from the rodeo grounds is OFF INSULIN after 20 years!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "BIG MIKE IS BACK after his concussion!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestGeneralFactTurnsToReader21: a reply sentence opened by "in
// general", "typically" or "as a rule" tells its care word of anyone
// (session 21), even when the same sentence turns to the reader's own
// visit ("... and we're sorry it was so rough for you", "this time they
// were late", "we dropped the ball on yours"). Those tell the reviewer's
// colonoscopy or biopsy and block (REV-01); the general fact alone keeps
// its pass.
func TestGeneralFactTurnsToReader21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Typically the colonoscopy prep is the hardest part, and we're sorry it was so rough for you.", review: "the prep was awful and the staff rushed me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Usually biopsy results take a week; this time they were late and we are sorry.", review: "waited 3 weeks for results", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Generally the chemo infusions run about two hours, so we are sorry yesterday ran four.", review: "infusion took forever", want: post.VerdictBlock, rule: "REV-01"},
		{text: "In general, the second round of IVF is easier, and we're glad it went better.", review: "second round was better", want: post.VerdictBlock, rule: "REV-01"},
		{text: "As a rule we call with mammogram results within 48 hours; we dropped the ball on yours.", review: "never called me back", want: post.VerdictBlock, rule: "REV-01"},

		{text: "In general, antibiotics don't work on cold viruses, so we don't prescribe them for colds.", review: "they wouldn't give me antibiotics for my cold", want: post.VerdictPass},
		{text: "In general antibiotics don't work on viruses like colds — give us a call if you'd like to talk.", review: "no antibiotics", want: post.VerdictPass},
	})
}

// TestCameOutForCare21: "so glad you came out" to a game or a fair tells
// no visit (session 21); said with what the reader came out for ("and let
// us check that mole", "and saw Kevin") it tells their visit (REV-01).
func TestCameOutForCare21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad you came out and let us check that mole.", review: "great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you came out and saw Kevin, he loved meeting your family.", review: "nice staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you came out! Go Cats!", review: "fun night at the ballpark", want: post.VerdictPass},
	})
}

// TestRewardAfterThanks21: a reward told right after thanks for a review
// ("Thanks so much for the review, lunch is on us!") pays for it
// (ENDORSE-03 block), though session 21 passes a waiting-room perk said
// beside the thanks ("The coffee is always on us ☕ Thanks for the
// review!").
func TestRewardAfterThanks21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks so much for the review, lunch is on us!", review: "great", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the review, the coffee's on us next time you're in!", review: "great", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "The coffee is always on us ☕ Thanks for the review!", review: "great", want: post.VerdictPass},
	})
}

// TestWishPhraseNotWish21: the wishes of session 21 are found as
// substrings: "queremos que esté bien informado" (well informed), "que
// esté bien atendido" and "nous tenons à la bonne santé publique", "نهتم
// بالصحة العامة" (public health) wish no one health and pass; the
// wishes themselves keep their warning (REV-01).
func TestWishPhraseNotWish21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Queremos que esté bien informado sobre nuestros horarios.", review: "los horarios son confusos", want: post.VerdictPass},
		{text: "Gracias por escribir; queremos que esté bien atendido la próxima vez.", review: "mala atención", want: post.VerdictPass},
		{text: "نهتم بالصحة العامة لمجتمعنا ونرحب بملاحظاتك.", review: "خدمة سيئة", want: post.VerdictPass},
		{text: "Bonne santé publique à tous, et merci pour votre avis.", review: "service lent", want: post.VerdictPass},

		{text: "Que esté muy bien, gracias por sus palabras.", review: "excelente", want: post.VerdictReview, rule: "REV-01"},
		{text: "Merci pour votre avis et bonne santé!", review: "excellent", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestPlainReplyToldVisit21: session 21 passes "you can fill out forms
// before your visit" and a name in a sentence of accepted insurers. A
// visit dated or with its provider ("before your visit with Dr. Patel on
// the 14th") books the reviewer's own (REV-01 block), and the reader's
// own plan ("Glad we could take your Medicaid, Rosa Martinez!") is no
// list of insurers: the name keeps its warning (REV-02).
func TestPlainReplyToldVisit21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "You can check in online before your visit with Dr. Patel on the 14th.", review: "slow check in", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You can check in online before your visit with Kevin.", review: "slow check in", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could take your Medicaid, Rosa Martinez!", review: "great", want: post.VerdictReview, rule: "REV-02"},

		{text: "You can fill out most forms online before your visit.", review: "slow check in", want: post.VerdictPass},
		{text: "We accept Texas Medicaid, CHIP, Tricare and most major plans.", review: "do you take Medicaid", want: post.VerdictPass},
	})
}

// TestAttack21Linear: the looks att21 added (a span or a count after a
// spelled number, a numbered room, "cumple" of a hospital, a campaign
// fought in the schools, a general fact turned to the reader, "glad you
// came out" with care, "before your visit" told, a reward after thanks)
// grow linearly with the text, in a post and in a reply.
func TestAttack21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"One hundred years ago, Ninety-five, that is how many, the back room, 101, she ",
		"El hospital cumple 95 años de servicio, cumple 93 a Doña ",
		"Kevin Tran is battling flu in the schools, flu is out, recovery from knee surgery class ",
		"LITTLE ROCK IS READY BIG BEN IS BACK ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"typically the colonoscopy prep is hard and we are sorry, ",
		"so glad you came out and let us check, glad you came out ",
		"you can check in before your visit with Dr. Patel, ",
		"thanks for the review, lunch is on us, que esté bien informado ",
	} {
		requireLinearReply(t, c, unit, "bad")
	}
}

// TestAttack21OddInput: the shapes of session 21 read odd text without a
// panic: empty, NUL, invalid UTF-8, emoji only, a spelled age or "cumple"
// at the very end, Cyrillic case endings alone, a Big/Little at the end.
func TestAttack21OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"", "\x00", "\xff\xfe\xfd", "😀😀😀", "Ninety-three", "Ninety-three,", "One hundred years", "cumple", "cumple 95",
		"¡", "the back room, 101,", "Сергею", "Ю", "BIG", "LITTLE ROCK", "Kevin Tran is battling", "Welcome back Kevin!!",
		"Kevin Tran's recovery from", "Typically", "In general", "glad you came out", "before your visit",
		"Ninety\x00-three and she", "Сергею\xff сделали", strings.Repeat("Ninety-nine, ", 2000),
	} {
		for _, review := range []string{"", "bad"} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}

// TestGatheringListCountyTold21: session 21 passes a reply that meets
// the reader at worship, warns on a schedule whose names are said
// blurred, and reads a county where a season's illness opens the sentence
// as no one's home. Meeting the reader at worship and then "at our office
// on Monday" books a visit (REV-01); names blurred with "conditions still
// readable" shows the list (PRIV-12); a county whose case is one child in
// the next sentence is that child's (PRIV-07). The plain shapes keep
// their pass or warning.
func TestGatheringListCountyTold21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "See you at the mosque on Friday, and at our office on Monday.", review: "great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See you Sunday at church, and at the clinic Tuesday.", review: "great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Photo: the schedule whiteboard in the background, patient names blurred, conditions still readable.", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Measles confirmed in Franklin County. The child attends Lincoln Elementary.", want: post.VerdictBlock, rule: "PRIV-07"},

		{text: "See you Sunday at church!", review: "great pastor and doctor", want: post.VerdictPass},
		{text: "Photo: the schedule printout on the wall, names blurred.", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Spring allergies start early in Stearns County.", want: post.VerdictPass},
		{text: "Flu is up in Benton County. Get your shot at our clinic this week.", want: post.VerdictPass},
	})
}
