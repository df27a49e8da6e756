package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestStaffWithoutMarks14: the staff list spells its people with their
// marks ("Thảo Nguyễn, MD", "Rosalind Peña, MD"); posts often drop them
// ("Dr. Nguyen", "Dr. Pena"). After a doctor's title, written either way
// they are the practice's own, not a patient named beside a health detail. Their own health news
// still blocks, and so does a patient whose name is no staff member's.
func TestStaffWithoutMarks14(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Thảo Nguyễn, MD", "Rosalind Peña, MD", "Đặng Văn Minh, NP", "Lucía Colón, RN")
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want post.Severity
	}{
		{"Dr. Nguyen will answer your questions about diabetes at the library Tuesday.", ""},
		{"Dr. Pena explains what to do when an asthma attack starts.", ""},
		{"Dr. Dang runs our blood pressure check-ins on Fridays.", ""},
		{"Dr. Nguyễn and Dr. Pena both take new patients for diabetes care.", ""},
		{"Dr. Nguyen is home recovering from her knee surgery this week.", post.SeverityBlock},
		{"Dr. Pena broke her wrist skiing, so Dr. Nguyen sees her patients.", post.SeverityBlock},
		{"Mrs. Tran finally got her blood sugar under control!", post.SeverityBlock},
		{"Colon cancer screening starts at 45. Lucía can book yours.", ""},
		// Without a doctor's title a plain spelling may be a patient's
		// family that shares the name.
		{"Mrs. Pena finally got her blood sugar under control!", post.SeverityBlock},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == "PRIV-10" && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: PRIV-10 %q, want %q; findings %v", tc.text, got, tc.want, brief(rep.Findings))
		}
	}
}
