package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyHolidayBlessing (session 17, t17reply): the second word of a
// holiday blessing ("Ramadan Kareem", "Eid Saeed", "Jumu'ah Mubarak") is
// an adjective of the holiday, not a person named Kareem or Saeed (REV-02
// keeps quiet). The reader's own name beside it still goes to a person;
// a Kareem who does something is still named.
func TestReplyHolidayBlessing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you so much 🌙 Ramadan Kareem to you and your whole family!", review: "★★★★★ great with my family", want: post.VerdictPass},
		{text: "We appreciate it! Eid Saeed from all of us.", review: "★★★★★ kind staff", want: post.VerdictPass},
		{text: "Ramadan Karim, and thanks for the stars!", review: "★★★★★", want: post.VerdictPass},

		// Near misses: the reader greeted by name, a Kareem who acts.
		{text: "Ramadan Kareem, Yusuf! Thank you for the kind words.", review: "★★★★★ respectful", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks! Kareem from our lab says hi and hopes your arm feels better.", review: "★★★★★ fast blood draw", want: post.VerdictBlock, rule: "REV-02"},
	})
}
