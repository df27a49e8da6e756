package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGeneralFact21 (session 21, t21reply): a reply that gives the
// general fact behind a refusal the review complains of ("in general,
// antibiotics don't help viral infections") tells no one's care and is no
// myth-busting post: it passes. The same fact tied to the reader's visit or
// test, a myth stated as true, and a denial the review did not prompt keep
// their verdicts.
func TestReplyGeneralFact21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for writing. In general, antibiotics don't help with viral infections, and our doctors follow that for every patient. Call us at 614-555-2368 to talk.",
			review: "★ no antibiotics for my cough. useless", want: post.VerdictPass},
		{text: "Generally, antibiotics don't work on colds — give us a call if you'd like to talk more.", review: "They refused antibiotics for my cold", want: post.VerdictPass},
		{text: "We can't talk about anyone's visit here. Antibiotics don't treat viruses, and we follow that guidance for everyone.", review: "wouldn't give me antibiotics", want: post.VerdictPass},
		{text: "As a rule, antibiotics do not work against the flu. We're glad to talk it over by phone.", review: "1 star, no antibiotics for my flu", want: post.VerdictPass},

		// Near misses.
		{text: "As we told you at your visit, antibiotics don't treat viruses.", review: "wouldn't give me antibiotics", want: post.VerdictBlock, rule: "REV-01"},
		{text: "In general, antibiotics don't work on viruses, and your flu test was negative.", review: "wouldn't give me antibiotics", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Antibiotics don't work on colds, which is why Dr. Greene didn't give you any.", review: "no antibiotics, 1 star", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Honestly antibiotics knock out a cold fast, come back for a Z-pack.", review: "no antibiotics, 1 star", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vaccines don't cause autism.", review: "nice staff", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Generally your antibiotics should be finished even if you feel fine.", review: "good doctor", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyOfflineApology21 (session 21, t21reply): an apology for how the
// visit the reviewer wrote of felt, what anyone comes in for, a night out
// the reader came to, and care kept off the page ("we can't discuss
// appointments publicly") pass. A visit dated or told with care, "glad you
// came in when you did", and "your appointments" keep their blocks.
func TestReplyOfflineApology21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry your visit felt rushed. Please call our office manager at 614-555-2368.", review: "★★ in and out in 5 minutes", want: post.VerdictPass},
		{text: "So sorry that your visit wasn't what you expected. We'd like to hear more at 614-555-2368.", review: "meh", want: post.VerdictPass},
		{text: "We're sorry your experience fell short. Please reach out to our practice manager.", review: "not great", want: post.VerdictPass},
		{text: "We know how hard it is to walk out without what you came in for. Please call us.", review: "didn't get what I needed", want: post.VerdictPass},
		{text: "So glad you came out! What a night for the Clippers ⚾", review: "★★★★★ fun night at the ballgame booth", want: post.VerdictPass},
		{text: "We can't discuss appointments publicly, but please call 614-555-2368 and we'll fix it.", review: "why was my appointment cancelled", want: post.VerdictPass},
		{text: "We cannot talk about prescriptions online; our pharmacy line is 614-555-2369.", review: "refill never came", want: post.VerdictPass},

		// Near misses.
		{text: "We're sorry your visit on Tuesday felt rushed; Dr. Patel had two emergencies.", review: "rushed", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry your visit ran long — the EKG took extra time.", review: "slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your visit felt long because we redid your bloodwork.", review: "slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you came in when you did — that rash needed looking at.", review: "thanks", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you came out to get your flu shot!", review: "quick", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We can't discuss your appointments here, but call us.", review: "cancelled again", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyThanksForStars21 (session 21, t21reply): thanks in a reply for
// the stars a review gave, with or without a star drawn, and a perk of the
// waiting room beside thanks for the review, ask for nothing (ENDORSE-03
// keeps quiet). A reward offered for a review, or a request for good
// reviews only, still holds the reply.
func TestReplyThanksForStars21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the 5 stars ⭐ Have a lovely weekend!", review: "great", want: post.VerdictPass},
		{text: "Thank you for the stars ⭐ We love our Eastside neighbors!", review: "best clinic", want: post.VerdictPass},
		{text: "Thanks for the stars! ⭐ Enjoy the great weather.", review: "nice folks", want: post.VerdictPass},
		{text: "Ha! The tea is on us 🍵 Thanks for the review!", review: "love the free tea", want: post.VerdictPass},

		// Near misses.
		{text: "Happy with us? Leave 5 stars ⭐ on Google!", review: "great", want: post.VerdictReview, rule: "ENDORSE-03"},
		{text: "Leave us a review and your next coffee is on us ☕", review: "love the coffee", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the 5 stars! Share a review on Google too and the next latte is on us ☕", review: "love the coffee", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestReplyHealthWish21 (session 21, t21reply): a wish for the reader's
// health with no care named ("stay healthy this winter", "bonne santé",
// Arabic "health and wellbeing") goes to a person (REV-01 warn), as
// "wishing you good health" does. Staying warm, staying tuned and wishing
// an event well pass.
func TestReplyHealthWish21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks so much! Stay healthy this winter ❄️", review: "great staff", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope everyone stays well this season!", review: "friendly", want: post.VerdictReview, rule: "REV-01"},
		{text: "Merci ! Bonne santé à vous 💙", review: "merci", want: post.VerdictReview, rule: "REV-01"},
		{text: "Avec plaisir, prenez soin de vous.", review: "merci beaucoup", want: post.VerdictReview, rule: "REV-01"},
		{text: "شكراً! نتمنى لكم الصحة والعافية", review: "شكراً", want: post.VerdictReview, rule: "REV-01"},
		{text: "¡Gracias! Que esté muy bien.", review: "muy amables", want: post.VerdictReview, rule: "REV-01"},

		// Near misses.
		{text: "Thanks! Stay warm out there ❄️", review: "great staff", want: post.VerdictPass},
		{text: "Stay tuned for our new hours!", review: "hours?", want: post.VerdictPass},
		{text: "We hope the parade goes well!", review: "see you at the parade", want: post.VerdictPass},
	})
}

// TestReply21Linear: the reply shapes above read a few tokens around each
// marker, or a sentence once, so a long reply of them costs in proportion
// to its length.
func TestReply21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"In general, antibiotics don't work on colds. Generally, antibiotics help no virus. ",
		"sorry your visit felt sorry that your experience fell short ",
		"what you came glad you came out we can't discuss appointments publicly ",
		"thanks for the stars thank you for the review the tea is on us ",
		"stay healthy stays well bonne santé ",
	} {
		requireLinearReply(t, c, unit, "no antibiotics for my cold, love the tea")
	}
}
