package linkedin

import "strings"

// littleReserved are the characters LinkedIn's "little text" format uses
// for its elements (mentions, hashtags). Unescaped, they make LinkedIn cut
// the post at that point while still answering 201.
const littleReserved = `\|{}@[]()<>#*_~`

// isReserved is littleReserved as a lookup table; all of them are ASCII.
var isReserved = func() (t [128]bool) {
	for i := range len(littleReserved) {
		t[littleReserved[i]] = true
	}
	return t
}()

// EscapeLittleText escapes every reserved little-text character with a
// backslash, so LinkedIn shows the text exactly as written.
func EscapeLittleText(s string) string {
	if !strings.ContainsAny(s, littleReserved) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	// Reserved characters are ASCII and never occur inside a multi-byte
	// UTF-8 sequence, so a byte loop is exact.
	for i := range len(s) {
		if c := s[i]; c < 128 && isReserved[c] {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// UnescapeLittleText turns little text back into what a reader sees: each
// backslash-escaped character stands for itself.
func UnescapeLittleText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	escaped := false
	for _, r := range s {
		if r == '\\' && !escaped {
			escaped = true
			continue
		}
		escaped = false
		b.WriteRune(r)
	}
	if escaped {
		b.WriteByte('\\') // a trailing lone backslash stands for itself
	}
	return b.String()
}
