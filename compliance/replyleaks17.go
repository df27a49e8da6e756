package compliance

import "strings"

// Replies that tell the care of the reviewer's person, or answer a crisis,
// in ways the other rules did not read (session 18, t18reply).

// readerKinIn reports whether sentence si speaks of the reader's person:
// "your" (or "ur") and a kin word within three words ("your father",
// "your little one"). An age over 89 said of them ("your father is 93")
// is that relative's, whom the review is about (PRIV-06).
func (s *scan) readerKinIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].low != "your" && s.toks[t].low != "ur" {
			continue
		}
		for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
			if kinWords.has(s.toks[k].low) {
				return true
			}
		}
	}
	return false
}

// reviewCrisisWords are the review's own words of suicide or self-harm:
// a reply to such a review must give the 988 line as surely as a post
// that says them (PROF-09). Kept short and literal: the review is read as
// text, once, lower-cased.
var reviewCrisisWords = []string{"suicid", "kill myself", "killing myself", "end my life", "ending my life", "end it all", "ending it all",
	"take my own life", "taking my own life", "self harm", "self-harm", "hurt myself", "hurting myself", "want to die", "wanted to die",
	"wanting to die", "don't want to live", "didn't want to live", "no reason to live", "better off dead", "better off without me",
	"thinking about ending it", "thought about ending it", "thinking of ending it", "thought of ending it", "not worth living",
	"didn't want to be here anymore", "don't want to be here anymore", "didn't want to wake up", "don't want to wake up"}

// reviewInCrisis reports whether the review says suicide or self-harm in
// its own words ("I was thinking about ending it all last month").
func (s *scan) reviewInCrisis() bool {
	if !s.reviewMode() {
		return false
	}
	review := strings.ReplaceAll(strings.ToLower(s.d.ReviewText), "’", "'")
	for _, w := range reviewCrisisWords {
		if strings.Contains(review, w) {
			return true
		}
	}
	return false
}

// healthOnlyWishedMemo is healthOnlyWished of sentence si, remembered in
// memo (0 unasked, 1 yes, -1 no): asked for each finding of a sentence, a
// long one of them would cost a pass over its health details each.
func (s *scan) healthOnlyWishedMemo(si int, memo []int8) bool {
	if memo[si] == 0 {
		memo[si] = -1
		if s.healthOnlyWished(si) {
			memo[si] = 1
		}
	}
	return memo[si] == 1
}

// healthOnlyWished reports whether every health detail of sentence si
// lies inside a well-wish ("speedy recovery", "feel better"), or there is
// none: "Wishing your dad a speedy recovery" tells no care, "... after
// his bypass" does.
func (s *scan) healthOnlyWished(si int) bool {
	se := s.sents[si]
	for _, h := range s.healthHits() {
		if h.From < se.tokStart || h.From >= se.tokEnd {
			continue
		}
		if !s.insideWellWish(h.From, h.To, se.tokStart, se.tokEnd) {
			return false
		}
	}
	return true
}

// insideWellWish reports whether one of wellWishes, within the sentence
// [start, end), covers tokens [from, to).
func (s *scan) insideWellWish(from, to, start, end int) bool {
	for _, w := range wellWishes {
		for k := max(start, to-len(w)); k <= from; k++ {
			if k+len(w) <= end && k+len(w) >= to && tokensAre(s.toks[k:k+len(w)], w) {
				return true
			}
		}
	}
	return false
}
