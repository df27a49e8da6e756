package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOnePersonPointedAt (session 18, t18ident): a notice that speaks to
// one unnamed person ("whoever", "the one who", "to the family on...",
// "you know who you are") and picks them out by a place or a workplace
// (a ZIP code, a road with a landmark, a house on a street, a night shift,
// a farm or a plant they work at) discloses that person's care when it
// tells some: a test, a device, a sample, stitches, a follow-up. Everyone
// on the road or the shift knows who is meant (PRIV-14, Safe Harbor B and
// R). Near misses: the same place with no one pointed at (a class for a
// ZIP code, road work), a lost-and-found with no care, a group thanked,
// and the practice's own address keep their verdicts.
func TestOnePersonPointedAt(t *testing.T) {
	// The practice's community names: the roads, farms and plants of its
	// town are known to it, and the rules do not take them for people.
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.CommunityNames = []string{"Mill Creek Road", "Birch Ave", "Fulton St", "Hillside Dairy", "Tyson", "Pepsi"}
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "To the family on Mill Creek Road just past the grain elevator: your mom's oxygen concentrator is being delivered Friday.", want: post.VerdictBlock},
		{text: "Whoever from the 45011 zip code left a scarf at Monday's 6pm insulin class, it's at the front desk.", want: post.VerdictBlock},
		{text: "Whoever dropped off the stool sample marked 'Okafor 43119' at the lab window, please call us.", want: post.VerdictBlock},
		{text: "To the neighbor in the green duplex on Birch Ave: your Holter monitor needs to come back this week.", want: post.VerdictBlock},
		{text: "The Hillside Dairy hand who got the tetanus shot after Monday's tractor accident — your return-to-work note is signed.", want: post.VerdictBlock},
		{text: "Prayers for 'Gordo' from the Tyson night shift 🙏 stitches come out Friday, see you at 10", want: post.VerdictBlock},
		{text: "The night-shift loader at the Pepsi plant knows who he is. Your CPAP mask is in, come get it.", want: post.VerdictBlock},
		{text: "Neighbor in 43119 with the wasp sting last weekend — hope the EpiPen we sent home got used only once!", want: post.VerdictBlock},
		{text: "Whoever drove the maroon Chevy Tahoe to our chest pain walk-in last night left the dome light on.", want: post.VerdictBlock},
		{text: "The welder from Marion Steel who took a flash burn to the eyes is back on second shift, vision fine.", want: post.VerdictBlock},
		{text: "43206, the widower living alone off Fulton St, missed his heart follow-up again. Neighbors, please check on him.", want: post.VerdictBlock},

		// Near misses.
		{text: "Whoever left a blue jacket at Saturday's 5K, it's at our front desk!", want: post.VerdictPass},
		{text: "Whoever drove the red Jeep to the blood drive: your lights are on!", want: post.VerdictPass},
		{text: "Any worker at the Pepsi plant can get a tetanus booster at our tent Friday.", want: post.VerdictPass},
		{text: "Free insulin class for 45011 residents on Monday at 6pm. Bring a friend!", want: post.VerdictPass},
		{text: "Heads up: road work on Mill Creek Road just past the grain elevator all week. Plan extra time for your appointment.", want: post.VerdictPass},
		{text: "Thank you to the Tyson night shift for coming in for flu shots before work! 💉", want: post.VerdictPass},
		{text: "Whoever left an umbrella at 1200 Oak Street after the blood pressure class, we have it.", want: post.VerdictPass},
		{text: "Road crews on Birch Ave this week: whoever has a lab visit, park on the Oak Street side.", want: post.VerdictPass},
	})
}

// TestOnePersonPointedAtNearMisses (session 18, t18ident): "whoever" or
// "the one who" said of anyone who may need something is no one pointed
// at; a worker thanked with no care of theirs is no patient.
func TestOnePersonPointedAtNearMisses(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Be the one who gets screened: free colon cancer kits for the 43206 zip code this month.", want: post.VerdictPass},
	})
}

// TestOnePersonPointedAtLinear (session 18, t18ident): many notices in one
// text, each pointing and none telling care, stay linear.
func TestOnePersonPointedAtLinear(t *testing.T) {
	requireLinearText(t, rulesChecker(t, testProfile()), "Whoever from the 45011 zip code left a hat. The night-shift loader at the Pepsi plant knows who he is. Our biopsy results take a week. ")
}
