package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReadersLovedOnesPhoto (session 19, t19clean): a photo the reader
// brings of their own loved one, for an altar or a memorial wall, shows
// no patient (PRIV-12); a loved one placed in the practice's care is
// someone's.
func TestReadersLovedOnesPhoto(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our memorial wall is up by the elevators. Pin a photo of a loved one you lost this year 🕯️", want: post.VerdictPass},
		{text: "Traiga una foto — bring a photo of a loved one you miss for our ofrenda in the lobby 🌼", want: post.VerdictPass},
		{text: "Bring photos of loved ones you want on the remembrance tree at the Elm St office.", want: post.VerdictPass},

		{text: "Here's a photo of a loved one of our nurses, taken the day before her surgery.", want: post.VerdictReview, rule: "PRIV-12"},
	})
}
