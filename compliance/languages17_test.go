package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestLanguageListFarItems: a language that is also a name ("Karen",
// "Lakota", "Dutch") in a list of three or more whose other items hold a
// language anywhere, not only beside it, is a language (session 17,
// clean passing); a list of people with a language in a longer item, or
// no language at all, still names people (PRIV-10 warn).
func TestLanguageListFarItems(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Karen, Chin and Burmese asthma flyers are on the rack by the door.", want: post.VerdictPass},
		{text: "Interpreters for Karen, Chin, Nepali, Tigrinya and Dari at every visit, free.", want: post.VerdictPass},
		{text: "We have staff who speak Karen, Dinka, Somali, Spanish, Lakota. Ask at check-in.", want: post.VerdictPass},
		{text: "Heard at our desk this week: Mam, Q'eqchi', Kreyòl, English and a bit of Pennsylvania Dutch 🌎", want: post.VerdictPass},
		{text: "Our new videos come in Karen, Chin and Hakha, with more on the way.", want: post.VerdictPass},
		// Near misses: people listed, a language only inside a longer item.
		{text: "Thanks to Karen, Dinh and our Spanish interpreters for running the flu clinic!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Karen, Chin and Maria ran the flu clinic at the temple Saturday. Thank you!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Karen, Chin and Burmese families: Karen is out for her knee surgery this week.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestSession17CleanLinear: the list walk, the short forms and the title
// verbs stay a few tokens around each name, also in one endless sentence.
func TestSession17CleanLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Karen, Chin, Lakota, Dutch and Burmese, ",
		"Jo and Ty and Ed, humming 'Jolene' and 'Gloria', ",
		"Terri here, I'm home finishing chemo, ",
	} {
		requireLinearText(t, c, unit)
	}
}
