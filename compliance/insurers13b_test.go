package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAcceptedPlansAreNoOne: the plans a practice takes are insurers,
// though their names hold a person's ("Harvard Pilgrim", "Medi-Cal",
// "Health Net") (PRIV-10); a person with such a surname and a health event
// is a person still.
func TestAcceptedPlansAreNoOne(t *testing.T) {
	checkPrecisionCasesFor(t, officeProfile(), []precisionCase{
		{text: "Yes, we take MassHealth, Tufts, BCBS, Harvard Pilgrim and Medicare.", rule: "PRIV-10"},
		{text: "We accept Medi-Cal, Health Net and most Medicare plans.", rule: "PRIV-10"},
		{text: "Bring your Medi-Cal card to every visit so we can scan it.", rule: "PRIV-10"},
		{text: "In network now: Molina, Blue Cross Blue Shield, United Healthcare and Harvard Pilgrim.", rule: "PRIV-10"},
		// Still people.
		{text: "Mr. Pilgrim's knee surgery went great, he's home today.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Cal broke his ankle at the game Friday; get well soon!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Molina had her gallbladder out Monday and is resting at home.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
