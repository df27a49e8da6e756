package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffFamilyNewsNamesNoPatient: a staff member away for a relative's
// event ("out Friday for her son's graduation") tells family news, and the
// coworker named as covering is no patient: the kin words are the staff
// member's, and nothing in the post is anyone's care. A health detail
// anywhere, or a name given to the relative, still blocks (issue 11,
// session 19; written for the shape, not from a dev item).
func TestStaffFamilyNewsNamesNoPatient(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		// Staff family news, a coworker covering: the coworker is at most a person to check, no patient.
		{text: "Sarah is off Friday for her son's graduation in Ames 🎓 Dustin is running the front desk, wish him luck 😂", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Kevin will be out next week for his sister's wedding in Tulsa. Priya has the phones until he's back.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Dr. Patel is away this weekend for her daughter's college move-in, so Dr. Okoro has the Saturday clinic.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Kevin flew home for his mom's 80th birthday party. Jolene and Tameka are holding down the fort!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "heads up: sarah lopez is out thursday for her grandson's baptism!! marisol is covering check-in", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Sarah no estará el viernes por la boda de su hermano. Lucía cubre la recepción.", rule: "PRIV-10", want: post.SeverityInfo},
		// A health detail anywhere in the post, or the relative named with care, still blocks.
		{text: "Sarah is out this week with her dad after his bypass. Dustin is covering the desk.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kevin is off Friday for his daughter Maya's graduation, and Maya is finally off crutches!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Sarah is out Friday for her son's graduation. Congrats to Dustin Webb on his new hip!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kevin is out for his brother's wedding. His brother Luis finished chemo here last spring.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Sarah is out Friday for her son's graduation. Dustin is covering. Her son Eli was our patient for years.", rule: "PRIV-10", want: post.SeverityBlock},
		// A patient's relative (no staff member's pronoun) keeps its cue.
		{text: "Mrs. Alvarez is out of the hospital for her son's graduation. Dustin drove her.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStaffFamilyNewsLinear: the walks over the cues, the relatives and a
// name's emoji gaps are bounded per token, so long texts of the shapes
// grow linearly.
func TestStaffFamilyNewsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Sarah is off for her son's graduation in Ames 🎓 Kevin Tran has the desk, ")
	requireLinearText(t, c, "Kevin went to his sister's wedding in Tulsa and Dustin 🎉 Webb covered ")
}
