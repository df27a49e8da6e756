package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythQuotedAsHeard: a myth in quotes that the post then says it
// hears or is asked ("\"...\" — we hear it every fall", "'...' We get
// asked this at every visit") is someone else's words being answered: a
// debunk a doctor reads (MIS-01 warn), not the claim stated. So is a
// remedy the post wants retired or calls an old wives' tale, and a claim
// answered "Sa pa vre" (Haitian Creole, "that's not true"). The same
// myth said plainly, or quoted and then agreed with, still blocks.
func TestMythQuotedAsHeard(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "\"Vaccines cause autism\" — we still hear it at school physicals. Decades of studies say otherwise.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'The flu shot gives you the flu.' We get asked this every single fall. It can't: the shot has no live virus.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "“Antibiotics will knock out my cold,” patients tell us all winter. Colds are viruses; antibiotics don't touch them.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Rubbing butter on a burn is an old farm remedy we need to retire. Cool running water, then a clean dressing.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Putting butter on a burn is an old wives' tale. Run it under cool water instead.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Anpil moun di vaksen yo bay otis. Sa pa vre. Pale ak doktè ou.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Vaccines cause autism. We hear it every day and it's time people listened.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Vaccines cause autism\" — we hear it a lot, and honestly? They're right.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Rubbing butter on a burn is an old farm remedy that still works. Grandma knew!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you the flu. Skip it this year.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}
