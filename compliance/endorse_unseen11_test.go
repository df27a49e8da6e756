package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewGatingRouted: the happy sent to a review site and the unhappy
// to a private channel, in any wording ("Not happy? Tap here to send
// feedback privately instead", a survey that "routes" satisfied patients
// to Google), is review gating (ENDORSE-03 block); asking everyone the
// same way passes.
func TestReviewGatingRouted(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Love us? Tap here to review on Google! Not happy? Tap here to send feedback privately instead 🙂", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Loved your visit? Click here to review us on Google! Didn't? Click here to send private feedback to our manager instead.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our new survey routes satisfied patients to Google Reviews and forwards concerns straight to the office manager.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Had a great time? Review us! Had a rough one? Message us privately.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Leave us an honest review — good or bad, we read every one.", want: post.VerdictPass},
		{text: "Tell us how we did! Reviews help neighbors find us.", want: post.VerdictPass},
	})
}

// TestReviewsScriptedOrRewarded: reviews written for others, or whose
// words the practice supplies ("tell them what to say", "we'll send the
// wording"), and a reward for a rating ("a 5-star review and we'll DM
// you a free lip flip", "five stars and your next shot is on the house")
// block (ENDORSE-03).
func TestReviewsScriptedOrRewarded(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ask your friends & fam to drop us a review, tell them what to say lol", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Grab your cousins and get them to post reviews for us, we'll send the wording 😉", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "we'll be writing a few Google reviews for our happy families who don't use computers", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "comment 'GLOW' and post a 5-star review and we'll DM you a free lip flip!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Members who post a 5-star testimonial on LinkedIn receive a complimentary month of concierge access.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Drop us five stars on Google and your next B12 shot is on the house 💉", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Please write us a review on Google, in your own words. It helps other families find us!", want: post.VerdictPass},
	})
}

// TestEndorsementTeasers: "real results from a real rider" presents an
// endorsement: a person checks it (ENDORSE-01 warn); a warmup a trainer
// swears by endorses nothing sold.
func TestEndorsementTeasers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Here's the 5-min warmup our trainer swears by 👇", want: post.VerdictPass},
		{text: "Real results from a real rider: 'back in the saddle in two weeks.' 🎥 Full video on our page.", want: post.VerdictReview, rule: "ENDORSE-01"},
	})
}
