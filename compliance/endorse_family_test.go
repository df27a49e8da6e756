package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewGatingAndInsiders: review gating by structure (an unhappy
// visit kept from being posted, a concern sent to the office before
// posting), insider reviews by one staff member or from a relative's
// account, and reviews asked of people never seen; an open door for
// questions and an even-handed ask pass.
func TestReviewGatingAndInsiders(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "If anything was less than perfect, please give us a chance to make it right before you post online.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Happy with your smile? We'd love a 5-star review! Any concerns, please email the office manager before posting.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Visit was meh? Talk to us before reviewing, we'll fix it.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our receptionist posted a glowing review from her sister's account 😂", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Everyone on the team: ask your spouses and roommates to drop us five stars on Google.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Google reviews help small practices! Friends, they don't need to have been seen here to leave one.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// Open doors and even-handed asks.
		{text: "Loved your visit? Leave us a review! Questions or concerns? Call us directly at 614-555-2368.", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "We welcome every review, good or bad. You can also call us any time with concerns.", want: post.VerdictPass},
		{text: "Questions or concerns about your bill? Our billing team is here at 614-555-2368.", want: post.VerdictPass},
		{text: "Leave us a review for our nurse team, they read every one!", want: post.VerdictPass},
	})
}

// TestReviewAskWithStars: a star emoji is a rating asked for.
func TestReviewAskWithStars(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Loved your visit? Share the love on Google ⭐", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "PSA to the parents who send their kids to school with a 102 fever: we know it was you.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "⭐ Star student of the month: our front desk lead, Kevin Tran!", want: post.VerdictPass},
	})
}

// TestGhostwrittenAndTradedReviews: reviews written for the reviewer or
// traded between businesses misrepresent who wrote them (16 CFR 465.2).
func TestGhostwrittenAndTradedReviews(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "We wrote some sample reviews you can copy and paste 😉 just hit post!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Don't know what to say? We'll write the review for you, just sign in and post.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Local business review swap! We'll review your shop if you review ours 🤝", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "How to leave us a review: open Google Maps, search our name, tap Reviews, and write whatever you want.", want: post.VerdictPass},
		{text: "Our review template for new hires covers HIPAA, phones and scheduling.", want: post.VerdictPass},
	})
}

// TestGatingIfNotAndPretendPatients: "if not" sends the unhappy to a form
// instead (gating), stars asked with an emoji, and reviews written as if
// the writer had been a patient.
func TestGatingIfNotAndPretendPatients(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Happy with us? Review us on Yelp! If not, use our private feedback form so we can fix it first.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Great visit? ⭐⭐⭐⭐⭐ us on Google!", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "Friends, please leave us a review like you've been a patient, it really helps!", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}
