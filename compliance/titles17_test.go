package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestQuotedTitleAfterPerformingVerb: words in quotes right after a verb
// of singing, playing or reading ("humming 'Jolene'", "blasting
// \"Gloria\"", "hum \"My Old Kentucky Home\"") are a song's or a book's
// title: no person (PRIV-10) and no patient's words (ENDORSE-01)
// (session 17, clean passing). Said of a person ("her singing
// 'Rosalita'") the quoted words stay a possible name, and a patient's
// praise in quotes stays a testimonial.
func TestQuotedTitleAfterPerformingVerb(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Scrub for 20 seconds. Humming 'Jolene' twice gets you there 🎶", want: post.VerdictPass},
		{text: "Our waiting room speaker is blasting \"Gloria\" again. Sorry not sorry.", want: post.VerdictPass},
		{text: "Hand hygiene tip: hum \"My Old Kentucky Home\" start to finish 🎶", want: post.VerdictPass},
		{text: "Dr. Greene played 'Roxanne' on the break room piano and we all clapped.", want: post.VerdictPass},
		{text: "Cantamos 'Cielito Lindo' dos veces mientras nos lavamos las manos.", want: post.VerdictPass},
		// Near misses: a person's singing, and a patient's praise.
		{text: "Mrs. Ortega was so proud of her singing 'Rosalita' for the nurses after her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Step 2: read \"My knee pain is gone, I love this place!\" on our wall of thanks.", want: post.VerdictReview, rule: "ENDORSE-01"},
	})
}
