package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOfficeThingsAreNoOnes14: the practice's own van (its mobile clinic,
// its shuttle, its logo on the side) identifies no driver (PRIV-14), and
// the day a vaccine shipment came in is no one's date (PRIV-05). A
// patient's car and a birth's delivery date still block.
func TestOfficeThingsAreNoOnes14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "See a blue van with our maple leaf logo at the Kroger on Fridays? That's our mobile clinic. Come say hi.", rule: "PRIV-14"},
		{text: "The silver van with the Buckeyes decals in our lot is our mobile vaccine unit, at the library Saturday.", rule: "PRIV-14"},
		{text: "Kevin's orange truck is NOT the shuttle. The real shuttle leaves the north lot at 8:15.", rule: "PRIV-14"},
		{text: "The patient who drives the red pickup with the dented fender had a stroke.", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Vaccine shipment came in Wednesday 11/6, flu and RSV shots available now at both offices.", rule: "PRIV-05"},
		{text: "Our flu vaccine delivery arrived Tuesday 10/8 and the boosters are in the fridge.", rule: "PRIV-05"},
		{text: "Her delivery on 11/6 went smoothly and the baby came in at 8 pounds.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}
