package twittertext

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tldList is twitter-text's list of top-level domains. Whether "foo.bar" is a
// link (23 characters) or text (7) depends on it, so it must be the list X's
// counter uses, not today's IANA root zone.
//
//go:embed tlds.txt
var tldList string

// tldTable holds the parsed list (generic and country TLDs alike) and the
// longest one in code points (bounding how far a match looks ahead).
type tldTable struct {
	all    map[string]struct{}
	maxLen int
}

// tlds parses tldList once, on first use.
var tlds = sync.OnceValue(func() *tldTable {
	t := &tldTable{all: make(map[string]struct{}, 1600)}
	for _, line := range strings.Split(tldList, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "== ") {
			continue // comments and the generic/country section headers
		}
		t.all[line] = struct{}{}
		if n := utf8.RuneCountInString(line); n > t.maxLen {
			t.maxLen = n
		}
	}
	return t
})

// matchTLD matches a listed TLD at rs[p:], case-insensitively, that is not
// followed by a letter, digit, '@', '+' or '-' (position lim counts as the end
// of the text). It prefers the longest, as twitter-text's alternation (which
// lists "嘉里大酒店" before "嘉里") does. Failing that it matches a punycode
// TLD ("xn--" and what follows).
func matchTLD(rs []rune, p, lim int) (end int, ok bool) {
	t := tlds()
	var buf [192]byte
	var ends [48]int // ends[n] = byte length of the first n runes
	longest := min(t.maxLen, lim-p, len(ends)-1)
	// Every listed TLD is made of TLD characters (TestTLDChars), so none is
	// longer than the run of them at p: most candidates end at a space.
	for n := 0; n < longest; n++ {
		if !isTLDChar(rs[p+n]) {
			longest = n
			break
		}
	}
	// Lower-case the longest candidate once; shorter ones are its prefixes.
	key := buf[:0]
	for n, r := range rs[p : p+longest] {
		key = utf8.AppendRune(key, toLower(r))
		ends[n+1] = len(key)
	}
	for n := longest; n >= 2; n-- {
		if p+n < lim && !tldFollower(rs[p+n]) {
			continue
		}
		if _, found := t.all[string(key[:ends[n]])]; found {
			return p + n, true
		}
	}
	return matchPunycodeTLD(rs, p, lim)
}

// isTLDChar reports whether r can be part of a listed TLD: a domain
// character or a hyphen.
func isTLDChar(r rune) bool { return r == '-' || isDomainChar(r) }

// tldFollower reports whether r may follow a TLD (twitter-text's lookahead
// (?=[^0-9a-zA-Z@+-]|$)): a TLD must not run on into a longer word.
func tldFollower(r rune) bool {
	return !(isASCIIAlnum(r) || r == '@' || r == '+' || r == '-')
}

// matchPunycodeTLD matches "xn--" and one or more of [-0-9a-z], any case.
func matchPunycodeTLD(rs []rune, p, lim int) (end int, ok bool) {
	if lim-p < 5 || !equalFoldASCII(rs[p:p+4], "xn--") {
		return 0, false
	}
	j := p + 4
	for j < lim && (isASCIIAlnum(rs[j]) || rs[j] == '-') {
		j++
	}
	return j, j > p+4
}

func isASCIIAlnum(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
}

// equalFoldASCII reports whether rs spells s (ASCII, lower case) in any case.
func equalFoldASCII(rs []rune, s string) bool {
	if len(rs) != len(s) {
		return false
	}
	for i, r := range rs {
		if toLower(r) != rune(s[i]) {
			return false
		}
	}
	return true
}

// toLower is unicode.ToLower with a fast path for ASCII.
func toLower(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}
