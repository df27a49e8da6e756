package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffCourseNow26 (session 26, t26privacy): a staff member's own
// course of treatment told as it goes on or is about to start, in the
// present or the future, or by "he" or "she" after the name: "works from
// home while he finishes chemo", "starts radiation next week", "begins
// dialysis on Monday", "is on dialysis three mornings a week", and a
// living donor's "is donating a kidney". It is their health information as "finished his last chemo" is (PRIV-10 block). The
// care they give or learn ("starts radiation safety training", "begins
// dialysis rounds", "finishes her chemo certification", "starts dialysis
// patients on the new schedule"), blood given at a drive, a gift to a
// kidney foundation and a start date with no treatment stay clean.
func TestStaffCourseNow26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// "he" or "she" after the name
		{text: "Kevin will be working from home for a few weeks while he finishes chemo. Billing questions go to Sarah.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is out through March as she completes her radiation. Cards welcome at the front desk!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene is cutting back to two days a week because he starts dialysis in January.", want: post.VerdictBlock, rule: "PRIV-10"},
		// present and future
		{text: "Kevin starts radiation next week, so Sarah will cover the phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene begins dialysis on Monday, so his Tuesday clinic moves to Thursday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin will start chemo after Thanksgiving; please be patient with our phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is on dialysis three mornings a week, so she sees patients in the afternoons now.", want: post.VerdictBlock, rule: "PRIV-10"},
		// a living donor's surgery
		{text: "Sarah is donating a kidney to her sister in June, so she'll be out about six weeks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene donated part of his liver to his brother last month and is back on Monday!", want: post.VerdictBlock, rule: "PRIV-10"},

		// the care they give or learn, a start date with no treatment
		{text: "Kevin starts radiation safety training next week.", want: post.VerdictPass},
		{text: "Dr. Greene begins dialysis rounds at St. Mary's next month.", want: post.VerdictPass},
		{text: "Sarah finishes her chemo certification in May! 🎉", want: post.VerdictPass},
		{text: "Dr. Patel starts dialysis patients on the new schedule Monday.", want: post.VerdictPass},
		{text: "Kevin starts Monday at the front desk of our dialysis center. Welcome back!", want: post.VerdictPass},
		{text: "Sarah is on dialysis duty on Tuesdays and Thursdays.", want: post.VerdictPass},
		{text: "Kevin donated blood at our drive today! 🩸", want: post.VerdictPass},
		{text: "Sarah donates to the kidney foundation walk every spring.", want: post.VerdictPass},
		{text: "Kevin is giving a liver health talk at the library Thursday.", want: post.VerdictPass},
		{text: "While he finishes the chemo suite remodel, Kevin is working from our Elm St office.", want: post.VerdictPass},
	})
}
