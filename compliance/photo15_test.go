package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPictureSurfaceMerelyThere: a picture description that only places
// a screen, board, chart or label in the frame ("a monitor visible behind
// her", "monitors in the background", "a chart partly visible on the
// counter"), or says it is blurred, out of focus or too small to read,
// does not say it shows anyone's details: a doctor looks (PRIV-12 warn).
// So does a stack of lab requisition forms, which are blank until filled.
// A surface the text says shows names, a day's patients, a quoted entry
// or that the author is sorry about still blocks (COMPLIANCE.md "A
// picture's shapes, counted"; media15.go and photo15.go).
func TestPictureSurfaceMerelyThere(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Present, placed, blurred: review.
		{text: "Flu clinic is open! [photo: Sarah drawing up a vaccine, a computer monitor visible on the desk behind her]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the new self check-in stations in the lobby, monitors in the background] Skip the line!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[video: Kevin showing how to use a spacer; a paper chart sits partly visible on the counter] Inhaler tips!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the front desk crew in Halloween costumes; the monitor behind them is on but blurred] Happy Halloween!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: morning huddle by the whiteboard, board out of focus] Let's go Tuesday 💪", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[reel: a tour of the new procedure room; a patient chart is up on the wall screen, out of focus]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the whiteboard at the nurses' station, writing too small to read] Command central!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Read the label every time 💊 [photo: an inhaler box, label partly blurred]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the new coffee maker on the front counter beside a pile of lab requisition forms] Fuel for the week ☕", want: post.VerdictReview, rule: "PRIV-12"},
		// Said to show names, a day's list, an entry, or an author's
		// "oops": block.
		{text: "Team pic 📸 with the census board behind us, every name legible lol", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: our booth at the fall festival, the sign-in sheet on the table] Thanks for coming out!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Huddle selfie! 🤳 The whiteboard behind us has today's names on it, don't judge the handwriting", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Monday mood [photo: Sarah at her desk, today's schedule up on the monitor behind her]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the team in front of the whiteboard listing today's follow-ups by patient name] Go team!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: Sarah at the station; the board behind her reads 'Rm 4 – Delgado – wound check'] Happy Nurses Week!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the front desk, a chart on the monitor with Mrs. Ortiz's name on it, slightly blurred]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "BTS 📸 (ignore the monitor behind us lol 🙈)", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Our new check-in kiosk in action 🎥 (sorry about the patient list on the screen in the corner)", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Group shot from cataract day 📸 (that's the board with the whole procedure list behind us, what a day!!)", want: post.VerdictBlock, rule: "PRIV-12"},
		// A schedule's entries quoted in the picture's description.
		{text: "Screenshot of our Tuesday schedule, what a day 😅 [image: 8:40 Whitfield, D — f/u; 9:00 Abernathy, Lois — pap]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "lol our Monday [photo: the monitor with 'OKONJO, GRACE 10:15 wound check' on it]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[image: day view listing 'BRANDT, K — BP recheck']", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Screenshot of our health fair schedule [image: 9:00 Springfield, IL — booth opens]", want: post.VerdictPass},
		{text: "Team photo! [photo: Sarah, Kevin — our front desk crew]", want: post.VerdictPass},
		// No picture of anyone's details at all.
		{text: "📸 Meet the team behind our new check-in screens!", want: post.VerdictPass},
		{text: "[photo: the new bike rack outside the office] Ride on over!", want: post.VerdictPass},
	})
}

// TestPictureFacesOfACrowd: faces said to be visible at an event, in a
// crowd or a group ("kids lining up for sports physicals, faces
// visible", "the choir in our lobby, faces visible", a newborn held at a
// baby shower) may be anyone's: a doctor looks (PRIV-12 warn). One
// person pictured with their own care ("his face visible", a sobriety
// date, a shot given) still blocks, and so does a person with a
// mobility aid whose care the picture tells; a wheelchair alone is how
// someone gets about, not care told. A caption that says the face is
// blurred shows no face.
func TestPictureFacesOfACrowd(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[photo: the gym packed for sports physicals night, kids' faces visible] What a turnout!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the Tongan church choir singing carols in our lobby, faces visible] Mālō!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[video: a line of cars at our drive-up flu shot clinic, a few faces visible through the windshields] 300 shots!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: Sarah holding a newborn at the church baby shower, the baby's face visible] Welcome, little one!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the 8th grade science club in lab coats, faces visible] Future nurses!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: Dr. Patel crouching beside a smiling older woman in a wheelchair by the front door] Moments like this.", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Week 1 vs week 10: a knee patient's squat in PT 🎥 (face blurred, shared with permission)", want: post.VerdictReview, rule: "PRIV-12"},
		// One person in care: block.
		{text: "[photo: Dr. Greene hugging a client outside the shelter, his face visible] Two years sober today 🫂", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: an older man in a wheelchair getting his shingles shot, his face visible]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a grandma in a wheelchair laughing with our PT after her hip replacement rehab]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a grinning girl showing off her new arm cast] Tough cookie!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: Sarah with a client outside the recovery house, her face visible] Six months since her last OD 💜", want: post.VerdictBlock, rule: "PRIV-12"},
		// A before-and-after of "a teen's face" is said of no one patient.
		{text: "Before & after: 10 weeks on our eczema plan ✨ [side-by-side photos of a toddler's face]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Look at this little guy's smile after his first shots 😭 [photo]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestPictureSurfacesLinear: what a sentence says of its picture's
// surfaces and faces is read once per sentence, not once per surface, so
// one long sentence of monitors, boards and day's lists, or many picture
// descriptions, grows linearly. Growth, not a wall-clock budget (see
// requireLinear).
func TestPictureSurfacesLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"pic of the monitor visible behind her, the whiteboard in the background out of focus, today's schedule on the screen, ",
		"[photo: a client hugging Sarah, his face visible, face blurred, a stack of lab requisition forms] since his last OD. ",
		"schedule pic: 7:30 Garza, Jo — f/u. ",
	} {
		requireLinearText(t, c, unit)
	}
}
