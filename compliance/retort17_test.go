package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestQuotedRetort17 (issue 11, session 18): a patient's words in quotes
// answered with a sarcastic address that ends the line ("..., sir.",
// "sure, Jan"), and a callout by kin or by what someone is ("To the
// auntie in the red coat who ...") with an eye-roll or a laugh, mock that
// person (PROF-03 block). Agreeing ("Yes, sir."), answering a child
// ("Sure, buddy, a tiny pinch"), and a fond callout with a heart pass.
func TestQuotedRetort17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Reminder: 'my blood type is coffee' is not something we can put on the chart, ma'am.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "He swears he 'only smokes on weekends' 🚬🚬 ok, Karen", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To the auntie in the red coat who fought the front desk over parking validation: it's a hospital, not a mall 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To the student from the dorms who said she 'read about it on Reddit' — please do your residency there then 😂", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "Our dog Biscuit says 'woof' to everyone at the door. Yes, sir.", want: post.VerdictPass},
		{text: "\"Can I get my flu shot today?\" Yes, ma'am, walk right in!", want: post.VerdictPass},
		{text: "Kids ask us 'does it hurt?' Sure, buddy, a tiny pinch, then a sticker!", want: post.VerdictPass},
		{text: "To the grandpa in the Packers hat who brought us kringle: you made our day 😂❤️", want: post.VerdictPass},
	})
}

// TestKinCalloutGrowsLinearly: the callout is read over a few tokens
// from each "to the".
func TestKinCalloutGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"to the uncle to the aunt 🙄 ", "not so, sir. ", "sure, Jan. ", "'quoted' not so, sir. "} {
		t.Run(unit, func(t *testing.T) {
			requireLinearText(t, c, unit)
		})
	}
}
