package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPictureRecordsOnlyThere (session 17, t17prec): a picture whose
// description only places a sign-in sheet or clipboard in the frame ("the
// sign-in clipboard on the front counter next to a poinsettia") or a
// surface in the background of the room the picture was taken in ("in
// exam room 3, computer monitor in the background", "a team selfie in
// exam 3; whiteboard with writing behind them") says nothing of what is
// on it: a doctor looks at the picture (PRIV-12 warn), as the
// development sets' writers label every such item. The room the picture
// is taken in is no room a board lists. Names, a day's list, a count, a
// reading, "ignore"/"oops" or a room listed on the board still block.
func TestPictureRecordsOnlyThere(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ready for the holidays 🎄 [photo: the sign-in sheet on the reception desk beside a plate of cookies]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: Ingrid at the front desk; the sign-in clipboard on the counter] Best crew around!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: Dr. Patel in exam room 4, a computer monitor in the background] Fresh paint, who dis 🎨", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Group photo in exam 2 📸 [photo: five nurses grinning; whiteboard with writing behind them]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Our remodeled procedure room 👀 [photo: procedure room; monitor on in the corner, text too small to read]", want: post.VerdictReview, rule: "PRIV-12"},

		// Near misses: the description says what the record or surface
		// holds, or the writer wishes it away.
		{text: "[photo: the sign-in sheet on the counter, today's names on it] Busy Monday!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Busy morning 😅 [photo: the sign-in clipboard on the counter, 23 names before 9am]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Sorry about the sign-in sheet in this photo, y'all know who you are 🙈", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: Dr. Patel in exam room 4, the monitor behind her shows today's schedule with names]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Team selfie in exam 2 📸 [photo: whiteboard behind us reads 'Rm 2 – Okafor – BP check']", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the census board in the background] Night shift, we see you", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: staff in exam room 4; ignore the whiteboard behind us lol]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Our remodeled procedure room [photo: procedure room; monitor in the corner, too small to read except 'Ruiz — biopsy']", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestPictureRecordsOnlyThereLinear: each sign-in sheet placed in a
// picture asks what the description says of it; findings are capped, so
// a description of endless sheets and rooms grows linearly.
func TestPictureRecordsOnlyThereLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "[photo: the sign-in sheet on the counter in exam room 3, a monitor in the background] ")
	requireLinearText(t, c, "photo of the sign-in sheet on the counter in exam room 3, a monitor in the background, ")
}
