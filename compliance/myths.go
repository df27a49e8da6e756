package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// checkMyths is MIS-01: known false health claims, each a set of concepts
// that must meet in one clause ("MMR|vaccine" + "causes|linked" +
// "autism"). Stated as true, the claim holds the post (block): FSMB calls
// spreading it grounds for discipline. Framed as false (a "Myth: ...
// Fact: ..." post, "No, the MMR shot does not cause autism", "there is no
// evidence that ...", a question answered no) it goes to a doctor (warn),
// who checks that the post states the fact clearly.
func checkMyths(s *scan) []post.Finding {
	var out []post.Finding
	hits := s.concepts("MIS-01", s.mythExcepted)
	for _, h := range hits {
		a, b := s.span(h.from, h.to)
		if overlapsAny(out, a, b) {
			continue
		}
		f := s.finding(h.from, h.to, "This states a known false health claim as true. Posting it is misinformation.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Remove the claim, or frame it clearly as a myth and state the fact."
		if s.denied(h) {
			f.Severity = post.SeverityWarn
			f.Message = "This mentions a known false health claim, framed as a myth. Check the post states the fact clearly."
			f.Suggestion = ""
		}
		out = append(out, f)
	}
	// "Vaccines and autism: no link." names the myth without its verb; a
	// denial in the sentence makes it myth-busting, which a doctor checks.
	for _, h := range s.concepts("MIS-01/topic", s.mythExcepted) {
		a, b := s.span(h.from, h.to)
		si := s.toks[h.from].sent
		if overlapsAny(out, a, b) || !(s.sentenceHas("MIS-01/denial", si) ||
			(si > 0 && s.sents[si-1].tokEnd-s.sents[si-1].tokStart <= 6 && s.sentenceHas("MIS-01/denial", si-1))) {
			continue
		}
		f := s.finding(h.from, h.to, "This mentions a known false health claim, framed as a myth. Check the post states the fact clearly.")
		f.Severity = post.SeverityWarn
		out = append(out, f)
	}
	// "Myth: you only need sunscreen in summer. Fact: ...": a myth-busting
	// post quotes its myth whatever the myth is, listed or not; a doctor
	// checks that the fact is stated clearly.
	if len(out) == 0 {
		if t := s.mythHeading(); t >= 0 {
			f := s.finding(t, t+1, "A myth-busting post: it quotes a myth. Check the fact is stated clearly and the myth cannot be read as advice.")
			f.Severity = post.SeverityWarn
			out = append(out, f)
		}
	}
	return out
}

// mythHeading returns the token of a myth label used as a heading ("Myth:",
// "MYTH vs FACT", "myth #3:", "Mito:"), or -1. "Not a myth" is no heading.
func (s *scan) mythHeading() int {
	if !s.hasWord("myth", "myths", "mito", "mitos") {
		return -1 // most posts: a few look-ups rather than a walk
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if !inSet(s.toks[t].low, "myth", "myths", "mito", "mitos") || s.labelNegated(t) {
			continue
		}
		next := s.toks[t+1].low
		if next == ":" || next == "vs" || next == "versus" || next == "or" ||
			(next == "#" && t+3 < len(s.toks) && s.toks[t+3].low == ":") || (s.toks[t+1].kind == tokNumber && t+2 < len(s.toks) && s.toks[t+2].low == ":") {
			return t
		}
	}
	return -1
}

// mythExcepted reports tokens that are part of a MIS-01/except phrase
// ("poison control", "potato chips"): words a myth's concept must not
// take.
func (s *scan) mythExcepted(t int) bool {
	for _, h := range s.hitsOf("MIS-01/except") {
		if t >= h.from && t < h.to {
			return true
		}
	}
	return false
}
