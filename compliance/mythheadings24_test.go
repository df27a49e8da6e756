package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestVietnameseMythHeading24: "Lầm tưởng:" (a mistaken belief) heads a
// myth as "Myth:" does, and "Sự thật:" (the truth) labels the fact as
// "Fact:" does, so "Lầm tưởng: X. Sự thật: Y." busts the myth (MIS-01
// warn), as the readable dev sets label it. The myth stated, or put under
// "Sự thật:", still blocks. The flagged ones come first.
func TestVietnameseMythHeading24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: the myth stated, or labelled the truth.
		{text: "Cạo gió chữa được cảm, cả nhà nhớ nha!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sự thật: cạo gió chữa được cảm.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Coining cures a cold. Try it tonight!", want: post.VerdictBlock, rule: "MIS-01"},

		// Review, not block: the myth under its heading, the fact after.
		{text: "Lầm tưởng: cạo gió chữa được cảm. Sự thật: cảm do virus, hãy nghỉ ngơi và uống nhiều nước.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Lầm tưởng: cạo gió chữa được cảm. Sự thật: cảm cúm do virus gây ra 🤒", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: coining cures a cold. Fact: colds are viruses, so rest and fluids.", want: post.VerdictReview, rule: "MIS-01"},
	})
}
