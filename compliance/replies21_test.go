package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGenericRepliesPass21 (session 21, t21clean): replies that confirm
// no care. A thank-you for the stars a reviewer gave asks no one for a
// review (ENDORSE-03); "you came out" to a game night or a fair is a
// crowd at an event, no visit (REV-01); and the reviewer's own word said
// back in the plural ("we can't discuss appointments" to "my
// appointment") adds nothing the review did not tell. A thank-you that
// goes on to ask only the happy for reviews, "came out of surgery", and a
// care word the review never said keep their verdicts.
func TestGenericRepliesPass21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the stars! ⭐ Enjoy the long weekend.", review: "Friendly folks.", want: post.VerdictPass},
		{text: "Thanks for the stars ⭐ We love serving the east side!", review: "Best clinic in town!", want: post.VerdictPass},
		{text: "Thank you for the five stars ⭐ We appreciate you!", review: "★★★★★", want: post.VerdictPass},
		{text: "So glad you came out! Go Owls! 🏀", review: "★★★★★ Owls night was a blast, thanks for the tickets!", want: post.VerdictPass},
		{text: "Thanks, we're glad you came out to the fair, the kids loved it too.", review: "★★★★★ fun booth at the county fair", want: post.VerdictPass},
		{text: "We're sorry for the trouble. We can't discuss appointments publicly, but please call the office and we'll sort it out.", review: "Why did my appointment get moved without a call??", want: post.VerdictPass},

		// Twins.
		{text: "Thanks for the stars! ⭐ Loved it here? Leave us a review on Google too!", review: "Nice people.", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "So glad you came out of surgery so well!", review: "★★★★★ great surgeons", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're sorry for the trouble. We can't discuss your biopsy results publicly, but please call the office.", review: "Why did my appointment get moved without a call??", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestGenericRepliesPass21Linear: many thank-yous for stars, events and
// plural echoes in one reply cost in proportion to its length.
func TestGenericRepliesPass21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Thanks for the five stars ⭐ we love you and appreciate you ",
		"Thanks for the stars! ⭐ So glad you came out. We can't discuss appointments. ",
	} {
		requireLinear(t, c, "reply "+unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "my appointment was great"}
		})
	}
}
