package compliance

import (
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// The identifier patterns follow Presidio's recognizers (candidates by
// regex, then a validity check and context words); RE2 keeps each linear.
// SSN and NANP phone shapes are matched by hand (numeric_match.go).
var (
	ssnWeakRE = regexp.MustCompile(`\b\d{3}-?\d{6}\b|\b\d{5}-\d{4}\b`)
	// ssnSlashRE is an SSN written with slashes ("536/22/1234"), no date
	// or phone shape: written to slip past the dashes, so looked for only
	// near "SSN" words.
	ssnSlashRE = regexp.MustCompile(`\b\d{3}/\d{2}/\d{4}\b`)
	intlRE     = regexp.MustCompile(`\+\d{1,3}[-. ]?\(?\d{1,4}\)?(?:[-. ]?\d{2,4}){2,4}\b`)
	// loosePhone is any phone-like digit grouping; checkPhone runs its
	// hand-written equivalent (loosePhoneMatcher), tested against it.
	loosePhone = regexp.MustCompile(`\(?\b\d{2,4}\)?[-. ]?\d{2,4}[-. ]?\d{2,4}(?:[-. ]?\d{2,4})?\b`)
	emailRE    = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b`)
	ipv4RE     = regexp.MustCompile(`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`)
	ipv6RE     = regexp.MustCompile(`(?i)\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b|(?i)\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?\b`)
)

// tollFree are the NANP toll-free area codes: hotlines and businesses.
var tollFree = map[string]bool{"800": true, "833": true, "844": true, "855": true, "866": true, "877": true, "888": true}

var phoneContext = []string{"phone", "cell", "call", "text", "fax", "tel", "mobile", "contact", "reach"}
var ssnContext = []string{"ssn", "ssns", "social", "security", "ssid"}

// ssnContextStart finds a word of the text that ssnContext starts.
var ssnContextStart = wordPrefix(ssnContext...)

// checkSSN is PRIV-01: US social security numbers. A valid number blocks;
// a number shaped like one but invalid (area 000, 666 or 9xx, group 00,
// serial 0000, one repeated digit, the well-known samples) only warns.
func checkSSN(s *scan) []post.Finding {
	var out []post.Finding
	for _, m := range s.findNumeric(ssnShape, islandNeed{digits: 9, run: 4}) {
		if s.text[m[4]:m[5]] != s.text[m[8]:m[9]] || !numberBoundary(s.text, m[0], m[1]) {
			continue // mixed separators: not the SSN shape
		}
		d := digitsOf(s.text[m[0]:m[1]])
		sep := s.text[m[4]:m[5]]
		if sep == "" && !s.nearWords(m[0], m[1], ssnContext, 6) {
			continue // nine bare digits are an SSN only when the text says so
		}
		if sep == " " && !s.nearWords(m[0], m[1], ssnContext, 6) && !validSSN(d) {
			continue
		}
		out = append(out, ssnFinding(d, m[0], m[1]))
	}
	if s.hasWordStarting(ssnContextStart) {
		weak := s.findNumeric(ssnWeakRE, islandNeed{digits: 9, run: 5})
		if s.hasByte("/") {
			weak = append(weak, s.findNumeric(ssnSlashRE, islandNeed{digits: 9, run: 4, anyOf: "/"})...)
		}
		for _, m := range weak {
			if numberBoundary(s.text, m[0], m[1]) && s.nearWords(m[0], m[1], ssnContext, 6) && !overlapsAny(out, m[0], m[1]) {
				out = append(out, ssnFinding(digitsOf(s.text[m[0]:m[1]]), m[0], m[1]))
			}
		}
	}
	for _, f := range append(ssnParts(s), maskedSSNs(s)...) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

func ssnFinding(d string, start, end int) post.Finding {
	if validSSN(d) {
		return post.Finding{Start: start, End: end, Message: "This looks like a Social Security number. It must never appear in a post."}
	}
	return post.Finding{Start: start, End: end, Severity: post.SeverityWarn, NeedsHuman: true,
		Message: "This number has the shape of a Social Security number. If it is one, remove it."}
}

// validSSN applies the Social Security Administration's never-issued ranges.
func validSSN(d string) bool {
	if len(d) != 9 || strings.Count(d, d[:1]) == 9 {
		return false
	}
	area, group, serial := d[:3], d[3:5], d[5:]
	switch {
	case area == "000", area == "666", area[0] == '9', group == "00", serial == "0000":
		return false
	case d == "123456789", d == "078051120", d == "219099999":
		return false
	}
	return true
}

// checkPhone is PRIV-02: phone and fax numbers that are not the practice's.
// NANP numbers need a valid area code and exchange (N = 2-9); international
// numbers need a leading +; other digit groups count only next to a phone
// word ("call", "cell", "fax").
func checkPhone(s *scan) []post.Finding {
	var out []post.Finding
	add := func(start, end int, d []byte) {
		if !numberBoundary(s.text, start, end) || s.c.allow.phone(string(d)) || overlapsAny(out, start, end) {
			return
		}
		out = append(out, post.Finding{Start: start, End: end, Message: "This phone number is not one of the practice's numbers. A patient's or anyone else's number must not be posted.",
			Suggestion: "Use the practice's own number, or remove it."})
	}
	// A match's digits are gathered in buf, on the stack: digitsOf built a
	// string on the heap for every phone-shaped number of the text.
	var buf [24]byte
	for _, m := range s.findNumeric(phoneShape, islandNeed{digits: 10, run: 4}) {
		start := m[0]
		if s.text[start] == '(' || s.text[start] == '+' {
			// keep
		} else if start > 0 && s.text[start-1] == '(' {
			start--
		}
		d := appendDigits(buf[:0], s.text[start:m[1]])
		if len(d) == 11 {
			d = d[1:]
		}
		if len(d) != 10 || d[0] < '2' || d[3] < '2' || (string(d[3:6]) == "555" && string(d[6:8]) == "01") || tollFree[string(d[:3])] {
			continue // not a NANP number, a fictional one, or a toll-free line (an organization's, never a patient's)
		}
		add(start, m[1], d)
	}
	for _, m := range s.findNumeric(intlRE, islandNeed{digits: 8, run: 1, anyOf: "+"}) {
		if d := appendDigits(buf[:0], s.text[m[0]:m[1]]); len(d) >= 8 && len(d) <= 15 {
			add(m[0], m[1], d)
		}
	}
	for _, m := range s.findNumeric(loosePhoneMatcher, islandNeed{digits: 7, run: 2}) {
		d := appendDigits(buf[:0], s.text[m[0]:m[1]])
		if ssnShape.MatchString(s.text[m[0]:m[1]]) && len(d) == 9 {
			continue // SSN-shaped: PRIV-01's
		}
		if len(d) >= 7 && len(d) <= 12 && s.nearWords(m[0], m[1], phoneContext, 5) && !looksLikeDateOrMoney(s.text, m[0], m[1]) {
			add(m[0], m[1], d)
		}
	}
	return out
}

// looksLikeDateOrMoney keeps "2024 2025" and "$1,200" out of phone matches.
func looksLikeDateOrMoney(text string, start, end int) bool {
	return (start > 0 && text[start-1] == '$') || strings.ContainsAny(text[start:end], "/,")
}

// tlds are the top-level domains an e-mail address or bare domain may end
// in; any two-letter country code also counts.
var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "mil": true, "int": true, "info": true,
	"biz": true, "io": true, "co": true, "us": true, "health": true, "care": true, "clinic": true, "dental": true,
	"me": true, "app": true, "dev": true, "online": true, "site": true, "xyz": true, "email": true, "mail": true,
	"name": true, "pro": true, "doctor": true, "hospital": true, "life": true, "live": true, "shop": true,
}

func validTLD(host string) bool {
	i := strings.LastIndexByte(host, '.')
	tld := strings.ToLower(host[i+1:])
	return tlds[tld] || (len(tld) == 2 && tld[0] >= 'a' && tld[1] >= 'a')
}

// checkEmail is PRIV-03: e-mail addresses outside the practice's domains.
func checkEmail(s *scan) []post.Finding {
	var out []post.Finding
	for _, m := range s.findAround(emailRE, '@', 64, 256) {
		addr := s.text[m[0]:m[1]]
		host := addr[strings.LastIndexByte(addr, '@')+1:]
		if !validTLD(host) || s.c.allow.domain(host) {
			continue
		}
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This e-mail address is not the practice's. Personal addresses must not be posted.",
			Suggestion: "Use the practice's own address, or remove it."})
	}
	out = append(out, spelledEmails(s)...)
	return out
}

// nearWords reports whether one of words (as token prefixes) is within n
// tokens of bytes [start,end).
func (s *scan) nearWords(start, end int, words []string, n int) bool {
	from, to := s.tokenRange(start, end)
	for t := max(0, from-n); t < min(len(s.toks), to+n); t++ {
		if t >= from && t < to {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(s.toks[t].low, w) {
				return true
			}
		}
	}
	return false
}

// overlapsAny reports whether [start,end) overlaps one of the last findings
// in fs. Rules add findings mostly in text order, so the most recent ones
// are the only candidates; looking at no more than maxMatches of them keeps
// a rule linear on a pasted megabyte.
func overlapsAny(fs []post.Finding, start, end int) bool {
	for i := len(fs) - 1; i >= 0 && i >= len(fs)-maxMatches; i-- {
		if fs[i].Start < end && start < fs[i].End {
			return true
		}
	}
	return false
}
