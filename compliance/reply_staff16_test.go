package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyStaffToldOfReader (session 16, t16reply): a reply in which a
// staff member of the practice says, asks, notices or does something
// about the reader ("Marisol says you ...", "Dr. Okafor asked you to
// ...", "Beti loved working with you", "Kofi put the order in for you")
// tells everyone that staff member looked after the reviewer: REV-01
// block, in any order of the sentence and whatever care word it holds or
// lacks. A staff member who only greets or passes thanks ("Marisol says
// hi and hopes you're well", "Dr. Okafor sends you her best", "says thank
// you"), one who reads the review, and a staff member with no reader in
// the sentence keep their verdicts. Rules alone (PRIV-16 disabled); the
// test practice's staff are Dr. Anita Patel, Dr. Marcus Greene, Sarah Lopez and Kevin Tran.
func TestReplyStaffToldOfReader(t *testing.T) {
	const kind = "★★★★★ lovely people"
	checkRuleCases(t, []familyCase{
		{text: "Sarah says you were a rock star today!", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Aww, Kevin mentioned you were nervous, so glad it went OK.", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Dr. Patel noticed you seemed tired and wants you to rest up.", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Kevin asked you to bring the paperwork back, sorry if that wasn't clear.", review: "★★ confusing forms", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sarah really loved working with you this spring 💛", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry about the mix-up! Kevin called it in to the pharmacy on Main for you this morning.", review: "★★ slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sarah remembers you from last winter and says hi!", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! Dr. Greene says you're doing everything right 💪", review: kind, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sarah dice que usted es muy valiente 💙", review: "★★★★★ muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Kevin told us you brought her cookies, so sweet!", review: kind, want: post.VerdictBlock, rule: "REV-01"},

		// Near misses: greetings and thanks passed on, the review read,
		// no reader in the sentence, and "hope" that is no one.
		{text: "Sarah says hi and hopes you're staying warm!", review: kind, want: post.VerdictPass},
		{text: "Dr. Patel sends you her very best! Thanks for the kind words.", review: kind, want: post.VerdictPass},
		{text: "Kevin says thank you so much!", review: kind, want: post.VerdictPass},
		{text: "Sarah says you made her whole week! 💕", review: kind, want: post.VerdictPass},
		{text: "Aww, Kevin says you're too kind.", review: kind, want: post.VerdictPass},
		{text: "Dr. Greene wanted you to know this made her day.", review: kind, want: post.VerdictPass},
		{text: "Sarah said to tell you congratulations on the new job!", review: kind, want: post.VerdictPass},
		{text: "We'll make sure Dr. Greene sees this. Thank you!", review: kind, want: post.VerdictPass},
		{text: "Dr. Greene read this out loud at our staff meeting 😄", review: kind, want: post.VerdictPass},
		{text: "Hope you have a wonderful holiday!", review: kind, want: post.VerdictPass},
		{text: "We told you the wrong hours on the phone, and we're sorry.", review: "★★ wrong hours", want: post.VerdictPass},
		{text: "Sarah said the new parking lot opens Monday, so you'll have an easier time!", review: "★★★ parking is bad", want: post.VerdictPass},
	})
}

// TestReplyStaffToldLinear: every staff word of a long reply looks
// ahead in its sentence only once the verb after it is one that tells.
func TestReplyStaffToldLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Sarah says hi and ", "Kevin told us the lot opens Monday. ", "Sarah says the, Kevin says the, "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "★★★★★ kind staff"}
		})
	}
}
