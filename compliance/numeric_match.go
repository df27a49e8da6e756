package compliance

// Hand-written matchers for the fixed-shape numeric expressions. Each
// behaves exactly as FindAllStringSubmatchIndex of the expression it names
// (leftmost-first, matches not overlapping, \b on ASCII word bytes), which
// numeric_match_test.go checks against the expression itself; they spare
// findNumeric a regexp run on every phone-number-sized island.

// numericFinder is what findNumeric runs on an island: a *regexp.Regexp or
// one of the matchers below.
type numericFinder interface {
	FindAllStringSubmatchIndex(s string, n int) [][]int
}

// fixedFinder is a numericFinder written by hand: findNumeric runs its
// search itself (nextFixed), keeping each match in the scan's matchArena,
// where FindAllStringSubmatchIndex allocates a slice per match and one
// for the list.
type fixedFinder interface {
	numericFinder
	// starts marks the bytes a match can start with; matchAt reports
	// whether a match starts at byte p of s and writes it to out.
	starts() *[256]bool
	matchAt(s string, p int, out *handMatch) bool
}

// handMatch is a match of a hand-written matcher: the submatch indices
// regexp's FindStringSubmatchIndex would return, idx[:n]. The matchers
// write it where the caller says (the scan's, which the scan then copies
// to its matchArena): a slice returned for each match was a heap
// allocation, several a check.
type handMatch struct {
	n   int
	idx [12]int
}

// set makes m the match with submatch indices idx, and returns true.
func (m *handMatch) set(idx ...int) bool {
	m.n = copy(m.idx[:], idx)
	return true
}

// slice returns the match as regexp returns one: a new slice.
func (m *handMatch) slice() []int { return append([]int(nil), m.idx[:m.n]...) }

// wordAt reports whether s[i] is an ASCII word byte; outside s it is not.
func wordAt(s string, i int) bool { return i >= 0 && i < len(s) && isWordByte(s[i]) }

// boundaryAt is \b at i: a word byte on one side only.
func boundaryAt(s string, i int) bool { return wordAt(s, i-1) != wordAt(s, i) }

// digitsAt reports whether s[i:i+n] are n ASCII digits.
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// optSep returns the end of an optional separator from seps at i (the
// greedy ?: taken whenever present, since the digit that must follow it
// could not match a separator anyway).
func optSep(s string, i int, seps string) int {
	if i < len(s) && containsByte(seps, s[i]) {
		return i + 1
	}
	return i
}

func containsByte(set string, b byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == b {
			return true
		}
	}
	return false
}

// shape324 matches \b(\d{3})([seps]?)(\d{2})([seps]?)(\d{4})\b where the
// digits also satisfy ok (nil: any digits). At each start the expression
// has a single way to match, so trying the starts in order is its
// leftmost-first search.
type shape324 struct {
	seps   string
	ok     func(s string, a, b, c int) bool // starts of the 3-, 2- and 4-digit groups
	groups bool                             // the expression captures its five parts
}

// ssnShape is ssnRE: `\b(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})\b`.
var ssnShape = &shape324{seps: "- .", groups: true}

// itinShape is itinRE:
// `\b9\d{2}[- ]?(?:5[0-9]|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]?\d{4}\b`.
var itinShape = &shape324{seps: "- ", ok: func(s string, a, b, _ int) bool {
	if s[a] != '9' {
		return false
	}
	switch g, h := s[b], s[b+1]; g {
	case '5', '7':
		return true
	case '6':
		return h <= '5'
	case '8':
		return h <= '8'
	case '9':
		return h != '3'
	}
	return false
}}

func (m *shape324) matchAt(s string, p int, out *handMatch) bool {
	if !boundaryAt(s, p) || !digitsAt(s, p, 3) {
		return false
	}
	q1 := optSep(s, p+3, m.seps)
	if !digitsAt(s, q1, 2) {
		return false
	}
	q2 := optSep(s, q1+2, m.seps)
	if !digitsAt(s, q2, 4) || !boundaryAt(s, q2+4) {
		return false
	}
	if m.ok != nil && !m.ok(s, p, q1, q2) {
		return false
	}
	if !m.groups {
		return out.set(p, q2+4)
	}
	return out.set(p, q2+4, p, p+3, p+3, q1, q1, q1+2, q1+2, q2, q2, q2+4)
}

// FindAllStringSubmatchIndex is regexp's, for the shape.
func (m *shape324) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return findAllFixed(s, n, m)
}

func (m *shape324) starts() *[256]bool { return &digitStarts }

// MatchString reports whether the shape matches anywhere in s.
func (m *shape324) MatchString(s string) bool {
	var hm handMatch // on the stack: matchAt is a method of a known type here
	for p := 0; p < len(s); p++ {
		if digitStarts[s[p]] && m.matchAt(s, p, &hm) {
			return true
		}
	}
	return false
}

// nanpShape is phoneRE:
// `(?:\+?1[-. ]?)?(?:\(\s*\d{3}\s*\)|\b\d{3})[-. ]?\d{3}[-. ]?\d{4}\b`.
type nanpShape struct{}

var phoneShape nanpShape

// at tries the expression's two ways to start at p in its order of
// preference: with the country code, then without.
func (nanpShape) matchAt(s string, p int, out *handMatch) bool {
	if q := p; q < len(s) {
		if s[q] == '+' {
			q++
		}
		if q < len(s) && s[q] == '1' {
			if e := nanpRest(s, optSep(s, q+1, "-. ")); e >= 0 {
				return out.set(p, e)
			}
		}
	}
	if e := nanpRest(s, p); e >= 0 {
		return out.set(p, e)
	}
	return false
}

// nanpRest matches `(?:\(\s*\d{3}\s*\)|\b\d{3})[-. ]?\d{3}[-. ]?\d{4}\b`
// at q and returns its end, or -1.
func nanpRest(s string, q int) int {
	switch {
	case q < len(s) && s[q] == '(':
		q = skipSpace(s, q+1)
		if !digitsAt(s, q, 3) {
			return -1
		}
		q = skipSpace(s, q+3)
		if q >= len(s) || s[q] != ')' {
			return -1
		}
		q++
	case boundaryAt(s, q) && digitsAt(s, q, 3):
		q += 3
	default:
		return -1
	}
	q = optSep(s, q, "-. ")
	if !digitsAt(s, q, 3) {
		return -1
	}
	q = optSep(s, q+3, "-. ")
	if !digitsAt(s, q, 4) || !boundaryAt(s, q+4) {
		return -1
	}
	return q + 4
}

// skipSpace skips \s (ASCII space, \t, \n, \v, \f, \r as RE2 has it: no \v).
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// FindAllStringSubmatchIndex is regexp's, for phoneRE.
func (m nanpShape) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return findAllFixed(s, n, m)
}

func (nanpShape) starts() *[256]bool { return &nanpStarts }

// findAllFixed is the leftmost-first, non-overlapping search of a matcher
// that never matches the empty string: at most n matches (all if n < 0).
// starts marks the bytes a match can start with; at is not asked about the
// others (most bytes of a window: spaces, separators, the letters around
// it), which spares a call per byte.
func findAllFixed(s string, n int, f fixedFinder) [][]int {
	var out [][]int
	var m handMatch
	for p := 0; p < len(s) && (n < 0 || len(out) < n) && nextFixed(s, p, f, &m); p = m.idx[1] {
		out = append(out, m.slice())
	}
	return out
}

// nextFixed reports whether f matches in s from byte p on, and writes the
// first match to out. f.matchAt is not asked about the bytes no match
// starts with.
func nextFixed(s string, p int, f fixedFinder, out *handMatch) bool {
	starts := f.starts()
	for ; p < len(s); p++ {
		if starts[s[p]] && f.matchAt(s, p, out) {
			return true
		}
	}
	return false
}

// byteTable marks the bytes of set.
func byteTable(set string) (t [256]bool) {
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	return t
}

// The bytes the hand-written matchers' matches start with: a digit (the
// shapes starting \b\d), and "(" or "+" before a phone number's digits.
var (
	digitStarts      = byteTable("0123456789")
	nanpStarts       = byteTable("0123456789(+")
	loosePhoneStarts = byteTable("0123456789(")
)
