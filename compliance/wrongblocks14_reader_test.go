package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestDatesToEveryReader14: PRIV-05 guards a patient's dates. A date in
// a notice to every reader who came then ("If you were seen at our Elm St
// office Feb 3-5 and never got a call, call us", "Anyone seen at our
// walk-in on Oct 12 may have been exposed to measles") names no one. A
// date beside one person in such a sentence still blocks.
func TestDatesToEveryReader14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "If you were seen at our Elm St office Feb 3–5 and never got a call about your results, our phones were down. Please call us.", rule: "PRIV-05"},
		{text: "If you were seen Feb 3, call us about a lab mix-up.", rule: "PRIV-05"},
		{text: "Anyone who was seen at our walk-in on Oct 12 may have been exposed to measles. Call us.", rule: "PRIV-05"},
		{text: "Everyone seen on March 4 got the wrong discharge sheet; we're calling you today.", rule: "PRIV-05"},
		{text: "If you know the man we treated on Feb 3 for a stab wound, ask him to call us.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "If you see Mrs. Lee, tell her she was admitted on Feb 3 by mistake.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}
