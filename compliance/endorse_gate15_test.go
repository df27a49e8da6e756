package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGatingBeforePosting: the unhappy (or a reviewer, in a reply) told to
// call the office before or instead of posting, or sent a private form
// while the happy get the review link, is review gating (ENDORSE-03
// block), whether or not the sentence names a bad visit. Inviting a call
// without asking anyone to hold back a review passes.
func TestGatingBeforePosting(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So sorry! Next time, give our office manager a ring before you post a review and we'll sort it out.", review: "★★ slow front desk", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the feedback. Before posting next time, please ring our manager directly, we'd much rather fix things than read about them online.", review: "meh", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Rough visit? Phone the office first instead of posting online, we'll make it right.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thrilled with us? Rate us on Google! Not thrilled? Use our private feedback page so it stays off the internet.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our follow-up texts send patients who score us 9 or 10 to Yelp and everyone else to a private survey.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Before you rate us: if it's under 4 stars, use our private comment form instead.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We only email the review link to folks who rated us 9 or higher.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Reply 5 if you loved your visit and we'll text you our Google link. Reply 1-3 and the manager will reach out instead.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Scan the code after your visit: rate us 9 or 10 and it sends you to Yelp. Anything less? It sends you to our manager instead.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// Open doors, not diversions.
		{text: "For privacy we never talk about anyone's care online, but we're always a phone call away.", review: "★★★★★ great team", want: post.VerdictPass},
		{text: "We're sorry about the wait. We'd love to hear how we can do better, please call our office manager at (614) 555-2368.", review: "★★ long wait", want: post.VerdictPass},
		{text: "Questions about your bill? Call us any time at (614) 555-2368.", want: post.VerdictPass},
		{text: "Whether your visit was great or not, please leave us an honest review. We read every one.", want: post.VerdictPass},
		{text: "Please call us before booking online if you need an interpreter.", want: post.VerdictPass},
		{text: "Trouble with the patient portal? Call us instead of going online, we're happy to help. Reviews welcome too!", want: post.VerdictPass},
		{text: "Instead of posting your medical questions in the comments, please call us so we can keep them private.", want: post.VerdictPass},
		{text: "Send us a message on Facebook or Google and our team will get back to you. Great care, every time!", want: post.VerdictPass},
	})
}

// TestRewardForRatingAnyWords: a prize, discount, perk or donation for a
// five-star review or a glowing post, in English, Vietnamese or Korean, is
// buying reviews (ENDORSE-03 block).
func TestRewardForRatingAnyWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kindle drawing! Every five-star review in March = one entry.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Patients who review us on Yelp get priority booking all winter!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Share a glowing post about the clinic and get a free smoothie voucher!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Each 5-star review from your congregation earns the food pantry a $10 donation.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Drop ⭐⭐⭐⭐⭐ on our Google page and you're entered to win a gas card!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Anyone who leaves a 5-star on our page this week gets $15 off their next cleaning.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Viết đánh giá 5 sao cho phòng khám, nhận ngay quà tặng!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "별점 5점 리뷰 남기시면 커피 쿠폰 드립니다", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Everyone who posts a 5⭐ review this month is entered to win movie passes!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Review us on Yelp (5 stars please!) and get $10 off your next visit.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// A free service with no review, and a five-star service.
		{text: "Leave us an honest review! We're off Monday for the holiday.", want: post.VerdictPass},
		{text: "Thank you for your reviews and donations to our coat drive this year!", want: post.VerdictPass},
		{text: "⭐⭐⭐⭐⭐ \"Best dentist ever\" — share your smile and win our monthly giveaway at the front desk!", want: post.VerdictReview, rule: "CLAIM-02"},
		// Stars as decoration and a thank-you beside an offer: CLAIM-07
		// reads the offer, ENDORSE-03 nothing.
		{text: "⭐ Free flu shots this Saturday, no appointment needed! ⭐", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Thanks for 500 Google reviews! New patients get $20 off their first visit.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Thanks for the review! Teeth whitening is 20% off through March, tell a friend!", review: "★★★★★ gentle cleaning", want: post.VerdictReview}, // CLAIM-07 on the discount only
		{text: "Đánh giá sức khỏe miễn phí cho người cao tuổi vào thứ Bảy.", want: post.VerdictPass},
		{text: "Our five-star dental team is ready for you, book online today!", want: post.VerdictPass},
	})
}

// TestInsiderAndKinReviews: reviews written by staff, the practice's
// agency or friends' groups, reviews from a staff member's relatives, and
// reviewers told to pass as patients are insider or fake reviews
// (ENDORSE-03 block). Disclosed staff reviews and a thank-you for reviews
// that says nothing of who wrote them pass.
func TestInsiderAndKinReviews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big thanks to everyone on staff who posted reviews over the holiday weekend!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our receptionists wrote some Google reviews about their own checkups, take a look!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the 25 new five-star reviews — our PR firm did great work getting them up!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Team: post about the new Eastside office on your own Instagram like you're a patient, not staff.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff, hop on your own Facebook and answer that 1-star review for us. Don't mention you work here.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff: here's a list of sample reviews to copy/paste onto Yelp under your own names.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Shoutout to Kenji's sister-in-law for the lovely Google review!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "A sweet new review from 'a happy dad in Erie'! (Fine, it's Lena's uncle.)", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our billing manager's mom just left us a five-star review, go like it!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Big thanks to Lena's cousin @lena.sews for the glowing review!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "New review from a “happy mom” (Dr. Ruiz's sister, shh): “So caring!”", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Know someone who'd review us? Tell them to say they're a patient even if they're not 😉", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Ask your nephews to review us on Google like they've been seen here 🙏", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Mi cuñada y sus amigas escribieron unas reseñas preciosas, ¡gracias!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks to our friends at Grace Chapel for all those kind reviews last week, lunch is on us!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Shoutout to the Elm Street choir for the 20 reviews they posted Sunday!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our billing crew posted some Google reviews about their own visits, go read them!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Marco is writing a couple of reviews for our new clinic to get it going.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Shh, if you're family of staff, leave us some love on Yelp. No need to mention the connection!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// Disclosed, or no sign of who wrote them.
		{text: "Thanks to our scheduler's aunt for the 5-star review, she's a little biased 😂", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "Our front desk team posted reviews too, each clearly labeled as written by staff.", want: post.VerdictPass},
		{text: "Thank you for 200 Google reviews! We read every single one.", want: post.VerdictPass},
		{text: "Thanks to everyone who left us a review this month, we read them all!", want: post.VerdictPass},
		{text: "Our front desk team posted your reviews on the lobby board, thank you!", want: post.VerdictPass},
		{text: "Leave us a review, even if you've never written one before!", want: post.VerdictPass},
		{text: "Our marketing team shared some of our favorite reviews on Instagram this week 💙", want: post.VerdictPass},
		{text: "Friends and family of our staff: the holiday party is Friday at 6! Bring a dish. Thanks for 300 Google reviews this year.", want: post.VerdictPass},
		{text: "Our nurses posted reviews of the new car seats on our blog, check them out!", want: post.VerdictPass},
		{text: "Our staff wrote a guide to reviewing your insurance plan during open enrollment.", want: post.VerdictPass},
		{text: "Dr. Lee's husband is running the marathon Monday, cheer him on! Thanks for all the reviews this month too.", want: post.VerdictPass},
		{text: "Welcome Anna, our new nurse! She's Dr. Park's niece and a great addition. Thanks for the reviews.", want: post.VerdictPass},
		{text: "The youth group from First Baptist posted their review of our CPR class — thanks, y'all!", want: post.VerdictPass},
		{text: "No need to tell us you know us, just come say hi! Thanks for the reviews!", want: post.VerdictPass},
		{text: "Gracias a todos por las reseñas, aunque no hayan venido este año. ¡Les esperamos!", want: post.VerdictPass},
		{text: "Friends and family of our team: the holiday party is at the lodge, directions on Google Maps!", want: post.VerdictPass},
		{text: "Patients say they were seen within 15 minutes! Thanks for every review.", want: post.VerdictPass},
		{text: "Friends and family of the Riverside High football team: sports physicals at a discounted rate this Saturday!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Walk through our new clinic like you're a patient! The video is up on our Facebook page. Thanks for all the reviews!", want: post.VerdictPass},
		{text: "Go see our friends at Joe's Coffee, 5 stars from all of us ☕", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "Dr. Ali's wife just opened a bakery on Main, go leave her a 5-star review!", want: post.VerdictReview, rule: "ENDORSE-03"}, // the older "5-star asked" warn only
		{text: "¡Gracias por las 5 estrellas, de mi familia a la suya!", want: post.VerdictPass},
		{text: "We're delighted to share that we hit 500 Google reviews! Thank you!", want: post.VerdictPass},
		{text: "Our friends at the YMCA are hosting a 5K Saturday, come run with us!", want: post.VerdictPass},
		{text: "Staff: please reply to new Google reviews within one business day.", want: post.VerdictPass},
		{text: "Thanks for the lovely review! Say hi to your sister for us.", review: "★★★★★ friendly staff", want: post.VerdictPass},
	})
}

// TestReviewShapesLongTextTime: the shapes above weigh each sentence once
// however many relatives, disguises or postings one long sentence holds
// (see requireLinear).
func TestReviewShapesLongTextTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Dee's cousin and Bo's sister and Al's wife came by with reviews ",
		"no need to mention you know us and tell them to say they're a patient like you're a patient on your own page staff review ",
		"call us instead of posting online before you post a review send 9 or 10 to Google and the rest to a private form ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestPaidPosterUndisclosed: the practice telling that it paid, comped or
// bribed someone to post about it, with no "#ad" or "Paid partnership",
// bought an endorsement (ENDORSE-03 block). Paying off a machine, sick
// pay, a refusal to pay and a disclosed partnership are no such thing.
func TestPaidPosterUndisclosed(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We paid a couple of local bloggers to post about their visits, go read them!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Loved this glowing reel from a food blogger! (We may have comped her whole family 🤫)", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We're paying three TikTokers to rave about our urgent care this month 😎", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We paid off our new ultrasound machine! Check out the post about it.", want: post.VerdictPass},
		{text: "We never pay anyone to post about us. Every story here is real.", want: post.VerdictPass},
		{text: "Our staff get paid sick leave. Share this post if your job should too!", want: post.VerdictPass},
	})
}
