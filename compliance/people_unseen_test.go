package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleUnseenKinds checks, by the verdict a whole post gets, kinds of
// people and identifiers other writers used that the rules did not know
// (issue 11, privacy family): vital signs and heart tests in initials, a
// death told by the practice, and the ordinary posts beside them. The
// examples are our own, one or two per kind.
func TestPeopleUnseenKinds(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want post.Verdict
	}{
		// Vital signs, heart tests and visits in initials and short forms.
		{"Meet Mr. Okafor, a retired bus driver whose BP is finally under control!", post.VerdictBlock},
		{"Congrats to Lena Marsh, she crushed her stress test this morning!", post.VerdictBlock},
		{"Dwayne's EKG looked great, see you at the 5K!", post.VerdictBlock},
		{"Little Noah came to his appt dressed as a dinosaur today.", post.VerdictBlock},
		{"BP checks at the library on Saturday, no appt needed.", post.VerdictPass},
		{"Our new EKG machines arrive next week.", post.VerdictPass},
		{"Shoutout to the dad who carried three kids through the snow to his appt.", post.VerdictReview},
		// A death the practice tells.
		{"Rest in peace, Mr. Halvorsen. He passed away at home this week and we will miss him.", post.VerdictBlock},
		{"Our grief support group meets Wednesdays at 6; everyone is welcome.", post.VerdictPass},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)})
		if rep.Verdict != tc.want {
			var got []string
			for _, f := range rep.Findings {
				got = append(got, f.Rule+":"+string(f.Severity)+"="+f.Match)
			}
			t.Errorf("%q: verdict %s, want %s %v", tc.text, rep.Verdict, tc.want, got)
		}
	}
}
