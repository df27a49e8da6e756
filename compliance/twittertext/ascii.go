package twittertext

import "strings"

// Most posts are plain ASCII. ASCII is valid UTF-8 and NFC leaves it as it
// is, every ASCII character weighs one (the first light range), no emoji
// sequence is made of ASCII alone (a keycap needs U+20E3), and byte offsets
// are rune offsets. So an ASCII text is measured without normalization
// checks, without a rune slice unless it may hold a URL, and without the
// per-unit walk.

// isASCII reports whether every byte of s is below 0x80.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hasInnerDotASCII is hasInnerDot for ASCII text, without runes.
func hasInnerDotASCII(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		if isDomainChar(rune(s[i+1])) {
			return true
		}
		next := strings.IndexByte(s[i+1:], '.')
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// measureASCII is Measure for text that isASCII: the same units and
// weights as walkUnits gives, in one pass over the bytes.
func measureASCII(text string, limit int) (length, overflow int) {
	if strings.TrimLeft(text, blankASCII) == "" {
		return 0, len(text) // blank text weighs nothing
	}
	var urls []span
	if hasInnerDotASCII(text) {
		urls = extractURLs([]rune(text))
	}
	weight, over := 0, -1
	for i, u := 0, 0; i < len(text); {
		start := i
		for u < len(urls) && urls[u].start < i {
			u++ // as walkUnits: cannot happen with well-formed spans
		}
		if u < len(urls) && urls[u].start == i {
			weight += urlWeight
			i = urls[u].end
			u++
		} else {
			weight += lightRanges[0].Weight
			i++
		}
		if weight > limit*scale && over < 0 {
			over = start
		}
	}
	if over < 0 {
		over = len(text)
	}
	return weight / scale, over
}
