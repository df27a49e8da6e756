package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// written in our own words, through checkSevCases (fa13_test.go).

// TestAgesOfThings14: PRIV-06 guards ages over 89. A thing's age ("our
// oldest exam table is 93 years old", "the oak out front turns 100") and a
// named building's birthday ("happy 100th birthday to the Carnegie Public
// Library building") are no one's. A person's age past 89 still blocks.
func TestAgesOfThings14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Our oldest exam table is 93 years old and still going strong.", rule: "PRIV-06"},
		{text: "The lobby piano is 95 years old. Feel free to play it.", rule: "PRIV-06"},
		{text: "The oak tree out front turns 100 this spring!", rule: "PRIV-06"},
		{text: "Happy 100th birthday to the Carnegie Public Library building! 📚", rule: "PRIV-06"},
		{text: "Happy 95th anniversary to the Hill City Grange Hall!", rule: "PRIV-06"},
		{text: "Our oldest patient is 93 years old and still going strong.", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Happy 100th birthday to Mrs. Carnegie from all of us!", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Our patient Mr. Hill turns 95 this week and still drives his tractor.", rule: "PRIV-06", want: post.SeverityBlock},
	})
}
