package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 13):
// posts a clinic would write where a new exception lets a patient through,
// or a new catch stops a clean reply. Our own wording.

// TestGladOfficeThingWorked: a reply glad the office's own things work
// again ("the check-in tablets", "the heat in the waiting room", "the
// patch to our app", "the ice machine") tells no care; everyday words
// that are also treatments ("tablets", "heat", "patch", "ice", "spray")
// are care only when nothing makes them the office's. Glad a treatment
// worked still blocks (REV-01).
func TestGladOfficeThingWorked(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad the new check-in tablets are working for you!", review: "Fast check-in, friendly front desk.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Glad the heat is finally working in the waiting room again!", review: "Waiting room was freezing but better now.", want: post.VerdictPass},
		{text: "So happy the patch to our booking app is working now. Thanks for your patience!", review: "The app kept crashing.", want: post.VerdictPass},
		{text: "Glad the ice machine in the lobby is working again!", review: "Nice staff.", want: post.VerdictPass},
		{text: "Glad the new spray-painted parking lines helped!", review: "Parking used to be a mess.", want: post.VerdictPass},
		{text: "So glad the ear drops did the trick!", review: "Great visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the ice and heat helped that back of yours!", review: "Great visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad the nicotine patch is working for you!", review: "Dr. Ames is kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the stretches and heat wraps helped!", review: "PT team is great", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestPhoneEndingWeCalled: the last digits of a number the practice
// called or texted are the patient's phone, not the practice's: beside
// their results they tell whose results (PRIV-09). The practice's own
// number ("our number ends in 0142", "a text from a number ending in
// 0167") still passes.
func TestPhoneEndingWeCalled(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We called the number ending in 4471 about your biopsy results. Please call us back.", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "We texted the number ending in 2290 twice about your MRI. Call us!", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "I left a voicemail at the number ending in 8812 about your lab work.", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "Our number ends in 0142. Save it so you know it's us calling!", want: post.VerdictPass},
		{text: "Got a text from a number ending in 0167? That's us with your appointment reminder.", want: post.VerdictPass},
		{text: "We call from a number ending in 0142, so save it in your phone.", want: post.VerdictPass},
	})
}

// TestAgeToldNotSupposed: "when you turned 100 last week" tells a
// reader's own birthday that happened, not one supposed; a family named
// "in their 90s" is a couple, not a group of many (PRIV-06 blocks). A
// relative supposed ("If your grandmother is turning 90") and many people
// in their 90s still pass.
func TestAgeToldNotSupposed(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "When you turned 100 last week, the whole staff sang to you. Happy birthday!", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "When you turned 101 in March, we threw you a party!", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "The Hendersons, in their 90s and married 70 years, are still our patients.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "If your grandmother is turning 90 this year, ask us about home visits.", want: post.VerdictPass},
		{text: "When your dad turns 90, ask us about a home safety check.", want: post.VerdictPass},
		{text: "Plenty of our neighbors in their 90s still garden every day.", want: post.VerdictPass},
	})
}

// TestEponymNotFirstName: "Lucy's disease" is Lucy's, not a condition
// named for its describer: a common first name before "disease" or
// "syndrome" is a person (PRIV-10 blocks). Eponyms that are names too
// ("Addison's disease", "Wilson's disease") and surnames ("Bell's palsy")
// still name a condition.
func TestEponymNotFirstName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Lucy's disease has been a long road, but she's back at school!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marco's syndrome was finally diagnosed this spring, and he's doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Addison's disease is rare; know the signs.", want: post.VerdictPass},
		{text: "Wilson's disease can run in families. Ask us about testing.", want: post.VerdictPass},
		{text: "Bell's palsy usually gets better on its own.", want: post.VerdictPass},
		{text: "Graves' disease is an overactive thyroid. Here are 5 signs.", want: post.VerdictPass},
	})
}

// TestFigureWithCareNews: a name on the public-figure list ("Jackie
// Robinson", "Willie Nelson", "Babe Ruth" are also real people's names)
// congratulated on care, or told having it today, is a patient: the
// practice does not announce a star's chemo (PRIV-10 blocks). A figure
// cited for what they told of their health, or on a poster, is still no
// one.
func TestFigureWithCareNews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Jackie Robinson on finishing chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Willie Nelson rang the bell today after his last round of radiation!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congratulations to Hank Aaron on his new hip! See you at your follow-up.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Like Jackie Robinson, many people live with diabetes. Get your A1C checked.", want: post.VerdictPass},
		{text: "Babe Ruth died of throat cancer in 1948. Ask us about quitting chew.", want: post.VerdictPass},
		{text: "Selena Gomez has spoken openly about lupus. Today is World Lupus Day: know the signs.", want: post.VerdictPass},
	})
}

// TestNotOurPatientYet: "not our patient yet" tells someone who will be
// one; the patient cue stands (PRIV-11 warns). A patient denied still
// passes.
func TestNotOurPatientYet(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Not our patient yet, but Mrs. Greene starts dialysis with us Monday.", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "He's not a patient yet, but the new guy at the deli starts his chemo here next week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Not our patient 😄 just a very friendly mail carrier who brings us donuts.", want: post.VerdictPass},
	})
}

// TestPayerBlameSpareNoMock: blaming an insurer softens the "Do better"
// said to it, not contempt in another sentence for people at the desk
// ("some people can't even remember their own birthday 🙄" still blocks,
// PROF-03).
func TestPayerBlameSpareNoMock(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Insurers keep delaying approvals. Meanwhile some people can't even remember their own birthday at check-in 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Insurance companies keep denying claims. Also, to the folks who park in the fire lane: smh.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "We are tired of the insurance companies denying our families' claims. Do better, y'all.", want: post.VerdictReview, rule: "PROF-03"},
	})
}

// TestHeardMythThenVouched: a myth the post says was heard or seen
// elsewhere is answered, unless the post then says it is true ("It's
// true!", "Honestly, it does.", "it really works"): that states it
// (MIS-01 blocks).
func TestHeardMythThenVouched(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "You've seen it on Facebook: \"vitamin C cures colds.\" It's true!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard on the dock: \"a nip of whiskey warms you up.\" Honestly, it does.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard at the barbershop: \"garlic cures the flu.\" It really works!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard on the dock: \"a nip of whiskey warms you up.\" It doesn't: alcohol makes you lose heat faster.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "You've seen it on Facebook: \"vitamin C cures colds.\" Is it true? Not quite.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestHeardMythLongTextTime: every quotation heard elsewhere asked the
// whole post whether it vouches for a myth (mythEndorsed): quadratic in a
// long post of quotations (1 s at 64 KB). The answer is the post's, found
// once. Growth, not a wall-clock budget (see requireLinear).
func TestHeardMythLongTextTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	unit := "Heard on the dock: \"a nip of whiskey warms you up.\" "
	requireLinearText(t, c, unit)
}
