package compliance

import "github.com/practicepost/practicepost/post"

// A quote signed "a patient from <town>" (session 21, t21prec). "'I lost
// 40 pounds in this program!' — a patient from Stow", "Testimonial
// Tuesday: '...' — a patient from Avon": a testimonial whose only
// signature is an unnamed patient of a town. The town beside a patient's
// words blocked as a patient's place (PRIV-07); every such item of
// dev-dev117 (seven, in dev31, dev50, dev90, dev95, dev108, dev109 and
// dev114) is labelled review: a person checks the testimonial's
// authorization (PRIV-13, ENDORSE-01) and whether the town is small enough
// to point at someone. The town warns. A name, an age or another detail in
// the signature ("— Maria, a patient from Stow", "— a 58-year-old patient
// from Stow"), and a patient of a town told outside a signature ("a
// patient from Stow came in with ..."), keep the block.

// signerNouns are the unnamed signer of a quote: "a patient", "one mom".
var signerNouns = newWordSet([]string{"patient", "client", "member", "mom", "mother", "dad", "father", "parent", "grandma",
	"grandmother", "grandpa", "grandfather", "paciente", "mamá", "papá"})

// attributedTowns turns each PRIV-07 block in out that is the town of an
// unnamed signer of a quote into a warning.
func (s *scan) attributedTowns(out []post.Finding) {
	for i := range out {
		if out[i].Severity != "" {
			continue
		}
		from, _ := s.tokenRange(out[i].Start, out[i].End)
		if s.signedTown(from) {
			out[i].Severity, out[i].NeedsHuman = post.SeverityWarn, true
			out[i].Message = "A quote signed with a patient's town. Check the testimonial's authorization, and that the town is large enough to point at no one."
		}
	}
}

// signedTown reports whether the town at token t closes a signature "—
// a patient from <town>" right after a quote: a dash, "a" or "one", a
// signer noun, "from" or "in", and nothing else.
func (s *scan) signedTown(t int) bool {
	k := t - 1
	if k < 0 || !inSet(s.toks[k].low, "from", "in", "de", "of") {
		return false
	}
	k--
	if k < 0 || !signerNouns.has(s.toks[k].low) {
		return false
	}
	k--
	if k >= 0 && inSet(s.toks[k].low, "a", "one", "our", "un", "una") {
		k--
	}
	if k < 0 || !entryDashes.has(s.toks[k].low) && s.toks[k].low != "-" {
		return false
	}
	// The dash follows a closing quote: "...!' — a patient from Stow".
	return k > 0 && (readOutMarks.has(s.toks[k-1].low) || s.quotedBefore(k))
}

// quotedBefore reports whether the text just before token k ends a quote.
func (s *scan) quotedBefore(k int) bool {
	start := s.toks[k].start
	for start > 0 && (s.text[start-1] == ' ' || s.text[start-1] == '\t') {
		start--
	}
	if start == 0 {
		return false
	}
	switch c := s.text[start-1]; c {
	case '"', '\'':
		return true
	}
	return start >= 3 && (s.text[start-3:start] == "”" || s.text[start-3:start] == "’")
}
