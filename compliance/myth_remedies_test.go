package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythFolkRemediesAndShotFears: a folk practice or a supplement said
// to cure or prevent an illness (cupping, gua sha, coining, vitamin
// megadoses), the flu shot said to make one sicker, and medicine said to
// break a religious fast are false claims stated as fact (MIS-01 block);
// denied, they go to a doctor; the same remedies with no such claim pass.
func TestMythFolkRemediesAndShotFears(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vitamin D megadoses prevent the flu, period.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cupping cures pneumonia, grandma always knew 🫙", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "gua sha cures a fever by morning", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Las ventosas curan la bronquitis 🙌", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Don't get your flu shot when you have a cold, it'll make you sicker.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you a mild flu, so plan a lazy weekend.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Taking your insulin breaks the fast, so skip it until sunset.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "PSA: never take the shot while you have a fever, it makes you sicker 🤒", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, gua sha does not cure a fever (sorry). Call us if it lasts 3 days.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Don't believe anyone who says, with a straight face, that cupping cures pneumonia.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "No, cupping does not cure pneumonia. See a doctor for a cough with fever.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Cupping can ease sore muscles for some people; ask Dr. Patel if it's right for you.", want: post.VerdictPass},
		{text: "Vitamin D helps keep bones strong. Ask us about a level check.", want: post.VerdictPass},
		{text: "Fasting this month? Talk to us about timing your insulin safely.", want: post.VerdictPass},
	})
}
