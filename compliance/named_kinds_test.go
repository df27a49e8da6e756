package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamesByTheirCue: a name on no list is a person when the sentence
// introduces it, quotes it or gives it a home (PRIV-10).
func TestNamesByTheirCue(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Hi, my name is Oyelaran and I was treated here for my asthma.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "my name is zdenka, thank you for treating my asthma", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Everyone calls me Tadeusz, even the nurses who set my broken arm.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congratulations to the Lopez family! They named him Ikaika.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "A girl named Thandiwe beat leukemia this year.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "\"The staff were so kind after my surgery,\" says Wojciechowska.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Nakamura-Oduya lives on Birch Lane and came in with a broken wrist.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Patient name: Ngozi Achebe\nReason for visit: asthma follow-up", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "What's your last name? Oyelaran", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "maria: \"They fixed my knee after my ACL surgery!\"", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Here is Oyelaran's address for the get-well cards after his surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		// Not names.
		{text: "What's your name? Comment below and we'll pick a winner for the water bottle!", rule: "PRIV-10"},
		{text: "Myth: \"I don't need a flu shot because I never get sick.\"", rule: "PRIV-10"},
		{text: "Event name: Flu Shot Clinic\nWhere: our lobby", rule: "PRIV-10"},
		{text: "Reminder: \"Wash your hands\" is still the best advice.", rule: "PRIV-10"},
		{text: "My name is not important, but thank you for the great care.", rule: "PRIV-10"},
		{text: "Call me back when you can, said the front desk.", rule: "PRIV-10"},
		{text: "\"Wash your hands often,\" says the CDC.", rule: "PRIV-10"},
		{text: "Hi, my name is Dr. Patel and I am the new pediatrician.", rule: "PRIV-10"},
		{text: "Tetanus lives in dirt and dust and gets in through any puncture.", rule: "PRIV-10"},
		{text: "Everyone who lives in town is welcome to the flu clinic.", rule: "PRIV-10"},
	})
}
