package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of the people-and-identifiers tuner's session 11 (issue 11): each
// case is our own wording of a kind of text, in other voices and
// languages, not a labelled set's item. Rules alone (PRIV-16 disabled).

// TestRoleWithAnyModifiers: one person told by a job and the place named
// where they do it is pointed at whatever words say which job ("the
// overnight forklift trainer at Gulf Coast Freight", "the ski school's
// head snowboard instructor at Big Sky"): no list of modifiers can be
// whole, so the capitalised place after "at", "of" or "from" decides.
// Without a health detail it is only noted; care's own jobs and a job at
// no named place are anyone's.
func TestRoleWithAnyModifiers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The overnight forklift trainer at Gulf Coast Freight just finished cardiac rehab with us 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "welcome back to the grumpy deli manager over at Kowalski's Market, stitches out and looking sharp", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So proud of the ski school's head snowboard instructor at Big Sky — cleared after her concussion 🏂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the third-shift quality inspector from Tyson Foods tested positive for TB, please get screened", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to the weekend produce supervisor at H-E-B for the fruit trays at our health fair! 🍉", want: post.VerdictPass},
		{text: "The night shift manager at the plant can sign you up for our flu shot day.", want: post.VerdictPass},
		{text: "Ask the school nutrition educator at Lincoln Elementary about our diabetes class.", want: post.VerdictPass},
		{text: "The new billing manager at our Midland office starts Monday!", want: post.VerdictPass},
	})
}
