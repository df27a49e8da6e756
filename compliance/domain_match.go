package compliance

// A hand-written matcher for bareDomainRE, which findAt runs at every
// label followed by a dot or hyphen (a phone number's "555-" included);
// the expression's TLD alternation makes each regexp run cost about a
// microsecond. date_match_test.go checks it against the expression.

// domainTLDs are bareDomainRE's TLD alternatives in its order; "" stands
// for [a-z]{2}\.[a-z]{2}.
var domainTLDs = [...]string{"com", "org", "net", "io", "co", "us", "info", "biz", "health", "me", "care", "app", "",
	"de", "uk", "ca", "fr", "se", "ch", "br", "uy", "cy", "pt", "es", "it", "nl", "au"}

// foldLetterLen returns the width of the character at i if (?i)[a-z]
// matches it (ASCII letters, ſ and the Kelvin sign), else 0.
func foldLetterLen(w string, i int) int {
	switch {
	case i >= len(w):
		return 0
	case ('a' <= w[i] && w[i] <= 'z') || ('A' <= w[i] && w[i] <= 'Z'):
		return 1
	case len(w)-i >= 2 && w[i] == 0xc5 && w[i+1] == 0xbf:
		return 2
	case len(w)-i >= 3 && w[i] == 0xe2 && w[i+1] == 0x84 && w[i+2] == 0xaa:
		return 3
	}
	return 0
}

// labelCharLen is foldLetterLen for (?i)[a-z0-9-].
func labelCharLen(w string, i int) int {
	if i < len(w) && (('0' <= w[i] && w[i] <= '9') || w[i] == '-') {
		return 1
	}
	return foldLetterLen(w, i)
}

// labelEnd returns the end of the run of label characters from i.
func labelEnd(w string, i int) int {
	for n := labelCharLen(w, i); n > 0; n = labelCharLen(w, i) {
		i += n
	}
	return i
}

// matchBareDomain is bareDomainRE anchored at the start of w:
// (?i)\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:TLDs)\b(?:/[^\s]*)?
//
// The labels are maximal runs (a shorter one would leave a label character
// where the expression needs a dot), so the expression's only choices are
// how many labels the star takes (most first) and which TLD follows.
func matchBareDomain(w string, out *handMatch) bool {
	if w == "" || !isWordByte(w[0]) || w[0] == '_' {
		return false
	}
	var buf [8]int
	ends := append(buf[:0], labelEnd(w, 0))
	for e := ends[len(ends)-1]; e < len(w) && w[e] == '.' && labelCharLen(w, e+1) > 0; e = ends[len(ends)-1] {
		ends = append(ends, labelEnd(w, e+1))
	}
	for j := len(ends) - 1; j >= 0; j-- {
		if ends[j] >= len(w) || w[ends[j]] != '.' {
			continue
		}
		if e, ok := tldAt(w, ends[j]+1); ok {
			if e < len(w) && w[e] == '/' {
				for e++; e < len(w) && !reSpace(w[e]); e++ {
				}
			}
			return out.set(0, e)
		}
	}
	return false
}

// tldAt matches the first of domainTLDs, followed by \b, at t.
func tldAt(w string, t int) (int, bool) {
	// Every alternative starts with a letter that foldAt matches in either
	// case, or as ſ or the Kelvin sign (bytes 0xc5, 0xe2): a TLD whose
	// first letter is not w's is not tried.
	if t >= len(w) {
		return 0, false
	}
	var first byte // 0: any
	switch c := w[t]; {
	case 'a' <= c && c <= 'z':
		first = c
	case 'A' <= c && c <= 'Z':
		first = c + ('a' - 'A')
	case c != 0xc5 && c != 0xe2:
		return 0, false // no letter: no alternative matches
	}
	for _, tld := range domainTLDs {
		if tld != "" {
			if first != 0 && tld[0] != first {
				continue
			}
			if e, ok := foldAt(w, t, tld); ok && boundaryAt(w, e) {
				return e, true
			}
			continue
		}
		p := t
		for k := 0; k < 5; k++ { // [a-z]{2}\.[a-z]{2}
			if k == 2 {
				if p >= len(w) || w[p] != '.' {
					break
				}
				p++
				continue
			}
			n := foldLetterLen(w, p)
			if n == 0 {
				break
			}
			p += n
			if k == 4 && boundaryAt(w, p) {
				return p, true
			}
		}
	}
	return 0, false
}
