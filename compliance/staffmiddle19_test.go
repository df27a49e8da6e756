package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffPetFormFromMiddleSyllable (session 19, t19clean): a staff
// member may go by a syllable from the middle of a long first name with
// a pet ending: "Rini" for Lalrinpuii (lal|rin|puii), "Sandi" for
// Alessandra (ales|sand|ra). The syllable starts after a consonant, so a
// name split inside a syllable is no short form; staff news passes, and a
// staff member's own health event still blocks.
func TestStaffPetFormFromMiddleSyllable(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Lalrinpuii Thang, DNP", "Alessandra Ruiz, RN")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Congrats to Rini on passing her boards! 🎓 So proud.", want: post.VerdictPass},
		{text: "Sandi is running the Thursday flu clinic, come say hi 💉", want: post.VerdictPass},
		{text: "Happy work anniversary, Sandy! Five years at the front desk.", want: post.VerdictPass},

		{text: "Rini is out this week after her gallbladder surgery. Send good vibes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sandy is home resting after her knee replacement, back in January.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
	// A syllable the name does not split there: Katharina is kat|ha|ri|na.
	q := testProfile()
	q.StaffNames = append(q.StaffNames, "Katharina Weiss, MA")
	q.Disabled = append(q.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, q, []familyCase{
		{text: "Congrats to Rini on her new job at the bank!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
