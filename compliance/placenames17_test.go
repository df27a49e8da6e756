package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamesThatArePlaces (session 18, t18prec): a town, a street, a
// hospital, a school or an event's place that is also a first name
// ("Bethel", "Warren", "Sinai", "Garfield", "Oceana") was read as a
// person, and a health word near it made it a patient: PRIV-10 blocked
// a post that names no one. The shapes: a town someone travels from or
// to ("driving in from Xenia", "flying in from Bethel or Nome"), a
// street a shop stands on ("the grocery on Warren"), a hospital's floor
// or wing ("Sinai's maternity ward"), the place an event is named for
// ("our Oceana flu drive", "the Marne Week health booth"), a list of
// schools one of which carries its kind ("Lincoln Elementary, Garfield
// and Roosevelt"), and "admitted" to a school or a bar, which is no
// hospital stay. A person beside the place, a possessive ("drove to
// Maria's") and an admission to a hospital still block.
func TestNamesThatArePlaces(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Driving in from Dayton or Xenia for your colonoscopy? Leave early, the roads are icy.", want: post.VerdictPass},
		{text: "If you're flying in from Bethel or Nome for an appointment, call us first and we'll hold your slot.", want: post.VerdictPass},
		{text: "Folks commuting up from Marion for chemo can park free in the back lot.", want: post.VerdictPass},
		{text: "Patients coming all the way from Beulah for their checkups: the new shuttle stops here Tuesdays.", want: post.VerdictPass},
		{text: "Sinai's maternity ward was busy last night 👶👶", want: post.VerdictPass},
		{text: "Heads up: Lenox's cardiac wing is closed for repairs, so stress tests move to our main office.", want: post.VerdictPass},
		{text: "We gave 140 flu shots at our Oceana flu drive Saturday!", want: post.VerdictPass},
		{text: "Come get a free BP check at the Marne Week health booth, all day Saturday.", want: post.VerdictPass},
		{text: "Lincoln Elementary, Garfield and Roosevelt all have flu shot days with us next week.", want: post.VerdictPass},
		{text: "Our own story for Black History Month: Dr. Marcus Hale was the first Black student admitted to the University of Ohio medical school.", want: post.VerdictPass},

		// Near misses: a person with their own care beside the place,
		// a possessive that is someone's, and a hospital admission.
		{text: "Maria flew in from Bethel for her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Ortiz on Warren had her stent placed Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We drove over to Marion's house after her chemo to drop off soup.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria can't drive for a week after her cataract surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria was admitted to the hospital on Friday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria was admitted to the University Hospital ICU last night.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNamesThatArePlacesLinear: the look back from a name to the verb
// of travel and the look after "admitted" are bounded, so long lists of
// towns and admissions grow linearly.
func TestNamesThatArePlacesLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "flying in from Bethel or Nome or Xenia for chemo, ")
	requireLinearText(t, c, "Maria was admitted to the University school hospital, ")
	requireLinearText(t, c, "our Oceana flu drive at Sinai's maternity ward, ")
}
