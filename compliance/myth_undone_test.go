package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythDebunkUndoneByBut: a myth answered no and then re-asserted
// after "but" or "though" ("Not true for everyone, but it does happen")
// is the myth stated as fact (MIS-01 block); a debunk that stays a debunk
// warns.
func TestMythDebunkUndoneByBut(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Heard vaccines cause autism? Not true for everyone, but it does happen, so space them out.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, vaccines won't hurt your baby... but they do cause autism", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard colloidal silver cures infections? Not true... it cures viral ones only", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Think vaccines cause autism? Nope. Though in some kids they really do, so wait a year.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard that vaccines cause autism? Not true, but some kids do get autism from them.", want: post.VerdictBlock, rule: "MIS-01"},
		// Real debunks stay a warning.
		{text: "No, vaccines don't cause autism. They are safe.", want: post.VerdictReview},
		{text: "Heard vaccines cause autism? Not true, but a sore arm for a day is normal.", want: post.VerdictReview},
		{text: "Heard colloidal silver cures infections? Not true. It can turn your skin blue-gray, though.", want: post.VerdictReview},
		{text: "No, vaccines don't cause autism... but they do prevent measles 💉", want: post.VerdictReview},
		{text: "No, vaccines don't cause autism, but do ask us any questions you have.", want: post.VerdictReview},
		{text: "Heard flu shots give you the flu? Not true, but they can give you a sore arm for a day.", want: post.VerdictReview},
		{text: "Think vaccines cause autism? Nope, but it doesn't happen to be an easy worry to drop.", want: post.VerdictReview},
	})
}
