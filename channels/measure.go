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
	ascii := asciiPrefix(text)
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

// asciiPrefix returns the length of text's leading run of ASCII bytes. It
// reads eight bytes at a time, as one word, until a word holds a byte
// beyond ASCII: UTF16 asks it about every post on every channel.
func asciiPrefix(text string) int {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := text[i : i+8]
		if (uint64(w[0])|uint64(w[1])<<8|uint64(w[2])<<16|uint64(w[3])<<24|uint64(w[4])<<32|uint64(w[5])<<40|uint64(w[6])<<48|uint64(w[7])<<56)&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	return i
}
