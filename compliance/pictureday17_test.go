package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPictureDayOfTheDesk (session 18, t18prec): a sign-in sheet only
// placed in a picture warns (media17.go), but a day anywhere in the
// description made it a day's list and blocked: "[photo: the front desk
// ready for Monday, sign-in clipboard on the counter]", "Monday vibes ☕
// [photo: ..., sign-in clipboard visible]". The day dates the desk or the
// mood, not the sheet: only a day in the sheet's own clause ("Monday's
// sign-in sheet", "the sign-in sheet for today") still blocks, with
// names and counts as before.
func TestPictureDayOfTheDesk(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[photo: our lobby decorated for Friday, the sign-in sheet on the reception desk] Spooky season!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Tuesday energy 💪 [photo: Marisol laughing at the front desk, sign-in clipboard in the corner]", want: post.VerdictReview, rule: "PRIV-12"},

		// Near misses: the day or the names belong to the sheet.
		{text: "[photo: Friday's sign-in sheet on the reception desk]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the sign-in sheet for today on the reception desk] Busy!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Tuesday energy 💪 [photo: the front desk, sign-in clipboard with this morning's names]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestPictureDayOfTheDeskLinear: the clause around each sheet is found
// by a walk to the nearest punctuation, so a description of endless
// sheets with no punctuation grows linearly.
func TestPictureDayOfTheDeskLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "[photo: the sign-in sheet on the desk by Monday the sign-in clipboard ")
}
