package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// written in our own words, through checkSevCases (fa13_test.go).

// TestYelledAtStaffKindnessPlea14: PROF-03 blocks mocking patients. A
// post that tells of people yelling at its staff and asks readers to be
// kind to them ("Please be kind to our front desk. Two people yelled at
// Marisol today") vents, a doctor reads it (warn); it mocks no one. With
// a laugh, an eye-roll or sarcasm it still blocks.
func TestYelledAtStaffKindnessPlea14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Please be kind to our front desk. Two people yelled at Marisol this morning and she kept smiling anyway.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Long week. Four people yelled at our receptionists over a system outage we didn't cause. Be kind to Tam and Ivy, please.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Some folks screamed at the front desk about parking today. A little kindness goes a long way.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Two people yelled at Marisol this morning lol. Please be kind, or don't, we're used to it 🙄", rule: "PROF-03", want: post.SeverityBlock},
		{text: "Three people yelled at Marisol today. Love this job 🙄 Be kind!", rule: "PROF-03", want: post.SeverityBlock},
	})
}
