package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 26,
// att26): replies and posts a practice would write where a new exception
// lets a patient through, or a new catch stops a clean post. Our own
// wording.

// TestSignerPetFormKin26: session 26 reads a reply's name that is the
// start of the signer's name as the signer greeted by a pet form ("Alex"
// to "— Alexandra P."). The start of a surname is another person's first
// name ("Jack" of "— Mike Jackson"), and a name one or two letters short
// of the signer's is their brother's or sister's ("Paul" of "Paula",
// "Daniel" of "Danielle", "Jose" of "Joseph"): the reply names a third
// person, a REV-02 block as before. The pet forms stay greetings.
func TestSignerPetFormKin26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks Mike! Say hi to Jack for us.", review: "Great visit. — Mike Jackson", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks Danielle! Please tell Daniel we miss him.", review: "Friendly staff. — Danielle R.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks Paula! Say hi to Paul for us.", review: "Friendly staff. — Paula K.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thank you Joseph! Tell Jose we said hi.", review: "Good. — Joseph T.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "¡Gracias, Roberta! Saludos a Robert de parte de todos.", review: "Muy amables. — Roberta V.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Obrigado, Gabriella! Um abraço para o Gabriel.", review: "Ótimo atendimento. — Gabriella S.", want: post.VerdictBlock, rule: "REV-02"},

		{text: "Thanks Alex!", review: "Great. — Alexandra P.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much, Chris! See you next time.", review: "Quick visit. — Christina W.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks Mr. Phan!", review: "Great. — Khamphan P.", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Gracias Lupe!", review: "Muy bien. — Guadalupe S.", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestCornerOfPeople26: session 26 reads two capitalised words joined by
// "and" or "&" after "at", "on", "of" or "near" that end the sentence as
// a street corner ("at Prescott & Vine."). After "of" they are people as
// often: "so glad we could take care of Marco and Lucia!", "so proud of
// Ava and Mia!" name two children in a reply (REV-02 block, as before).
// "the corner of" and the corners after "at" and "on" stay places.
func TestCornerOfPeople26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad we could take care of Marco and Lucia!", review: "Great pediatric office.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks for trusting us with the care of Jose and Maria.", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "We are so proud of Ava and Mia!", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-02"},

		{text: "Our flu shot van parks every Friday at Prescott & Vine.", review: "Where is the van?", want: post.VerdictPass},
		{text: "The mobile clinic stops on Saturdays at Alder and Whitman.", review: "Is the mobile clinic still running?", want: post.VerdictPass},
		{text: "Our new office is on the corner of Alder and Whitman.", review: "Where did you move?", want: post.VerdictPass},
	})
}

// TestPersonThenEventWord26: session 26 reads a name followed by a team's
// or an event's word ("the Garfield fight song", "the Lumbee Homecoming
// parade") as no person. Said without the apostrophe, a person and their
// own event read the same: "Tell Sofia band practice can wait", "Hope
// Grandma Rosa cruise was fun", "Tell Carlos fair week was a blast" name
// one person in a reply (REV-02 block, as before). The team's or event's
// name is led by an article or "our"; that stays clean.
func TestPersonThenEventWord26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks! Tell Sofia band practice can wait.", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Hope Grandma Rosa cruise was fun!", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks! Tell Carlos fair week was a blast.", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-02"},

		{text: "Our front desk hums the Garfield fight song all week before the big game 🎺", review: "Love the school spirit here", want: post.VerdictPass},
		{text: "We'll have a water station at the Lumbee Homecoming parade again this summer!", review: "Thanks for the free water last year", want: post.VerdictPass},
		{text: "See you at our Riverside Fall Festival booth!", review: "Nice people.", want: post.VerdictPass},
	})
}

// TestRoleVisitNotCare26: session 26 blocks a town's one-person office
// told as coming in "for a check", "for a test", "for a screening" or
// "for a reading" (PRIV-10: "the sheriff stopped by for a cholesterol
// check"). Without a word of care before them those are the office's
// business or a ceremony: "the mayor stopped by for a check presentation",
// "the fire chief came by for a fire safety check of our new building",
// "for a reading of Goodnight Moon", "for a screening of our new clinic
// video", "for a shot of espresso". Those pass, as they did before. The
// care told ("for a cholesterol check", "for her blood pressure check",
// "for a TB test", "for his annual physical") still blocks.
func TestRoleVisitNotCare26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The sheriff stopped by our Main St office for a cholesterol check before his shift.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to the fire chief for dropping in for her blood pressure check today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The fire chief stopped by for a TB test before the academy starts.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The mayor swung by for his annual physical this morning.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The mayor stopped by for a check presentation: $5,000 for our free clinic!", want: post.VerdictPass},
		{text: "The fire chief came by for a fire safety check of our new building.", want: post.VerdictPass},
		{text: "The fire chief stopped in for a smoke detector check at our Elm St office.", want: post.VerdictPass},
		{text: "The mayor stopped by for a reading of Goodnight Moon at our waiting room story hour!", want: post.VerdictPass},
		{text: "The mayor came by for a screening of our new clinic video!", want: post.VerdictPass},
		{text: "The mayor stopped by for a shot of espresso at our new coffee bar.", want: post.VerdictPass},
	})
}

// TestStaffCourseWork26: session 26 blocks a staff member's own course of
// treatment told as it goes on ("Dr. Patel is on dialysis three mornings
// a week", "Kevin starts radiation therapy next week"). The course
// followed by the work done or learned in it is the staff member's job:
// "Sarah is on dialysis call tonight", "Kevin begins radiation therapy
// school in the fall". Those pass, as they did before; the course told
// still blocks (PRIV-10).
func TestStaffCourseWork26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin starts radiation therapy next week, so Dr. Lee will see his patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is on dialysis three mornings a week now.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Sarah is on dialysis call tonight.", want: post.VerdictPass},
		{text: "Kevin begins radiation therapy school in the fall! So proud of him.", want: post.VerdictPass},
	})
}

// TestOrderReadyNamed26: session 26 reads care said ready at a sentence's
// opening ("Your flu shot is waiting at the front desk", "Las vacunas ya
// están disponibles") as the practice's offer, so a person named in the
// sentence before keeps a warning, not a block. A medicine or procedure
// with no shot in it, "ready" or "waiting", is one person's order: "Hi
// Marisol! The antibiotics are ready for pickup at the front desk",
// "Gracias, Doña Rosa. Las pastillas para la presión ya están listas"
// tell the person named their prescription (PRIV-10 block, as before).
// Shots ready and care available stay offers.
func TestOrderReadyNamed26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hi Marisol! The antibiotics are ready for pickup at the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Gracias, Doña Rosa. Las pastillas para la presión ya están listas.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Thanks to Rosalind for the bagels! Your flu shot is waiting at the front desk.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Gracias a Don Beto por los tamales. Las vacunas ya están disponibles.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestReplyDoseNotMedicine26: session 26 blocks a reply that tells a
// medicine's frequency ("Continue com a metformina duas vezes ao dia")
// by a frequency phrase and a word for taking anywhere in the sentence.
// "Tomar" and "use" take a bus or an app as often, and "uống" and
// "تناول" drink water or eat meals: "você pode tomar o ônibus 12, que
// passa três vezes ao dia", "Use nuestra app: el transporte pasa dos
// veces al día", "nhớ uống nước nhiều lần mỗi ngày", a tip to every
// reader. With no medicine in the sentence those pass, as before; the
// dose told still blocks (REV-01).
func TestReplyDoseNotMedicine26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Obrigado! Continue com a metformina duas vezes ao dia 🇧🇷", review: "Ótimo médico.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Спасибо! Принимайте метформин дважды в день.", review: "Хороший врач.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Tome la pastilla dos veces al día, como le dijo la doctora.", review: "Muy buena doctora.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "Obrigado! Para chegar, você pode tomar o ônibus 12, que passa três vezes ao dia.", review: "Difícil de chegar.", want: post.VerdictPass},
		{text: "¡Gracias! Use nuestra app: el transporte pasa dos veces al día.", review: "No sabía cómo llegar.", want: post.VerdictPass},
		{text: "Cảm ơn anh! Mùa nóng nhớ uống nước nhiều lần mỗi ngày nhé.", review: "Phòng khám tốt.", want: post.VerdictPass},
		{text: "شكراً! ننصح الجميع بتناول الماء عدة مرات يومياً في الصيف.", review: "عيادة ممتازة.", want: post.VerdictPass},
	})
}

// TestReplyTryAgainPhones26: session 26 blocks a reply that grieves a
// pregnancy loss the review told ("whenever you're ready to try again").
// "Try again" is as often the phone or the booking: "Our phones were
// down Monday; please try again or book online" to a review that told a
// miscarriage and a phone that rang out takes the matter offline and
// confirms no care. It passes, as before; the wish still blocks.
func TestReplyTryAgainPhones26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're here for you whenever you're ready to try again 💜", review: "Kindest nurses during my miscarriage last spring.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "We're so sorry! Our phones were down Monday; please try again or book online.", review: "Called three times after my miscarriage and nobody answered.", want: post.VerdictPass},
		{text: "Sorry about that! Please try again later today, our portal is back up.", review: "Portal kept crashing when I tried to book after my miscarriage.", want: post.VerdictPass},
	})
}

// TestSeeYouGatheringAfterCare26: session 26 reads "See you next
// Thursday" answering a review of a gathering that meets again (the
// memory café, the walking club) as no booked visit. A review that names
// a fair or a festival only as when its care was ("Got my stitches out
// in time for the county fair", "Dr. Lee fixed my ankle before the
// festival") is a review of a visit, and "See you next Tuesday" books the
// next one (REV-01 block, as before). The gathering alone stays clean.
func TestSeeYouGatheringAfterCare26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! See you next Tuesday.", review: "Got my stitches out in time for the county fair. Great staff!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! See you next Thursday 😊", review: "Dr. Lee fixed my ankle before the festival, five stars.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "Thanks so much! See you at the walking club next Saturday 👟", review: "The Saturday walking club is the best part of my week.", want: post.VerdictPass},
	})
}

// TestAttack26Linear: the windows att26 reads (a signer's first name, the
// words before an event's name, the word before a corner, the words
// before a visit item) are bounded, and so are the new walks of session
// 26 around them: many names, many roles and many sleeves in one long
// sentence cost in proportion to the text.
func TestAttack26Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"the mayor waved and the sheriff smiled and the fire chief came by for a tour of our new wing, ",
		"the mayor rolled up a sleeve for a fire safety check of our building, ",
		"Thanks for stopping by for your flu shot, ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"Thanks Sgt. Ramos, say hi to Jack and Paul, we took care of Marco and Lucia at Prescott & Vine, ",
		"Tell Sofia band practice and the Garfield fight song and Hawk up, ",
	} {
		requireLinearReply(t, c, unit, "Great visit, go Hawks! — SFC Mike Jackson, Paula Ramos")
	}
}

// TestAttack26OddInput: the shapes att26 reads take odd text without a
// panic.
func TestAttack26OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"", "of", "of Ava and", "corner of", "at & Vine.", "Sofia band", "the", "Rosa cruise", "for a", "for a check",
		"the mayor rolled up a sleeve", "the mayor stopped by for", "Thanks for stopping by for your", "Sgt.", "Thanks Jack",
		"Саша", "Thanks Саш!", "Thanks \xff!", strings.Repeat("the mayor ", 2000),
	} {
		for _, review := range []string{"", "— Mike Jackson", "— Sgt.", "— \xff", "go s ", "— Александр К.", strings.Repeat("— Paula ", 2000)} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}
