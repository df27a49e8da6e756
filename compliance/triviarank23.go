package compliance

import "github.com/practicepost/practicepost/compliance/health"

// Ranks told as trivia (CLAIM-02, issue 11, session 23; tests in
// triviarank23_test.go).
//
// A superlative ranked against a place ("the largest ... in the world")
// is read as the practice's claim. Fun facts and the town's history rank
// other things the same way: "Fun fact: Toyota's Georgetown plant is the
// company's largest vehicle plant in the world", "The Tybee Island Light
// Station dates back to 1736 — one of the oldest light stations in the
// country", "The Amoskeag mills once ran one of the largest textile
// operations in the world". The dev sets label these pass; they warned.
// pastRanked (claimshistory17.go) covers "X was once the biggest ...";
// triviaRanked covers the rest when a cue says trivia or history.

// triviaRanked reports whether the superlative at token i, ranked in the
// place at token j, is trivia about something that is not the practice:
// the post says "fun fact" or "did you know", or the sentence tells a
// past year, "once" or "dates back"; the twelve words before the rank and
// the words ranked name no one of the practice ("we", "our", its name, a
// provider, care, staff), and the words ranked are no care, no health
// and no visit or wait.
func (s *scan) triviaRanked(i, j int) bool {
	si := s.toks[i].sent
	se := s.sents[si]
	if !s.triviaCue23(i) && !s.historical(si) && !s.pastCue23(max(se.tokStart, i-pastSubjectWords), i) {
		return false
	}
	for k := max(se.tokStart, i-pastSubjectWords); k < j && k < se.tokEnd; k++ {
		w := s.toks[k].low
		if inSet(w, "we", "our", "us", "ours", "here") || practiceWord(s, k) || providerNouns[w] {
			return false
		}
		// "textile operations" are a business's; the word before says
		// whether they are surgery ("heart operations" names the body).
		if k > i && !inSet(w, "operation", "operations") && (s.careWord(k) || s.hitAt("CLAIM-01/access", k) || s.healthAt23(k)) {
			return false
		}
	}
	return true
}

// healthAt23 reports a health detail the health terms know at token k.
func (s *scan) healthAt23(k int) bool {
	n, _ := health.At(s.healthWords(), k)
	return n > 0
}

// triviaCue23 reports "fun fact" or "did you know" in the post's first
// twelve tokens (a heading: "Polymer fun fact:") or in the twelve before
// token i. Both looks are bounded, so a long post of ranks stays linear.
func (s *scan) triviaCue23(i int) bool {
	if !(s.words.has("fun") && s.words.has("fact")) && !(s.words.has("did") && s.words.has("know")) {
		return false
	}
	return s.triviaCueIn(0, min(12, len(s.toks))) || s.triviaCueIn(max(0, i-12), i)
}

// triviaCueIn reports "fun fact" or "did you know" starting in [from, to).
func (s *scan) triviaCueIn(from, to int) bool {
	for t := from; t < to && t+1 < len(s.toks); t++ {
		a, b := s.toks[t].low, s.toks[t+1].low
		if a == "fun" && b == "fact" || a == "did" && b == "you" && t+2 < len(s.toks) && s.toks[t+2].low == "know" {
			return true
		}
	}
	return false
}

// pastCue23 reports "once" or "dates back" in [from, to).
func (s *scan) pastCue23(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].low == "once" || s.toks[k].low == "dates" && k+1 < to && s.toks[k+1].low == "back" {
			return true
		}
	}
	return false
}
