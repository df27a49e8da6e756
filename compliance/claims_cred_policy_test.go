package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBoardCertifiedWarnsWhateverThePracticeName keeps the shared
// decision (../shared/COMPLIANCE.md, CLAIM-06): a credential claim is
// checked by a person against the credentials on file, and an unknown
// board or specialty warns. A practice's name ("Maple Family Medicine")
// is no credential on file: "board-certified in family medicine" there
// warns like anywhere else. 7198945 noted it instead; reverted.
func TestBoardCertifiedWarnsWhateverThePracticeName(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "All of our physicians are board-certified in family medicine.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Greene is board certified in family medicine by the American Board of Family Medicine.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Greene is board-certified in dermatology.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Patel is board eligible in family medicine.", rule: "CLAIM-06", want: post.SeverityBlock},
	})
}
