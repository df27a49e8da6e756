package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGetWellToStaff (session 19, found by att19 and left open): a
// get-well wish said to a staff member, with the care it is for in its
// sentence or the next, tells the staff member's own health (PRIV-10
// block, as any staff health news): "Get well soon Kevin! Hope the new
// knee feels great." passed even with a full staff name, where the same
// wish to a neighbour blocks. Near misses keep their verdicts: a wish
// with no care named, a staff member wishing patients well, care in a
// later sentence that is about someone else. Staff in testProfile: Anita
// Patel, Marcus Greene, Sarah Lopez, Kevin Tran.
func TestGetWellToStaff(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Get well soon Kevin! Hope the new knee feels great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon Kevin Tran! Hope the new knee feels great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Dr. Greene! Hope the new hip is treating you well.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah, get well soon! The whole team is thinking of you after your surgery 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Feel better soon Kevin, that flu is no joke 🤒", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rest up, Dr. Patel! 🙏 Six weeks in a cast goes fast.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: no care named, the staff member wishing others
		// well, care of someone else in a later sentence.
		{text: "Get well soon Kevin! We miss you at the front desk 💙", want: post.VerdictPass},
		{text: "Kevin says get well soon to everyone fighting the flu this week: rest, fluids, and call us if it gets worse.", want: post.VerdictPass},
		{text: "Get well soon cards for the children's hospital are at Sarah's desk. Drop one off by Friday!", want: post.VerdictPass},
	})
}

// TestGetWellToStaffLinear: each wish to a staff name looks for care
// through the post's health details; many wishes after many health words
// must still cost time in proportion to the text.
func TestGetWellToStaffLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"knee surgery flu. Get well soon Kevin! ", "Sarah, get well soon! ", "feel better soon, Dr. Greene "} {
		requireLinearText(t, c, unit)
		d := Draft{Text: strings.Repeat(unit, 2*post.MaxBodyBytes/len(unit))}
		checkSpans(t, d, c.Check(context.Background(), d))
	}
}
