package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBoardCertifiedInOwnSpecialty14: CLAIM-06 asks a person to check a
// credential against the one on file. Certification in the specialty the
// practice's own name gives ("board-certified in family medicine" at Maple
// Family Medicine), with or without its board, is noted only. Another
// field, a second specialty, "double board certified" and "board
// eligible" still warn or block.
func TestBoardCertifiedInOwnSpecialty14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "All of our physicians are board-certified in family medicine.", rule: "CLAIM-06"},
		{text: "Dr. Greene is board certified in family medicine by the American Board of Family Medicine.", rule: "CLAIM-06"},
		{text: "Dr. Greene is board-certified in dermatology.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Patel is board-certified in family medicine and sports medicine.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Patel is double board certified.", rule: "CLAIM-06", want: post.SeverityWarn},
		{text: "Dr. Patel is board eligible in family medicine.", rule: "CLAIM-06", want: post.SeverityBlock},
	})
}
