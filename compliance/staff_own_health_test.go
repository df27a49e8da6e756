package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOwnHealthPlain: a staff member's own surgery or illness told
// plainly ("Kevin had back surgery", "Sarah's chemo is done") is their
// health information like "Kevin is recovering from his knee scope"
// (docs/COMPLIANCE.md), and passed with no finding: the staff rule knew
// only a recovery word, a leave, "back from" and "his"/"her". The care a
// staff member gives, their vaccination shown as an example, and their
// name before a class or a clinic stay clean.
func TestStaffOwnHealthPlain(t *testing.T) {
	c := rulesChecker(t, testProfile())
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		want  post.Severity
		match string
	}{
		{"Kevin had back surgery.", post.SeverityBlock, "Kevin"},
		{"Dr. Greene had knee surgery on Friday, so Dr. Patel will see his patients.", post.SeverityBlock, "Greene"},
		{"Dr. Marcus Greene just had a hip replacement!", post.SeverityBlock, "Marcus Greene"},
		{"Kevin Tran had a stroke last month and is doing great", post.SeverityBlock, "Kevin Tran"},
		{"Sarah is having a colonoscopy tomorrow so the desk closes at noon", post.SeverityBlock, "Sarah"},
		{"Anita finally got her cataract surgery done 👀", post.SeverityBlock, "Anita"},
		{"Sarah's chemo is done!", post.SeverityBlock, "Sarah"},
		{"So proud of Kevin — Kevin's kidney transplant went perfectly", post.SeverityBlock, "Kevin"},
		{"Dr. Patel's pneumonia is finally clearing up, she's back Monday", post.SeverityBlock, "Patel"},
		{"Congrats Kevin on the new hip!", post.SeverityBlock, "Kevin"},
		{"Congrats Dr. Greene on the new knee, see you back in clinic soon", post.SeverityBlock, "Greene"},
		// The care they give, a vaccination as an example, a name before
		// what they run.
		{"Kevin gave 40 flu shots today!", "", ""},
		{"Dr. Patel had 12 knee surgeries on her schedule this month.", "", ""},
		{"Kevin got his flu shot today. Your turn!", "", ""},
		{"Dr. Greene had a great talk on diabetes prevention.", "", ""},
		{"Dr. Patel's diabetes class starts Monday.", "", ""},
		{"Dr. Greene's knee surgery patients can park in the back lot.", "", ""},
		{"Sarah had flu shot clinic duty all week, thank you Sarah!", "", ""},
		{"Dr. Patel's cataract surgery consults are on Tuesdays.", "", ""},
		{"Dr. Patel's treatment cleared my hives for good.", "", ""},
		{"12 weeks of Dr. Greene's melasma protocol", "", ""},
		{"Nurse Sarah's wound care is the best in town", "", ""},
		{"Congrats Dr. Patel on the new clinic!", "", ""},
		{"Kevin on the new knee brace program: ask at the desk", "", ""},
		{"Kevin's mom had her cataract surgery with Dr. Patel on Monday", post.SeverityBlock, ""},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		var got post.Severity
		matched := tc.match == ""
		for _, f := range rep.Findings {
			if f.Rule != "PRIV-10" {
				continue
			}
			if severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
			matched = matched || f.Match == tc.match
		}
		if got != tc.want || !matched {
			t.Errorf("%q: PRIV-10 %q (findings %v), want %q on %q", tc.text, got, rep.Findings, tc.want, tc.match)
		}
	}
}
