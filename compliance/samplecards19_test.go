package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSampleCardEndingWarns: a placeholder card ending the post calls an
// example only warns (PRIV-09), as a sample SSN does (PRIV-01); a real
// ending, or a placeholder in a patient's bill with no word of example,
// still blocks (issue 11, session 19).
func TestSampleCardEndingWarns(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Seeing \"card ending 0000\" on the checkout screen? That's a sample, not your card. Type in your own.", rule: "PRIV-09", want: post.SeverityWarn},
		{text: "Our new pay-online page shows a made-up card (last 4 digits 1111) as an example of where the numbers go.", rule: "PRIV-09", want: post.SeverityWarn},
		{text: "PSA: the screenshot shows card ending in 4242, the test card every payment demo uses. Not a real patient's card!", rule: "PRIV-09", want: post.SeverityWarn},
		// Real endings, or no word of example: block.
		{text: "Found a wallet with a Visa ending 4821 in the lobby, call us to claim it.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "Mr. Ruiz, your card ending 1234 was declined for today's MRI copay.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "Example of what we never post: a card ending 7719 next to a patient's name.", rule: "PRIV-09", want: post.SeverityBlock},
	})
}
