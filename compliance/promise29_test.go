package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPrivacyPromise29: the page's promise never to post patients' names
// or pictures ("we never post patient names, photos or stories on our
// pages", "patient names, birthdays and photos never appear on this
// page") names the records it keeps off the page; PRIV-12 read "patient
// names" beside "photos" as a picture showing a list of patients and
// blocked. A never, a don't or a won't right before a verb of posting
// (post, share, publish, appear, show), with the records in its clause,
// is the promise. Still held: a slip owned in the past ("we didn't mean
// to post the photo with patient names on the whiteboard"), a promise
// taken back by a "but" ("We never post patient names, but this photo of
// our census board ..."), a picture that shows the names, whatever else
// the post says never happens. The held ones first.
func TestPrivacyPromise29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: the names are in the picture.
		{text: "Oops, we didn't mean to post the photo with patient names on the whiteboard behind Dr. Greene. It's down now.", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: the front desk, the sign-in sheet with patient names visible] We never miss a chance to say thanks!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "We never post patient names, but this photo of our census board shows how busy flu season got!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Snapped a photo of today's patient list for the scrapbook. We won't forget this crew!", want: post.VerdictBlock, rule: "PRIV-12"},

		// Pass: the promise.
		{text: "A promise from our team: we never post patient names, photos or stories on our pages. Questions? Call the front desk.", want: post.VerdictPass},
		{text: "Our promise: patient names, birthdays and photos never appear on this page, and neither do health details about anyone.", want: post.VerdictPass},
		{text: "We will never share patient names or photos online without your written permission.", want: post.VerdictPass},
		{text: "Privacy matters: we don't publish patient names or pictures on social media, ever.", want: post.VerdictPass},
		{text: "Patient names and photos won't show up on our page. That's a promise 🔒", want: post.VerdictPass},
	})
}
