package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// checkMyths is MIS-01: known false health claims, matched by concepts
// meeting in one sentence ("vaccines" + "autism"). A sentence that frames
// the claim as a myth ("Myth:", "no evidence", "does not") is myth-busting:
// it is noted for a person to check the wording, but does not hold the post,
// so a practice can debunk myths without a review for every post.
func checkMyths(s *scan) []post.Finding {
	var out []post.Finding
	for _, h := range s.c.lex.matchConcepts("MIS-01", s.toks, s.sents, s.words, s.wordList) {
		a, b := s.span(h.from, h.to)
		if overlapsAny(out, a, b) {
			continue
		}
		f := s.finding(h.from, h.to, "This repeats a known false health claim. Posting it as true is misinformation.")
		if s.debunked(s.toks[h.from].sent) {
			f.Severity = post.SeverityInfo
			f.Message = "This mentions a known false health claim, framed as a myth. Check the post states the fact clearly."
		}
		out = append(out, f)
	}
	return out
}

// debunked reports whether sentence si frames a claim as false: it holds a
// debunk word, or it is a question ("Can mRNA change your DNA?"), or a short
// sentence next to it does ("Myth:" before, "No." after).
func (s *scan) debunked(si int) bool {
	short := func(i int) bool { return s.sents[i].tokEnd-s.sents[i].tokStart <= 4 }
	se := s.sents[si]
	question := s.toks[se.tokEnd-1].low == "?"
	return question || s.sentenceHas("MIS-01/debunk", si) ||
		(si > 0 && short(si-1) && s.sentenceHas("MIS-01/debunk", si-1)) ||
		(si+1 < len(s.sents) && short(si+1) && s.sentenceHas("MIS-01/debunk", si+1)) ||
		(si+1 < len(s.sents) && inSet(s.toks[s.sents[si+1].tokStart].low, "no", "false", "nope", "wrong"))
}

// checkAbsoluteSafety is MIS-02: "100% safe", "zero risk".
func checkAbsoluteSafety(s *scan) []post.Finding {
	out := s.phraseFindings("MIS-02", "No treatment is absolutely safe. Absolute safety claims are misleading.", "")
	for i := range out {
		out[i].Suggestion = "\"very safe\" or \"safe for most people\""
	}
	return out
}

// checkConspiracy is MIS-03: conspiracy framing.
func checkConspiracy(s *scan) []post.Finding {
	return s.phraseFindings("MIS-03", "Conspiracy framing (\"what doctors don't want you to know\") is a health-fraud sign.", "")
}

// checkUnsourcedHealthClaims is MIS-04: a causal health claim ("X causes
// Y", "reduces the risk") in a post about a health topic, with no source.
func checkUnsourcedHealthClaims(s *scan) []post.Finding {
	if s.cited || !s.has("MIS-04/topic") {
		return nil
	}
	for _, h := range s.hits["MIS-04"] {
		if s.sentenceHas("MIS-04/topic", s.toks[h.from].sent) {
			f := s.finding(h.from, h.to, "A health claim with no source.")
			f.Suggestion = "Link a source such as the CDC or NIH page it comes from."
			return []post.Finding{f}
		}
	}
	return nil
}
