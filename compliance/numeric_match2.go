package compliance

// Hand-written matchers for numericDateRE and loosePhone, which findNumeric
// runs on every island with a separator (a phone number's included). Like
// numeric_match.go's, each tries the expression's choices at each start in
// its order of preference and is checked against it in
// numeric_match_test.go.

// numericDateShape is numericDateRE:
// \b(?:(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])(?:[/.-](?:\d{4}|\d{2}))?
// |\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b
type numericDateShape struct{}

var numericDate numericDateShape

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// byteAt is s[i], or 0 outside s.
func byteAt(s string, i int) byte {
	if i >= 0 && i < len(s) {
		return s[i]
	}
	return 0
}

// monthNumbers returns the lengths 0?[1-9]|1[0-2] can match at i, in the
// expression's order.
func monthNumbers(s string, i int) (ns [3]int, n int) {
	c, d := byteAt(s, i), byteAt(s, i+1)
	if c == '0' && '1' <= d && d <= '9' {
		ns[n], n = 2, n+1
	}
	if '1' <= c && c <= '9' {
		ns[n], n = 1, n+1
	}
	if c == '1' && '0' <= d && d <= '2' {
		ns[n], n = 2, n+1
	}
	return ns, n
}

// dayNumbers returns the lengths 0?[1-9]|[12]\d|3[01] can match at i, in
// the expression's order.
func dayNumbers(s string, i int) (ns [4]int, n int) {
	c, d := byteAt(s, i), byteAt(s, i+1)
	if c == '0' && '1' <= d && d <= '9' {
		ns[n], n = 2, n+1
	}
	if '1' <= c && c <= '9' {
		ns[n], n = 1, n+1
	}
	if (c == '1' || c == '2') && isDigit(d) {
		ns[n], n = 2, n+1
	}
	if c == '3' && (d == '0' || d == '1') {
		ns[n], n = 2, n+1
	}
	return ns, n
}

func isDateSep(b byte) bool { return b == '/' || b == '.' || b == '-' }

func (numericDateShape) matchAt(s string, p int, out *handMatch) bool {
	if !boundaryAt(s, p) {
		return false
	}
	ms, nm := monthNumbers(s, p)
	for _, m := range ms[:nm] {
		q := p + m
		if !isDateSep(byteAt(s, q)) {
			continue
		}
		q++
		ds, nd := dayNumbers(s, q)
		for _, d := range ds[:nd] {
			r := q + d
			if isDateSep(byteAt(s, r)) {
				for _, y := range [2]int{4, 2} { // (?:[/.-](?:\d{4}|\d{2}))? is greedy
					if digitsAt(s, r+1, y) && boundaryAt(s, r+1+y) {
						return out.set(p, r+1+y)
					}
				}
			}
			if boundaryAt(s, r) {
				return out.set(p, r)
			}
		}
	}
	// \d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])
	if !digitsAt(s, p, 4) || byteAt(s, p+4) != '-' {
		return false
	}
	c, d := byteAt(s, p+5), byteAt(s, p+6)
	if !(c == '0' && '1' <= d && d <= '9') && !(c == '1' && '0' <= d && d <= '2') || byteAt(s, p+7) != '-' {
		return false
	}
	ds, nd := dayNumbers(s, p+8)
	for _, d := range ds[:nd] {
		if d == 2 && boundaryAt(s, p+10) { // 0?[1-9] without its 0 is not an alternative here
			return out.set(p, p+10)
		}
	}
	return false
}

// FindAllStringSubmatchIndex is regexp's, for numericDateRE.
func (m numericDateShape) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return findAllFixed(s, n, m)
}

func (numericDateShape) starts() *[256]bool { return &digitStarts }

// loosePhoneShape is loosePhone:
// \(?\b\d{2,4}\)?[-. ]?\d{2,4}[-. ]?\d{2,4}(?:[-. ]?\d{2,4})?\b
type loosePhoneShape struct{}

var loosePhoneMatcher loosePhoneShape

func isPhoneSep(b byte) bool { return b == '-' || b == '.' || b == ' ' }

// digitRuns returns the lengths \d{2,4} can match at i, longest first.
func digitRuns(s string, i int) (ns [3]int, n int) {
	for k := 4; k >= 2; k-- {
		if digitsAt(s, i, k) {
			ns[n], n = k, n+1
		}
	}
	return ns, n
}

// optional returns the positions an optional byte (ok) leaves at i, the
// greedy choice first.
func optional(s string, i int, ok func(byte) bool) (ps [2]int, n int) {
	if i < len(s) && ok(s[i]) {
		ps[n], n = i+1, n+1
	}
	ps[n], n = i, n+1
	return ps, n
}

func isOpenParen(b byte) bool  { return b == '(' }
func isCloseParen(b byte) bool { return b == ')' }

func (loosePhoneShape) matchAt(s string, p int, out *handMatch) bool {
	opens, no := optional(s, p, isOpenParen)
	for _, q := range opens[:no] {
		if !boundaryAt(s, q) {
			continue
		}
		if e := loosePhoneRest(s, q); e >= 0 {
			return out.set(p, e)
		}
	}
	return false
}

// loosePhoneRest matches \d{2,4}\)?[-. ]?\d{2,4}[-. ]?\d{2,4}(?:[-. ]?\d{2,4})?\b
// at q and returns its end, or -1.
func loosePhoneRest(s string, q int) int {
	r1, n1 := digitRuns(s, q)
	for _, a := range r1[:n1] {
		closes, nc := optional(s, q+a, isCloseParen)
		for _, c := range closes[:nc] {
			seps, ns := optional(s, c, isPhoneSep)
			for _, d := range seps[:ns] {
				r2, n2 := digitRuns(s, d)
				for _, b := range r2[:n2] {
					seps2, ns2 := optional(s, d+b, isPhoneSep)
					for _, e := range seps2[:ns2] {
						r3, n3 := digitRuns(s, e)
						for _, f := range r3[:n3] {
							if end := loosePhoneTail(s, e+f); end >= 0 {
								return end
							}
						}
					}
				}
			}
		}
	}
	return -1
}

// loosePhoneTail matches (?:[-. ]?\d{2,4})?\b at i: the group first, as
// the greedy ? prefers, then without it.
func loosePhoneTail(s string, i int) int {
	seps, ns := optional(s, i, isPhoneSep)
	for _, g := range seps[:ns] {
		r, n := digitRuns(s, g)
		for _, h := range r[:n] {
			if boundaryAt(s, g+h) {
				return g + h
			}
		}
	}
	if boundaryAt(s, i) {
		return i
	}
	return -1
}

// FindAllStringSubmatchIndex is regexp's, for loosePhone.
func (m loosePhoneShape) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return findAllFixed(s, n, m)
}

func (loosePhoneShape) starts() *[256]bool { return &loosePhoneStarts }
