package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 18):
// patient disclosures dressed in the shapes the new rules let through,
// clean posts in the shapes the new rules stop, and long texts of the new
// rules' shapes. Our own wording. Rules alone (PRIV-16 disabled).

// TestPlaceNamesThatArePeople18: placenames17.go reads a name after a
// verb of travel and "from"/"to" as a town, a name owning a hospital's
// unit as a hospital, and a name before "flu drive" or "shot day" as an
// event's place. A name the post marks as a person is none of these: one
// with a title ("drives out to Mrs. Ortega"), one a relative clause
// follows ("Moving over to Maria, who ..."), one whose own care the next
// words tell ("after her hip surgery"), the subject of a new clause after
// a comma ("Driving in from Dayton, Maria came ..."), a name opening a
// post with its own day ("Mateo shot day"). Each still blocks; the
// places of placenames17_test.go still pass.
func TestPlaceNamesThatArePeople18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Travel: a title, a relative clause, own care, a new clause.
		{text: "Our home health nurse drives out to Mrs. Ortega every Tuesday for her wound care.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A thank-you card came in from Mrs. Whitfield after her hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We drove up to Grandma Rosa after her hip surgery to bring soup.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Moving over to Maria, who just finished her chemo: we're so proud!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flowers came all the way from Rosa after her mastectomy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Driving in from Dayton, Maria came for her colonoscopy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coming all the way from Beulah, Rosa got her stent placed Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flying back to Bethel, Maria finished her chemo today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Driving from Dayton, Marion and Jose got their colonoscopies done.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flying in from Bethel and Nome, Mary and Joe had their knee surgeries here.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A hospital's unit owned by someone whose care is told.
		{text: "We brought soup to Rosa's new unit after her hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dropped flowers at Rosa's rehab unit after her fall 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Ortega's cardiac unit nurses say he's doing great after his bypass.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A person's own shot day, no event named by a place.
		{text: "Mateo shot day 💉 brave boy got all his kindergarten shots!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jose vaccine day! He got all his school shots with Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "It's Maria screening day: her first mammogram!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandma Rosa flu shot day!! She finally did it 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big Ava blood drive day: she donated for the first time after beating leukemia!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: places still, in the same shapes.
		{text: "Driving in from Dayton, Xenia or Troy for your colonoscopy? Leave early, the roads are icy.", want: post.VerdictPass},
		{text: "Flying in from Bethel, Nome or Kotzebue this winter for an appointment? Call us first.", want: post.VerdictPass},
		{text: "Patients heading home to Marion after chemo can catch the 4pm shuttle.", want: post.VerdictPass},
		{text: "Mercy's north tower is closed for repairs, so stress tests move to our main office.", want: post.VerdictPass},
		{text: "Join us at the Oceana flu drive on Saturday, shots for everyone 6 months and up.", want: post.VerdictPass},
		{text: "She drove to Xenia and Marion to see her oncologist.", want: post.VerdictPass},
	})
}

// TestPlaceNamesThatArePeopleLinear18: the looks after a name for a
// relative clause, its own care and the end of a list of towns are
// bounded, so long texts of the shapes grow linearly.
func TestPlaceNamesThatArePeopleLinear18(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Driving in from Dayton, Xenia, Maria and Rosa came for her colonoscopy, ")
	requireLinearText(t, c, "Rosa's rehab unit after her fall and Sinai's north tower, ")
	requireLinearText(t, c, "at our Oceana flu drive day who his hip surgery, ")
}
