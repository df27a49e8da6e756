package compliance

import "github.com/practicepost/practicepost/post"

// Session 22 (t22reply): a review asked for on a site, with a reward, when
// the word "review" is not said. After thanks for the stars, "Leave one on
// Yelp too and get a free smoothie" buys a review as "review us for a free
// smoothie" does (16 CFR 465.4; ENDORSE-03 block), and so do "share your
// experience on Google and grab a free shave ice" and "deixe uma no
// Google e ganhe um café grátis".

// siteAskVerbs22 ask the reader to put words on a site, in English,
// Spanish, Portuguese and French.
var siteAskVerbs22 = newWordSet([]string{"leave", "drop", "post", "write", "share", "rate", "copy", "put", "tell", "give", "add", "paste",
	"deje", "déjenos", "dejenos", "déjanos", "dejanos", "deja", "dejen", "escriba", "escríbanos", "publique", "comparta",
	"deixe", "deixa", "deixem", "escreva", "compartilhe", "avalie",
	"laissez", "laisse", "laissez-nous", "écrivez", "partagez", "notez"})

// siteShown22 are what a post on a site may show that is no review: a
// photo contest ("post a photo of your pup on Facebook") is not one.
var siteShown22 = newWordSet([]string{"photo", "photos", "pic", "pics", "picture", "pictures", "selfie", "selfies", "video", "videos", "reel", "reels"})

// siteRewards22 are what the reader gets: "a free smoothie", "a gift
// card", "un café gratis", "ganhe", "un café offert".
var siteRewards22 = newWordSet([]string{"free", "gratis", "grátis", "gratuit", "gratuite", "offert", "offerte", "ganhe", "ganha", "llévese", "llevese", "reciba", "recevez",
	"gift", "coupon", "voucher", "raffle", "prize", "discount", "descuento", "desconto", "regalo", "brinde", "cadeau"})

// siteReviewRewarded22 finds a sentence that asks for words on a review
// site, followed in it, or in the next sentence, by a reward.
func (s *scan) siteReviewRewarded22() []post.Finding {
	if !s.hasAny(reviewSites) || !s.hasAny(siteAskVerbs22) {
		return nil
	}
	if !s.hasAny(siteRewards22) && !s.words.has("us") {
		return nil
	}
	tied := !s.allAsked() || s.ratingAsked()
	var out []post.Finding
	for si, se := range s.sents {
		at := s.siteAsked22(si)
		if at < 0 || s.rewardDenied(si) || s.weDenyReward22(si) {
			continue
		}
		end := se.end
		// "We'll give you a free smoothie if you leave one on Yelp": the
		// reward may come first.
		found := at >= 0 && s.siteRewardIn22(se.tokStart, se.tokEnd)
		if !found && si+1 < len(s.sents) {
			next := s.sents[si+1]
			// "Drop us a few words on Facebook. Then show the desk and the
			// coffee is on us."
			if next.tokEnd > next.tokStart && inSet(s.toks[next.tokStart].low, "then", "and", "y", "e", "et") {
				found, end = s.siteRewardIn22(next.tokStart, next.tokEnd), next.end
			}
		}
		if !found {
			continue
		}
		sev := post.SeverityWarn
		if tied {
			sev = post.SeverityBlock
		}
		out = append(out, post.Finding{Start: se.start, End: end, Severity: sev, NeedsHuman: true,
			Message:    "A reward for posting on a review site. Rewards tied to a rating are banned (FTC rule on reviews); review sites forbid them all.",
			Suggestion: "Ask everyone for honest feedback, with no reward."})
	}
	return out
}

// siteAsked22 returns the token of the site an ask verb of sentence si
// points to within six words ("leave one on Yelp", "tell your friends on
// Google"), or -1. Google Maps is a map; a photo or video is no review.
func (s *scan) siteAsked22(si int) int {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !siteAskVerbs22.has(s.toks[t].low) {
			continue
		}
		for k := t + 1; k < se.tokEnd && k <= t+7; k++ {
			w := s.toks[k].low
			if siteShown22.has(w) {
				break
			}
			if reviewSites.has(w) {
				if k+1 < se.tokEnd && inSet(s.toks[k+1].low, "maps", "map") {
					break
				}
				return k
			}
		}
	}
	return -1
}

// siteRewardIn22 reports a reward in tokens [from,to): a reward word, or
// "on us", "10% off".
func (s *scan) siteRewardIn22(from, to int) bool {
	for t := from; t < to; t++ {
		w := s.toks[t].low
		if siteRewards22.has(w) {
			return true
		}
		if w == "on" && t+1 < to && inSet(s.toks[t+1].low, "us", "me") {
			return true
		}
		if w == "off" && t > from && (s.toks[t-1].low == "%" || s.toks[t-1].kind == tokNumber) {
			return true // "10% off", "$5 off"
		}
	}
	return false
}

// weDenyReward22 reports "we never give anything for reviews" in sentence
// si: the practice refuses rewards before it names a perk.
func (s *scan) weDenyReward22(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if s.toks[t].low == "we" && s.weDeny(t+1, se.tokEnd) {
			return true
		}
	}
	return false
}
