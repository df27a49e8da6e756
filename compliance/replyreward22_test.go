package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyReviewOnSiteRewarded22 (session 22, t22reply): a reply that
// asks the reader to post on a review site ("leave one on Yelp too",
// "drop us a few words on Google", "deixe uma no Google") and promises
// something for it ("get a free smoothie", "ganhe um café") buys a review
// even when the word "review" is not said (ENDORSE-03 block). A site
// named for directions or to follow, a photo contest, a request with no
// reward and a perk with no request pass.
func TestReplyReviewOnSiteRewarded22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the 5 stars! Leave one on Yelp too and get a free smoothie 🥤", review: "★★★★★ great smoothie bar", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Mahalo! Share your experience on Google and grab a free shave ice at the front desk 🍧", review: "★★★★★ love it", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks! Tell your friends on Yelp and get a free t-shirt 👕", review: "★★★★★ friendly", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the love! Post it on Google too and you'll get a free water bottle.", review: "★★★★★ so kind", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks for the stars! Copy this over to Google and we'll send you a gift card 🎁", review: "★★★★★", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thank you!! Drop us a few words on Facebook. Then show the desk and the coffee is on us ☕", review: "★★★★★ cozy lobby", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Obrigado! Deixe uma avaliação no Google também e ganhe um café grátis ☕", review: "★★★★★ ótimo atendimento", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "¡Gracias! Déjenos una en Google también y llévese un licuado gratis 🥤", review: "★★★★★ excelente", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Merci ! Laissez-nous un avis sur Google et recevez un café offert.", review: "★★★★★ super accueil", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thank you! We'll give you a free smoothie if you leave one on Yelp too 😉", review: "★★★★★ best smoothies", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thanks! Rate us on Facebook too and we'll take 10% off your smoothie.", review: "★★★★★ yum", want: post.VerdictBlock, rule: "ENDORSE-03"},

		// Near misses: no ask, no reward, no review.
		{text: "Thanks! Leave one on Yelp too if you have a minute 🙏", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "Thanks! Follow us on Facebook for a chance to win a free smoothie in our December giveaway.", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "Thank you! Stop by the front desk for a free tote bag, we're giving them out all week.", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "Thanks! Post a photo of your pup on Facebook and win a free bandana in our pet contest 🐶", review: "★★★★★ they let my dog in", want: post.VerdictPass},
		{text: "Thanks! We're on Google Maps now, and parking is free after 5.", review: "★★★★★ hard to find", want: post.VerdictPass},
		{text: "Gracias. Nuestro horario está en Google y el estacionamiento es gratis.", review: "★★★★★ buen lugar", want: post.VerdictPass},
		{text: "Thanks! We never give anything for reviews on Yelp or Google, but the coffee in the lobby is always free.", review: "★★★★★ free coffee", want: post.VerdictPass},
	})
}

// TestReplyReviewOnSiteRewardedLinear22: the look for a site and a reward
// reads each sentence once; text ×16 costs about ×16.
func TestReplyReviewOnSiteRewardedLinear22(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	unit := "Thanks! Leave one on Yelp too and tell your friends on Google, the lobby coffee is free. "
	requireLinearReply(t, c, unit, "★★★★★ nice")
}
