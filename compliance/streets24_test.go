package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStreetCluster24 (session 24, t24privacy): cases of an illness
// counted on one named street ("three cases of whooping cough on S. 22nd
// St", "a cluster of hepatitis A cases on Bolivar Street") tell the
// block whose illness it is (PRIV-07 block). Cases counted for a county
// or a city, an event on a street, parking and road work stay clean.
func TestStreetCluster24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Three cases of whooping cough this week on S. 22nd St near Lincoln Avenue — if you live on that block, call us.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "We've seen a cluster of hepatitis A cases on Bolivar Street this month; if you live there, please call us.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "An outbreak of scabies on Chestnut Lane: two households so far. Call us for treatment.", want: post.VerdictBlock},

		{text: "Flu cases are up across Sedgwick County this week — get your shot!", want: post.VerdictPass},
		{text: "Parking on Elm St. is closed Saturday for road work; use the lot behind the bank.", want: post.VerdictPass},
		{text: "With flu cases rising, our flu shot clinic on Main Street runs all day Saturday.", want: post.VerdictPass},
		{text: "Measles cases were reported in Wichita this month; check your kids' vaccine records.", want: post.VerdictPass},
	})
}

// TestStreetClusterLinear24: many streets with cases stay linear.
func TestStreetClusterLinear24(t *testing.T) {
	c := rulesChecker(t, testProfile())
	requireLinearText(t, c, "Two cases of whooping cough on S. 16th St this week. ")
}
