package twittertext

import (
	"slices"
	"strings"
	"sync"
)

// Most posts are plain ASCII. ASCII is valid UTF-8 and NFC leaves it as it
// is, every ASCII character weighs one (the first light range), no emoji
// sequence is made of ASCII alone (a keycap needs U+20E3), and byte offsets
// are rune offsets. So an ASCII text is measured without normalization
// checks, without a rune slice unless it may hold a URL, and without the
// per-unit walk.

// isASCII reports whether every byte of s is below 0x80.
//
// It ORs eight bytes at a time and tests the high bit once: Measure asks
// it of every text, and a test per byte was six instructions a byte.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8] // one bounds check for the eight loads
		if w[0]|w[1]|w[2]|w[3]|w[4]|w[5]|w[6]|w[7] >= 0x80 {
			return false
		}
	}
	for ; i < len(s); i++ {
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
		b := asciiPool.Get().(*asciiBufs)
		urls = b.extractURLs(text)
		if len(text) <= maxPooledText {
			defer asciiPool.Put(b) // urls is read below, before the put
		}
	}
	// The text is URLs and runs of characters between them, each
	// character of the same weight: a run is added, and the character at
	// which the weight passes the limit found, by arithmetic.
	lim, cw := limit*scale, lightRanges[0].Weight
	weight, over := 0, -1
	for i, u := 0, 0; i < len(text); {
		for u < len(urls) && urls[u].start < i {
			u++ // as walkUnits: cannot happen with well-formed spans
		}
		if u < len(urls) && urls[u].start == i {
			weight += urlWeight
			if weight > lim && over < 0 {
				over = i
			}
			i = urls[u].end
			u++
			continue
		}
		next := len(text)
		if u < len(urls) {
			next = urls[u].start
		}
		if n := next - i; over < 0 && weight+n*cw > lim {
			// The first character k of the run with weight+(k+1)*cw > lim.
			over = i + max(0, lim-weight)/cw
		}
		weight += (next - i) * cw
		i = next
	}
	if over < 0 {
		over = len(text)
	}
	return weight / scale, over
}

// asciiBufs are the buffers URL extraction needs, kept between calls: most
// posts with a link would otherwise allocate four times their length in
// runes and label tables.
type asciiBufs struct {
	rs             []rune
	runEnd, domEnd []int32
	hostMemo       []int32 // urlScanner.hostMemo
	urls           []span
}

var asciiPool = sync.Pool{New: func() any { return new(asciiBufs) }}

// maxPooledText bounds the texts whose buffers go back to asciiPool, so one
// pasted megabyte does not keep megabytes alive.
const maxPooledText = 16 << 10

// extractURLs is extractURLs for ASCII text, in b's buffers. The result is
// b's until b is used again.
//
// It scans only the words of the text that hold an inner dot, each as its
// own text with the whitespace either side of it. Every URL has one: its
// domain ends in a dot and a listed TLD, and every TLD starts with a domain
// character. No URL holds ASCII whitespace, which is no domain, path,
// query or protocol character, so each URL lies inside one word; the
// scanner decides it from the word and the characters either side of it
// (the one before for the preceding-character rule, the one after for a
// TLD's follower), and scans a word after the URLs of the words before it,
// as it would over the whole text. A post with one link is scanned over
// that link's word, not its 280 characters.
func (b *asciiBufs) extractURLs(text string) []span {
	b.urls = b.urls[:0]
	for from := 0; from < len(text); {
		d := strings.IndexByte(text[from:], '.')
		if d < 0 {
			break
		}
		d += from
		if d+1 >= len(text) || !asciiDomainChar[text[d+1]] {
			from = d + 1
			continue
		}
		// The word around the dot, and one character of whitespace either
		// side when there is one.
		start, end := d, d+1
		for start > 0 && !isASCIISpace(text[start-1]) {
			start--
		}
		for end < len(text) && !isASCIISpace(text[end]) {
			end++
		}
		from = end
		start, end = max(start-1, 0), min(end+1, len(text))
		n := len(b.urls)
		b.urls = b.scan(text[start:end], b.urls)
		for i := n; i < len(b.urls); i++ {
			b.urls[i].start += start
			b.urls[i].end += start
		}
	}
	return b.urls
}

// scan appends the URLs of the ASCII text w to urls, with offsets into w.
func (b *asciiBufs) scan(w string, urls []span) []span {
	b.rs = slices.Grow(b.rs[:0], len(w))
	for i := 0; i < len(w); i++ {
		b.rs = append(b.rs, rune(w[i]))
	}
	b.runEnd = slices.Grow(b.runEnd[:0], len(w)+1)[:len(w)+1]
	b.domEnd = slices.Grow(b.domEnd[:0], len(w)+1)[:len(w)+1]
	clear(b.domEnd)
	x := urlScanner{rs: b.rs, runEnd: labelRunEndsInto(b.runEnd, b.rs), domainEnd: b.domEnd, hostMemo: b.hostMemo}
	urls = x.extract(urls)
	b.hostMemo = x.hostMemo
	return urls
}

// isASCIISpace reports the ASCII whitespace no URL holds: tab to carriage
// return and space (asciiDomainChar leaves them out).
func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }
