package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 27,
// att27): replies and posts a practice would write where a new exception
// lets a patient through, or a new catch stops a clean post. Our own
// wording.

// TestWeatherReviewNoIllness27: session 27 warns, not blocks, on "sorry
// you were under the weather, hope you feel better" when the review told
// its own illness. The review's words were read as an illness when they
// were none: a flu shot or the flu clinic (a procedure), "sick of
// waiting", "ill-mannered", "a cold waiting room", "bad cold coffee", "a
// bug in your booking app", "the portal got a virus". To such a review the
// reply tells an illness the reviewer never shared (REV-01 block, as
// before). An illness the review told stays a warning.
func TestWeatherReviewNoIllness27(t *testing.T) {
	const reply = "So sorry you were under the weather! Hope you feel better soon."
	checkRuleCases(t, []familyCase{
		{text: reply, review: "Waited an hour for a flu shot. Not great.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "Got my flu vaccine here, quick and easy.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So sorry you're feeling under the weather, hope you feel better!", review: "Came in for the flu clinic on Saturday, long line.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "I'm sick of waiting on hold every time I call.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "The receptionist was ill-mannered and rude.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "Sat in a cold waiting room for 40 minutes.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you were under the weather, feel better soon!", review: "Bad cold coffee in the lobby lol.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "Found a bug in your booking app, could not book.", want: post.VerdictBlock, rule: "REV-01"},
		{text: reply, review: "Your portal got a virus or something, it keeps crashing.", want: post.VerdictBlock, rule: "REV-01"},

		{text: "Sorry you were under the weather, feel better soon!", review: "Had a cold that wouldn't quit, nurses were great.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sorry you were under the weather, feel better soon!", review: "Caught a nasty stomach bug last week and they got me in same day.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sorry you've been under the weather! Rest up.", review: "Came in with the flu, waited forever.", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestForeignOpenerAfterEnglish27: session 27 reads "Dale", "Manda" and
// "Mir" followed by a word of their own language as no name ("Dale un
// abrazo a tu abuela", "Manda um beijo"). After an English word the same
// words are the name: "Give Dale un abrazo from all of us", "Tell Dale
// gracias for the tamales", "Tell Manda gracias for the cookies", and
// after a Spanish preposition too ("Un abrazo para Dale el jueves"): a
// third person named in a reply (REV-02 block, as before). Opening its
// sentence, or after a comma, the word stays no one.
func TestForeignOpenerAfterEnglish27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Give Dale un abrazo from all of us!", review: "Great visit.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks! Please tell Dale gracias for the tamales.", review: "Great visit.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks! Tell Manda gracias for the cookies.", review: "Great visit.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "¡Gracias! Un abrazo para Dale el jueves.", review: "Muy buena atención.", want: post.VerdictBlock, rule: "REV-02"},

		{text: "¡Muchas gracias! Dale saludos a toda tu gente de parte del equipo.", review: "Muy amables en recepción.", want: post.VerdictPass},
		{text: "¡Gracias, dale un abrazo a tu mamá!", review: "Muy amables.", want: post.VerdictPass},
		{text: "Obrigada! Manda um beijo pra turma toda 💛", review: "Atendimento rápido e simpático.", want: post.VerdictPass},
	})
}

// TestVaccineStockForPerson27: session 27 reads a vaccine told as stock
// ("was delivered", "is ready", "has arrived", "available") as no one's
// care beside a name. Stock sent to or kept for one person is that
// person's shot: "the COVID booster was delivered to Mr. Jones at his
// bedside", "the flu shot was delivered to 92-year-old Ruth Hall", "the
// shingles vaccine is ready for Mrs. Ortiz", "has arrived for your son",
// "are now available for you" (PRIV-10 block, as before). Stock for
// everyone, for a program's patients or at an office stays stock.
func TestVaccineStockForPerson27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Today the COVID booster was delivered to Mr. Jones at his bedside.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The flu shot was delivered to 92-year-old Ruth Hall in her home today 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The shingles vaccine is ready for Mrs. Ortiz at the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Ortiz, the shingles vaccine is ready for you at the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hi Marisol! The rabies vaccine has arrived for your son.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Jones, the flu shots are now available for you.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Thanks, Maria! COVID boosters are back in stock at the Elm Street office.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks, Maria! Flu shots are available for everyone at both offices.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks, Maria! Flu shots have arrived for Medicare patients.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "The fire chief helped us unload the vaccine delivery this morning! 🚒", want: post.VerdictPass},
	})
}

// TestAttack27Linear: the readings session 27 added are bounded. The
// review's illness was read again for each "under the weather" of a
// reply, so a long reply to a long review cost their product; it is read
// once per check now.
func TestAttack27Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, u := range [][2]string{
		{"Sorry you were under the weather, hope you feel better! ", "I waited for a flu shot in a cold waiting room and was sick of it. "},
		{"Give Dale un abrazo, Dale gracias, Ua tsaug Niam Tais Pa, ", "Great visit, Mir sind froh. — Pa V. "},
	} {
		requireLinear(t, c, "reply "+u[0], func(n int) Draft {
			return Draft{Text: strings.Repeat(u[0], n/len(u[0])), ReviewText: strings.Repeat(u[1], n/len(u[1]))}
		})
	}
	for _, unit := range []string{
		"Hi Marisol, the flu shot was delivered to Mr. Jones and the booster is ready for 92-year-old Ruth Hall, ",
		"Thanks Maria! the vaccine delivery is here, boosters are back in stock, Dr. Kim is on chemo call, ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestAttack27OddInput: the shapes session 27 reads take odd text without
// a panic.
func TestAttack27OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"", "Dale", "Dale un", "Give Dale", "Mir", "Okage", "under the weather", "under the", "Niam", "Niam Tais", "Niam Tais \xff",
		"flu shots", "the vaccine delivery", "is ready for", "vaccine for", "on chemo", "on chemo call", "shots arrived for \xff",
		strings.Repeat("Dale ", 2000), strings.Repeat("flu shots are ready for ", 500),
	} {
		for _, review := range []string{"", "sick", "a cold", "bug", "flu", "ill", "— Pa V.", "\xff", strings.Repeat("a cold ", 2000)} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}

// TestDescribedFollowUpBusiness27: session 27 blocks one person described
// by a place, a team or a deed and told as coming in "for a follow-up"
// (PRIV-10: "the firefighter who carried that family out ... was in today
// for his follow-up"). A follow-up is as often the office's business: "the
// owner of Java Joe's stopped by for a follow-up meeting about the coffee
// cart", "for a follow-up talk with our athletic trainers", "for a
// follow-up about the parking lot break-in", "for a follow up on the
// catering order". Those pass or warn as before; the follow-up that is a
// visit ("for his follow-up", "a follow-up visit", "a follow-up on his
// knee") still blocks.
func TestDescribedFollowUpBusiness27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The night bartender at Murphy's Pub stopped in for his follow-up.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The night bartender at Murphy's Pub stopped in for a follow-up visit.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The owner of Java Joe's stopped by for a follow-up on his knee.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Shreveport firefighter who carried that family out of the house fire was in today for his smoke-inhalation follow-up.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The owner of Java Joe's stopped by for a follow-up meeting about the coffee cart.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "The owner of Java Joe's stopped by for a follow-up call with our office manager.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks to the head coach of the Lincoln Lions for coming in for a follow-up talk with our athletic trainers!", want: post.VerdictPass},
		{text: "The officer at the Elm St precinct stopped by for a follow-up about the parking lot break-in.", want: post.VerdictPass},
		{text: "The chef at Nonna's came by for a follow up on the catering order.", want: post.VerdictPass},
	})
}

// TestTellNamedNotPet27: session 27 reads "<name> the <animal>" as a
// pet's name ("Gus the goldfish", "Rocco the beagle"). After a verb of
// telling or giving, the name is the person and the animal starts what
// they were told: "We told Rosa the dog scratch should heal within a
// week", "We gave Jorge the cat scratch fever results today" tell one
// person's injury (a PRIV-10 warning and a block, as before; both passed).
func TestTellNamedNotPet27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We told Rosa the dog scratch should heal within a week; keep it clean!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "We gave Jorge the cat scratch fever results today.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
