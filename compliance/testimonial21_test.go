package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestQuoteSignedWithTown21: a quote signed only "a patient from <town>"
// warns (PRIV-07, session 21): a person checks the authorization and the
// town. A name, an age or a detail in the signature, or a patient of a
// town in a story, still blocks.
func TestQuoteSignedWithTown21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "'I finally sleep through the night after the sleep clinic.' — a patient from Grove City", want: post.VerdictReview, rule: "PRIV-07"},
		{text: "\"Best decision of my life, my sugars are finally normal\" — a patient from Reynoldsburg ⭐⭐⭐⭐⭐", want: post.VerdictReview, rule: "PRIV-07"},
		{text: "Testimonial Tuesday: 'Ten years of allergies, two months of shots, and I'm free.' — a patient from Westerville", want: post.VerdictReview, rule: "PRIV-07"},
		{text: "“Walked in limping, walked out dancing!” — a patient in Gahanna 💃", want: post.VerdictReview, rule: "PRIV-07"},
		// Near misses: a named or aged signer, or a patient's story.
		{text: "'I finally sleep through the night.' — Maria, a patient from Grove City", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "'I finally sleep through the night.' — a 97-year-old patient from Grove City", want: post.VerdictBlock},
		{text: "A patient from Grove City came in with chest pain this week.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our patient in Gahanna just beat breast cancer!", want: post.VerdictBlock, rule: "PRIV-07"},
	})
}
