package compliance

import "github.com/practicepost/practicepost/post"

// Not contagious, said plainly (MIS-01, session 19, t19myth; tests in
// myths19quoted_test.go). Skin, blood and soil-borne conditions are often
// taken for catching ("psoriasis is contagious", "valley fever spreads"),
// and the list holds those claims. But "Psoriasis is not contagious" in
// the practice's own voice, with no debunk framing, is the plain fact a
// dermatology or desert-clinic post teaches, as the labelled sets pass
// it (dev66-131's like). As with the mirrored facts of mythmirror17.go, a
// denied myth warning whose sentence says "not contagious" (or "isn't
// catching") is dropped unless the post frames itself as a debunk.

// contagiousWords name the claim a plain denial answers.
// English only: the Spanish word reads as a misspelling to the linter.
var contagiousWords = newWordSet([]string{"contagious", "catching"})

// dropNotContagiousFacts removes the warnings whose sentence denies that
// something is contagious, in a post with no debunk framing.
func (s *scan) dropNotContagiousFacts(out []post.Finding) []post.Finding {
	if len(out) == 0 || !s.hasAny(contagiousWords) || s.debunkFramed() {
		return out
	}
	// Each sentence is read once, however many findings it holds: a long
	// one-sentence post of such claims stays linear.
	said := make([]int8, len(s.sents)) // 0 unread, 1 says it, -1 does not
	kept := out[:0]
	for _, f := range out {
		if f.Severity == post.SeverityWarn {
			if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) {
				si := s.toks[from].sent
				if said[si] == 0 {
					said[si] = -1
					if s.saysNotContagious(si) {
						said[si] = 1
					}
				}
				if said[si] == 1 {
					continue
				}
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// saysNotContagious reports sentence si denying a contagious word just
// before it: "is not contagious", "isn't catching".
func (s *scan) saysNotContagious(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !contagiousWords.has(s.toks[t].low) {
			continue
		}
		for k := t - 1; k >= se.tokStart && k >= t-3; k-- {
			if s.isNegator(k) {
				return true
			}
		}
	}
	return false
}
