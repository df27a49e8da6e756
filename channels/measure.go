package channels

import (
	"unicode/utf16"
	"unicode/utf8"
)

// UTF16 counts text in UTF-16 code units, as networks whose limits are
// enforced by JavaScript front ends and API validators do (an emoji counts
// 2), and returns the byte offset where the count passes max (len(text)
// when it does not, or when max is 0). It never undercounts such a
// network. It fits Kind.Measure.
func UTF16(text string, max int) (n, over int) {
	over = len(text)
	// The ASCII start of the text, one unit a byte, is counted without
	// decoding it: most posts are ASCII all through, and the checklist
	// measures every post on every channel.
	ascii := 0
	for ascii < len(text) && text[ascii] < utf8.RuneSelf {
		ascii++
	}
	n = ascii
	if max > 0 && n > max {
		over = max // the byte that made the count max+1
	}
	for i, r := range text[ascii:] {
		if n += utf16.RuneLen(r); max > 0 && n > max && over == len(text) {
			over = ascii + i
		}
	}
	return n, over
}
