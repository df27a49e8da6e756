package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// buyReviewRE is an incentive tied to a review (16 CFR 465.4): "leave us a
// 5-star review and get 10% off", "review us for a raffle entry".
var buyReviewRE = mustAnchor(`(?i)\b(?:leave|write|post|give|drop)\s+(?:us\s+)?(?:a\s+|an\s+)?(?:(?:5|five)[- ]?star|positive|great|glowing|good|honest)?\s*reviews?\b[^.!?\n]{0,60}?\b(?:get|receive|earn|win|entered|entry|enter|discount|off|gift|raffle|drawing|prize|coupon|credit|reward)\b|(?i)\breviews?\s+us\b[^.!?\n]{0,30}?\b(?:for|and\s+get|and\s+receive|and\s+win|to\s+win|to\s+get)\b[^.!?\n]{0,30}?\b(?:discount|gift|entry|raffle|drawing|prize|free|coupon|credit|chance|reward|off|win)\b`, 192)

// checkTestimonial is ENDORSE-01: testimonials and success stories. They
// need the patient's authorization (PRIV-13) and a statement of typical
// results (FTC 255.2(b)).
//
// A testimonial that says what results patients generally get ("Individual
// results vary; most patients ...") has its FTC note and passes here; its
// authorization is PRIV-13's to check.
func checkTestimonial(s *scan) []post.Finding {
	if len(s.hitsOf("ENDORSE-01")) == 0 && !containsAnyOf(s.text, "\"“'‘") {
		return nil
	}
	if len(s.concepts("ENDORSE-01/typical", nil)) > 0 {
		return nil
	}
	var out []post.Finding
	for _, t := range s.testimonials() {
		if s.reviewMode() && t.to-t.from == 2 && s.toks[t.to-1].low == "stars" {
			continue // "Thank you for the five stars!": a reply, no testimonial
		}
		a, b := s.span(t.from, t.to)
		if overlapsAny(out, a, b) || s.quoteNoTestimonial(t) || s.storyPolicy(t.from, t.to) {
			continue
		}
		f := s.finding(t.from, t.to, "A patient testimonial. It needs the patient's authorization and must say what results patients generally get.")
		f.Suggestion = "Add \"Individual results vary; most patients ...\" and link the authorization."
		out = append(out, f)
	}
	return out
}

// quoteMarks are the quotation marks the tokenizer keeps as tokens.
var quoteMarks = newWordSet([]string{"\"", "“", "”", "«", "»", "‘", "’"})

// quotedThings are what a quotation names when it is their slogan: "\"I
// Got My Shot\" stickers".
var quotedThings = newWordSet([]string{"sticker", "stickers", "shirt", "shirts", "tshirt", "tee", "tees", "button", "buttons", "badge",
	"badges", "sign", "signs", "banner", "magnet", "magnets", "campaign", "mug", "mugs", "tote", "totes", "poster", "posters"})

// quotedPraise are the words of a patient's praise or outcome in a
// quotation: "love coming here", "my pain is gone", "she fixed my knee".
var quotedPraise = newWordSet([]string{"love", "loved", "loves", "best", "amazing", "awesome", "wonderful", "great", "gone", "fixed",
	"cured", "healed", "saved", "changed", "recommend", "thank", "thanks", "finally", "better", "painless", "perfect", "lifesaver"})

// outcomeAsked are the words of a result of care asked in the first
// person: "\"Did Dr. Greene fix my migraines?\" Yes!" is a patient's
// outcome told as a question and answered, a testimonial still
// (ENDORSE-01; session 15 attack on endorse_questions15.go).
var outcomeAsked = newWordSet([]string{"fix", "cure", "heal", "rid", "reverse", "reversed"})

// outcomeAskedOf make the result asked the practice's or a past one: "Did
// ...", "Dr. Greene", "you guys". "Can I get rid of my warts at home?"
// asks advice, not a result, and stays a question answered.
var outcomeAskedOf = newWordSet([]string{"did", "didnt", "has", "dr", "doctor", "doc", "you", "y'all", "yall", "nurse", "np", "pa"})

// quoteNoTestimonial reports a quotation (tokens t) that is no patient's
// words: a slogan naming a thing after it ("\"I Got My Shot\" stickers"),
// the practice's doctor quoted ("in her words, \"...\"", "From Dr.
// Okafor: \"...\""), or a saying the post hears and answers ("'...' — we
// hear it weekly").
func (s *scan) quoteNoTestimonial(t span) bool {
	if t.to-t.from < 2 || !quoteMarks.has(s.toks[t.from].low) && !strings.ContainsRune("'‘", lastRune(s.text[:s.toks[t.from].start])) {
		return false // a phrase hit ("success story"), not a quotation
	}
	after := t.to
	for after < len(s.toks) && s.toks[after].kind == tokPunct && quoteMarks.has(s.toks[after].low) {
		after++
	}
	if after < len(s.toks) && quotedThings.has(s.toks[after].low) {
		return true
	}
	// Who is quoted: "in her words," or "Dr. Name:" just before.
	for k := t.from - 1; k >= 0 && k >= t.from-5; k-- {
		if s.toks[k].low == "words" && k >= 2 && inSet(s.toks[k-1].low, "her", "his", "their", "own") && s.toks[k-2].low == "in" {
			return true
		}
		// "Dr Greene:", "Dr. Greene:"
		if s.toks[k].low == ":" && k >= 2 && (inSet(s.toks[k-2].low, "dr", "doctor", "nurse", "np") || k >= 3 && s.toks[k-2].low == "." && s.toks[k-3].low == "dr") {
			return true
		}
	}
	// "'...' — we hear it weekly", "... we get asked this": a saying. A
	// patient's own praise heard all the time ("\"My kids love coming
	// here!\" — we hear it all the time") is a testimonial repeated; "I
	// didn't know you had a Somali-speaking nurse" heard is a saying.
	if s.tokensHaveWord(t.from, t.to, firstPersonWords) && s.tokensHaveWord(t.from, t.to, quotedPraise) {
		return false
	}
	if s.quotedAfterTitleVerb(t.from) {
		return true // "hum \"My Old Kentucky Home\"": a song sung, a book read (titles17.go)
	}
	if s.quotedQuestion(t) && !s.tokensHaveWord(t.from, t.to, quotedPraise) &&
		!(s.tokensHaveWord(t.from, t.to, firstPersonWords) && s.tokensHaveWord(t.from, t.to, outcomeAsked) && s.tokensHaveWord(t.from, t.to, outcomeAskedOf)) {
		return true // "\"Do y'all take my insurance?\" Yes!": asked, to be answered
	}
	for k := after; k < len(s.toks) && k <= after+4; k++ {
		if inSet(s.toks[k].low, "hear", "heard", "asked") && k >= 1 && inSet(s.toks[k-1].low, "we", "re", "get", "still", "always", "often") &&
			(s.toks[k].low == "asked" || k+1 < len(s.toks) && inSet(s.toks[k+1].low, "it", "this", "that")) {
			return true
		}
	}
	return false
}

// checkSponsorship is ENDORSE-02: promo codes, affiliate links and gifts
// with no "#ad", "Sponsored" or "Paid partnership".
func checkSponsorship(s *scan) []post.Finding {
	if s.has("ENDORSE-02/disclosure") {
		return nil
	}
	out := s.phraseFindings("ENDORSE-02", "A sponsorship or affiliate cue with no disclosure. Financial ties must be disclosed clearly.", "")
	kept := out[:0]
	for _, f := range out {
		// "link in bio" and "swipe up" point at the practice's own page
		// ("stretches video, link in bio"); only with something sold
		// beside them are they an affiliate's cue.
		from, to := s.tokenRange(f.Start, f.End)
		if s.ownLink(from, to) && !s.hasAny(commerceWords) {
			continue
		}
		if s.publicCommission(from, to) {
			continue
		}
		f.Suggestion = "Add \"#ad\" or \"Paid partnership with <brand>\" at the start."
		kept = append(kept, f)
	}
	return kept
}

// commerceWords tell that something is sold or promoted: with them a
// "link in bio" may be an affiliate's.
var commerceWords = newWordSet([]string{"buy", "shop", "order", "product", "products", "brand", "brands", "discount", "sale",
	"deal", "deals", "code", "off", "%", "affiliate", "purchase", "amazon", "favorite", "favourite", "recommend", "faves", "fave",
	"obsessed", "gifted", "partner", "partnered", "sponsor", "sponsored", "serum", "supplement", "supplements", "sunscreen", "skincare"})

// commissionBodies, before "commission", make it a public body: "the
// county election commission", "planning commission".
var commissionBodies = newWordSet([]string{"election", "elections", "electoral", "county", "city", "state", "planning", "zoning",
	"trade", "health", "water", "transit", "housing", "parks", "rights", "gaming", "utility", "utilities", "public", "civil",
	"port", "fish", "wildlife", "game", "highway", "tribal", "school", "library", "arts", "historical", "ethics", "tax"})

// publicCommission reports whether tokens [from,to) are "commission" as
// a public body's name ("the Guam Election Commission site", "the county
// election commission", "Federal Trade Commission"), no one's fee.
func (s *scan) publicCommission(from, to int) bool {
	if to-from != 1 || s.toks[from].low != "commission" || from == 0 {
		return false
	}
	prev := &s.toks[from-1]
	return prev.sent == s.toks[from].sent && prev.kind == tokWord &&
		(commissionBodies.has(prev.low) || s.toks[from].capital && prev.capital)
}

// ownLink reports whether tokens [from,to) are "link in bio" or "swipe
// up": a pointer, not by itself a tie to a brand.
func (s *scan) ownLink(from, to int) bool {
	return (to-from == 3 && s.toks[from].low == "link" && s.toks[from+2].low == "bio") ||
		(to-from == 2 && s.toks[from].low == "swipe" && s.toks[from+1].low == "up")
}

// reviewStart finds "review", "reviews", "reviewed" and the like.
var reviewStart = wordPrefix("review")

// ratingWords speak of ratings.
var ratingWords = newWordSet([]string{"stars", "star", "rate", "rating", "ratings", "yelp", "google", "⭐"})

// checkBuyingReviews is ENDORSE-03: offering anything for a review, or
// asking only happy patients for one.
func checkBuyingReviews(s *scan) []post.Finding {
	out := s.phraseFindings("ENDORSE-03", "Asking for reviews with a reward, or only from happy patients, is banned (FTC rule on reviews).", "")
	reviews := s.hasWordStarting(reviewStart)
	for _, m := range s.findAtIf(reviews, buyReviewRE, buyReviewAnchor) {
		if gainIsOurs(s.text[m[0]:m[1]]) {
			continue // "leave an honest review, it helps us get grant money": no reward to the reviewer
		}
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Offering something in return for a review is banned (FTC rule on reviews).",
				Suggestion: "Ask everyone for honest feedback, with no reward."})
		}
	}
	for _, f := range s.conceptFindings("ENDORSE-03/reward", "Offering something in return for a review is banned (FTC rule on reviews).", "") {
		// "The tea is on us 🍵 Thanks for the review!": a perk beside
		// thanks for a review given (t21reply).
		if !overlapsAny(out, f.Start, f.End) && !s.perkThanked(f) {
			f.Suggestion = "Ask everyone for honest feedback, with no reward."
			out = append(out, f)
		}
	}
	out = s.rewardForAnyReview(out, reviews)
	out = s.rewardForReviewES(out)
	out = appendNew(out, s.siteReviewRewarded22()...)
	cue := s.reviewCue(reviews)
	// Staff told to post as patients on their own pages need no review
	// word; the other shapes of endorse_gate15.go do.
	out = appendNew(out, s.disguisedReviewers(cue)...)
	out = appendNew(out, s.paidPosters()...)
	held := s.hasWord("post", "posting", "online")
	// "call Jenna instead of posting online", "talk to us before heading
	// to Healthgrades"
	if cue || (held || s.hasAny(reviewSites)) && s.hasWord("before", "instead") || s.hasAny(heldMarkers20) {
		out = appendNew(out, s.divertedFromPosting()...)
	}
	if !cue && !(held && s.words.has("before")) { // "... before you post online"
		return out
	}
	out = appendNew(out, s.starsForReward()...)
	out = appendNew(out, s.kinReviews()...)
	gating := s.conceptFindings("ENDORSE-03/only", "Asking only happy patients for reviews (review gating) is banned (FTC rule on reviews).", "")
	// Gating blocks first: the milder "only the happy are asked" of
	// reviewGating gives way where both read the same sentence.
	for _, f := range append(append(s.insiderReviews(), gating...), s.reviewGating()...) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// glowingWords name the rating asked for.
var glowingWords = newWordSet([]string{"positive", "glowing", "⭐"})

// ratingAsked reports a rating named as the condition: "5-star",
// "five stars", "⭐⭐⭐⭐⭐", "positive review", "glowing review".
func (s *scan) ratingAsked() bool {
	if s.hasAny(glowingWords) || s.topStarsDrawn() {
		return true
	}
	for i := 0; i+1 < len(s.toks); i++ {
		if inSet(s.toks[i].low, "5", "five") && inSet(s.toks[i+1].low, "star", "stars", "⭐") {
			return true
		}
	}
	return false
}

// rewardWords are prizes and discounts offered to reviewers.
var rewardWords = newWordSet([]string{"raffle", "prize", "prizes", "giveaway", "drawing", "coupon", "reward", "rewards", "gift", "win", "discount"})

// rewardForAnyReview lowers to warn a reward offered for any review, good
// or bad ("Write us any review, good or bad, and you're entered to win"):
// the FTC rule bans rewards tied to a rating, the review sites ban them
// all; a person decides. A reward in another sentence than the review
// request is the same offer (block, or warn when offered for any review).
func (s *scan) rewardForAnyReview(out []post.Finding, reviews bool) []post.Finding {
	if !reviews || !s.hasAny(rewardWords) && !s.words.has("off") {
		return out
	}
	// Tied to nothing only when the text says so ("any review, good or
	// bad"): otherwise a reward for a review blocks (COMPLIANCE.md,
	// "review us for a discount/entry").
	tied := !s.allAsked() || s.ratingAsked()
	if !tied {
		for i := range out {
			if out[i].Severity == "" && strings.HasPrefix(out[i].Message, "Offering something") {
				out[i].Severity, out[i].NeedsHuman = post.SeverityWarn, true
				out[i].Message = "A reward for a review, offered for any review. Review sites forbid rewards; check it is not tied to a rating (FTC rule on reviews)."
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for si, se := range s.sents {
		// A discount in a reply is the office's promotion, not a price for
		// the review it thanks ("Thanks for the review! Whitening is 20%
		// off this month").
		offered := s.sentenceHasWord(si, rewardWords) || (!s.reviewMode() && s.moneyOff(si))
		if offered && (s.sentenceHasReview(si) || (si > 0 && s.sentenceHasReview(si-1))) && !s.rewardDenied(si) {
			sev := post.SeverityWarn
			if tied {
				sev = post.SeverityBlock
			}
			return append(out, post.Finding{Start: se.start, End: se.end, Severity: sev, NeedsHuman: true,
				Message:    "A reward next to a request for reviews. Rewards tied to a rating are banned (FTC rule on reviews); review sites forbid them all.",
				Suggestion: "Ask everyone for honest feedback, with no reward."})
		}
	}
	return out
}

// insiderReviews finds staff asked to review the practice (16 CFR 465.5)
// and reviews under other names (465.2): "post a review from your personal
// account", "Team, please leave us five stars this week".
func (s *scan) insiderReviews() []post.Finding {
	const msg = "Asking staff or their families to post reviews, or posting reviews under other names, is banned (FTC rule on reviews: insider and fake reviews)."
	const sugg = "Ask patients for honest reviews; staff may not review the practice."
	var out []post.Finding
	for _, h := range s.concepts("ENDORSE-03/insider", nil) {
		// "don't mention u work here" still asks for a review in
		// disguise; only a review itself refused ("please don't review
		// us from your own accounts") takes the ask back.
		if !s.reviewForbidden(s.toks[h.from].sent) && !s.offerRefused(h.from) {
			out = append(out, s.finding(h.from, h.to, msg))
		}
	}
	for si, se := range s.sents {
		if s.sentenceHasReview(si) && s.evenIfNotPatient(si) {
			// "ask them to post a review ... even if they just moved to
			// town": a review from someone who was never seen here.
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: msg})
			break
		}
	}
	for si, se := range s.sents {
		// "Our staff will be posting reviews this week"; not "each clearly
		// labeled as written by staff".
		// Reviews staff already wrote ("our front desk crew wrote some
		// reviews, go read them") are read by the post, not answered.
		writes := (s.staffWriteReviews(si, reviewWriting) && !s.sentenceHasWord(si, respondWords)) || s.staffWroteReviews(si)
		if s.sentenceHasReview(si) && writes && !s.reviewForbidden(si) && !s.staffReviewDisclosed() {
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: msg})
			continue
		}
		if !s.staffAddressed(se) {
			continue
		}
		// "Leave us a review! (Staff, you can too 😉)": the request
		// just before.
		if si > 0 && s.sentenceHasReview(si-1) && !s.reviewForbidden(si-1) && !s.reviewForbidden(si) {
			out = append(out, post.Finding{Start: s.sents[si-1].start, End: se.end, Message: msg})
			continue
		}
		// The request may follow in the next sentences ("Team!! Everyone
		// pls leave us a review"). Once the staff are told not to review
		// ("Staff: please don't review us. Reviews are for patients."),
		// only a sentence that writes one asks again ("... Do leave one
		// on Google, though").
		// A staff heading ("Staff appreciation:", "Team spotlight —")
		// praises the staff; only a review asked in words ("leave us 5
		// stars") is asked of them (staffheading19.go).
		forbidden := s.reviewForbidden(si) || s.staffHeading(se)
		for sj := si; sj < len(s.sents) && sj <= si+2; sj++ {
			if forbidden && !s.sentenceHasWord(sj, reviewWriting) && !s.reviewAskedInWords(sj) {
				continue
			}
			if s.sentenceHasReview(sj) && !s.reviewForbidden(sj) && !s.sentenceHasWord(sj, respondWords) {
				f := post.Finding{Start: se.start, End: se.end, Message: msg}
				if !overlapsAny(out, f.Start, f.End) {
					out = append(out, f)
				}
				break
			}
		}
	}
	for i := range out {
		out[i].Suggestion = sugg
	}
	return out
}

// staffWords name the practice's own people as a group.
var staffWords = map[string]bool{"team": true, "staff": true, "employees": true, "employee": true, "coworkers": true, "colleagues": true,
	"nurses": true, "providers": true, "hygienists": true, "assistants": true, "receptionists": true,
	// One of them writing reviews is the same insider review: "our
	// receptionist posted a glowing review".
	"receptionist": true, "hygienist": true, "nurse": true, "assistant": true, "manager": true, "scheduler": true, "biller": true,
	"technician": true, "tech": true, "scribe": true, "coworker": true, "colleague": true,
	// Those the practice pays to speak for it: "our marketing agency will
	// post a few reviews".
	"agency": true, "marketer": true, "marketers": true, "intern": true, "interns": true, "vendor": true, "volunteers": true}

// respondWords make a review sentence about answering reviews, not
// writing them ("Staff: please respond to new reviews within a day").
var respondWords = newWordSet([]string{"respond", "responding", "reply", "replying", "answer", "answering", "read", "reading", "monitor", "flag"})

// reviewWriting are the verbs of writing a review.
var reviewWriting = newWordSet([]string{"post", "posting", "posts", "write", "writing", "leave", "leaving", "submit", "submitting"})

// reviewWritten are the past tenses of writing a review: "our front desk
// crew wrote some reviews", "everyone on the team who posted reviews".
var reviewWritten = newWordSet([]string{"wrote", "written", "posted", "left", "dropped", "submitted"})

// staffWriteReviews reports a sentence where the practice's people, as a
// group, write reviews (one of verbs): "our staff will be posting reviews". Staff after
// the verb or after a preposition ("leave a review for our team") are
// not the writers.
func (s *scan) staffWriteReviews(si int, verbs *wordSet) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		// "Our front desk crew wrote some reviews": a crew of the
		// practice's people, only as writers ("the parking lot crew
		// needs two days" asks nothing of staff).
		if w := s.toks[t].low; !staffWords[w] && !(w == "crew" && verbs == reviewWritten) {
			continue
		}
		if k := t - 1; k >= se.tokStart && inSet(s.toks[k].low, "our", "the", "whole") {
			t0 := k - 1
			if t0 >= se.tokStart && inSet(s.toks[t0].low, "for", "to", "about", "thank", "thanks", "with", "from", "by", "of") {
				continue
			}
		}
		for v := t + 1; v < se.tokEnd && v <= t+4; v++ {
			if verbs.has(s.toks[v].low) {
				return true
			}
		}
	}
	return false
}

// staffAddressed reports a sentence that speaks to the staff: it opens
// with "Team", "Staff", "Reminder to staff", "Hey team", or has staff
// followed by a request ("employees, please", "staff should").
func (s *scan) staffAddressed(se sentence) bool {
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+4; t++ {
		w := s.toks[t].low
		if staffWords[w] && (t == se.tokStart || inSet(s.toks[t-1].low, "hey", "hi", "all", "to", "attention", "reminder", "dear", "(")) {
			return true
		}
		// "Everyone on the team:", "Note to the staff,"; not "Welcome to
		// the team, Ana!", which greets a new hire.
		if staffWords[w] && t >= se.tokStart+2 && s.toks[t-1].low == "the" && inSet(s.toks[t-2].low, "on", "to") &&
			t+1 < se.tokEnd && inSet(s.toks[t+1].low, ":", ",", "-", "—") &&
			!(t >= 3 && inSet(s.toks[t-3].low, "welcome", "welcoming", "welcomes", "joins", "joined", "join", "joining")) {
			return true
		}
	}
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if staffWords[s.toks[t].low] && (t == se.tokStart || !inSet(s.toks[t-1].low, "our", "the", "whole", "entire", "your")) {
			for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
				if inSet(s.toks[k].low, "please", "should", "must", "need", "needs", "remember", "asked", "encouraged", "expected") {
					return true
				}
			}
		}
	}
	return false
}

// reviewForbidden reports a sentence that tells staff not to review: a
// negation just before its review word ("please do NOT review us from
// your own accounts", "don't rate us", "we ask staff not to review").
func (s *scan) reviewForbidden(si int) bool {
	se := s.sents[si]
	first := true
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; !strings.HasPrefix(w, "review") && !inSet(w, "rate", "rating", "stars") {
			continue
		}
		for k := max(se.tokStart, t-4); first && k < t; k++ {
			// "we ask employees not to review": isNegator leaves "not
			// to" out ("not to mention"); before the review verb it is
			// the refusal.
			if s.isNegator(k) || s.toks[k].low == "not" && k+2 == t && s.toks[k+1].low == "to" {
				return true
			}
		}
		first = false
		// Any review word refused with asking words between: "Every
		// review here is real, and we never pay or ask staff to post
		// reviews".
		if s.askNegated(se.tokStart, t) {
			return true
		}
	}
	return false
}

// askBridgeWords may stand between a negation and the review it refuses:
// "we never pay or ask employees to write reviews", "we do not pay or
// encourage our staff to post reviews".
var askBridgeWords = newWordSet([]string{"pay", "paid", "gift", "reward", "or", "and", ",", "ask", "asks", "let", "lets", "have", "encourage",
	"allow", "allows", "tell", "to", "us", "our", "any", "their", "own", "fake", "a", "the", "for",
	// "We never ask staff or family to post reviews" (t21reply): the
	// insiders' kin refused with them.
	"family", "families", "friends", "relatives"})

// askNegated reports a negation before the review word at token t, with
// only asking, paying, staff and writing words between: the practice
// refuses to have its staff review it.
func (s *scan) askNegated(from, t int) bool {
	for k := t - 1; k >= from && k >= t-10; k-- {
		w := s.toks[k].low
		if s.isNegator(k) {
			return true
		}
		if w == "t" && k > from && s.isNegator(k-1) {
			return true
		}
		if !askBridgeWords.has(w) && !staffWords[w] && !reviewWriting.has(w) {
			return false
		}
	}
	return false
}

// evenIfNotPatient reports "even if you haven't been in", "even if they
// just moved to town" in the text: a review asked of people who were
// never seen. The request may sit in another sentence.
func (s *scan) evenIfNotPatient(si int) bool {
	if neverSeen := s.neverSeen(); neverSeen >= 0 {
		return si == neverSeen || s.postAsksReviews()
	}
	if !s.words.has("even") {
		return false
	}
	for i := 0; i+3 < len(s.toks); i++ {
		if s.toks[i].low != "even" || s.toks[i+1].low != "if" {
			continue
		}
		for k := i + 2; k < len(s.toks) && k <= i+6 && s.toks[k].sent == s.toks[i].sent; k++ {
			if s.toks[k].low == "moved" || (inSet(s.toks[k].low, "never", "not", "haven", "hasn", "t") && k+1 < len(s.toks) &&
				inSet(s.toks[k+1].low, "been", "visited", "come", "came", "went", "seen", "met", "stepped")) {
				return si == s.toks[i].sent || s.postAsksReviews()
			}
		}
	}
	return false
}

// neverSeen returns the sentence that says the reviewers need never have
// been seen ("they don't need to have been seen here", "doesn't matter if
// you've never been a patient"), or -1.
func (s *scan) neverSeen() int {
	if !s.words.has("been") {
		return -1
	}
	for i := 2; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "been" || !inSet(s.toks[i+1].low, "seen", "in", "here", "a", "our", "patients", "treated", "visited") {
			continue
		}
		if inSet(s.toks[i+1].low, "a", "our") && (i+2 >= len(s.toks) || !inSet(s.toks[i+2].low, "patient", "patients", "client")) {
			continue
		}
		// A negation or "need not" a few words before: "don't need to
		// have been", "never been", "haven't been".
		for k := i - 1; k >= 0 && k >= i-5 && s.toks[k].sent == s.toks[i].sent; k-- {
			if s.isNegator(k) || s.toks[k].low == "never" {
				return s.toks[i].sent
			}
		}
	}
	return -1
}

// postAsksReviews reports whether the text asks for reviews or ratings.
func (s *scan) postAsksReviews() bool {
	for si := range s.sents {
		if s.sentenceHasReview(si) {
			return true
		}
	}
	return false
}

// sentenceHasReview reports a sentence about reviews or ratings.
func (s *scan) sentenceHasReview(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if strings.HasPrefix(w, "review") || inSet(w, "stars", "rate", "rating", "ratings", "yelp", "⭐") {
			return true
		}
	}
	if !s.starsWritten() {
		return false
	}
	// "Tap here ⭐⭐⭐⭐⭐": stars drawn, which the tokens leave out.
	a, b := se.start, se.end
	if s.fold != nil {
		a, b = s.fold.original(a, b)
	}
	return strings.Contains(s.written[a:b], "⭐")
}

// starsWritten reports star emoji in the text as written: a rating drawn
// rather than named ("Loved it? Tap ⭐⭐⭐⭐⭐"). The tokens leave emoji
// out, and an ASCII text has none.
func (s *scan) starsWritten() bool {
	return !s.ascii && strings.Contains(s.written, "⭐")
}

// reviewGating finds review gating (16 CFR 465.7): unhappy patients sent
// to the office instead of to a review site. "If you had a bad visit, call
// us first instead"; "Loved your visit? Leave a review! Not happy? Call
// us."; "please don't post a bad review".
func (s *scan) reviewGating() []post.Finding {
	const msg = "Steering unhappy patients away from reviews (review gating) is banned (FTC rule on reviews): everyone must be asked the same way."
	var out []post.Finding
	// A question heading the next sentence reads with it: "Happy with
	// your visit? Leave us a review!"
	has := func(list string, si int) bool {
		return s.sentenceHas(list, si) || (si > 0 && s.toks[s.sents[si-1].tokEnd-1].low == "?" && s.sentenceHas(list, si-1))
	}
	positiveAsk := false
	for si := range s.sents {
		if has("ENDORSE-03/positive", si) && s.sentenceHasReview(si) {
			positiveAsk = true
		}
	}
	for si, se := range s.sents {
		if !has("ENDORSE-03/negative", si) {
			if s.reviewMode() && s.offlineBeforePosting(si) {
				// A reply to a review: the reader is the unhappy one,
				// though the sentence names no bad visit.
				out = append(out, post.Finding{Start: se.start, End: se.end, Message: msg,
					Suggestion: "Thank the reviewer and offer the office line, without asking them to call before they post."})
			}
			continue
		}
		private := s.sentenceHas("ENDORSE-03/private", si)
		divert, dont, beforePosting := false, false, false
		for t := se.tokStart; t < se.tokEnd; t++ {
			w := s.toks[t].low
			divert = divert || inSet(w, "instead", "first", "before", "rather", "privately", "directly")
			dont = dont || (s.isNegator(t) && t+2 < se.tokEnd && inSet(s.toks[t+1].low, "post", "leave", "write", "rate", "review"))
			// "... before you post online", "before posting a review":
			// the unhappy come to the office instead of the review site.
			beforePosting = beforePosting || (w == "before" && s.postingAfter(t+1, se.tokEnd))
		}
		private = private || beforePosting
		// "Not happy? Please review us or call": the unhappy are asked
		// for a review too, so only a diversion ("call us first") gates.
		asksReview := s.sentenceHasReview(si) && !s.reviewForbidden(si)
		// "Questions or concerns? Call us directly." is an open door, not
		// a diversion: a concern gates only when kept from being posted.
		open := !beforePosting && s.concernOnly(si)
		// "Our survey routes satisfied patients to Google and forwards
		// concerns to the manager": both ways told in one sentence.
		routed := s.sentenceHasWord(si, routeWords) && has("ENDORSE-03/positive", si) && s.sentenceHasReview(si)
		if routed || (private && !open && (divert || (positiveAsk && !asksReview && !s.allAsked()))) || (dont && s.sentenceHasReview(si)) {
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: msg,
				Suggestion: "Ask every patient for an honest review, and offer the office line to everyone, not only the unhappy."})
		}
	}
	if len(out) == 0 && positiveAsk && !s.allAsked() {
		// "Loved your visit? Leave us a review!": only the happy are asked,
		// though no one is turned away. A person decides.
		for si := range s.sents {
			// "Thanks for the stars ⭐ Have a great week!": in a reply,
			// thanks for the rating given asks for none (t21reply); in any
			// text, a thank-you for stars asks nothing in words
			// (replies21.go).
			if s.sentenceHasReview(si) && has("ENDORSE-03/positive", si) && s.sentenceHasWord(si, askWords) &&
				!(s.reviewMode() && s.thanksForRating(si) && !s.asksReviewIn(si)) && !s.ratingThanked(si) {
				se := s.sents[si]
				if si > 0 && s.toks[s.sents[si-1].tokEnd-1].low == "?" {
					se.start = s.sents[si-1].start
				}
				out = append(out, post.Finding{Start: se.start, End: se.end, Severity: post.SeverityWarn, NeedsHuman: true,
					Message:    "This asks only patients who liked their visit for a review. Ask everyone the same way.",
					Suggestion: "Ask every patient for an honest review, good or bad."})
				break
			}
		}
	}
	return out
}

// contactWords ask the reader to come to the office: call, write, reach
// out.
var contactWords = newWordSet([]string{"call", "text", "email", "message", "dm", "reach", "contact", "talk", "speak", "tell"})

// offlineBeforePosting reports whether sentence si asks the reader to
// contact the office before posting ("next time before posting, please
// call Rusty directly", "before you leave a review, reach out to us").
func (s *scan) offlineBeforePosting(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].low != "before" {
			continue
		}
		// "before posting", "before you post", "before you leave a review".
		for k := t + 1; k < se.tokEnd && k <= t+4; k++ {
			if postingWords.has(s.toks[k].low) || s.toks[k].low == "reviews" {
				if s.officePosting(t+1, k) {
					break // "before posting this reply, we ...": the office's own post
				}
				return s.asksReaderToContact(si)
			}
		}
	}
	return false
}

// officePosting reports whether the posting told at token k, after
// "before" at token from-1, is the office's own (session 15 attack):
// "Before posting this reply we talked it over", "before we post", "before
// posting our response". Asking no one to hold back, it is no gating.
func (s *scan) officePosting(from, k int) bool {
	for j := from; j < k; j++ {
		if inSet(s.toks[j].low, "we", "i", "our") {
			return true
		}
	}
	end := s.sents[s.toks[k].sent].tokEnd
	for j := k + 1; j < end && j <= k+2; j++ {
		if inSet(s.toks[j].low, "reply", "replies", "response", "responses", "answer", "this") {
			return true
		}
	}
	return false
}

// asksReaderToContact reports whether sentence si asks the reader to call,
// write or tell the office (contactWords), not to tell others: "tell your
// friends before they post" is no turning away (session 15 attack).
func (s *scan) asksReaderToContact(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !contactWords.has(s.toks[t].low) {
			continue
		}
		if t+1 < se.tokEnd && inSet(s.toks[t+1].low, "your", "their", "friends", "family", "others", "everyone", "people") {
			continue
		}
		return true
	}
	return false
}

// routeWords send a reviewer one way or another: the happy to a review
// site, the unhappy to the office.
var routeWords = newWordSet([]string{"routes", "route", "routed", "routing", "directs", "redirects", "forwards", "steers", "funnels",
	"filters", "sorts"})

// concernOnly reports that the unhappy visit of sentence si (or of the
// question before it) is only "a concern": any patient may have one.
func (s *scan) concernOnly(si int) bool {
	for _, h := range s.hitsOf("ENDORSE-03/negative") {
		if hs := s.toks[h.from].sent; (hs == si || hs == si-1) && s.toks[h.from].low != "concern" && s.toks[h.from].low != "concerns" {
			return false
		}
	}
	return true
}

// postingWords are going public with an opinion.
var postingWords = newWordSet([]string{"post", "posting", "review", "reviewing", "rate", "rating", "leaving", "writing", "publishing", "online"})

// postingAfter reports a word of posting a review within three tokens
// from t: "before you post", "before posting", "before leaving a review".
func (s *scan) postingAfter(t, end int) bool {
	for k := t; k < end && k < t+3; k++ {
		if postingWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// askWords ask the reader for a review.
var askWords = newWordSet([]string{"leave", "write", "post", "share", "rate", "give", "drop", "tell", "⭐"})

// allAsked reports whether the text asks everyone for a review, whatever
// they thought: "good or bad", "honest", "either way", "all feedback".
func (s *scan) allAsked() bool {
	for i := range s.toks {
		switch s.toks[i].low {
		case "honest", "either", "whatever", "any", "all", "every", "everyone":
			return true
		case "bad", "negative":
			// "good or bad", "good, bad or in between"
			if i >= 2 && inSet(s.toks[i-2].low, "good", "positive") && inSet(s.toks[i-1].low, "or", ",", "/") {
				return true
			}
		}
	}
	return false
}

// checkSuppressingReviews is ENDORSE-04: pressing a reviewer to remove a
// review or threatening them.
func checkSuppressingReviews(s *scan) []post.Finding {
	return s.phraseFindings("ENDORSE-04", "Pressing someone to remove a review, or threatening them, is banned (FTC rule on reviews) and looks bad in public.", "")
}

// gainIsOurs reports whether what an ask for a review "gets" is the
// practice's, not the reviewer's: "it helps us get grant money", "so we
// can get more funding".
func gainIsOurs(m string) bool {
	low := strings.ToLower(m)
	return strings.HasSuffix(low, "us get") || strings.HasSuffix(low, "we get") || strings.HasSuffix(low, "we can get") ||
		strings.HasSuffix(low, "us win") || strings.HasSuffix(low, "we win")
}

// buyReviewAnchor finds the words buyReviewRE starts with.
var buyReviewAnchor = wordAnchor("leave", "write", "post", "give", "drop", "review", "reviews")
