package compliance

import (
	"strings"
	"testing"
)

// TestReplyStaffSaidGrowsLinearly: a reply made of nothing but a staff
// member's words passed on ("Kevin said the lot opens Monday, " again and
// again) took 91 to 101 times as long for 16 times the text (found by the
// session 16 reply engineer). The other shapes of the same loop are here
// to keep it so.
func TestReplyStaffSaidGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Kevin said the lot opens Monday, ", "Kevin says hi. ", "Sarah said you can call us, ",
		"see you at the fair, ", "we refunded the fee, ", "in the chair he was great, ", "the shot you got, ", "your 2 visits, "} {
		t.Run(unit, func(t *testing.T) {
			requireLinear(t, c, unit, func(n int) Draft {
				return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "Great clinic, thank you"}
			})
		})
	}
}
