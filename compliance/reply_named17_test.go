package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyNamesUntoldCare (session 17, t17reply): a reply that names the
// reader's treatment, test or condition by its own name when the review
// gave none ("the shot hurt" answered with "the HPV vaccine can ache for
// a day") tells everyone which care the reviewer had: only the practice
// knows it (REV-01 block), however general the grammar ("X can take four
// weeks", "X usually lasts"). Near misses keep their verdicts: the words of
// a policy ("medication policies", "infection control"), care offered to
// everyone, the practice's own service ("our physical therapy team"), the
// review's own word repeated, a body part, a get-well wish.
// Rules alone (PRIV-16 disabled).
func TestReplyNamesUntoldCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry it stung! The HPV vaccine can ache for a day.", review: "★★ the shot hurt", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Prednisone can make sleep rough for the first week, so hang in there.", review: "★★★ doc was fine", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry for the second trip! The Pap smear sometimes has to be repeated when the lab can't read it.", review: "★★ had to come back twice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ha, yes, the steroid injection usually wears off after about three months.", review: "★★★★ the knee is better", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Zoloft takes a few weeks before it feels like much.", review: "★★★★ kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Lo sentimos! La vacuna del tétanos puede molestar un par de días.", review: "★★ me dolió mucho", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses: a policy's words, care for everyone, the review's
		// own word, a body part, a wish.
		{text: "We understand the frustration around medication policies. Please call our manager.", review: "★★ wouldn't refill my pills", want: post.VerdictPass},
		{text: "We offer the shingles vaccine at every location, no appointment needed.", review: "★★★★ nice staff", want: post.VerdictPass},
		{text: "Anyone can pick up free naloxone at our front desk.", review: "★★★★★ great outreach", want: post.VerdictReview},
		{text: "Thanks for the stars! The flu shots are quick because our nurses are pros.", review: "★★★★★ fastest flu shot ever", want: post.VerdictReview},
		{text: "Thanks! Our physical therapy team loves hearing this.", review: "★★★★★ great staff", want: post.VerdictReview},
		{text: "Good news: the infusion room reopens Monday with new chairs.", review: "★★★ chairs were uncomfortable", want: post.VerdictPass},
		{text: "Thanks! A shingles vaccine is worth asking about after 50.", review: "★★★★★ friendly", want: post.VerdictReview},
		{text: "Thanks! The mammogram machine was replaced last month.", review: "★★★★ quick", want: post.VerdictReview},
		{text: "We take infection control seriously: every room is cleaned between visits.", review: "★ dirty waiting room", want: post.VerdictPass},
		{text: "Thank you! Hope you're feeling better soon.", review: "★★★★★ kind", want: post.VerdictReview},
	})
}

// TestReplyNamesUntoldCareLinear: a long sentence of named care asks its
// questions once a sentence and once a word.
func TestReplyNamesUntoldCareLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"the Tdap and the prednisone can ache ", "impetigo shots "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: strings.Repeat("the shot hurt ", 50)}
		})
	}
}
