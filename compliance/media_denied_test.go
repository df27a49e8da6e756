package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMediaDenied: a post that says it shows no one ("Pictured: the view
// from our roof. No people, just sky.", "No photos of guests, we
// promise") or asks readers not to send photos ("please don't text us
// photos of your card") attaches no picture of a person (PRIV-12). A
// photo of patients, or one whose denial is about something else, still
// warns.
func TestMediaDenied(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Pictured: the river from our third-floor break room. No people, just a heron and a lot of fog.", want: post.VerdictPass},
		{text: "Our staff chili cook-off was a blast. No photos of guests, we promise!", want: post.VerdictPass},
		{text: "Bring your insurance card to every visit. Please don't post or text us photos of it.", want: post.VerdictPass},
		{text: "Never send us pictures of your ID over Facebook.", want: post.VerdictPass},
		{text: "Pictured: some of the families at Saturday's vaccine clinic.", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Photos of our flu-shot heroes from this morning! No lines, no waiting.", want: post.VerdictReview, rule: "PRIV-12"},
	})
}
