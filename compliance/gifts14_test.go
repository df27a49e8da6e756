package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGiftsForCareAreNotTheirCare14: a neighbour or volunteer named for
// something they made or brought for the practice's patients ("knitted
// hats for our newborn bags", "dropped off blankets for the infusion
// chairs") is named with a care word that belongs to the thing given,
// not to them: a doctor looks (review), it is no patient's story. Their
// own care told in the same post, or a care word that is no thing's
// ("after her infusion"), still blocks.
func TestGiftsForCareAreNotTheirCare14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Aunt Bea from the Elm Street sewing circle brought in forty fleece blankets for the chemo chairs. Thank you, Bea!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Martha Kowalczyk knits every preemie cap we send home, and she just turned 80.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Grandpa Lou built two new bookshelves for the dialysis lounge this week 📚", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Nana Ruth (the whole block calls her that) sewed 50 heart pillows for our cardiac rehab kits.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Huge thanks to Delphine Arceneaux, who donated a stack of picture books for the pediatric waiting room.", rule: "PRIV-10", want: post.SeverityWarn},
		// Their own care, or a care word that is no thing's, still blocks.
		{text: "Aunt Bea brought in forty fleece blankets after her chemo ended. Thank you, Bea!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Grandpa Lou built two bookshelves for the dialysis lounge, where he spends three mornings a week.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Martha Kowalczyk knitted caps for our newborn bags while recovering from her hip replacement.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Nana Ruth sewed heart pillows for the cardiac rehab kits. She finished rehab with us in May.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Grandma Dot dropped off blankets for the infusion chairs on her way to her own infusion.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
