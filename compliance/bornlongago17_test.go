package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBornLongAgo: someone whose birth or death the post dates more than
// 110 years back is a figure of history, whether the year is in the
// name's sentence or opens the next one ("Happy birthday, Duke
// Kahanamoku! Born Aug 24, 1890"), or the scanner cut the name at its
// initial ("Harry T. Burleigh, born in Erie in 1866") (session 18, clean
// passing). A neighbour born in the 1930s is someone living: a birthday
// with a birth year a patient can have keeps its verdict.
func TestBornLongAgo(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Happy birthday, Opal Whitfield! Born March 3, 1884 — she taught half this county to read. Stop by the library display.", want: post.VerdictPass},
		{text: "Cornelius J. Abernathy, born in Columbus in 1871, built the first public bathhouse on the river. There's a plaque by our lot.", want: post.VerdictPass},
		// Near misses: a birth year a living patient can have.
		{text: "Happy birthday, Opal Whitfield! Born March 3, 1934 and still walking two miles a day.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Cornelius J. Abernathy, born in Columbus in 1951, built the bathhouse on the river. Thank him when you see him!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy 91st birthday to Mr. Whitfield, born 1935, and still sharper than all of us!", want: post.VerdictBlock},
	})
}
