package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A joke in the shape of a test result (session 26, t26clean: clean
// passing and block precision). "Marcus tested positive for being the
// best dad on the sideline", "tested positive for having the loudest
// laugh", "salió positivo por ser el mejor papá": what follows "for" is a
// quality, no illness, and the lexicon's "tested positive" told a named
// person's result (PRIV-10 block). The hit is dropped when "for" (or
// "por", "para") and "being" or "having" (or "ser", "tener") follow it
// and no other health word stands in the rest of its sentence: "tested
// positive for being exposed to COVID" and "for strep and for being the
// grumpiest" keep it. And the staff illness catch (staffhealth25.go) now
// reads the illness after "having" or "being exposed to": "tested
// positive for having the flu" is the flu told.

// jokeQualityLeads follow "for" in a result that tells a quality.
var jokeQualityLeads = newWordSet([]string{"being", "having", "ser", "tener"})

// jokeResultFor marks the preposition between the result and the quality.
var jokeResultFor = newWordSet([]string{"for", "por", "para"})

// positiveWords end a result hit: "tested positive", "salió positivo".
var positiveWords = newWordSet([]string{"positive", "positivo", "positiva"})

// jokeResult26 reports whether the health hit at tokens [from,to), with
// rest the lexicon's hits after it, is a result that goes on to a quality
// (see above).
func (s *scan) jokeResult26(from, to int, rest []health.Hit) bool {
	if to+1 >= len(s.toks) || !positiveWords.has(s.toks[to-1].low) {
		return false
	}
	si := s.toks[from].sent
	if s.toks[to+1].sent != si || !jokeResultFor.has(s.toks[to].low) || !jokeQualityLeads.has(s.toks[to+1].low) {
		return false
	}
	for _, h := range rest {
		if h.From < len(s.toks) && s.toks[h.From].sent == si {
			return false // "for being exposed to COVID": the illness told after
		}
	}
	return true
}

// illnessLead26 skips, from token k, the words that stand between a
// result's "for" and the illness it names: "having", "being exposed to".
func (s *scan) illnessLead26(k, to int) int {
	if k < to && inSet(s.toks[k].low, "having", "being") {
		k++
	}
	if k+1 < to && s.toks[k].low == "exposed" && s.toks[k+1].low == "to" {
		k += 2
	}
	return k
}
