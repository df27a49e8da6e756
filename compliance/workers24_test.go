package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestWorkerByEmployer24 (session 24, t24privacy): one worker told by the
// job, the employer and the shift or the day, in shapes session 23's
// reading (workers23.go) left: the employer after the job ("A line cook
// from second shift at Riverside Casino came in Monday with a burned
// hand"), a "lead" ("The Intel night-shift lead who came in Friday with
// chest pain"), and a line or model number before the job ("this 737
// line mechanic beat his kidney stone"). With their own care they block
// (PRIV-14). Advice to every worker, a crowd, a volunteer's work for us
// and a worker with no care stay clean.
func TestWorkerByEmployer24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A line cook from second shift at Riverside Casino came in Monday with a burned hand — oven mitts, people!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "A welder from night shift at Nucor came in Wednesday with a deep cut on his arm. Gloves on, friends.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "The Intel night-shift lead who came in Friday with chest pain is recovering well — never ignore the warning signs!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "This 737 line mechanic beat his kidney stone and is back at work Monday 💪", want: post.VerdictBlock, rule: "PRIV-14"},

		{text: "A line cook from any kitchen can get a free hand-safety check Monday at our booth.", want: post.VerdictPass},
		{text: "A volunteer from First Baptist helped run our flu clinic on Tuesday — thank you!", want: post.VerdictPass},
		{text: "Every forklift operator on second shift at the plant got a flu shot Tuesday 💉", want: post.VerdictPass},
		{text: "Our shift lead at the front desk starts a new schedule Monday.", want: post.VerdictPass},
		{text: "The 2024 team lead from Riverside Casino ran our 5K on Saturday. 🏃", want: post.VerdictPass},
	})
}
