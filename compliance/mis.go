package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// checkAbsoluteSafety is MIS-02: "100% safe", "zero risk".
func checkAbsoluteSafety(s *scan) []post.Finding {
	out := s.withoutNegated(s.phraseFindings("MIS-02", "No treatment is absolutely safe. Absolute safety claims are misleading.", ""))
	kept := out[:0]
	for i := range out {
		if from, _ := s.tokenRange(out[i].Start, out[i].End); s.hedged(from) {
			continue // "most fevers are harmless" claims nothing absolute
		}
		out[i].Suggestion = "\"very safe\" or \"safe for most people\""
		kept = append(kept, out[i])
	}
	return kept
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
	for _, h := range s.hitsOf("MIS-04") {
		if s.sentenceHas("MIS-04/topic", s.toks[h.from].sent) {
			f := s.finding(h.from, h.to, "A health claim with no source.")
			f.Suggestion = "Link a source such as the CDC or NIH page it comes from."
			return []post.Finding{f}
		}
	}
	return nil
}
