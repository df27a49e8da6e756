package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythVouchedFor: a myth the post goes on to vouch for is stated, not
// debunked, even where a debunk's words follow it: the label denied ("It's
// not some old wives' tale", "that's no rumor") or the practice saying it
// too after hearing it. Found by the session's attacker; our own wording.
func TestMythVouchedFor(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vaccines cause autism. It's not some old wives' tale, it's science.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you the flu. It's not a myth, ask anyone.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Fluoride lowers IQ. That's no rumor.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Vaccines cause autism.\" We hear it, and we say it too.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Vaccines cause autism.\" We hear it, and we tell them the same.", want: post.VerdictBlock, rule: "MIS-01"},
		// Debunks stay debunks (review).
		{text: "Vaccines cause autism? It's not true. Study after study shows they don't.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "\"Vaccines cause autism.\" We hear it every fall, and the science says no.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Vaccines cause autism. It can't, and decades of research show it.", want: post.VerdictReview, rule: "MIS-01"},
	})
}
