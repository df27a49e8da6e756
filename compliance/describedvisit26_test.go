package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestDescribedOneVisit26 (session 26, t26privacy): one person known by a
// description that fits no one else (a title won at a named event, an
// employer and a shift, a bus route), told as coming in for care: "This
// year's Chili Cook-Off champ came in Tuesday for heartburn meds", "the
// St. Luke's night-shift nurse who stops in after work for her B12 shot",
// "the 14 bus driver came in for his DOT physical". Everyone who knows the
// champ, the ward or the route knows who it is (PRIV-10 block). A team,
// a visit for a chat or a tour and staff stay clean.
func TestDescribedOneVisit26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "This year's Chili Cook-Off champ came in Tuesday for heartburn meds 🌶️ Worth it, she says!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our favorite regular, the St. Luke's night-shift nurse who stops in after work for her B12 shot, is moving to Denver 😢", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The early 14 bus driver came in for his DOT physical today and made everyone laugh.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Riverside High crossing guard stopped by for a blood pressure check on her day off!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The Riverside High football team came in for sports physicals. Go Hawks!", want: post.VerdictPass},
		{text: "The St. Luke's night-shift nurse came in for a tour of our new urgent care.", want: post.VerdictPass},
		{text: "This year's Chili Cook-Off champ stopped by to drop off a pot for our staff lunch!", want: post.VerdictPass},
		{text: "The 14 bus now stops right outside our door, so come in for your flu shot!", want: post.VerdictPass},
	})
}
