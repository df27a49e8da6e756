package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyHolidayAndPeopleNames: in a reply, a name in a holiday's
// possessive ("St. Patrick's Day", "St. Joseph's Day") is the day's, and a
// people or a language named as a group ("our Karen neighbors", "8 for
// Karen" in a phone menu) is no one: neither names a reviewer (REV-02).
// "Tell Patrick we said happy birthday", "Patrick's day went better" and
// a reply greeting "Karen" still name a person.
func TestReplyHolidayAndPeopleNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks so much 💚 happy St. Patrick's Day!", review: "★★★★★ Best in town", want: post.VerdictPass},
		{text: "Thanks! Enjoy the St. Patrick's Day parade ☘️", review: "★★★★★ love it", want: post.VerdictPass},
		{text: "Grazie! Buona festa di San Giuseppe, and happy St. Joseph's Day to all 🍰", review: "★★★★★ the zeppole!", want: post.VerdictPass},
		{text: "Fair point! Press 3 for refills, 6 for Hakha Chin, 9 for Karen. A simpler menu is coming in May.", review: "★★☆☆☆ Phone menu is long", want: post.VerdictPass},
		{text: "Ta blu! We're so glad to serve our Karen neighbors.", review: "★★★★★ Ta blu", want: post.VerdictPass},
		// People still.
		{text: "Tell Patrick we said happy birthday!", review: "★★★★★ great", want: post.VerdictBlock, rule: "REV-02"},
		{text: "We hope Patrick's day went better after his shots!", review: "★★★★★ great", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks Karen! We hope you're feeling better.", review: "★★★★★ great", want: post.VerdictReview, rule: "REV-02"},
		{text: "We're so glad Karen came by with her neighbors.", review: "★★★★★ great", want: post.VerdictBlock, rule: "REV-02"},
	})
}
