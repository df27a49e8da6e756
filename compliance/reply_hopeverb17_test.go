package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyHopeAsVerb (session 17, t17reply): "Hope" opening a clause
// after an emoji ("Kevin says thanks too 😊 Hope to see you at the fair!")
// is the verb with its "we" dropped, not a person called Hope: followed by
// "to", "you", "your" or "everyone" it names nobody (REV-02 keeps quiet).
// A Hope who does something ("Hope says hi", "Hope loved meeting your
// mom") keeps the verdict it has (a person decides, or another rule).
func TestReplyHopeAsVerb(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Kevin says thanks too 😊 Hope to see you at the spring open house!", review: "★★★★★ Kevin was great", want: post.VerdictPass},
		{text: "We appreciate it 🌻 Hope your week is off to a great start.", review: "★★★★★ friendly", want: post.VerdictPass},
		{text: "Thanks so much 🎉 Hope everyone at the plant has a restful long weekend.", review: "★★★★★ fast physicals", want: post.VerdictPass},
		{text: "Asante! 🙏 Hope y'all enjoy the festival downtown.", review: "★★★★★ kind people", want: post.VerdictPass},

		// Near misses: Hope the person, doing or saying something.
		{text: "Thanks! 😊 Hope says hi and misses your Tuesday visits.", review: "★★★★★ lovely", want: post.VerdictPass},
		{text: "Thank you! 🌸 Hope loved meeting your mom.", review: "★★★★★ kind to my mother", want: post.VerdictReview},
		{text: "Thank you! Hope Alvarez on our front desk will call you back today.", review: "★★ no call back", want: post.VerdictBlock, rule: "REV-02"},
	})
}
