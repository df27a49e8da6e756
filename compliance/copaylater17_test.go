package compliance

import "testing"

// TestCopayWaivedLaterGrowsLinearly: a waiver told across sentences is
// found per "it" the practice does something with, and each one used to
// re-read its whole sentence for the copay and its whole clause for a
// hardship word, so one long sentence of them took the square of its length
// (t17conduct measured 275-310 times as long for 16 times the text).
func TestCopayWaivedLaterGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Your copay? we write it off and ",
		"copay deductible we never collect it and we waive it and ",
	} {
		t.Run(unit, func(t *testing.T) { requireLinearText(t, c, unit) })
	}
}
