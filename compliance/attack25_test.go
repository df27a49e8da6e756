package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 25,
// att25): replies and posts a practice would write where a new exception
// lets a patient or a myth through, or a new catch stops a clean post.
// Our own wording.

// TestExamPassedThing25: session 25 blocks a reply that tells how the
// reader's exam came out ("Glad you passed, Dale!" to a CDL physical).
// "Passed" and "cleared" are as often a message handed on, a wait that
// ran long or a room tidied: "Your feedback has been passed to our office
// manager, who will call you" is the reply that takes a complaint
// offline, and "Lamentamos que usted pasó por eso" / "você passou por
// isso" is "sorry you went through that". Those tell no exam, whatever the
// review says: no REV-01 block (they passed before, as "shared with"
// still does). The result told of the reader or their people still
// blocks.
func TestExamPassedThing25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "All six of your drivers passed their DOT physicals 👍", review: "Good service for our crew.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you passed, Marco! Drive safe.", review: "Fast CDL physical.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigado! Que bom que sua filha passou no exame da escola.", review: "Rápido.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos alegra que su esposo pasó por el examen sin problema.", review: "Muy amables.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "We're sorry to hear this. Your feedback has been passed to our office manager, who will call you.", review: "My physical took three hours.", want: post.VerdictPass},
		{text: "Your note was passed to our practice manager. Please call us at the front desk.", review: "Worst physical ever, rude staff.", want: post.VerdictPass},
		{text: "Thanks for the review! Your kind words were passed to the whole crew.", review: "Fast DOT physical.", want: post.VerdictPass},
		{text: "Sorry for the trouble on the phone! Your call was passed to the wrong line and we fixed it.", review: "Called about physicals, nobody answered.", want: post.VerdictPass},
		{text: "Your wait passed the hour mark and that is not ok. Please ask for our manager.", review: "Waited forever for my physical.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Their exam rooms were cleared and cleaned faster after your feedback.", review: "Exam rooms were dirty.", want: post.VerdictPass},
		{text: "Su mensaje pasó a nuestra gerente, quien le llamará.", review: "Mal servicio en el examen.", want: post.VerdictPass},
		{text: "Lamentamos que usted pasó por eso. Por favor llame a nuestra gerente.", review: "Esperé dos horas para mi examen.", want: post.VerdictPass},
		{text: "Lamentamos que você passou por isso. Por favor, ligue para a gerente.", review: "Esperei duas horas pelo exame.", want: post.VerdictPass},
	})
}

// TestExamPassedAfterApology25: session 25 reads "sorry", "lo" and
// "sentimos" anywhere in the sentence as a death ("sorry, we heard your
// dad passed") and drops the exam's result. An apology for a thing ("sorry
// about the wait", "por la espera", "pela espera") or beside the exam word
// is no condolence: the result told after it still blocks (REV-01).
// Condolences stay as they were.
func TestExamPassedAfterApology25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry about the wait, glad you passed!", review: "CDL physical took forever.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry the line was long, glad your whole crew passed their DOT physicals.", review: "Long line.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lo sentimos por la espera, ¡pero qué bueno que su hijo pasó el examen físico!", review: "Mucha espera.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sentimos pela espera, mas que bom que você passou no exame!", review: "Demorou.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "We are so sorry for your loss, he passed far too soon.", review: "Dad had his physicals here for years.", want: post.VerdictPass},
		{text: "So sorry to hear she passed. She lit up every room.", review: "Mom had her physicals here for years.", want: post.VerdictPass},
		{text: "Lamentamos mucho lo que pasó.", review: "Mal examen.", want: post.VerdictPass},
		{text: "Our condolences, we heard your mother passed.", review: "Mom loved her yearly physicals here.", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestStaffHasShotsListed25: session 25 blocks a staff member named with
// an illness they "have" ("Kevin has COVID this week"). A staff member
// who "has" a list of illnesses ending in the shots, visits or tests the
// practice offers is offering them ("Dr. Patel has measles, mumps and
// rubella vaccines for kids starting school", "Kevin has flu, COVID and
// RSV shots in stock", "El Dr. Greene tiene gripe, COVID y RSV: vacunas
// para todos"): the first illness of the list is no one's. Those pass, as
// they did before. The illness told whole, or joined to a clause about
// the staff member, still blocks (PRIV-10).
func TestStaffHasShotsListed25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin has COVID and is out until Monday. Get your booster!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah has the flu, so please be patient with our phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin has strep and Sarah has the flu, so get your shots, folks!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "La Dra. Patel tiene COVID y gripe esta semana; la llamaremos para cambiar su cita.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Dr. Patel has measles, mumps and rubella vaccines for kids starting school.", want: post.VerdictPass},
		{text: "Kevin has flu, COVID and RSV shots in stock at the front desk.", want: post.VerdictPass},
		{text: "Dr. Greene has COVID and flu boosters for everyone 65+.", want: post.VerdictPass},
		{text: "Sarah has pneumonia and flu shots for anyone over 65.", want: post.VerdictPass},
		{text: "Dr. Patel has the flu and COVID vaccine clinic on Saturday.", want: post.VerdictPass},
		{text: "Dr. Greene had flu, COVID and RSV shots ready by 8 am.", want: post.VerdictPass},
		{text: "Dr. Greene has diabetes, heart health and weight-loss visits on Tuesdays.", want: post.VerdictPass},
		{text: "El Dr. Greene tiene gripe, COVID y RSV: vacunas para todos.", want: post.VerdictPass},
		{text: "La Dra. Patel tiene COVID-19 y gripe: vacunas disponibles esta semana.", want: post.VerdictPass},
	})
}

// TestStaffTweakedThing25: session 25 blocks a staff member who "tweaked
// his knee" or "threw out her back". A body part with a thing's noun after
// it is that thing ("Kevin tweaked his knee brace design for our sports
// clinic", "Sarah tweaked her back stretches for the new class"): no one's
// hurt, no block. The hurt still blocks.
func TestStaffTweakedThing25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin tweaked his knee at the softball game, so he's at the desk this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah tweaked her back playing pickleball 😩", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Kevin tweaked his knee brace design for our sports clinic.", want: post.VerdictPass},
		{text: "Sarah tweaked her back stretches for the new Tuesday class.", want: post.VerdictPass},
		{text: "Dr. Patel tweaked her shoulder exercises handout, grab one at the desk!", want: post.VerdictPass},
	})
}

// TestCareOfferedStory25: session 25 reads a care noun before a town
// ("diabetes care in Ardmore") as the practice's advertisement, no one's
// home. When the sentence goes on past the town to one person or their
// care ("Cancer care in Crownpoint — one man, 4 rounds of chemo,
// cancer-free today", "HIV care in Crownpoint: the first resident to
// start treatment there did so this week") it is a case told, and the
// small town is that person's home: PRIV-07 keeps its block. The plain
// advertisement still passes.
func TestCareOfferedStory25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Cancer care in Crownpoint — one man, 4 rounds of chemo, cancer-free today.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "HIV care in Crownpoint: the first resident to start treatment there did so this week.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Cancer care in Crownpoint just got personal: our receptionist's uncle started chemo.", want: post.VerdictBlock, rule: "PRIV-07"},

		{text: "Diabetes care in Ardmore, close to home.", want: post.VerdictPass},
		{text: "Diabetes care in Ardmore for the whole family, close to home.", want: post.VerdictPass},
		{text: "Sleep apnea treatment, now available in Athens and Commerce.", want: post.VerdictPass},
		{text: "Kidney care near Gallup: our nephrologist sees patients every other Tuesday.", want: post.VerdictPass},
	})
}

// TestEventNamePerson25: session 25 reads a run of capitals ending in
// "Days", "Week" or "Fest" after "at" as a festival ("at Jackson Days").
// A possessive "Days'" is a person's ("visiting at Tom Days' home after
// his hip surgery"), as "Days's" already was, and a kin word in the run
// ("at Grandpa Joe Days") makes it a person: PRIV-10 keeps its block.
// The festivals still pass.
func TestEventNamePerson25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our nurse is visiting at Tom Days' home after his hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our home nurse stops at Ana Days’ house twice a week since her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We'll be at Grandpa Joe Days this weekend: he is cancer-free after his chemo!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Flu shots and blood pressure checks at Jackson Days this Saturday on the square!", want: post.VerdictPass},
		{text: "Diabetes screenings all through Hank Williams Days in Georgiana 🎸", want: post.VerdictPass},
		{text: "Flu shots at the Jackson Days' opening parade, no appointment!", want: post.VerdictPass},
	})
}

// TestMilestoneNotRecovery25: session 25 blocks a reply that counts the
// reader's sober time ("Congratulations on 14 months!") when the review
// or the reply tells of recovery. "Clean", "quit", "smoking", "drinking",
// "alcohol" and Spanish "sobre" (about) are as often an office that is
// clean, a patient who almost quit the practice, someone smoking by the
// door, a drinking fountain or rubbing alcohol: alone they tell no
// recovery. And a span the practice counts of itself ("We're celebrating
// 25 years in Ardmore", "Congrats to our maintenance team on 20 years",
// "Felicidades a nuestro equipo por sus 10 años") or a countdown to its
// own opening ("only 3 more weeks to go until our new wing opens") is no
// reader's milestone. Those pass, as before. Sober time told back still
// blocks.
func TestMilestoneNotRecovery25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congratulations on 14 months! We're so proud of you.", review: "This program helped me stay sober.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So proud of your one year, that's huge 💙", review: "2 years clean thanks to this place.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats on 6 months! Keep it up.", review: "I quit smoking with their help.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Felicidades por sus seis meses!", review: "Gracias a ustedes dejé de fumar.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aww! Only 6 more weeks to go, hang in there mama!", review: "Great prenatal team.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "Thank you! We're proud to be open 7 days a week now.", review: "Super clean office and friendly staff.", want: post.VerdictPass},
		{text: "Thanks so much! We're celebrating 25 years in Ardmore this spring 🎉", review: "Clean, bright office.", want: post.VerdictPass},
		{text: "Thanks for telling us. We're proud to have been a smoke-free campus for 10 years, and we've added signs.", review: "Someone was smoking right outside the entrance.", want: post.VerdictPass},
		{text: "Fixed! Congrats to our maintenance team on 20 years with us.", review: "The drinking fountain is broken.", want: post.VerdictPass},
		{text: "Thank you! Our front desk team has been amazing for 12 years.", review: "The office smelled like rubbing alcohol but the staff was nice.", want: post.VerdictPass},
		{text: "We're so proud of our nurses: 3 years without a single missed call!", review: "I almost quit this practice over the phones, but they fixed it.", want: post.VerdictPass},
		{text: "Felicidades a nuestro equipo por sus 10 años en Ardmore.", review: "Muy buena información sobre las vacunas.", want: post.VerdictPass},
		{text: "Thanks for the kind words! Congrats to our team on 15 years.", review: "This program helped me stay sober.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thank you! Only 3 more weeks to go until our new pediatric wing opens.", review: "Dr. Lee is so good with my baby.", want: post.VerdictPass},
		{text: "Sorry! Only 2 more weeks to go until our new billing system is live.", review: "My bill was due before I even got it.", want: post.VerdictPass},
		{text: "Thanks, keep coming back!", review: "Very clean.", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestThankedThenTip25: session 25 blocks a post that thanks a person by
// name and then tells them their own result ("Mil gracias a Don Pancho!
// And yes, your blood pressure was perfect today"). A result said as a
// general truth ("Your numbers are better when you move every day", "your
// blood pressure is lower when you laugh", "tu azúcar es mejor si
// caminas") is a health tip to every reader after the thanks: the name
// keeps its warning, no block. A result told of today still blocks.
func TestThankedThenTip25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks to Coach Ruiz for hosting our walking club! And yes, your numbers were better today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Pastor Obi on 20 years! Your blood pressure was perfect this morning, too.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Thanks to Coach Ruiz for hosting our walking club! Your numbers are better when you move every day.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats to Pastor Obi on 20 years at First Baptist! Your blood pressure is lower when you laugh, so keep the jokes coming.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks to Coach Ruiz for the 5K! Your numbers look better if you walk after dinner.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestAttack25Linear: the windows att25 reads (a list after an illness,
// the words after a town, a festival's apostrophe, the words of the
// review and the reply once per check, a result's "when you") are
// bounded, so many of them cost in proportion to the text.
func TestAttack25Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Kevin has flu, COVID and RSV shots and tweaked his knee brace design, ",
		"Cancer care in Crownpoint for one man, chemo at Tom Days' home and at Grandpa Joe Days, ",
		"Thanks to Coach Ruiz! Your numbers are better when you move, ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"Your feedback was passed to our manager, sorry about the wait, glad you passed, lamentamos que usted pasó por eso, ",
		"We're celebrating 25 years, congrats to our team on 20 years, only 3 more weeks to go until our wing opens, ",
	} {
		requireLinearReply(t, c, unit, "clean office, I almost quit, physical, my baby")
	}
}

// TestAttack25OddInput: the shapes att25 reads take odd text without a
// panic.
func TestAttack25OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"", "'", "Days'", "Tom Days'", "at Tom Days’", "Kevin has flu,", "Kevin has COVID-", "Kevin has flu, and", "tweaked his knee",
		"care in Crownpoint", "passed", "your feedback passed", "pasó por", "sorry", "sorry about", "lo", "14 months",
		"Thanks Coach Ruiz! Your numbers are better when", "better if", strings.Repeat("clean quit ", 2000),
	} {
		for _, review := range []string{"", "physical", "clean", "quit smoking 2 years", "\xff", strings.Repeat("sober ", 2000)} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}
