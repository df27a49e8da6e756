package compliance

import "github.com/practicepost/practicepost/post"

// copayFeignedUnknown finds a copay or deductible asked about and then
// feigned unknown: "Copay? What copay 😉", "Deductible? Never heard of
// her", "Copay? Don't know her". The joke says the practice does not charge
// it: a routine waiver (CLAIM-07 block), though no waiving verb is said.
// "Copay? What copay applies depends on your plan" goes on to tell one,
// and is no joke.
func (s *scan) copayFeignedUnknown(out []post.Finding) []post.Finding {
	// A question mark first: one look-up turns away most texts, where
	// the copay words would walk all of its words.
	if !s.words.has("?") || !s.hasAny(copayWords) {
		return out
	}
	for si := 0; si+1 < len(s.sents); si++ {
		if !s.copayQuestion(si) {
			continue
		}
		next := s.sents[si+1]
		if !s.feignsUnknown(next) {
			continue
		}
		from, to := s.sents[si].start, s.feignEnd(next)
		if overlapsAny(out, from, to) {
			continue
		}
		return append(out, post.Finding{Start: from, End: to, Severity: post.SeverityBlock,
			Message: "Joking that there is no copay or deductible says the practice waives it. Advertising a waiver is not allowed: it misstates the price and can be insurance fraud."})
	}
	return out
}

// copayQuestion reports a sentence that is only a copay word asked about:
// "Copay?", "Your deductible?", "Co-pay?".
func (s *scan) copayQuestion(si int) bool {
	se := s.sents[si]
	if se.tokEnd-se.tokStart < 2 || s.toks[se.tokEnd-1].low != "?" {
		return false
	}
	words, named := 0, false
	for t := se.tokStart; t < se.tokEnd-1; t++ {
		if s.toks[t].kind != tokWord {
			continue
		}
		words++
		named = named || copayWords.has(s.toks[t].low) || s.toks[t].low == "pay" && t > se.tokStart && s.toks[t-1].low == "co"
	}
	return named && words <= 3
}

// feignsUnknown reports a sentence opening with a feigned "what is that":
// "What copay" ending there (or at an emoji), "Never heard of her|it",
// "Don't know her", "Who?".
func (s *scan) feignsUnknown(se sentence) bool {
	t := se.tokStart
	at := func(k int) string {
		if k < se.tokEnd {
			return s.toks[k].low
		}
		return ""
	}
	switch {
	case at(t) == "what" && (copayWords.has(at(t+1)) || at(t+1) == "co" && at(t+2) == "pay"):
		k := t + 2
		if at(t+1) == "co" {
			k++
		}
		return k >= se.tokEnd || s.toks[k].kind != tokWord
	case at(t) == "never" && at(t+1) == "heard" && at(t+2) == "of":
		return true
	case inSet(at(t), "don", "dont", "idk") && (at(t+1) == "t" && at(t+2) == "know" || at(t+1) == "know"):
		return true
	case at(t) == "who" && at(t+1) == "?":
		return true
	}
	return false
}

// feignEnd returns the byte end of the feigned reply in se: its first
// few tokens, up to any emoji after them.
func (s *scan) feignEnd(se sentence) int {
	last := min(se.tokStart+4, se.tokEnd) - 1
	return s.toks[last].end
}
