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
		from, _ := s.describedStart(n, se.tokStart, describedBefore26)
		if from < 0 || !s.visitForOwnCare26(v+1, se.tokEnd) {
			continue
		}
		f := s.finding(from, n+1, "This describes one person (a title won at a named event, an employer and a shift, a route) coming in for care: everyone who knows them knows who it is, and now that they are a patient.")
		f.Suggestion = "Leave out what points at them, or link their signed authorization."
		out = append(out, f)
		v = se.tokEnd - 1 // one finding a sentence
	}
	return out
}

// describedBefore is how describedStart reads back from a person noun to
// the word that opens its description. Its two callers read different
// things after the noun, so they want different walks; each sets every
// field and says why (describedBefore26 here, describedBefore27 in
// describedvisit27.go).
type describedBefore struct {
	// reach is how many tokens before the noun the walk reads.
	reach int
	// yearOpens: "this year's" or "last year's" opens the description as
	// "the" does ("This year's Chili Cook-Off champ").
	yearOpens bool
	// abbrevGoesOn: the full stop of an abbreviation ("the St. Luke's
	// night-shift nurse") is read through; without it, it ends the walk as
	// any punctuation does.
	abbrevGoesOn bool
	// ownerStops: "my", "your", "their", "his" and "her" end the walk as
	// "our" and "a" do (someone's coach, not one described).
	ownerStops bool
	// markNeeded: a description with no name or number before the noun
	// ("the night-shift nurse") is not one: describedStart returns -1 for
	// it rather than its start.
	markNeeded bool
}

// describedBefore26 is describedVisits26's walk. The visit verb follows the
// noun (or its "who"), so all that marks the person stands before it: an
// unmarked "the" is no one (markNeeded), and the marks are long titles and
// workplaces ("This year's Hot Dog Festival eating champ", "the St. Luke's
// night-shift nurse": reach 9, yearOpens, abbrevGoesOn). Owners do not
// stop it: the kind was read without them, and stopping there now could
// move a verdict.
var describedBefore26 = describedBefore{reach: 9, yearOpens: true, abbrevGoesOn: true, markNeeded: true}

// describedStart returns where a description ending at the noun at token
// n starts, reading back to sentence start at the latest, and whether a
// capitalized name or a number stands between ("Hot Dog Festival eating
// champ", "Memorial ICU night-shift nurse", "426 bus driver"). It returns
// -1, false when no "the" (or, with o.yearOpens, "this year's") opens it
// within o.reach tokens, or when "our", "a", "an" or punctuation comes
// first: "the football team" names a group, "a patient" no one, "our"
// nurse is staff.
func (s *scan) describedStart(n, start int, o describedBefore) (int, bool) {
	marked := false
	for k := n - 1; k >= start && k >= n-o.reach; k-- {
		t := &s.toks[k]
		// One switch on the word (the two walks it replaced compared it
		// word by word); a word an option leaves alone falls through to
		// the punctuation and mark tests below, as any word does.
		switch t.low {
		case "the":
			return o.opened(k, marked)
		case "our", "a", "an":
			return -1, false
		case "my", "your", "their", "his", "her":
			if o.ownerStops {
				return -1, false
			}
		case "s":
			if o.yearOpens && k >= start+2 && s.toks[k-1].low == "year" && inSet(s.toks[k-2].low, "this", "last") {
				return o.opened(k-2, marked) // "This year's ... champ"
			}
		case ".":
			if o.abbrevGoesOn && k > start && abbreviations[s.toks[k-1].low] {
				continue // "the St. Luke's night-shift nurse"
			}
		}
		switch {
		case t.kind == tokPunct && t.low != "-":
			return -1, false
		case t.kind == tokNumber || t.capital && k > start:
			marked = true
		}
	}
	return -1, false
}

// opened is describedStart's answer when the description opens at from.
func (o describedBefore) opened(from int, marked bool) (int, bool) {
	if o.markNeeded && !marked {
		return -1, false
	}
	return from, marked
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
