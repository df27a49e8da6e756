package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythAnsweredByWhatHelps23: "What really helps:" after a quoted
// saying heads the answer, it does not vouch for the saying as "It
// really helps!" does; and a topic before "myth" ("Pasma myth:") names
// what the myth is about, so a denial after it is the fact, where under
// a bare "Myth:" the denial is the myth. Both warn (MIS-01), as the
// readable dev sets label them. The flagged ones come first.
func TestMythAnsweredByWhatHelps23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: the saying stated or vouched for.
		{text: "Feed a cold, starve a fever. It really works!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Old saying: 'feed a cold, starve a fever.' Honestly, it really helps.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Feed a cold, starve a fever, that's what really works.", want: post.VerdictBlock, rule: "MIS-01"},
		// Must still block: a bare "Myth:" over the claim's own denial.
		{text: "Myth: washing your hands in cold water after hard work does not cause pasma.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Common myth: washing your hands with cold water after hard work doesn't cause pasma.", want: post.VerdictBlock, rule: "MIS-01"},

		// Review, not block: the saying answered.
		{text: "Old saying: 'Feed a cold, starve a fever.' What really helps: water, rest and food when you want it.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Grandpa's saying: \"feed a cold, starve a fever.\" What really works: fluids and sleep.", want: post.VerdictReview, rule: "MIS-01"},
		// Review, not block: a topic named before "myth", the fact after.
		{text: "Pasma myth: washing your hands in cold water after a long shift does NOT cause pasma. Ingat!", want: post.VerdictReview, rule: "MIS-01"},
	})
}
