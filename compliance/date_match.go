package compliance

// Hand-written matchers for the word-led date and age expressions of
// priv_dates.go. Each takes the window findAt gives the expression and
// returns what the anchored expression's FindStringSubmatchIndex would:
// the same leftmost-first choice among its alternatives, \b on ASCII word
// bytes, \s as [\t\n\f\r ], and (?i) folding as Go's regexp does it (ASCII
// case, plus ſ for s and the Kelvin sign for k). date_match_test.go checks
// each against its expression on random strings. They spare checkDates
// and checkAges a regexp run at every month, weekday and number token.

// reSpace reports whether b is in the regexp class \s.
func reSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// spacesFrom returns the end of the run of \s bytes starting at i.
func spacesFrom(w string, i int) int {
	for i < len(w) && reSpace(w[i]) {
		i++
	}
	return i
}

// foldAt matches the lower-case ASCII literal lit at w[i:] the way (?i)
// does and returns where the match ends.
func foldAt(w string, i int, lit string) (int, bool) {
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		switch {
		case i >= len(w):
			return 0, false
		case w[i] == c || ('a' <= c && c <= 'z' && w[i] == c-('a'-'A')):
			i++
		case c == 's' && len(w)-i >= 2 && w[i] == 0xc5 && w[i+1] == 0xbf: // ſ
			i += 2
		case c == 'k' && len(w)-i >= 3 && w[i] == 0xe2 && w[i+1] == 0x84 && w[i+2] == 0xaa: // Kelvin sign
			i += 3
		default:
			return 0, false
		}
	}
	return i, true
}

// foldAny returns the end of the first of lits that foldAt matches at i.
func foldAny(w string, i int, lits ...string) (int, bool) {
	for _, lit := range lits {
		if e, ok := foldAt(w, i, lit); ok {
			return e, true
		}
	}
	return 0, false
}

// monthForms are monthNames' alternatives, each month's forms in the order
// the expression prefers them (the longest first: its ? are greedy).
var monthForms = [...][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
	{"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"}, {"october", "oct"},
	{"november", "nov"}, {"december", "dec"},
}

// foldFirst lists, for each byte, the indices of the lower-case ASCII
// literals (in their order) whose first letter (?i) can match a text
// starting with that byte: the letter, its upper case, and the first
// byte of ſ for 's' and of the Kelvin sign for 'k', as foldAt folds them.
// A matcher tries only those: trying every month name at every month-like
// token cost about 20 foldAt calls where one or two can match.
type foldFirst [256][]uint8

func newFoldFirst(lits []string) *foldFirst {
	var t foldFirst
	for k, lit := range lits {
		c := lit[0]
		t[c] = append(t[c], uint8(k))
		if 'a' <= c && c <= 'z' {
			t[c-('a'-'A')] = append(t[c-('a'-'A')], uint8(k))
		}
		switch c {
		case 's':
			t[0xc5] = append(t[0xc5], uint8(k)) // ſ
		case 'k':
			t[0xe2] = append(t[0xe2], uint8(k)) // Kelvin sign
		}
	}
	return &t
}

// at returns the literals that may match w at i.
func (t *foldFirst) at(w string, i int) []uint8 {
	if i >= len(w) {
		return nil
	}
	return t[w[i]]
}

// monthsByFirst is foldFirst over monthForms (all forms of a month share
// its first letter).
var monthsByFirst = newFoldFirst(func() []string {
	firsts := make([]string, len(monthForms))
	for m, forms := range monthForms {
		firsts[m] = forms[0]
	}
	return firsts
}())

// monthEnds returns the ends of the month names (?i) matches at i, in the
// expression's order of preference. No two months share their first three
// letters, so all of them are forms of one month.
func monthEnds(w string, i int) (ends [3]int, n int) {
	for _, m := range monthsByFirst.at(w, i) {
		for _, f := range monthForms[m] {
			if e, ok := foldAt(w, i, f); ok {
				ends[n] = e
				n++
			}
		}
		if n > 0 {
			break
		}
	}
	return ends, n
}

// ordinalAt matches (?i)(?:st|nd|rd|th) at i.
func ordinalAt(w string, i int) (int, bool) { return foldAny(w, i, "st", "nd", "rd", "th") }

// yearTail matches the greedy optional (?:,?\s+\d{4}\b) at i.
func yearTail(w string, i int) int {
	r := i
	if r < len(w) && w[r] == ',' {
		r++ // ,? is greedy; without the comma \s+ could not match there
	}
	if s := spacesFrom(w, r); s > r && digitsAt(w, s, 4) && boundaryAt(w, s+4) {
		return s + 4
	}
	return i
}

// matchMonthDay is monthDayRE anchored at the start of w:
// (?i)\b(?:M\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\d{4}\b)
// |\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?M\b(?:,?\s+\d{4}\b)?) with M the
// month names.
func matchMonthDay(w string, out *handMatch) bool {
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	ends, n := monthEnds(w, 0)
	for _, e := range ends[:n] {
		for _, dot := range [2]bool{true, false} {
			p := e
			if dot {
				if p >= len(w) || w[p] != '.' {
					continue
				}
				p++
			}
			q := spacesFrom(w, p)
			if q == p {
				continue
			}
			if end, ok := dayAt(w, q); ok {
				return out.set(0, yearTail(w, end))
			}
			if digitsAt(w, q, 4) && boundaryAt(w, q+4) {
				return out.set(0, q+4)
			}
		}
	}
	for nd := 2; nd >= 1; nd-- {
		if !digitsAt(w, 0, nd) {
			continue
		}
		for _, ord := range [2]bool{true, false} {
			p := nd
			if ord {
				e, ok := ordinalAt(w, p)
				if !ok {
					continue
				}
				p = e
			}
			q := spacesFrom(w, p)
			if q == p {
				continue
			}
			for _, of := range [2]bool{true, false} {
				r := q
				if of {
					e, ok := foldAt(w, r, "of")
					if !ok || spacesFrom(w, e) == e {
						continue
					}
					r = spacesFrom(w, e)
				}
				ends, n := monthEnds(w, r)
				for _, e := range ends[:n] {
					if boundaryAt(w, e) {
						return out.set(0, yearTail(w, e))
					}
				}
			}
		}
	}
	return false
}

// dayAt matches \d{1,2}(?:st|nd|rd|th)?\b at i and returns its end.
func dayAt(w string, i int) (int, bool) {
	for nd := 2; nd >= 1; nd-- {
		if !digitsAt(w, i, nd) {
			continue
		}
		if e, ok := ordinalAt(w, i+nd); ok && boundaryAt(w, e) {
			return e, true
		}
		if boundaryAt(w, i+nd) {
			return i + nd, true
		}
	}
	return 0, false
}

// weekdayStems are weekdayDayRE's alternatives before "day".
var weekdayStems = [...]string{"mon", "tues", "wednes", "thurs", "fri", "satur", "sun"}

// weekdaysByFirst is foldFirst over weekdayStems.
var weekdaysByFirst = newFoldFirst(weekdayStems[:])

// matchWeekdayDay is weekdayDayRE anchored at the start of w:
// (?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b.
func matchWeekdayDay(w string, out *handMatch) bool {
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	p, ok := 0, false
	for _, k := range weekdaysByFirst.at(w, 0) {
		if p, ok = foldAt(w, 0, weekdayStems[k]); ok {
			break
		}
	}
	if !ok {
		return false
	}
	if p, ok = foldAt(w, p, "day"); !ok {
		return false
	}
	if p < len(w) && w[p] == ',' {
		p++ // ,? is greedy; without the comma \s+ could not match there
	}
	q := spacesFrom(w, p)
	if q == p {
		return false
	}
	for _, the := range [2]bool{true, false} {
		r := q
		if the {
			e, ok := foldAt(w, r, "the")
			if !ok || spacesFrom(w, e) == e {
				continue
			}
			r = spacesFrom(w, e)
		}
		for nd := 2; nd >= 1; nd-- {
			if !digitsAt(w, r, nd) {
				continue
			}
			if e, ok := ordinalAt(w, r+nd); ok && boundaryAt(w, e) {
				return out.set(0, e)
			}
		}
	}
	return false
}

// capitalMonths are bareMonthRE's alternatives (case-sensitive).
var capitalMonths = [...]string{"January", "February", "March", "April", "June", "July", "August",
	"September", "October", "November", "December"}

// matchBareMonth is bareMonthRE anchored at the start of w:
// \b(?:January|February|...|December)\b (no May: it is mostly the verb).
func matchBareMonth(w string, out *handMatch) bool {
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	for _, m := range capitalMonths {
		if len(w) >= len(m) && w[:len(m)] == m && boundaryAt(w, len(m)) {
			return out.set(0, len(m))
		}
	}
	return false
}

// matchAge is ageRE anchored at the start of w:
// (?i)\b(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b
// |\baged?\s*:?\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:y/o|yo|y\.o\.)
// with its three groups (the age in one of them).
func matchAge(w string, out *handMatch) bool {
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	spaceDash := func(i int) int {
		for i < len(w) && (reSpace(w[i]) || w[i] == '-') {
			i++
		}
		return i
	}
	for nd := 3; nd >= 1; nd-- {
		if !digitsAt(w, 0, nd) {
			continue
		}
		p := spaceDash(nd)
		for _, unit := range [...]string{"years", "year", "yrs", "yr"} {
			e, ok := foldAt(w, p, unit)
			if !ok {
				continue
			}
			q := spaceDash(e)
			if end, ok := foldAt(w, q, "old"); ok && boundaryAt(w, end) {
				return out.set(0, end, 0, nd, -1, -1, -1, -1)
			}
			if e, ok := foldAt(w, q, "of"); ok {
				if r := spacesFrom(w, e); r > e {
					if end, ok := foldAt(w, r, "age"); ok && boundaryAt(w, end) {
						return out.set(0, end, 0, nd, -1, -1, -1, -1)
					}
				}
			}
		}
	}
	if e, ok := foldAt(w, 0, "age"); ok {
		for _, d := range [2]bool{true, false} {
			p := e
			if d {
				if p >= len(w) || w[p]|0x20 != 'd' {
					continue
				}
				p++
			}
			p = spacesFrom(w, p)
			if p < len(w) && w[p] == ':' {
				p++
			}
			p = spacesFrom(w, p)
			for nd := 3; nd >= 1; nd-- {
				if digitsAt(w, p, nd) && boundaryAt(w, p+nd) {
					return out.set(0, p+nd, -1, -1, p, p+nd, -1, -1)
				}
			}
		}
	}
	for nd := 3; nd >= 1; nd-- {
		if !digitsAt(w, 0, nd) {
			continue
		}
		if end, ok := foldAny(w, spacesFrom(w, nd), "y/o", "yo", "y.o."); ok {
			return out.set(0, end, -1, -1, -1, -1, 0, nd)
		}
	}
	return false
}
