package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Clean kinds of text that other writers post and the checklist held
// (issue 11, false alarms), each beside the near neighbours that still
// must be held.

// TestHealthWordsInJest: slang "sick" for a feat and the writers'
// jokes about recovering from a party or a workout tell no one's health,
// so a person named beside them is only a person (warn), not a patient
// (block).
func TestHealthWordsInJest(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Shoutout @nico.skates305 for the sick kickflip in our parking lot lol 🛹", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "shoutout to DJ Marcus for the sick beats at our holiday party 🎶", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Mrs. Ortiz made tamales for the staff party and none of us have recovered emotionally 😭", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Huge thanks to Coach Rivera for the bootcamp, we're all still recovering from those burpees 😂", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Mr. Kim's jokes at lunch gave us all a stomach ache from laughing 🤣", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Shoutout @nico.skates305, home sick with the flu this week 🤒", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Mrs. Ortiz is still recovering from her hip surgery, send her love", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Coach Rivera is recovering nicely, he says thanks for the cards", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Mr. Kim had a stomach ache for three days before he came in", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
