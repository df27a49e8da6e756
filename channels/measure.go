package channels

import "unicode/utf16"

// UTF16 counts text in UTF-16 code units, as networks whose limits are
// enforced by JavaScript front ends and API validators do (an emoji counts
// 2), and returns the byte offset where the count passes max (len(text)
// when it does not, or when max is 0). It never undercounts such a
// network. It fits Kind.Measure.
func UTF16(text string, max int) (n, over int) {
	over = len(text)
	for i, r := range text {
		if n += utf16.RuneLen(r); max > 0 && n > max && over == len(text) {
			over = i
		}
	}
	return n, over
}
