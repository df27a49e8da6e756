package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Holes found by an outside attack on this session's false-alarm
// exemptions (issue 11). Each case names the commit whose exemption let
// the post pass, with the neighbours the exemption was written for.

// TestHistoryDoesNotHidePatientsTown: d23dfdb drops a town (PRIV-07) or a
// month (PRIV-05) in a sentence dated to a year long gone. A patient cue
// in that very sentence ("our patient who has lived in Pharr since 1970")
// makes the old year the patient's past, not history: the town and the
// month are still the patient's.
func TestHistoryDoesNotHidePatientsTown(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our patient who has lived in Pharr since 1970 finished chemo today 🎉", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "A patient of ours from Mission, a Vietnam vet drafted in 1968, had his bypass here in October.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Throwback: in 1975 our patient from Edinburg was our first baby delivered, and last October she came back for her own C-section!", want: post.VerdictBlock, rule: "PRIV-07"},
		// History and counts stay no one's.
		{text: "In 1948 Dr. García founded the Forum in Corpus Christi", want: post.VerdictPass},
		{text: "1 in 4 adults in Hidalgo County has diabetes", want: post.VerdictPass},
	})
}

// TestRankedListOfVisits: 3adf540 reads the items of a ranked list as
// things unless its head names people. A head that ranks the practice's
// regulars, faces, check-ins, appointments or no-shows ranks patients.
func TestRankedListOfVisits(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our favorite regulars this month: 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Top 3 faces we love seeing in the waiting room: 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "top 3 check-ins of the week 😂 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Favorite appointments this week: 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictBlock, rule: "PRIV-10"},
		// Session 17: patients ranked as no-shows with a huff are
		// scored for fun in public (PROF-03 block, conduct17.go).
		{text: "Top 3 no-shows this month 😤 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our favorite Monday crew: 1) Maria Lopez 2) Ana Ruiz", want: post.VerdictReview, rule: "PRIV-10"},
		// Lists of things stay no one.
		{text: "Official ranking of lunch spots for after your appointment: 1. Rosie Jean's Diner 2. Marco Polo 3. the vending machine (no)", want: post.VerdictPass},
		{text: "Our top 3 taco trucks near the clinic: 1) El Güero 2) Tacos Nena 3) Don Chuy", want: post.VerdictPass},
	})
}

// TestLandformSurnameOfAPerson: 3adf540 reads a name closed by a landform
// word as a place unless both halves are strong name words ("Ricki
// Lake"). After a title ("Mr Lake"), or a strong first name with no
// place word before it ("our patient Ashley Marathon"), it is a person.
func TestLandformSurnameOfAPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Mr Lake had his gallbladder out today", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our patient Ashley Marathon finished chemo", want: post.VerdictBlock, rule: "PRIV-10"},
		// Places stay places.
		{text: "Roads over Wolf Creek Pass are a mess tonight. Clinic opens at 10.", want: post.VerdictPass},
		{text: "Greetings from Salt Lake! Our MA is at a conference all week.", want: post.VerdictPass},
		{text: "Come find our booth at the Kyle Summer Wacipi!", want: post.VerdictPass},
		{text: "Our nurses kayaked the Jordan River this weekend 🛶", want: post.VerdictPass},
	})
}

// TestDoctorByTitleAsPatient: 3adf540 only notes a doctor named by title
// when the post has no patient cue, but "such a great patient" was no
// cue: the doctor is the practice's patient.
func TestDoctorByTitleAsPatient(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shoutout to Dr. Marco Ruiz for being such a great patient today 😂", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "dr. imani cole, our favorite patient this week", want: post.VerdictReview, rule: "PRIV-10"},
		// Patient as a virtue is no cue.
		{text: "Sunscreen tips from Dr. Moreno on our stories today ☀️ thanks for being patient with our slow wifi", want: post.VerdictPass},
	})
}

// TestReadersToldIfYouTime: 5f8bfde asks, for each "if you" a laughing
// post tells its readers, whether an eye-roll follows anywhere after it:
// a pass to the text's end per "if you", so 400 KB of "if you ask lol."
// took seconds (quadratic). Growth, not a wall-clock budget (see
// requireLinear).
func TestReadersToldIfYouTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"if you ask lol. ", "if u ask lol ", "if you google it 😂 "} {
		requireLinearText(t, c, unit)
		d := Draft{Text: strings.Repeat(unit, 2*post.MaxBodyBytes/len(unit))}
		checkSpans(t, d, c.Check(context.Background(), d))
	}
}

// TestOneMoreOfAThing: 5f8bfde reads "one more X" as pointing at one
// person, whatever X is, so a reminder or a thing counted ("One more
// reminder: if you need a flu shot ...") was a person mocked. X must be a
// person word or do something.
func TestOneMoreOfAThing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "One more reminder: if you need a flu shot, walk in anytime 😅", want: post.VerdictPass},
		{text: "one more day of flu clinic! come get your shot before we run out 😅", want: post.VerdictPass},
		// People pointed at still are.
		{text: "if one more snowbird tells me how they do it in Ohio 🙃", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "if one more patient asks, yes we have parking now 😂 lol", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "if one more kid tells me the dog ate his retainer 🙄", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestCareForgoneWithACondition: 2b4b966 blocks a remedy said to work
// with care said to be unneeded. Care unneeded "unless" something goes
// wrong is the usual safe advice, and a doctor's note is no care: both
// pass. The remedy with care forgone outright still blocks.
func TestCareForgoneWithACondition(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Honey works great for a kid's cough (over age 1). No need to visit the ER unless they struggle to breathe.", want: post.VerdictPass},
		{text: "Our chicken soup recipe is the best! You don't need a doctor's note to enjoy it 🍲", want: post.VerdictPass},
		// Care forgone outright.
		{text: "Honey works great for a kid's cough. No need to visit the ER.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "ginger tea cures the flu, you don't need a doctor", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Garlic lowers blood pressure, no need for a doctor's visit 🧄", want: post.VerdictBlock, rule: "MIS-01"},
	})
}
