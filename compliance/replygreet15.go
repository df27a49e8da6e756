package compliance

// A reply greeting the reviewer by name (session 15, t15prec). Reviews are
// posted under a display name the review text does not carry, so a reply's
// "Yá'át'ééh Jolene!" or "Thanks for the feedback Dana," most likely greets
// the reviewer by it: a person checks the name (REV-02 warn) rather than
// the reply being blocked. A warm line said to the reviewer ("glad you're
// on the mend") wishes them well as surely as "hope you feel better": it
// assumes a condition and tells no care (REV-01 warns on it), so the name
// greeted beside it is still only the reviewer's.

// thankedThings end what a reply thanks the reviewer for, right before
// the name it greets: "Thanks for the feedback Dana,".
var thankedThings = newWordSet([]string{"feedback", "review", "words", "word", "note", "comment", "comments", "stars",
	"shoutout", "shout-out", "support", "kindness", "love", "rating", "post", "share"})

// notAddressed words, before a name in a reply's opening exclamation, tell
// of someone rather than to them: "We miss Thandar!", "Thanks to Ozzie!".
var notAddressed = newWordSet([]string{"we", "us", "our", "i", "me", "my", "to", "for", "with", "from", "about", "by", "of",
	"miss", "missed", "love", "loves", "met", "tell", "told", "call", "called", "ask", "asked", "and", "both", "he", "she",
	"they", "his", "her", "their", "him", "them", "is", "was", "are", "were", "has", "had", "saw", "see", "sees",
	// "Congratulations on little Luca!": the one congratulated on is a baby.
	"on", "little", "baby", "new"})

// youSubjects say a warm line is about the reader: "glad you're on the
// mend", "happy u r feeling better".
var youSubjects = newWordSet([]string{"you", "youre", "u", "ya", "yourself"})

// replyAddressed reports whether the name at bytes [start, end) of a reply
// is said to the reader in one of the ways vocative does not take: it
// closes the reply's opening exclamation in any language ("Yá'át'ééh
// Jolene!", "Haha fair point Mr. Chen!"), follows what the reply thanks
// for ("Thanks for the kind review Ozzie,"), or is spoken to after an
// interjection ("Awww Ms. Gloria you are too sweet").
func (s *scan) replyAddressed(start, end int) bool {
	if !s.reviewMode() {
		return false
	}
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) || to > len(s.toks) || to <= from {
		return false
	}
	si := s.toks[from].sent
	from = s.addressTitleBefore(s.hyphenStart(from))
	se := s.sents[si]
	next := ""
	if to < se.tokEnd {
		next = s.toks[to].low
	}
	ends := next == "!" || next == "," || next == "" || next == "—" || next == "–"
	switch {
	case from > se.tokStart && thankedThings.has(s.toks[from-1].low) && ends && s.opensThanks(si):
		return true
	case from > se.tokStart && vocativeBefore.has(s.toks[from-1].low) && s.toks[from-1].low != "and" && youSubjects.has(next):
		return true
	case si == 0 && (next == "!" || next == "" || next == "," && to+1 == se.tokEnd) && from-se.tokStart <= 8:
		for k := se.tokStart; k < from; k++ {
			// "shik'is": a word's part after an apostrophe is no English word.
			glued := k > se.tokStart && inSet(s.text[s.toks[k-1].end:s.toks[k].start], "'", "’")
			if notAddressed.has(s.toks[k].low) && !glued {
				return false
			}
		}
		return true
	}
	return false
}

// opensThanks reports whether sentence si opens with thanks ("Thanks
// for ...", "Thank you so much for ...").
func (s *scan) opensThanks(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+2; t++ {
		if inSet(s.toks[t].low, "thanks", "thank", "thx", "ty", "gracias", "merci", "mahalo") {
			return true
		}
	}
	return false
}

// warmLineOnly reports whether every health detail and care word of the
// sentence holding byte b is a well-wish said to the reader ("glad you're
// on the mend", "happy to hear you're back on your feet", "and feel
// better soon"): warmth that tells no care. "Glad your mom is on the
// mend" is about someone else and is not one.
func (s *scan) warmLineOnly(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) {
		return false
	}
	// The answer is the sentence's, kept: asked for each name in it, a
	// long sentence of names and wishes cost a pass over its health
	// details per name (session 15 attack: "Dana, glad you're on the
	// mend, " repeated grew quadratically).
	si := s.toks[t].sent
	if len(s.warmSents) != len(s.sents) {
		s.warmSents = make([]int8, len(s.sents))
	}
	if s.warmSents[si] == 0 {
		s.warmSents[si] = -1
		if s.findWarmLineOnly(si) {
			s.warmSents[si] = 1
		}
	}
	return s.warmSents[si] == 1
}

// findWarmLineOnly is warmLineOnly's walk over sentence si.
func (s *scan) findWarmLineOnly(si int) bool {
	se := s.sents[si]
	covered := func(from, to int) bool {
		for k := max(se.tokStart, from-3); k <= from && k < se.tokEnd; k++ {
			for _, w := range wellWishes {
				if k+len(w) > se.tokEnd || k+len(w) < to || !tokensAre(s.toks[k:k+len(w)], w) {
					continue
				}
				if s.wishedToReader(k, se.tokStart) {
					return true
				}
			}
		}
		return false
	}
	found := false
	for _, h := range s.healthHits() {
		if h.From >= se.tokStart && h.From < se.tokEnd {
			if !covered(h.From, h.To) {
				return false
			}
			found = true
		}
	}
	for _, h := range s.hitsOf("context/clinical") {
		if h.from >= se.tokStart && h.from < se.tokEnd {
			if !covered(h.from, h.to) {
				return false
			}
			found = true
		}
	}
	return found
}

// wishedToReader reports whether the well-wish starting at token k is
// said of the reader: "you" within the three words before it, or a
// bidding that opens its clause ("..., and feel better soon").
func (s *scan) wishedToReader(k, start int) bool {
	if k == start || inSet(s.toks[k-1].low, "and", ",", "—", "–", "!") {
		return true
	}
	for j := k - 1; j >= start && j >= k-3; j-- {
		if youSubjects.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
