package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// The review shapes of this file are all ENDORSE-03 blocks (16 CFR 465,
// 255): a reviewer asked to call before or instead of posting, a survey
// that routes the high scorers to a review site, a reward for stars drawn
// as emoji, reviewers told to pass as patients or hide that they know the
// staff, and reviews from a staff member's relatives.

const (
	gatingMsg  = "Steering unhappy patients away from reviews (review gating) is banned (FTC rule on reviews): everyone must be asked the same way."
	gatingSugg = "Ask every patient for an honest review, and offer the office line to everyone, not only the unhappy."
	insiderMsg = "Asking staff or their families to post reviews, or posting reviews under other names, is banned (FTC rule on reviews: insider and fake reviews)."
	rewardMsg  = "Offering something in return for a review is banned (FTC rule on reviews)."
)

// spanishReviewWords speak of reviews or ratings in Spanish.
var spanishReviewWords = newWordSet([]string{"reseña", "reseñas", "resena", "resenas", "estrellas", "calificación", "calificacion"})

// reviewCue reports whether the text speaks of reviews or ratings at all,
// in English, in Spanish, or in stars drawn (⭐, ★).
func (s *scan) reviewCue(reviews bool) bool {
	if reviews || s.hasAny(ratingWords) {
		return true
	}
	// Drawn stars and Spanish ("reseñas", "calificación") are not ASCII
	// text; most posts are, and skip the look.
	return !s.ascii && (s.starsWritten() || strings.Contains(s.written, "★") || s.hasAny(spanishReviewWords))
}

// divertedFromPosting finds review gating that names no bad visit: the
// reader (a reviewer, in a reply) asked to call the office before or
// instead of posting ("Next time please call Terri before posting a
// review"), or kept off the internet ("so it doesn't end up online"); and
// a survey that sends the high scorers to a review site and the rest
// elsewhere. "Call us any time with questions" diverts nothing.
func (s *scan) divertedFromPosting() []post.Finding {
	var out []post.Finding
	for si, se := range s.sents {
		private := s.sentenceHas("ENDORSE-03/private", si) || !s.ascii && s.sentenceHasWord(si, spanishContactWords) ||
			s.sentenceHasWord(si, abroadContactWords)
		if (private && (s.postingHeldBack(si) || s.keptOffline(si))) || s.routedByScore(si, private) {
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: gatingMsg, Suggestion: gatingSugg})
		}
	}
	return out
}

// postingHeldBack reports "before (you) post/posting/reviewing", "before
// you go to Yelp", "instead of posting" or their Spanish ("antes de
// publicar una reseña", "en vez de dejar una reseña") in sentence si: the
// post comes second, if at all.
func (s *scan) postingHeldBack(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "before":
			if s.reviewPostedAfter(t+1, se.tokEnd) || s.reviewSiteAfter(t+1, se.tokEnd) {
				return true
			}
		case "antes", "vez", "lugar":
			if s.spanishHeldBack(t, se.tokEnd) {
				return true
			}
		case "instead", "rather":
			if s.ratherThanHeld(t, se.tokEnd) {
				return true
			}
		default:
			if heldMarkers20.has(s.toks[t].low) && s.abroadHeldAt(t, se.tokStart, se.tokEnd) {
				return true
			}
		}
	}
	return false
}

// reviewPostVerbs post an opinion by themselves ("before you post");
// reviewWriteVerbs do so with a review after them ("before leaving a
// review"), not in "before leaving the lot" or "before booking online".
var (
	reviewPostVerbs  = newWordSet([]string{"post", "posting", "posts", "review", "reviewing", "rate", "rating"})
	reviewWriteVerbs = newWordSet([]string{"leave", "leaving", "write", "writing", "publish", "publishing", "giving", "give"})
)

// postedObjects may follow "post" when what is posted is an opinion:
// "before you post a review", "instead of posting online", "before
// posting, call"; not "instead of posting your medical questions".
var postedObjects = newWordSet([]string{"online", "a", "review", "reviews", "about", "on", "publicly", "it", "that", "anything",
	"negative", "bad", "something", "us", "here", "there"})

// reviewPostedAfter reports posting a review within three tokens from t.
func (s *scan) reviewPostedAfter(t, end int) bool {
	for k := t; k < end && k < t+3; k++ {
		w := s.toks[k].low
		if reviewPostVerbs.has(w) {
			if k+1 < end && inSet(s.toks[k+1].low, "here", "there") {
				// "posting here" is a review only where one is in sight:
				// a reply, or a post about reviews. "Questions? Call us
				// rather than posting here" asks for calls (att20).
				return s.reviewMode() || s.hasWordStarting(reviewStart)
			}
			return k+1 >= end || s.toks[k+1].kind == tokPunct || postedObjects.has(s.toks[k+1].low)
		}
		if reviewWriteVerbs.has(w) {
			for j := k + 1; j < end && j <= k+3; j++ {
				if strings.HasPrefix(s.toks[j].low, "review") || inSet(s.toks[j].low, "stars", "rating") {
					return true
				}
			}
		}
	}
	return false
}

// offlineWords are where a review would be seen.
var offlineWords = newWordSet([]string{"online", "internet", "publicly", "yelp", "google"})

// keptOffline reports a sentence that keeps an opinion off the internet:
// "so it doesn't end up online", "so it stays off the internet", "we'd
// rather fix it than see it online".
func (s *scan) keptOffline(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !offlineWords.has(s.toks[t].low) {
			continue
		}
		// A negation or "off"/"than" with a verb of landing or being
		// seen: not "we never discuss care online".
		held, seen := false, false
		for k := t - 1; k >= se.tokStart && k >= t-5; k-- {
			w := s.toks[k].low
			held = held || s.isNegator(k) || inSet(w, "off", "than", "t")
			seen = seen || landWords.has(w)
		}
		if held && seen {
			return true
		}
	}
	return false
}

// landWords are an opinion landing or being seen somewhere.
var landWords = newWordSet([]string{"end", "ends", "ending", "up", "see", "seeing", "read", "reading", "stay", "stays", "staying", "keep",
	"keeps", "kept", "land", "lands", "show", "shows", "appear", "appears", "go", "goes", "hear", "find"})

// topStarsDrawn reports a top rating drawn in emoji: "5⭐", "⭐⭐⭐⭐⭐",
// "5★".
func (s *scan) topStarsDrawn() bool {
	if s.ascii {
		return false
	}
	for _, w := range []string{"5⭐", "5 ⭐", "⭐⭐⭐⭐⭐", "5★", "★★★★★"} {
		if strings.Contains(s.written, w) {
			return true
		}
	}
	return false
}

// moneyOff reports a discount in sentence si, offered for a review asked
// in it, or just before when si goes on with its clause: "Review us (5
// stars please!) and get $10 off". "Thanks for 500 reviews! New patients
// get $20 off" asks for none; "Leave us a review! Members get 10% off"
// offers the discount apart.
func (s *scan) moneyOff(si int) bool {
	se := s.sents[si]
	goesOn := si > 0 && inSet(s.toks[se.tokStart].low, ")", "and", "to", "then", "for")
	if !s.reviewAsked(si) && !(goesOn && s.reviewAsked(si-1)) {
		return false
	}
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if s.toks[t].low != "off" {
			continue
		}
		if p := s.toks[t-1]; p.low == "%" || p.kind == tokNumber && t >= se.tokStart+2 && s.toks[t-2].low == "$" {
			return true
		}
	}
	return false
}

// routeSendWords send a reader somewhere.
var routeSendWords = newWordSet([]string{"send", "sends", "sent", "sending", "routes", "route", "routed", "routing", "directs", "redirects",
	"forwards", "steers", "funnels", "filters", "sorts"})

// restWords name the others a survey sends elsewhere.
var restWords = newWordSet([]string{"else", "rest", "others", "everybody", "lower", "below"})

// routedByScore reports a sentence that sends the high scorers to a
// review site and the rest (or the private channel) elsewhere: "our text
// survey sends 4- and 5-star folks to Google and everyone else to a
// private form".
func (s *scan) routedByScore(si int, private bool) bool {
	if !s.sentenceHasWord(si, routeSendWords) || !(private || s.sentenceHasWord(si, restWords)) {
		return false
	}
	if !s.sentenceHasReview(si) && !s.sentenceHasWord(si, reviewSites) {
		return false
	}
	return s.highScore(si)
}

// reviewSites are where reviews are posted.
var reviewSites = newWordSet([]string{"google", "yelp", "facebook", "healthgrades", "zocdoc", "tripadvisor"})

// highScore reports a top score or the happy named in sentence si: "9 or
// 10", "4- and 5-star", "happy patients". "Great care" is no score.
func (s *scan) highScore(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if inSet(w, "9", "10", "nine", "ten", "happy", "satisfied", "promoters") {
			return true
		}
		if inSet(w, "star", "stars") && t > se.tokStart && inSet(s.toks[t-1].low, "4", "5", "four", "five") {
			return true
		}
	}
	return false
}

// starRewardWords are prizes offered beside stars drawn as emoji.
var starRewardWords = newWordSet([]string{"raffle", "prize", "prizes", "giveaway", "drawing", "coupon", "reward", "rewards", "gift",
	"win", "discount", "entered", "entry", "voucher"})

// starsForReward finds a reward in a sentence that asks for a top rating
// drawn rather than named: "Post a ⭐⭐⭐⭐⭐ on our page and you're entered
// to win". Stars as decoration ("⭐ Free flu shots Saturday ⭐") ask for
// nothing.
func (s *scan) starsForReward() []post.Finding {
	if !s.topStarsDrawn() {
		return nil
	}
	for si, se := range s.sents {
		if !s.sentenceHasWord(si, starRewardWords) || !s.sentenceHasWord(si, askWords) {
			continue
		}
		a, b := se.start, se.end
		if s.fold != nil {
			a, b = s.fold.original(a, b)
		}
		if starsAskedIn(s.written[a:b]) {
			return []post.Finding{{Start: se.start, End: se.end, Message: rewardMsg, Suggestion: "Ask everyone for honest feedback, with no reward."}}
		}
	}
	return nil
}

// starAskVerbs ask for the stars drawn just after them.
var starAskVerbs = []string{"post", "leave", "drop", "give", "tap", "share", "send", "hit"}

// starsAskedIn reports a top rating drawn right after a verb asking for
// it in sentence text w: "Post a ⭐⭐⭐⭐⭐", "drop us 5⭐"; not stars that
// decorate a quotation ("⭐⭐⭐⭐⭐ \"Best dentist ever\" — share your
// smile").
func starsAskedIn(w string) bool {
	for _, stars := range []string{"⭐⭐⭐⭐⭐", "5⭐", "5 ⭐"} {
		for off := 0; ; {
			k := strings.Index(w[off:], stars)
			if k < 0 {
				break
			}
			k += off
			before := strings.ToLower(w[max(0, k-16):k])
			for _, v := range starAskVerbs {
				if strings.Contains(before, v) {
					return true
				}
			}
			off = k + len(stars)
		}
	}
	return false
}

// disguisedReviewers finds reviewers told to hide who they are: "they
// don't have to say they know you", "tell them to say they're a patient
// even if they're not", next to a request for reviews
// (ENDORSE-03/disguise); and staff told to post as
// patients on their own pages ("share it on your FB like you're a happy
// patient, not an employee"), which needs no review word
// (ENDORSE-03/posing).
func (s *scan) disguisedReviewers(cue bool) []post.Finding {
	var out []post.Finding
	// One finding per sentence, and each sentence weighed once: a long
	// sentence of many hits stays linear.
	var weighed sentenceOnce
	add := func(from int) {
		si := s.toks[from].sent
		se := s.sents[si]
		if !overlapsAny(out, se.start, se.end) && !s.offerRefused(from) && !s.reviewForbidden(si) {
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: insiderMsg,
				Suggestion: "Ask patients for honest reviews; anyone who knows the staff must say so."})
		}
	}
	// Each list holds phrases (hits) and co-occurrences (concepts). A
	// disguise is told to reviewers: the review is asked in its sentence
	// or next to it, not in an unrelated line ("Friends and family of our
	// staff: the party is Friday! Thanks for 300 reviews").
	disguise := func(from int) {
		si := s.toks[from].sent
		if !weighed.first(si) {
			return
		}
		if s.ratingCueNear(si) {
			add(from)
		}
	}
	if cue {
		for _, h := range s.hitsOf("ENDORSE-03/disguise") {
			disguise(h.from)
		}
		for _, h := range s.concepts("ENDORSE-03/disguise", nil) {
			disguise(h.from)
		}
	}
	// Posing is told to staff: their own accounts or the staff named
	// in the sentence or the one before ("Staff: share it on your own FB
	// like you're a happy patient"); "tour the clinic like you're a
	// patient" on the page is a video's invitation.
	var posed sentenceOnce
	posing := func(from int) {
		si := s.toks[from].sent
		if !posed.first(si) {
			return
		}
		if (cue || s.sentenceHasWord(si, socialPostWords)) && s.staffContext(si) {
			add(from)
		}
	}
	for _, h := range s.hitsOf("ENDORSE-03/posing") {
		posing(h.from)
	}
	for _, h := range s.concepts("ENDORSE-03/posing", nil) {
		posing(h.from)
	}
	return out
}

// reviewWordsStrict speak of reviews and nothing else: not "rate" ("a
// discounted rate") or a site's name ("directions on Google Maps").
var reviewWordsStrict = newWordSet([]string{"stars", "yelp", "⭐"})

// ratingCueNear reports a review or rating asked in sentence si or one
// next to it: "reviews", "stars", "⭐", "5★", "reseñas".
func (s *scan) ratingCueNear(si int) bool {
	for k := max(0, si-1); k < len(s.sents) && k <= si+1; k++ {
		if s.sentenceHasWordStarting(k, "review") || s.sentenceHasWord(k, reviewWordsStrict) || s.sentenceHasWord(k, spanishReviewWords) {
			return true
		}
		if !s.ascii {
			a, b := s.sents[k].start, s.sents[k].end
			if s.fold != nil {
				a, b = s.fold.original(a, b)
			}
			if w := s.written[a:b]; strings.Contains(w, "★") || strings.Contains(w, "⭐") {
				return true
			}
		}
	}
	return false
}

// sentenceHasWordStarting reports a word of sentence si starting with
// prefix.
func (s *scan) sentenceHasWordStarting(si int, prefix string) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if strings.HasPrefix(s.toks[t].low, prefix) {
			return true
		}
	}
	return false
}

// ownAccountWords tell a post made from one's own account.
var ownAccountWords = newWordSet([]string{"own", "personal", "work", "employee", "employees", "staff"})

// staffContext reports staff spoken to or of, or their own accounts, in
// sentence si or the one before.
func (s *scan) staffContext(si int) bool {
	for k := max(0, si-1); k <= si; k++ {
		if s.sentenceHasWord(k, ownAccountWords) {
			return true
		}
		se := s.sents[k]
		for t := se.tokStart; t < se.tokEnd; t++ {
			if staffWords[s.toks[t].low] {
				return true
			}
		}
	}
	return false
}

// socialPostWords are posting on a social page.
var socialPostWords = newWordSet([]string{"post", "posts", "posting", "share", "sharing", "page", "pages", "facebook", "fb", "instagram",
	"ig", "tiktok", "nextdoor", "reply", "comment", "comments"})

// reviewerKinWords are relatives and close friends: a staff member's ("Rusty's
// cousin") writing the practice a review is an insider's review.
var reviewerKinWords = newWordSet([]string{"cousin", "cousins", "wife", "husband", "sister", "sisters", "brother", "brothers", "aunt", "aunts",
	"uncle", "niece", "nephew", "fiance", "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend", "roommate", "bestie", "tía", "tia",
	"prima", "primo", "cuñada", "cuñado", "inlaws"})

// parentWords are a child patient's usual reviewers ("Jake's mom left a
// review"): kin only of a staff member named by role ("our office
// manager's mom").
var parentWords = newWordSet([]string{"mom", "mother", "mama", "dad", "father", "parents", "grandma", "grandmother", "grandpa", "abuela"})

// kinReviews finds a review from someone's relative, named by a
// possessive ("Marisol's cousin just left us the sweetest review", "(okay
// it's Dawn's sister)", "our office manager's mom"), in the sentence of
// the review or next to it. A reply greeting the reviewer's family ("say
// hi to your sister") names no possessive; one that says the relative
// disclosed the tie passes.
func (s *scan) kinReviews() []post.Finding {
	if !s.words.has("s") || s.staffReviewDisclosed() {
		return nil
	}
	var reviewed []bool // by sentence, filled at the first relative found
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "s" || !s.kinPossessive(i) {
			continue
		}
		if reviewed == nil {
			reviewed = make([]bool, len(s.sents))
			for k := range s.sents {
				reviewed[k] = s.sentenceHasReview(k)
			}
		}
		si := s.toks[i].sent
		near := reviewed[si] || si > 0 && reviewed[si-1] || si+1 < len(reviewed) && reviewed[si+1]
		if s.kinWroteReview(i, reviewed) || s.kinNamedAsReviewer(i) && near {
			se := s.sents[si]
			f := post.Finding{Start: se.start, End: se.end, Message: insiderMsg,
				Suggestion: "A staff member's relatives may not review the practice without saying so; ask patients instead."}
			if s.hasWord("biased", "bias") {
				// "She may be a little biased": the tie owned up to, in
				// jest. A person decides whether the review says so.
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			return []post.Finding{f}
		}
	}
	return nil
}

// kinAfterWords are what a relative did with a review: "Rusty's cousin
// wrote us the sweetest review". Not "Dr. Ali's wife opened a bakery, go
// leave her a review": a review asked for the relative's shop.
var kinAfterWords = newWordSet([]string{"wrote", "left", "posted", "gave", "dropped"})

// kinBeforeWords, a few words before "<Name>'s <relative>", make the
// relative the one thanked or quoted in a sentence about a review: "huge
// thanks to Rebin's cousin for the glowing review", "(including our
// office manager's mom and aunt!)".
var kinBeforeWords = newWordSet([]string{"including", "from", "thanks", "thank", "shoutout", "incl"})

// kinWroteReview reports the relative at the "s" token i writing or
// being thanked for a review in the same sentence.
// reviewed tells, by sentence, which speak of reviews.
func (s *scan) kinWroteReview(i int, reviewed []bool) bool {
	si := s.toks[i].sent
	se := s.sents[si]
	// A handle's dot ("@zagros.vibes") ends no sentence: read on.
	if s.joinedToNext(si) {
		se.tokEnd = s.sents[si+1].tokEnd
	}
	if !reviewed[si] && !(se.tokEnd > s.sents[si].tokEnd && reviewed[si+1]) {
		return false
	}
	// A staff member's parent thanked "for the lovely review": the
	// review word itself ties them ("our intern's mom").
	staffKin := staffWords[s.toks[i-1].low]
	for k := i + 2; k < se.tokEnd && k <= i+9; k++ {
		if w := s.toks[k].low; kinAfterWords.has(w) || staffKin && (strings.HasPrefix(w, "review") || w == "stars") {
			return true
		}
	}
	for k := i - 2; k >= se.tokStart && k >= i-5; k-- {
		if kinBeforeWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// kinNamedAsReviewer reports "(okay it's Dawn's sister)", "(He's Joy's
// brother-in-law)", "(Dr. Jansma's wife, shh)": a reviewer named as
// someone's relative in an aside next to the review. Not "She's Dr.
// Park's niece and a wonderful addition", which introduces a new hire.
func (s *scan) kinNamedAsReviewer(i int) bool {
	for k := i - 2; k >= 0 && k >= i-7 && s.toks[k].sent == s.toks[i].sent; k-- {
		switch s.toks[k].low {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// joinedToNext reports a sentence break with no space after it, inside a
// handle or an address ("@zagros.vibes"), not between two sentences.
func (s *scan) joinedToNext(si int) bool {
	if si+1 >= len(s.sents) {
		return false
	}
	next := s.sents[si+1].start
	return next > 0 && next <= len(s.text) && !strings.ContainsRune(" \t\n", rune(s.text[next-1]))
}

// kinPossessive reports "<Name>'s <relative>" or "<role>'s <parent>" at
// the "s" token i.
func (s *scan) kinPossessive(i int) bool {
	owner, kin := &s.toks[i-1], s.toks[i+1].low
	if owner.kind != tokWord || owner.sent != s.toks[i+1].sent {
		return false
	}
	if i >= 2 && inSet(s.toks[i-2].low, "your", "ur", "his", "her", "their") {
		return false // "your husband's sister": the reviewer's own family
	}
	if staffWords[owner.low] {
		return reviewerKinWords.has(kin) || parentWords.has(kin)
	}
	return owner.capital && reviewerKinWords.has(kin)
}

// disclosureWords tell that a staff review says who wrote it.
var disclosureWords = newWordSet([]string{"labeled", "labelled", "disclosed", "discloses", "disclose", "disclosing", "disclosure",
	"marked", "identified", "identifies", "transparent"})

// staffReviewDisclosed reports a text that says its insiders' reviews
// say who wrote them: "each clearly labeled as written by staff".
func (s *scan) staffReviewDisclosed() bool {
	return s.hasAny(disclosureWords)
}

// appendNew appends the findings of add that overlap none already in out.
func appendNew(out []post.Finding, add ...post.Finding) []post.Finding {
	for _, f := range add {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// reviewAsked reports a sentence that asks for a review: "review us",
// "leave a review", "rate us".
func (s *scan) reviewAsked(si int) bool {
	if !s.sentenceHasReview(si) {
		return false
	}
	if s.sentenceHasWord(si, askWords) {
		return true
	}
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if s.toks[t].low == "review" && s.toks[t+1].low == "us" {
			return true
		}
	}
	return false
}

// sharedReviewWords, between a verb and "reviews", make them patients'
// reviews the staff shared: "our team posted your reviews on the lobby
// wall".
var sharedReviewWords = newWordSet([]string{"your", "our", "patient", "patients", "favorite", "favourite", "best", "these", "those",
	"their"})

// staffWroteReviews reports a sentence where the practice's people wrote
// reviews ("our front desk crew wrote some honest Google reviews",
// "everyone on the team who posted reviews"); not reviews they shared.
func (s *scan) staffWroteReviews(si int) bool {
	if !s.staffWriteReviews(si, reviewWritten) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !reviewWritten.has(s.toks[t].low) {
			continue
		}
		for k := t + 1; k < se.tokEnd && k <= t+5; k++ {
			// "reviews", not "a guide to reviewing"; not "reviews of
			// the best hiking trails".
			if w := s.toks[k].low; w == "review" || w == "reviews" {
				return k+1 >= se.tokEnd || s.toks[k+1].low != "of"
			}
			if sharedReviewWords.has(s.toks[k].low) {
				break
			}
		}
	}
	return false
}

// payWords tell that the practice paid someone.
var payWords = newWordSet([]string{"paid", "pay", "paying", "pays", "comped", "comping", "bribed", "bribing"})

// notPaidForPosts follow "paid" when the pay is no one's fee for a post:
// "paid off the machine", "paid sick leave", "paid for lunch".
var notPaidForPosts = newWordSet([]string{"off", "for", "leave", "sick", "time", "parking", "holiday", "holidays", "bills", "bill",
	"internship", "internships", "positions", "position", "training"})

// promoteVerbs are what a paid poster is paid to do: "to post about us".
var promoteVerbs = newWordSet([]string{"post", "share", "review", "write", "promote", "rave", "talk", "tag", "film", "hype", "shout"})

// paidPostWords are an endorsement posted by someone else: "her glowing
// reel", "the write-up", "an influencer".
var paidPostWords = newWordSet([]string{"influencer", "influencers", "blogger", "bloggers", "reel", "reels", "review", "reviews",
	"collab", "tiktoker", "tiktokers", "youtuber", "youtubers", "vlog", "post", "posts"})

// paidPosters finds the practice telling that it paid or comped someone
// to post about it, with no disclosure (16 CFR 255.5, 465): "we paid a
// local influencer to share how much she loved her visit", "(we may have
// comped her family's visits)" beside her glowing write-up.
func (s *scan) paidPosters() []post.Finding {
	if !s.hasAny(payWords) || s.has("ENDORSE-02/disclosure") {
		return nil
	}
	for si, se := range s.sents {
		if s.paidToPromote(si) {
			return []post.Finding{{Start: se.start, End: se.end, Severity: post.SeverityBlock,
				Message:    "Paying or comping someone to post about the practice, without saying so, buys an endorsement (FTC rules on endorsements and reviews).",
				Suggestion: "Disclose the payment at the start (\"Paid partnership\", \"#ad\"), or don't pay for posts."}}
		}
	}
	return nil
}

// paidToPromote reports a pay word in sentence si that pays for a post:
// "paid <someone> to post/share/rave", or a comp or bribe with a post
// named in the sentence or the one before. A negation before the pay
// ("we never pay anyone to post") refuses it.
func (s *scan) paidToPromote(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if !payWords.has(w) || t+1 < se.tokEnd && notPaidForPosts.has(s.toks[t+1].low) || s.negatedWithin(t, se.tokStart) {
			continue
		}
		if w == "comped" || w == "comping" || w == "bribed" || w == "bribing" {
			if s.sentenceHasWord(si, paidPostWords) || si > 0 && s.sentenceHasWord(si-1, paidPostWords) {
				return true
			}
			continue
		}
		for k := t + 1; k+1 < se.tokEnd && k <= t+8; k++ {
			if s.toks[k].low == "to" && promoteVerbs.has(s.toks[k+1].low) &&
				(s.tokensHaveWord(t+1, k, paidPostWords) || !s.ownNewsPosted(k+2, se.tokEnd)) {
				return true
			}
		}
	}
	return false
}

// ownNewsPosted reports whether what a paid hand posts, from token k, is
// the practice's own news ("to post our flu clinic hours", "to share our
// vaccine schedule", "to film our new clinic tour video"): staff, an
// intern or a photographer paid to put out the office's word vouch for
// nothing (session 15 attack on paidPosters). A review or praise in the
// words after it ("to post our reviews", "to share how much she loved"),
// or a payee who posts for a following ("a blogger to share our new
// clinic"), is still an endorsement bought.
func (s *scan) ownNewsPosted(k, end int) bool {
	if k >= end || s.toks[k].low != "our" {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if w := s.toks[j].low; paidPostWords.has(w) || quotedPraise.has(w) || inSet(w, "stars", "rating", "ratings", "experience", "visit") {
			return false
		}
	}
	return true
}

// negatedWithin reports a negation in the three tokens before t, within
// the sentence starting at from.
func (s *scan) negatedWithin(t, from int) bool {
	for k := t - 1; k >= from && k >= t-3; k-- {
		if s.isNegator(k) || s.toks[k].low == "never" {
			return true
		}
	}
	return false
}

// sentenceOnce remembers the sentences a rule has weighed, so each is
// weighed once however many of its phrases hit. The zero value is ready.
type sentenceOnce map[int]bool

// first reports whether sentence si is asked about for the first time,
// and remembers it.
func (o *sentenceOnce) first(si int) bool {
	if (*o)[si] {
		return false
	}
	if *o == nil {
		*o = sentenceOnce{}
	}
	(*o)[si] = true
	return true
}
