package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestIncidentThenCare24 (session 24, t24privacy): a public incident the
// town read about (a wreck on a named road, a fire, someone who went
// overboard), pinned to a place or a day, then our care for the people in
// it ("we stitched up", "following up with Dr. Ortiz", "see you at
// follow-up"), tells the whole town whose care it was: PRIV-14 block,
// with no name. The incident alone, a road closed by it, thanks to the
// firefighters, prevention advice after it and a crash spoken of in
// general stay clean.
func TestIncidentThenCare24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Remember the cyclist hit on the Ravenel Bridge last Saturday? He followed up with us this week and is back on his bike!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Remember the rollover on Route 9 near Millbrook on Sunday? The two teens we stitched up that night are healing well 🙏", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Shout-out to the fisherman who went overboard off Pier 7 last month — he's been following up with Dr. Ortiz and is doing great.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Thanks to the rancher whose barn caught fire on County Road 12 last Tuesday — glad we could patch up those burns, see you at follow-up!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "The driver from Friday's pileup on I-80 came back to see us today: stitches out and smiling!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "¿Se acuerdan del choque en la Carretera 54 el sábado pasado? Los dos niños que atendimos esa noche ya están sanando muy bien.", want: post.VerdictBlock, rule: "PRIV-14"},

		// The incident without anyone's care from us.
		{text: "Remember the ice storm last Saturday? Here's how to prevent falls on your steps this winter.", want: post.VerdictPass},
		{text: "After the crash on Highway 52 last Saturday the road is closed, so our Harmony office opens at 10.", want: post.VerdictPass},
		{text: "Thank you to the firefighters who put out the barn fire on County Road 12 last Tuesday! 🚒", want: post.VerdictPass},
		{text: "Car crashes are the top cause of injury for teens: buckle up, every ride.", want: post.VerdictPass},
		{text: "Remember the flood on River Road last spring? We now keep extra tetanus shots and first-aid kits on hand.", want: post.VerdictPass},
		{text: "Our staff trained in Stop the Bleed on Saturday, so we're ready to help after any crash on Route 9.", want: post.VerdictPass},
	})
}

// TestIncidentThenCareLinear24: many incidents in one long text stay
// linear.
func TestIncidentThenCareLinear24(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Remember the crash on Route 9 last Saturday? The kids we stitched up are healing well. ",
		"Remember the ice storm last Saturday? Here's how to prevent falls. ",
	} {
		requireLinearText(t, c, unit)
	}
}
