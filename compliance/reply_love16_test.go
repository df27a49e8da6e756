package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplySendsLoveHome (session 16, t16reply): a reply that sends a
// hug, love, regards or a hello to the person the review was about, or
// wishes the reader's family well, tells no care but shows the practice
// knows them: a person decides (REV-01 warn), as every development set
// labels it. Near misses: the practice's own team, "every family" it
// serves, an offer to call, and a plain thank-you pass; a hug sent with
// care told still blocks. Rules alone (PRIV-16 disabled).
func TestReplySendsLoveHome(t *testing.T) {
	const grandpa = "★★★★★ so patient with my grandpa"
	checkRuleCases(t, []familyCase{
		{text: "Please send your grandpa a big hug from the whole front desk!", review: grandpa, want: post.VerdictReview, rule: "REV-01"},
		{text: "Give him our love 💙", review: grandpa, want: post.VerdictReview, rule: "REV-01"},
		{text: "Tell your lola we said hello!", review: "★★★★★ they were kind to my lola", want: post.VerdictReview, rule: "REV-01"},
		{text: "Please give Dada our warmest regards.", review: grandpa, want: post.VerdictReview, rule: "REV-01"},
		{text: "Wishing you and your whole family a peaceful new year.", review: "★★★★★ great", want: post.VerdictReview, rule: "REV-01"},
		{text: "¡Gracias! Un abrazo a toda la familia.", review: "★★★★★ excelente", want: post.VerdictReview, rule: "REV-01"},
		{text: "We hope you and the family are doing great!", review: "★★★★★ great", want: post.VerdictReview, rule: "REV-01"},

		// Near misses.
		{text: "Thank you! We'll share this with the whole crew at Monday's huddle.", review: "★★★★★ great team", want: post.VerdictPass},
		{text: "We love serving every family in the valley 💚", review: "★★★★★ great", want: post.VerdictPass},
		{text: "Please give us a call so we can make it right.", review: "★★ long wait", want: post.VerdictPass},
		{text: "Thanks for the kind words, we'll pass them along to the team!", review: "★★★★★ great", want: post.VerdictPass},
		{text: "Give your grandpa a hug and remind him to keep taking the metformin!", review: grandpa, want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplySendsLoveHomeLinear: a long sentence of verbs that send
// warmth looks a few words ahead of each.
func TestReplySendsLoveHomeLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"give the best and ", "send love to the "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "★★★★★ kind to my mom"}
		})
	}
}
