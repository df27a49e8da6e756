package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSaintsPlaces25: the saint a hospital, a church or a parish is named
// for ("St. Mary's Hospital", "Saint Luke's Medical Center") is no staff
// member whose birth or stay the post tells (PRIV-10): "born at St.
// Mary's Hospital" is a birthplace. A staff member or a patient told
// there still blocks. The flagged ones come first.
func TestSaintsPlaces25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: the person told at the saint's hospital.
		{text: "Mary had her hip replaced at St. Luke's Hospital last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is home from St. Mary's Hospital after his appendectomy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is recovering at St. Luke's after her knee surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our nurse Joseph is recovering at St. Joseph's Hospital after his surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mary's surgery at St. Anne's Hospital went well, thanks for the prayers.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the saint names the place where someone was born.
		{text: "Our town's first baby of 1950 was born at St. Mary's Hospital, two blocks from our office.", want: post.VerdictPass},
		{text: "Fun fact: Judy Garland was born at St. Mary's Hospital in Grand Rapids in 1922.", want: post.VerdictPass},
		{text: "Ten babies were born at Saint Mary's Medical Center on New Year's Day!", want: post.VerdictPass},
	})
}
