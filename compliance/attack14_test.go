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

// TestLifestyleForgoOwnClause: a diet or a habit makes care unneeded
// only when it is said in the care's clause and is not itself what is
// not needed: "don't need fish oil pills" gives up a food's pill, and "back pain
// doesn't need a specialist; exercise and time help" tells the habit in
// another clause (pass). A diet said to replace a statin or a screening
// stays a myth stated as fact (MIS-01 block).
func TestLifestyleForgoOwnClause(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Good news for fish lovers: if you eat salmon twice a week you don't need fish oil pills.", want: post.VerdictPass},
		{text: "No need to change what you eat before a mammogram; just skip the deodorant that morning.", want: post.VerdictPass},
		{text: "Eating fish twice a week is great for your heart, and most people who do don't need fish oil pills.", want: post.VerdictPass},
		{text: "Most new back pain doesn't need a specialist; gentle exercise and time help most people heal.", want: post.VerdictPass},
		// Still the myth.
		{text: "Eat clean and exercise daily and you don't need a colonoscopy.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "With a plant-based diet you don't need blood pressure pills anymore.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Eat the way grandma did — beans, greens, sardines — and you won't need a statin.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestFigureNamedPatient: a name a figure of history or a public figure
// shares ("George Washington", "Martin Luther King", "Harriet Tubman")
// thanked for kind words about their care, or had in for care ("in
// for", "came in", "with us"), is a patient of that name (PRIV-10
// block), not the figure. A figure thanked for a discovery, or named for
// what they lived with, stays history (pass).
func TestFigureNamedPatient(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks to Martin Luther King for the kind words about his new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to George Washington for the kind words about his knee replacement.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We loved having Abraham Lincoln in for his knee injection.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Harriet Tubman came in for her flu shot and brought the whole choir!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosa Parks stopped by with us after her cataract surgery to say thanks.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A figure's own public health, history, a thanks for a discovery.
		{text: "Happy birthday, Jonas Salk! Thank you for the polio vaccine.", want: post.VerdictPass},
		{text: "Lou Gehrig played 2,130 straight games before ALS ended his career. Our ALS support group meets Thursdays.", want: post.VerdictPass},
		{text: "Like Michael J. Fox, many people live well with Parkinson's for years. Our movement class is open to all.", want: post.VerdictPass},
		{text: "Frederick Banting and Charles Best gave the first insulin shot in 1922; a century later, insulin is with us in every fridge.", want: post.VerdictPass},
	})
}

// TestCureWordsLongTextTime: a long sentence of cure words ("it won't
// cure" over and over) asked CLAIM-01's "our care before it?" from the
// sentence's start at each word, and one of diet words and "need" asked
// the remedy-instead-of-care shape for a diet in the whole sentence at
// each "need": quadratic (16 times the text took 240 and 170 times as
// long). Growth, not a wall-clock budget (requireLinear).
func TestCureWordsLongTextTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"it won't cure ", "syrup syrup cures ", "eat diet greens need "} {
		requireLinearText(t, c, unit)
	}
}
