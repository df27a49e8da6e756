package compliance

import "testing"

// TestEchoedMythsLinear: a myth denied and then stated again, over and
// over, once compared every stated myth with every earlier denial (CI
// measured 66 times the time for 16 times the text on a busy machine).
// Each stated myth now looks only at the denials of the two sentences
// before it.
func TestEchoedMythsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Spicy food doesn't cause ulcers. Spicy food causes ulcers. ",
		"Spicy food does not cause ulcers.\nHot sauce gives you ulcers, so go easy. ",
	} {
		requireLinearText(t, c, unit)
	}
}
