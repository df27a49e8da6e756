package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBustedMythLabel29: a myth label that a verb of busting takes as its
// object ("Dr. Marcus busts a myth: cracking your knuckles does NOT cause
// arthritis", "Busting a common myth: ...", "Let's debunk one more
// myth: ...") says the post is about to give the fact; under a bare
// "Myth:" a denial is the myth (labelOverDenial), so the denial after
// the busting heading was read as the claim stated and blocked (MIS-01).
// After a busting verb the denial is the fact: a warning, as any
// myth-busting post. Still held: a bare "Myth:" over a denial ("Myth:
// vaccines don't work"), the claim stated under a busting heading and
// then vouched for. The held ones first.
func TestBustedMythLabel29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: the denial is the myth, or the claim is vouched for.
		{text: "Myth: cracking your knuckles doesn't cause arthritis.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cracking your knuckles causes arthritis. Trust us, we've seen it.", want: post.VerdictBlock, rule: "MIS-01"},

		// Review: the fact after a busting heading.
		{text: "Dr. Greene busts a myth: cracking your knuckles does NOT cause arthritis. Annoying? Sure. Harmful? No.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Busting a common myth: vaccines do not cause autism. Dozens of studies in millions of kids agree.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Let's debunk one more myth: cracking your knuckles won't give you arthritis 🤞", want: post.VerdictReview, rule: "MIS-01"},
	})
}
