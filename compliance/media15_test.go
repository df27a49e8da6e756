package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPictureThatShowsNothingLegible (session 15, t15prec): a picture
// description that mentions a screen, a board, a label or a chart but says
// nothing legible is on it (blurred, out of focus, partly visible, or only
// there in the background), and a crowd with faces visible, may still show
// a patient: a person checks it (PRIV-12 warn), as the development sets'
// writers label it. A picture whose description says what the surface
// holds (names, today's list, reasons for visits, a count of bookings, an
// "ignore the ..." apology) still blocks, blurred or not, and so does one
// person's face next to their care. Rules alone (PRIV-16 disabled).
func TestPictureThatShowsNothingLegible(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "New lobby chairs are in! [photo: the waiting area, the check-in monitor in the background]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: Priya restocking the flu vaccine fridge, a computer screen visible behind her] Stock up season!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the whole team in scrubs by the nurses' station, whiteboard behind us out of focus] Happy Nurses Week!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Read the directions every time 💊 [photo: an inhaler box, pharmacy label blurred]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[video: our new ultrasound room tour; a chart is partly visible on the desk] Come see us!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the Somali Bantu youth soccer team at our booth, faces visible] Thanks for stopping by! ⚽", want: post.VerdictReview, rule: "PRIV-12"},

		// Near misses: what the surface holds is said, or one person's
		// face is shown with their care.
		{text: "[photo: Priya at the front desk; the monitor behind her shows today's schedule with names] Busy Monday!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Team pic 📸 (ignore the whiteboard behind us with this morning's callbacks lol)", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: our sign-in clipboard from the health fair, names and symptoms mostly blurred] What a turnout!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the whiteboard behind the desk reading 'Rm 4 – Okafor – wound check'] Ready for the day!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a little boy in exam room 2, face visible, crying through his shots] Brave guy!", want: post.VerdictBlock},
		{text: "Screenshot of today's schedule, 41 appointments before lunch 😅 [image: the schedule screen]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}
