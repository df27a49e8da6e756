package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// written in our own words, through checkSevCases (fa13_test.go).

// TestRoomsWithNoOneInThem14: PRIV-11 warns of a story about one patient,
// and "room 4" with a time or a health word can place one. A room of the
// office told as a place ("Room 4 is getting new floors this week", "X-ray
// moved to Room 114", "someone left a scarf in exam room 2 on Tuesday")
// holds no one. A person in the room still warns.
func TestRoomsWithNoOneInThem14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Room 4 at the Elm St office is getting new floors this week, so we'll see folks in rooms 1 to 3.", rule: "PRIV-11"},
		{text: "Room 2 is getting fresh paint this week, so sick visits move to Room 5. Sorry about the smell!", rule: "PRIV-11"},
		{text: "Blood draws moved to Room 12 at the Main St office. X-ray is Room 14, next to the water fountain.", rule: "PRIV-11"},
		{text: "Someone left a scarf in exam room 2 on Tuesday. Call the front desk to claim it.", rule: "PRIV-11"},
		{text: "The little guy in Room 4 this morning had croup, poor kiddo.", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "Our patient in room 3 had a seizure this morning.", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "She was in Room 2 on Tuesday with a broken wrist.", rule: "PRIV-11", want: post.SeverityWarn},
	})
}
