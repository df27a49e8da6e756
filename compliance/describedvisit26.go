package compliance

import "github.com/practicepost/practicepost/post"

// One person known by a description that fits no one else, told as coming
// in for care (issue 11, session 26, t26privacy; read by kind on dev151,
// dev152 and dev153's privacy posts the rules passed or warned on): "This
// year's Hot Dog Festival eating champ came in Monday for heartburn
// meds", "the Memorial ICU night-shift nurse who stops in on her way home
// for her B12 shot", "the early-morning 426 bus driver came in for his
// DOT physical". The names package finds no person in them (no name, no
// one-person role noun), so no rule tied the visit to anyone; yet the
// event, the employer and shift, or the route point at one person
// (docs/COMPLIANCE.md, identifier R). The walk looks a few tokens back
// from each visit verb, so it stays linear.

// describedNouns26 end a description of one person: the one who won, who
// works a post, who drives a route.
var describedNouns26 = newWordSet([]string{"champ", "champion", "winner", "queen", "king", "driver", "nurse", "guard",
	"monk", "priest", "pastor", "teacher", "coach", "bartender", "barista", "mail", "carrier", "lifeguard", "valedictorian"})

// describedVisitVerbs26 bring the one described in: "came in", "stops in"
// (visitVerbs26, the finite forms of comeInWords26).
var describedVisitVerbs26 = newWordSet(visitVerbs26)

// describedVisits26 reports the one-person descriptions told as coming in
// for care, each as a PRIV-10 block.
func (s *scan) describedVisits26() []post.Finding {
	var out []post.Finding
	for v := 2; v < len(s.toks) && len(out) < maxMatches; v++ {
		if !describedVisitVerbs26.has(s.toks[v].low) {
			continue
		}
		n := v - 1
		if s.toks[n].low == "who" {
			n--
		}
		if n < 1 || !describedNouns26.has(s.toks[n].low) {
			continue
		}
		se := s.sents[s.toks[v].sent]
		from, ok := s.oneDescribed26(n, se.tokStart)
		if !ok || !s.visitForOwnCare26(v+1, se.tokEnd) {
			continue
		}
		f := s.finding(from, n+1, "This describes one person (a title won at a named event, an employer and a shift, a route) coming in for care: everyone who knows them knows who it is, and now that they are a patient.")
		f.Suggestion = "Leave out what points at them, or link their signed authorization."
		out = append(out, f)
		v = se.tokEnd - 1 // one finding a sentence
	}
	return out
}

// oneDescribed26 reports whether the noun at token n ends a description
// that fits one person: "the" or "this year's" before it, and between them
// a capitalized name or a number ("Hot Dog Festival eating champ",
// "Memorial ICU night-shift nurse", "426 bus driver"). It returns where
// the description starts. "the football team" names a group; "a patient"
// no one; "our" staff.
func (s *scan) oneDescribed26(n, start int) (int, bool) {
	marked := false
	for k := n - 1; k >= start && k >= n-9; k-- {
		w := s.toks[k].low
		switch {
		case w == "the":
			return k, marked
		case w == "s" && k >= start+2 && s.toks[k-1].low == "year" && inSet(s.toks[k-2].low, "this", "last"):
			return k - 2, marked // "This year's ... champ"
		case w == "." && k > start && abbreviations[s.toks[k-1].low]:
			// "the St. Luke's night-shift nurse"
		case w == "our" || w == "a" || w == "an" || s.toks[k].kind == tokPunct && w != "-":
			return k, false
		case s.toks[k].kind == tokNumber || s.toks[k].capital && k > start:
			marked = true
		}
	}
	return n, false
}

// visitForOwnCare26 reports whether, after a visit verb (from token k), the
// sentence says the visit was for care of one's own, with or without an
// owner: "came in Monday for heartburn meds", "stops in on her way home
// for her B12 shot", "for his DOT physical"; not "for a tour" nor "to drop
// off a pot". A health word that is the topic of a class or clinic ("for
// the flu shot clinic") does not decide; the next word may.
func (s *scan) visitForOwnCare26(k, end int) bool {
	return s.visitFor26(k, end, false, 4, func(_, m int) (bool, bool) {
		hit := visitItems26.has(s.toks[m].low) || s.healthStartsAt(m) && !s.careFieldAt26(m)
		return hit, hit
	})
}

// careFieldAt26 reports whether the health word at m is the topic of the
// work or the event after it ("for a diabetes class", "for the flu shot
// clinic"), not care of one's own.
func (s *scan) careFieldAt26(m int) bool {
	return m+1 < len(s.toks) && careGivenNouns.has(s.toks[m+1].low)
}
