package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 21,
// att21): posts a practice would write where a new exception lets a
// patient through, or a new catch stops a clean post. Our own wording.

// TestStaffCampaignNotIllness21: the staff walk of session 21 reads
// "battling <illness>", "<illness> is out" and "recovery from <care>"
// after a staff name as the staff member's own health. A campaign
// fought in the schools, an illness "out" going around, and recovery
// taught in a class are the practice's work; the staff member's own
// illness, a body part "out" and their own recovery keep the block.
func TestStaffCampaignNotIllness21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin Tran is battling flu in the schools this month with our mobile shot van.", want: post.VerdictPass},
		{text: "Kevin Tran says flu is out in full force this week — get your shot!", want: post.VerdictPass},
		{text: "Congratulations to Kevin Tran! Recovery from knee surgery is the focus of his new class.", want: post.VerdictPass},

		{text: "Kevin is battling pneumonia at home this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin Tran is battling pneumonia in the hospital.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin! Gallbladder's gone and he feels great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah Lopez's back is out again, so Kevin is covering the desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin Tran! Recovery from the hip replacement went smoothly.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
