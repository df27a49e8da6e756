package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// precisionCase is a text, the rule asked about and the severity it must
// get ("" for none): clean kinds of text that must not be held, beside the
// near neighbours that still must.
type precisionCase struct {
	text, review, rule string
	want               post.Severity
}

// checkPrecisionCases runs cases on the test practice.
func checkPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, ReviewText: tc.review, Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == tc.rule && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s got %q, want %q (verdict %s)", tc.text, tc.rule, got, tc.want, rep.Verdict)
		}
	}
}

// TestRefusedAsksAreNoAsks: a post that tells people not to send health
// details, or says the practice gives nothing for reviews, asks for
// neither (PROF-06, ENDORSE-03).
func TestRefusedAsksAreNoAsks(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Please don't share your test results in the comments. Call us and we'll talk in private.", rule: "PROF-06"},
		{text: "Never post your date of birth or insurance ID on social media, even to us.", rule: "PROF-06"},
		{text: "Do not DM us your symptoms; call the office instead.", rule: "PROF-06"},
		{text: "Share your symptoms in the comments and we'll tell you what to do!", rule: "PROF-06", want: post.SeverityBlock},
		{text: "DM us your insurance ID and we'll check your coverage.", rule: "PROF-06", want: post.SeverityBlock},
		{text: "Thanks for asking! We don't offer anything in exchange for reviews, but we appreciate you.", rule: "ENDORSE-03"},
		{text: "We never trade favors or gifts for reviews.", rule: "ENDORSE-03"},
		{text: "Leave us a review and we'll review your business in exchange!", rule: "ENDORSE-03", want: post.SeverityBlock},
	})
}

// TestCameInWithoutAVisit: "came in" a race, the mail or handy is no visit
// (patient context), so a name or a date beside it is not a patient's.
func TestCameInWithoutAVisit(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "The sweetest card came in the mail today from the Okafor family. We read it at huddle.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "The whole team ran the turkey trot this morning and Kevin came in 3rd in his age group!", rule: "PRIV-11"},
		{text: "Big thanks to Sarah, whose Spanish came in handy at the health fair on Saturday.", rule: "PRIV-10"},
		{text: "Mrs. Okafor came in today with chest pain and we sent her to the ER.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestTownWithNoOnesCare: a town beside a relative, a greeted person or an
// event, with no one's care, is no patient's home (PRIV-07).
func TestTownWithNoOnesCare(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Sarah and her husband just bought their first house in Dublin! Housewarming playlist ideas welcome.", rule: "PRIV-07"},
		{text: "Happy birthday to the best landlord in Westerville, Mr. Harold Kessler!", rule: "PRIV-07"},
		{text: "Kevin is back from the trauma-informed care training in Cincinnati with lots to share.", rule: "PRIV-07"},
		{text: "Our patient from Dublin came in today with a broken wrist.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Mrs. Kessler from Westerville is home after her hip surgery.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "His wife in Dublin says he is recovering from the stroke.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}
