package compliance

import "testing"

// TestPictureSentenceLinear20: a long sentence that names a picture many
// times beside a health word stays linear. Each media word read its whole
// sentence again (who is in it, what care), so 16 times the text took
// about 100 times as long; found when session 20 added "thyroid nodule"
// to the health words and TestDescribedLocatedLinear19's screenshot unit
// went quadratic.
func TestPictureSentenceLinear20(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"screenshot of her text name at the top diabetes ",
		"screenshot of her text name at the top knee surgery ",
		"this sweet little guy smiling after his shots photo ",
		"Maria with her new cast pictured ",
	} {
		requireLinearText(t, c, unit)
	}
}
