package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestEverydaySensesOfCareWords (session 17, t17prec): "shots" taken with
// a drone or a camera are pictures, and "hives" that give honey are a
// beekeeper's: a neighbour thanked for them is named with no health
// detail (PRIV-10 warn at most), not stopped as a patient. The same words
// in their care senses ("her flu shots", "broke out in hives after a bee
// sting") still tell health and block. Rules alone (PRIV-16 disabled).
func TestEverydaySensesOfCareWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "@skyview_ray thank you for the drone shots of our new parking lot!! 🚁", want: post.VerdictReview, rule: "PLAT-02"},
		{text: "Big thanks to Nadia Okoro (@nadia.flies) for the aerial shots of our new roof!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you Hollis for the candid shots at our open house 📸", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "@prairie_honey_co brought us honey from her hives for the break room 🍯 thank you Delphine!!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you Wendell for the jar of honey from your backyard hives 🐝", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: the care senses.
		{text: "@skyview_ray thank you for coming in for your flu shots today!!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nadia Okoro got her allergy shots today and didn't flinch!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Delphine broke out in hives after a bee sting at the honey festival, so glad she's ok 🐝", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Wendell, your hives should calm down with the antihistamine, call us if your lips swell", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestEverydaySensesLinear: each "hives" looks a few words either side.
func TestEverydaySensesLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "honey from her hives and drone shots, ")
}
