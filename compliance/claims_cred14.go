package compliance

import "github.com/practicepost/practicepost/post"

// ownSpecialty reports whether the credential claim at tokens [from, to)
// is board certification "in" the specialty the practice's own name
// gives ("board-certified in family medicine" at "Puente Family Health"):
// every word of the specialty but "medicine" is a word of the practice's
// name, up to the end of the clause or "by" ("... by the American Board of
// Family Medicine"). A second specialty ("family medicine and cosmetic
// surgery") or another field ("dermatology") is not on file that way.
func (s *scan) ownSpecialty(from, to int) bool {
	if s.toks[from].low != "board" || to >= len(s.toks) || s.toks[to].low != "in" {
		return false
	}
	name := map[string]bool{}
	for _, w := range tokenizePhrase(s.c.profile.PracticeName) {
		name[w] = true
	}
	n := 0
	for t := to + 1; t < len(s.toks) && s.toks[t].sent == s.toks[from].sent; t++ {
		w := s.toks[t].low
		if s.toks[t].kind == tokPunct || w == "by" {
			break
		}
		if w == "medicine" {
			n++
			continue
		}
		if !name[w] {
			return false
		}
		n++
	}
	return n > 0
}

// checkCredentials is CLAIM-06: board certification and specialist claims
// need checking against the credentials on file; "board eligible" blocks.
// Certification in the practice's own specialty, as its name gives it, is
// noted only.
func checkCredentials(s *scan) []post.Finding {
	out := s.phraseFindings("CLAIM-06", "A credential claim. Check it names the full certifying board and matches the credentials on file.", "")
	for i := range out {
		if from, to := s.tokenRange(out[i].Start, out[i].End); from < len(s.toks) && s.ownSpecialty(from, to) {
			out[i].Severity, out[i].NeedsHuman = post.SeverityInfo, false
			out[i].Message = "Board certification in the practice's own specialty. Keep it true for every doctor it names."
		}
	}
	return append(out, s.phraseFindings("CLAIM-06/block", "\"Board eligible\" or \"board qualified\" is misleading and not allowed by state boards.", post.SeverityBlock)...)
}
