package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRemediesAsserted17: a kitchen or folk remedy (a drink, a seed, an
// oil, a metal, heat or cold) said to flush out, dissolve, prevent, burn
// out or cure an illness, or to work like a drug, is a myth stated
// (MIS-01 block). Hedged, told as comfort, denied, or cut back on, it
// keeps its verdict.
func TestRemediesAsserted17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Two glasses of coconut water a day flush out gallstones, no surgery needed!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cumin water dissolves kidney stones in a week, my abuela swears by it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Fish oil prevents heart attacks, simple as that.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sitting in a sauna burns a cold right out of you overnight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Colloidal silver kills strep throat faster than a clinic visit.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Black seeds in warm water cure asthma, an old family secret.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Oregano oil works just like amoxicillin for an ear infection.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Ginger tea is as good as ibuprofen for a headache.", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses keep their verdict.
		{text: "Honey can soothe a cough in kids over 1.", want: post.VerdictPass},
		{text: "Ginger tea may ease nausea for some people.", want: post.VerdictPass},
		{text: "Cut back on salt to help prevent high blood pressure.", want: post.VerdictPass},
		{text: "Empty old tires and coconut shells to keep mosquitoes away.", want: post.VerdictPass},
		{text: "Coconut water won't flush out kidney stones. Call us if the pain is bad.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our coconut flan recipe is up on the blog: eggs, milk, sugar and love 🥥", want: post.VerdictPass},
	})
}

// TestRemediesAsserted17Linear: each remedy looks a dozen words around
// itself; a long post of them grows linearly.
func TestRemediesAsserted17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "coconut water works like a tonic, seal oil and silver, a sauna and the flu, like the ")
}
