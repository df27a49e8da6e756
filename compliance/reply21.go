package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Generic, offline and apologetic replies (issue 11, session 21, t21reply).
// A reply that answers a complaint with what holds for everyone, moves the
// talk to the phone or says sorry for how a visit felt tells no care of
// the reader's, and every labelled set passes it:
//
//   - the general fact behind a refusal the review complains of ("In
//     general, antibiotics don't work on cold viruses" to "they wouldn't
//     give me antibiotics"): the denied myth is the practice's reason, said
//     for everyone, not a myth-busting post a doctor must check (MIS-01),
//     and a care word in a sentence opened by "in general" is anyone's,
//     up to the first "you" or "your" (REV-01);
//   - an apology for how the visit the reviewer wrote of felt ("we're sorry
//     your visit felt long", "sorry your visit didn't meet
//     expectations"), with no day, number or care in it;
//   - what the reader came for, said of anyone ("leave without what you
//     came in hoping for"), and "glad you came out" to a night out;
//   - care kept off the page ("we can't discuss appointments publicly").
//
// Thanks for the stars a review gave is no request for a good review
// (ENDORSE-03), nor is a perk of the waiting room thanked beside it ("the
// coffee is on us ☕ Thanks for the review!").
//
// The other way, a wish for the reader's health that names no care ("stay
// healthy this winter", "bonne santé", "nous vous souhaitons ...") goes to
// a person as "wishing you good health" does (REV-01 warn): every set
// labels those lines review.

// dropAnsweredFacts drops, in a reply, a myth the reply denies (a MIS-01
// warning) that shares a word of four letters or more with the review:
// "Antibiotics don't work on cold viruses" to "they wouldn't give me
// antibiotics" gives the reason for a decision the review complained of.
// A myth stated as true still blocks; a denial the review did not prompt
// ("Vaccines don't cause autism" to "nice staff") still warns.
func (s *scan) dropAnsweredFacts(out []post.Finding) []post.Finding {
	if !s.reviewMode() || len(out) == 0 {
		return out
	}
	review := strings.ToLower(s.d.ReviewText)
	kept := out[:0]
	for _, f := range out {
		if f.Severity == post.SeverityWarn && s.findingWordInReview(f, review) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// findingWordInReview reports whether a word of four letters or more of
// finding f, a plural's "s" dropped, is in the review text (lower-cased).
// A finding is a clause, so the words read are few.
func (s *scan) findingWordInReview(f post.Finding, review string) bool {
	from, to := s.tokenRange(f.Start, f.End)
	for t := from; t < to && t < len(s.toks) && t < from+12; t++ {
		w := strings.TrimSuffix(s.toks[t].low, "s")
		if s.toks[t].kind == tokWord && len(w) >= 4 && strings.Contains(review, w) {
			return true
		}
	}
	return false
}

// generalLeads open a sentence told of everyone: "In general, ...",
// "Generally, ...", "As a rule, ...".
var generalLeads = newWordSet([]string{"generally", "typically", "usually"})

// generalUntil returns, for a sentence si opened by "in general",
// "generally" or "as a rule", the token of its first second-person word
// (or its end): a care word before it is told of anyone ("In general
// antibiotics don't work on viruses like colds — give us a call if you'd
// like"). It returns -1 for any other sentence. The caller asks once per
// sentence.
func (s *scan) generalUntil(si int) int {
	se := s.sents[si]
	t := se.tokStart
	if t < se.tokEnd && inSet(s.toks[t].low, "but", "and", "so", "also") {
		t++
	}
	switch {
	case t+1 < se.tokEnd && s.toks[t].low == "in" && s.toks[t+1].low == "general":
	case t+2 < se.tokEnd && s.toks[t].low == "as" && s.toks[t+1].low == "a" && s.toks[t+2].low == "rule":
	case t < se.tokEnd && generalLeads.has(s.toks[t].low):
	default:
		return -1
	}
	if s.generalTurnsToReader21(si) {
		return -1 // "Typically the prep is the hardest part, and we're sorry it was so rough for you" (att21)
	}
	for k := t; k < se.tokEnd; k++ {
		if personWords.has(s.toks[k].low) || inSet(s.toks[k].low, "su", "sus", "his", "her", "their") {
			return k
		}
	}
	return se.tokEnd
}

// feltVerbs tell how a visit felt or went, not what was done at it.
var feltVerbs = newWordSet([]string{"felt", "feel", "seemed", "fell", "didn", "didnt", "wasn", "wasnt", "was", "did", "isn"})

// feltVisitApology reports a "your visit" finding at [from,to) in an
// apology for how the visit felt: "we're sorry your visit felt long",
// "sorry that your visit didn't meet expectations". The reviewer
// told of the visit; the reply says only that it fell short. A visit
// dated ("your visit on Tuesday"), counted, or told with a care word
// ("sorry your visit ran long — the EKG ...") keeps its block.
func (s *scan) feltVisitApology(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from].low, "your", "ur") || !inSet(s.toks[from+1].low, "visit", "experience") {
		return false
	}
	si := s.toks[from].sent
	k := from - 1
	if k >= 0 && s.toks[k].low == "that" {
		k--
	}
	if k < 0 || s.toks[k].sent != si || !apologyWords.has(s.toks[k].low) {
		return false
	}
	if to >= s.sents[si].tokEnd || !feltVerbs.has(s.toks[to].low) {
		return false
	}
	switch s.toks[to].low {
	case "fell":
		if to+1 >= s.sents[si].tokEnd || s.toks[to+1].low != "short" {
			return false
		}
	case "was", "did":
		if to+1 >= s.sents[si].tokEnd || !inSet(s.toks[to+1].low, "not", "n") {
			return false
		}
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].kind == tokNumber || visitDayWords.has(s.toks[t].low) || billingNouns.has(s.toks[t].low) {
			return false
		}
	}
	return !s.healthOutside(si, from, to)
}

// healthOutside reports a health word in sentence si outside tokens
// [from,to) ("appointment" is one itself).
func (s *scan) healthOutside(si, from, to int) bool {
	if !s.healthInSentence(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && (h.To <= from || h.From >= to) {
			return true
		}
	}
	return false
}

// cameNoVisit reports a "you came" finding at [from, to) that tells no
// visit. Three engineers wrote this reading in session 21 (cameForAnyone,
// cameOutToEvent, cameOutToGathering) and att21 bounded all three with
// cameOutForCare21; session 22 folded them into this one, answer for
// answer. With no health word in the sentence:
//   - "leave without what you came in hoping for": said of anyone;
//   - "came out" with nothing after it that needs care ("and let us check
//     that mole", "to see Dr. Greene" keep theirs), and one of: no visit
//     word in the sentence ("so glad you came out!" to a review of a
//     ballpark night, "see you at church"); "you came out" not going on
//     to a result ("came out of surgery", "came out fine"); or "glad you
//     came out" not going on to what for ("... to get your flu shot").
func (s *scan) cameNoVisit(from, to int) bool {
	if to-from != 2 || s.toks[from+1].low != "came" {
		return false
	}
	si := s.toks[from].sent
	end := s.sents[si].tokEnd
	if s.healthInSentence(si) {
		return false
	}
	prev := ""
	if from > 0 && s.toks[from-1].sent == si {
		prev = s.toks[from-1].low
	}
	if prev == "what" {
		return true
	}
	if to >= end || s.toks[to].low != "out" || s.cameOutForCare21(to+1, end) {
		return false
	}
	next := ""
	if to+1 < end {
		next = s.toks[to+1].low
	}
	return !s.sentenceHasWord(si, visitNouns) ||
		inSet(s.toks[from].low, "you", "u") && !cameOutResults.has(next) ||
		inSet(prev, "glad", "happy", "thrilled", "awesome", "great", "fun") && !inSet(next, "to", "for")
}

// cameOutResults after "you came out" make it a result, not a night out:
// "came out of surgery", "came out fine", "came out negative".
var cameOutResults = newWordSet([]string{"of", "fine", "ok", "okay", "well", "great", "good", "alright", "healthy", "clean",
	"negative", "positive", "normal"})

// keptOffPageCues in a sentence keep care off the page: "we can't discuss
// appointments publicly", "we cannot talk about prescriptions online".
var keptOffPageCues = newWordSet([]string{"discuss", "publicly", "online"})

// thanksForRating reports whether sentence si, or the one before it,
// thanks the reader for a rating or a review ("Thanks for the stars",
// "Thank you for the 5 stars ⭐"): in a reply, the review is given.
func (s *scan) thanksForRating(si int) bool {
	for sj := max(0, si-1); sj <= si; sj++ {
		se := s.sents[sj]
		for t := se.tokStart; t < se.tokEnd; t++ {
			if !inSet(s.toks[t].low, "thanks", "thank", "thx", "ty") {
				continue
			}
			for k := t + 1; k < se.tokEnd && k <= t+8; k++ {
				w := s.toks[k].low
				if strings.HasPrefix(w, "review") || inSet(w, "stars", "star", "rating", "ratings") {
					return true
				}
			}
		}
	}
	return false
}

// asksReviewIn reports an ask for a review in sentence si by a verb
// ("leave", "write", "post", "share", "rate", "give", "drop", "tell").
func (s *scan) asksReviewIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if askWords.has(s.toks[t].low) && s.toks[t].low != "⭐" {
			return true
		}
	}
	return false
}

// perkThanked reports a reward finding f in a reply whose review word is
// a thanks for the review already given ("The tea is on us 🍵 Thanks for
// the review!"), with no ask for one in its sentences.
func (s *scan) perkThanked(f post.Finding) bool {
	if !s.reviewMode() {
		return false
	}
	from, to := s.tokenRange(f.Start, f.End)
	if from >= len(s.toks) || s.rewardAfterThanks21(from) {
		return false
	}
	thanked := false
	for t := from; t < to && t < len(s.toks); t++ {
		w := s.toks[t].low
		if !strings.HasPrefix(w, "review") && !inSet(w, "stars", "rating", "ratings") {
			continue
		}
		thanked = false
		for k := t - 1; k >= 0 && k >= t-5; k-- {
			if inSet(s.toks[k].low, "thanks", "thank", "thx", "ty") {
				thanked = true
				break
			}
		}
		if !thanked {
			return false
		}
	}
	if !thanked {
		return false
	}
	for si := s.toks[from].sent; si <= s.toks[min(to, len(s.toks))-1].sent; si++ {
		if s.asksReviewIn(si) {
			return false
		}
	}
	return true
}
