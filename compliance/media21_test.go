package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestScheduleSurfaceOnlyThere21: a picture whose description only places
// a schedule board, monitor or printout in the frame ("schedule whiteboard
// visible in the background", "the day's schedule printout taped to the
// wall behind him") says nothing of what is legible on it: a doctor looks
// at the picture (PRIV-12 warn, session 21), as media15.go does for a
// monitor or whiteboard. A schedule said to be today's or tomorrow's, a
// screenshot of it, or one whose names, reasons or entries are told still
// blocks.
func TestScheduleSurfaceOnlyThere21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[Photo: the new plants at the front desk, schedule whiteboard visible in the background] Spring is here 🌱", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[pic: lobby decked out for Halloween, the schedule monitor on in the background] 🎃 Spooky season", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Coffee first ☕ [photo: Dr. Ruiz at her desk, the day's schedule board on the wall behind her]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[Selfie: Kevin in exam room 4, the day's schedule printout taped to the wall behind him] residency day 12 🤳", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Fresh paint at the Elm St office! [photo: hallway, the schedule board visible behind the nurses' station]", want: post.VerdictReview, rule: "PRIV-12"},
		// Near misses: what is on the schedule, its day, or a screenshot of it.
		{text: "[photo: the schedule whiteboard behind her reads 'Ortiz 9am biopsy']", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the front desk, today's schedule visible on the monitor behind them]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: schedule whiteboard in the background listing the morning's patients]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[screenshot: our schedule monitor this morning, visible in full] we are SLAMMED", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the schedule board behind us with 22 appointments on it] busy busy", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the schedule whiteboard in the background, names visible]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestListNamesBlurred21: a list in a picture (a schedule, a board, a
// sign-in sheet) whose names are said blurred or pixelated, whole, shows
// no one legible: a doctor checks the blur (PRIV-12 warn, session 21).
// Names blurred only in part ("most of the names blurred", "names a little
// blurry", "name partly blurred"), blurred but still read ("you can make
// out 'Garza'"), wished away ("sorry about the top one"), or one patient's
// own record with a blurred name (discharge papers, a chart, a label)
// still block.
func TestListNamesBlurred21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[Photo: break room whiteboard with the week's schedule, names blurred] Let's go team 💪", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "So booked for flu shots 😅 [photo: screenshot of our schedule with patient names pixelated]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "New check-in is live! [Photo: the sign-in clipboard on the counter, names blurred out]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the team by the board in the hallway, all names pixelated] Monday crew", want: post.VerdictReview, rule: "PRIV-12"},
		// Near misses: part of the names, names read anyway, a wish, one patient's record.
		{text: "[screenshot of our schedule, most of the names blurred lol] what a Monday", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: schedule board behind us, names a little blurry]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the sign-in clipboard behind her, names partially blurred]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[Photo: the schedule whiteboard in the background, names blurred but you can still make out 'Garza']", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[screenshot: schedule with patient names blurred, sorry about the one at the top]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[image: printed discharge papers on the counter, name blurred]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the census board, names blurred, diagnoses visible]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: today's schedule on the monitor, names blurred, reasons for visit readable]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestMedia21Linear: a long picture sentence of schedule boards and names
// blurred, and many such sentences, grow linearly.
func TestMedia21Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "[photo: the schedule whiteboard in the background, names blurred, the day's schedule printout behind her, day 3, ")
	requireLinearText(t, c, "[photo: the schedule whiteboard in the background, names blurred] Monday! ")
}
