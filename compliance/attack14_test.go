package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 14):
// posts a clinic would write where a new exception lets a claim or a
// patient through, or a new catch stops a clean post. Our own wording.

// TestMedicineIsNoFolkRemedy: a remedy word that belongs to a medicine
// or a hygiene product ("alcohol hand rubs", "acetaminophen syrup", "a
// saline rinse of salt water") names no kitchen cure: what it does to a
// virus, a fever or the sinuses is the fact (pass). The folk remedy said
// to cure stays a myth stated as fact (MIS-01 block).
func TestMedicineIsNoFolkRemedy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Alcohol hand rubs kill the flu virus in seconds. Rub until your hands are dry!", want: post.VerdictPass},
		{text: "Hand sanitizer or a hand rub kills most cold viruses on your skin; soap and water work too.", want: post.VerdictPass},
		{text: "For kids, ibuprofen syrup knocks a fever down within an hour. Dose by weight, not age.", want: post.VerdictPass},
		{text: "A saline rinse (salt water in a neti pot) clears the sinus of pollen; use boiled or distilled water.", want: post.VerdictPass},
		// Still folk cures.
		{text: "A chest rub of lard and turpentine kills pneumonia overnight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Onion syrup knocks a fever down faster than any pill.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Salt water baths cure shingles, trust grandma.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Garlic works better than antibiotics and kills strep throat for good.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Warm castor oil rubbed into the hands pulls the fever out of a baby.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestColdWeatherIsNoIllness: "a cold day" is the weather, no illness a
// tea is said to cure (pass); "cures a cold" is the myth (MIS-01 block).
func TestColdWeatherIsNoIllness(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A bowl of caldo de res cures my bad mood on a cold night 🍲", want: post.VerdictPass},
		{text: "Buttermilk pie clears the blues on a cold winter evening. Recipe in the comments!", want: post.VerdictPass},
		{text: "Nothing clears the head like ginger tea on a cold morning walk to the clinic 🍵", want: post.VerdictPass},
		{text: "Hot ginger tea cures a cold by morning.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A bowl of caldo de res cures a cold overnight.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}
