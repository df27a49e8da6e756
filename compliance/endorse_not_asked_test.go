package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewsNeverBought: a practice saying it never pays or asks staff
// for reviews refuses insider reviews (ENDORSE-03 passes); asking them
// still blocks.
func TestReviewsNeverBought(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Every review on our page is from a real patient. We never pay or ask employees to write reviews.", want: post.VerdictPass},
		{text: "Our team? We do not pay or encourage our staff to post reviews, ever.", want: post.VerdictPass},
		{text: "Every review on this page is from a patient, and we never pay or ask staff to write reviews.", want: post.VerdictPass},
		{text: "Reminder: we ask staff to post reviews on Google this week!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We pay our staff to post reviews each month.", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestWelcomeToTheTeam: "Welcome to the team, Ana!" greets a new hire; it
// speaks to no staff about reviews, and "medication reviews" she will run
// are no reviews of the practice (ENDORSE-03).
func TestWelcomeToTheTeam(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome to the team, Priya Das, PharmD! She will run our medication reviews on Tuesdays.", want: post.VerdictPass},
		{text: "Please join us in welcoming to the team, Marco! He'll handle chart reviews and prior auths.", want: post.VerdictPass},
		{text: "Note to the staff, please leave us a 5-star review this week!", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestReviewLinkForEveryone: a review link offered for any opinion ("good,
// bad or in between") asks everyone the same way (ENDORSE-03 passes); one
// asked only of the happy still warns.
func TestReviewLinkForEveryone(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Reviews help neighbors find care. If you'd like to leave one — good, bad or in between — here's the link: g.page/maple/review", want: post.VerdictPass},
		{text: "Want to leave us a review? Good, bad, whatever you thought: maplefamilymed.com/review", want: post.VerdictPass},
		{text: "Loved your visit? Leave us a review: maplefamilymed.com/review", want: post.VerdictReview, rule: "ENDORSE-03"},
	})
}

// TestQuotesThatAreNoTestimonial: a quotation of the practice's own
// doctor ("in her words", "From Dr. Okafor: ..."), the name of a sticker
// or a shirt ("\"I Got My Shot\" stickers") and a saying the post hears
// and answers ("'...' — we hear it every week") are no patient
// testimonial (ENDORSE-01). A patient's words, signed or told to us,
// still are.
func TestQuotesThatAreNoTestimonial(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Patel ran the Turkey Trot this morning and finished, in her words, \"slower than my own grandmother and happy about it.\"", want: post.VerdictPass},
		{text: "From Dr. Greene: \"I grew up on a farm near here, and I still can't believe I get to practice in my hometown.\"", want: post.VerdictPass},
		{text: "We have \"I Got My Flu Shot\" stickers in three languages! 💉", want: post.VerdictPass},
		{text: "Grab one of our \"I Beat My Sugar\" shirts at the front desk.", want: post.VerdictPass},
		{text: "\"My knee pain was gone after two visits!\" — a happy patient", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"I lost 30 pounds and I'm off my pressure pills,\" one patient told us.", want: post.VerdictReview, rule: "ENDORSE-01"},
	})
}
