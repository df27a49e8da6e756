package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyPracticeActedForReader (session 16, t16reply): a reply in
// which the practice says what it did with the reader or with something
// of theirs ("we re-faxed your referral", "glad we spotted that mole on
// your back early", "we moved you to the 2pm slot", "we finally got your
// results back") tells everyone the reviewer is a patient: only a
// patient's referral is sent, results chased or mole spotted (REV-01
// block). What the practice did with the review itself ("we've shared
// your feedback", "we got your message", "we passed your kind words
// along"), a thing it did not do ("we never got your fax" is a denial
// the reply still must not make, but tells no care of ours) and acts on
// no one keep their verdicts. Rules alone (PRIV-16 disabled).
func TestReplyPracticeActedForReader(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry about that! We re-faxed your referral to the orthopedic office this morning.", review: "★★ they lost my paperwork", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad we spotted that mole on your back early!", review: "★★★★★ thorough", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We moved you to the 2pm slot because the machine was down, sorry for the hassle.", review: "★★ waited forever", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Good news: we finally got your results back from the outside lab.", review: "★★★ slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could get your sports form signed before the season!", review: "★★★★★ fast", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We've already submitted your prior auth to the insurer twice.", review: "★ useless", want: post.VerdictBlock, rule: "REV-01"},

		// Near misses: the review handled, a greeting, acts on no one.
		{text: "Thanks for raising this. We've shared your feedback with our leadership team.", review: "★★ rude", want: post.VerdictPass},
		{text: "We got your message and someone will call you today.", review: "★★ no call back", want: post.VerdictPass},
		{text: "Thank you! We passed your kind words along to the whole team.", review: "★★★★★ lovely", want: post.VerdictPass},
		{text: "We fixed the parking lot lights and put up a bigger sign for your next trip.", review: "★★★ dark parking lot", want: post.VerdictPass},
		{text: "Whatever comes up, we've always got your back!", review: "★★★★★ great team", want: post.VerdictPass},
		{text: "We took your concerns to our practice manager.", review: "★★ rude desk", want: post.VerdictPass},
	})
}

// TestReplyPracticeActedLinear: a long sentence of "we sent" looks a few
// words ahead of each.
func TestReplyPracticeActedLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"we sent the flyer and ", "we've got the "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "★★ slow"}
		})
	}
}
