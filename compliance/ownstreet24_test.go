package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOwnStreetSpelledOut24: the practice's own street written out
// ("South 24th Street" for the configured "4810 S 24th St") or with a
// full stop after its kind ("108 S Main St.") is the practice's address,
// as the configured spelling already is: no patient lives at it (PRIV-07
// passes). Another street, another side of town or another house number
// beside someone's care still blocks. The flagged ones come first.
func TestOwnStreetSpelledOut24(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.Addresses = append(p.Addresses, "4810 S 24th St, Omaha, NE 68107", "108 E Main Ave, Cactus, TX 79013")
	checkFamilyCasesFor(t, p, []familyCase{
		// Must still block: a patient's own street or house.
		{text: "Our patient on South 25th Street is home after her stroke.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient on North 24th Street is home after her stroke.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient at 4812 South 24th Street is home after her stroke.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient on West Main Avenue is home after her stroke.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient on Main Avenue is home after her stroke.", want: post.VerdictBlock, rule: "PRIV-07"},

		// Pass: the practice's own street in another spelling.
		{text: "New parking signs are up at South 24th Street: green spots are for patients, blue for staff. 🅿️", want: post.VerdictPass},
		{text: "Our Cactus address is 108 East Main Avenue. Parking is behind the building, next to the grain elevator.", want: post.VerdictPass},
		{text: "Our Omaha address is 4810 S 24th St. Parking is behind the building.", want: post.VerdictPass},
	})
}
