package compliance

import (
	"regexp"
	"strings"
)

// span is a token range [from,to).
type span struct{ from, to int }

var (
	// signatureRE is a testimonial's sign-off: "— Maria G." at a line end.
	signatureRE = regexp.MustCompile(`(?m)[—–-]\s*[A-Z][a-z]+(?:\s+[A-Z]\.?|\s+[A-Z][a-z]+)?\s*$`)
	// quoteRE is a quotation of some length, straight or curly.
	quoteRE = mustAnchor(`["“]([^"”\n]{8,400})["”]`, 1700)
	// firstPersonRE says a quotation speaks for the person quoted.
	firstPersonRE = regexp.MustCompile(`(?i)\b(?:i|my|me|i'm|i’m|i've|i’ve|mine)\b`)
)

// honorificNames finds "Mr. Lee", "Mrs. Ana Ruiz", "Ms Park": an honorific
// followed by capitalized words. Staff names are left out.
func (s *scan) honorificNames() []span {
	var out []span
	for _, h := range s.hits["names/honorific"] {
		t := h.to
		if t < len(s.toks) && s.toks[t].low == "." {
			t++
		}
		end := t
		for end < len(s.toks) && end < t+3 && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == s.toks[h.from].sent {
			end++
		}
		if end > t && !s.isStaff(t, end) {
			out = append(out, span{h.from, end})
		}
	}
	return out
}

// personNames finds names a reader would take for a person's: honorific
// names, capitalized common first names (with a capitalized word after
// them taken as the surname) and testimonial sign-offs. Staff are left out.
func (s *scan) personNames() []span {
	if s.names != nil {
		return s.names
	}
	out := s.honorificNames()
	for _, h := range s.hits["names/first"] {
		t := &s.toks[h.from]
		if len(out) >= maxMatches {
			break
		}
		if !t.capital || inSpans(out, h.from) {
			continue
		}
		end := h.to
		if end < len(s.toks) && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == t.sent {
			end++
		}
		if !s.isStaff(h.from, end) {
			out = append(out, span{h.from, end})
		}
	}
	// "the Nguyen family": a surname named through the family.
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i].low == "the" && s.toks[i+1].capital && s.toks[i+1].kind == tokWord &&
			inSet(s.toks[i+2].low, "family", "families", "twins", "household") && !inSpans(out, i+1) && !s.isStaff(i+1, i+2) &&
			!s.c.allow.addrWords[s.toks[i+1].low] && !practiceWord(s, i+1) {
			out = append(out, span{i + 1, i + 3})
		}
	}
	for _, m := range s.signatures() {
		from, to := s.tokenRange(m[0], m[1])
		for from < to && s.toks[from].kind == tokPunct {
			from++
		}
		if from < to && !inSpans(out, from) && !s.isStaff(from, to) {
			out = append(out, span{from, to})
		}
	}
	if out == nil {
		out = []span{}
	}
	s.names = out
	return out
}

// openQuote reports whether a straight or curly opening quote is at byte i.
func (s *scan) openQuote(i int) bool {
	return s.text[i] == '"' || (s.text[i] == 0xe2 && strings.HasPrefix(s.text[i:], "“"))
}

// signatures finds testimonial sign-offs: signatureRE run from each dash
// to the end of its line, which is where a sign-off ends.
func (s *scan) signatures() [][]int {
	var out [][]int
	for i := 0; i < len(s.text) && len(out) < maxMatches; i++ {
		c := s.text[i]
		if c != '-' && !(c == 0xe2 && (strings.HasPrefix(s.text[i:], "—") || strings.HasPrefix(s.text[i:], "–"))) {
			continue
		}
		end := strings.IndexByte(s.text[i:], '\n')
		if end < 0 {
			end = len(s.text) - i
		}
		if end > 96 {
			continue // too far from the line end to be a sign-off
		}
		if m := signatureRE.FindStringIndex(s.text[i : i+end]); m != nil {
			out = append(out, []int{i + m[0], i + m[1]})
			i += m[1] - 1
		}
	}
	return out
}

// practiceWord reports whether token t is a word of the practice's name
// ("the Maple family of clinics").
func practiceWord(s *scan, t int) bool {
	for _, w := range tokenizePhrase(s.c.profile.PracticeName) {
		if w == s.toks[t].low {
			return true
		}
	}
	return false
}

func inSpans(spans []span, t int) bool {
	for _, sp := range spans {
		if t >= sp.from && t < sp.to {
			return true
		}
	}
	return false
}

// isStaff reports whether any word of the name is a staff name: "Dr. Patel"
// and "Anita" are both the practice's Anita Patel.
func (s *scan) isStaff(from, to int) bool {
	for t := from; t < to; t++ {
		if s.c.allow.staff[s.toks[t].low] {
			return true
		}
	}
	return false
}

// patientNames are person names in patient context.
func (s *scan) patientNames() []span {
	var out []span
	for _, n := range s.personNames() {
		if s.nameInPatientContext(n.from, n.to) {
			out = append(out, n)
		}
	}
	return out
}

// testimonials finds testimonial cues: the ENDORSE-01 phrases and quotations
// in the first person ("“My pain is gone,” says ...").
func (s *scan) testimonials() []span {
	var out []span
	for _, h := range s.hits["ENDORSE-01"] {
		out = append(out, span{h.from, h.to})
	}
	if strings.IndexByte(s.text, '"') < 0 && !strings.Contains(s.text, "“") {
		return out // no opening quote: spare the byte walk
	}
	for _, m := range s.findAtBytes(quoteRE, s.openQuote) {
		if firstPersonRE.MatchString(s.text[m[2]:m[3]]) {
			from, to := s.tokenRange(m[0], m[1])
			if from < to {
				out = append(out, span{from, to})
			}
		}
	}
	return out
}

// storyWords says a testimonial is a patient story rather than a quote.
func (s *scan) isStory() bool {
	return s.lowerContains("story") || s.lowerContains("journey")
}

// hasWordIn reports whether any token of the text is one of words.
func (s *scan) hasWordIn(words ...string) bool { return s.hasWord(words...) }

// normalizeName is the comparison form of a name: lower-case words.
func normalizeName(n string) string { return strings.Join(tokenizePhrase(n), " ") }
