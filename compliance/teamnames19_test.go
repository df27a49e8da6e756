package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTeamsByMascotAreNoOne: school and club teams named by place and
// mascot, listed for a sport or followed by their people, are no one;
// an athlete named with an injury, and people whose surname is a mascot
// word listed with no sport, stay people (issue 11, session 19).
func TestTeamsByMascotAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Granger Huskies, Oak Hill Panthers, Millbrook Hornets: sports physicals all day Thursday at the Main St office, $30 cash.", rule: "PRIV-10"},
		{text: "Calling all Westfield Wildcats and Lincoln Eagles! Get your athletic physicals done before the season starts.", rule: "PRIV-10"},
		{text: "Shoutout to the Riverside Rams parents who packed our flu clinic on game day 🏈", rule: "PRIV-10"},
		{text: "eastside ravens + Northgate Tigers + Pine Ridge Bobcats: preseason physicals sat 9-1, bring the league form", rule: "PRIV-10"},
		{text: "Maple Grove Mustangs players, your sports physical forms are due Friday.", rule: "PRIV-10"},
		// People stay people.
		{text: "Jordan Hayes of the Westfield Wildcats broke his wrist at practice, get well soon!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Maria from the Lincoln Eagles came in with a concussion after Friday's game.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Rosa Hawks and Tom Eagles came in for flu shots today.", rule: "PRIV-10", want: post.SeverityBlock},
		// A car told by its team sticker still points at its driver (PRIV-14).
		{text: "If you drive the green Polaris with the Nome Nanooks sticker, your TB test read is due today, come back in!", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Get well soon, Dana Rams! Your new knee will have you back on the court by spring.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestTeamsByMascotLinear: the looks around a mascot are bounded, so a
// long list of teams grows linearly.
func TestTeamsByMascotLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Bowie Bears, Oak Hill Panthers and Rosa Hawks, ")
}
