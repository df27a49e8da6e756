package compliance

import (
	"strings"
	"testing"
)

// TestShipmentLinear28: "delivered" is a shipment when its sentence holds
// no word of a birth. Each "delivered" walked its whole sentence for that
// word, so one long sentence of deliveries (commas, no full stop) cost
// the square of its length: TestAttack27Linear's vaccine-stock text took
// 72 times as long for 16 times the text on a loaded CI machine. The
// answer is kept per sentence now.
func TestShipmentLinear28(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"the booster was delivered, ",
		"the flu vaccine delivery came, ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestReplyNamesLinear28: each name a reply holds was looked for in the
// whole review it answers, so a long reply of names to a long review cost
// their product: 34 to 61 times as long for 16 times both texts, under
// the limit of 64 on a quiet machine but not on a loaded one (this test
// did not fail before the fix; TestAttack27Linear's neighbouring case
// did, in CI). The review is indexed once: 10 to 17 times.
func TestReplyNamesLinear28(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, u := range [][2]string{
		{"Give Dale un abrazo, Dale gracias, Ua tsaug Niam Tais Pa, ", "Great visit, Mir sind froh. — Pa V. "},
		{"Thanks Rosa, Ana, Luis, Marta, Jorge and Elena, ", "Great visit, go Hawks! "},
	} {
		requireLinear(t, c, "reply "+u[0], func(n int) Draft {
			return Draft{Text: strings.Repeat(u[0], n/len(u[0])), ReviewText: strings.Repeat(u[1], n/len(u[1]))}
		})
	}
}
