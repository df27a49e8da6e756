// Package twittertext measures a post the way X does: the weighted length of
// twitter-text configuration v3, where most Latin text counts 1 per character,
// CJK and other scripts 2, every emoji sequence 2 and every URL 23.
//
// It follows the JavaScript reference, npm twitter-text 3.1.0 (parseTweet):
// URLs are found as its extractUrlsWithIndices finds them, UTF-16 quirks
// included, and emoji with the same twemoji-parser 11 expression, so an
// emoji sequence newer than that expression is counted by the parts it
// knows. It passes the v3 cases of the conformance file
// (testdata/twitter-text-validate.yml), and a differential test
// (differential_test.go) compares it with the npm package itself.
//
// The package does no I/O and keeps no state; all functions are safe for
// concurrent use.
package twittertext

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Result is the outcome of Parse, field for field twitter-text's
// TwitterTextParseResults.
type Result struct {
	// WeightedLength is the length X counts against MaxWeightedLength.
	WeightedLength int
	// Permillage is WeightedLength as thousandths of MaxWeightedLength
	// (1000 = exactly full; above 1000 = too long).
	Permillage int
	// Valid reports whether X would accept the text: not blank, at most
	// MaxWeightedLength, and free of invalid characters.
	Valid bool
	// DisplayRange is the inclusive [start, end] of the whole text in UTF-16
	// code units (JavaScript string indices), as twitter-text reports it.
	// It is {-1, -1} for blank text.
	DisplayRange [2]int
	// ValidRange is the inclusive [start, end], in UTF-16 code units, of the
	// leading part of the text that still fits: what an editor would leave
	// unhighlighted. It is {-1, -1} for blank text.
	ValidRange [2]int
}

// emptyResult is twitter-text's answer for empty or all-blank text.
var emptyResult = Result{DisplayRange: [2]int{-1, -1}, ValidRange: [2]int{-1, -1}}

// WeightedLength returns the weighted length of text under config v3.
// Invalid UTF-8 bytes count 2 each (as U+FFFD would).
func WeightedLength(text string) int {
	return Parse(text).WeightedLength
}

// Valid reports whether X would accept text as a post: 1 to
// MaxWeightedLength weighted characters and no invalid characters (U+FFFE,
// U+FEFF, U+FFFF, or bytes that are not UTF-8).
func Valid(text string) bool {
	return Parse(text).Valid
}

// Parse measures text as twitter-text's parseTweet does with config v3.
func Parse(text string) Result {
	badUTF8 := false
	if !utf8.ValidString(text) {
		// twitter-text only ever sees UTF-16 strings; a byte that is not
		// UTF-8 cannot be posted, so it makes the text invalid, and it is
		// measured as the U+FFFD a decoder would show in its place.
		badUTF8 = true
		text = replaceInvalidBytes(text)
	}
	// Java's String.trim: blank means nothing but code points <= U+0020.
	if strings.TrimLeft(text, blankASCII) == "" {
		return emptyResult
	}

	normalized := norm.NFC.String(text)
	runes := []rune(normalized)

	var (
		weight     int  // scaled weighted length so far
		invalid    bool // an invalid character has been seen
		pos16      int  // UTF-16 offset of the unit being visited
		validEnd16 int  // UTF-16 offset just past the part that fits
	)
	walkUnits(runes, func(start, end, w int) bool {
		weight += w
		if end == start+1 && isInvalidChar(runes[start]) {
			invalid = true
		}
		pos16 += utf16Len(runes[start:end])
		if !invalid && weight <= maxScaledLength {
			validEnd16 = pos16
		}
		return true
	})

	// Ranges are reported against the caller's text, so shift them by what
	// normalization added or removed (as twitter-text does).
	originalLen16 := utf16LenString(text)
	normOffset := originalLen16 - pos16
	length := weight / scale
	return Result{
		WeightedLength: length,
		Permillage:     length * 1000 / MaxWeightedLength,
		Valid:          !invalid && !badUTF8 && length <= MaxWeightedLength,
		DisplayRange:   [2]int{0, originalLen16 - 1},
		ValidRange:     [2]int{0, validEnd16 + normOffset - 1},
	}
}

// walkUnits visits the units X counts, in order: each URL (23), each emoji
// sequence (2) and each other code point (by its range), with their rune
// span and scaled weight, until visit returns false. As in twitter-text,
// URLs and emoji are found over the whole text first; an emoji that starts
// inside a URL is passed over with it.
func walkUnits(runes []rune, visit func(start, end, weight int) bool) {
	urls := extractURLs(runes)
	emojis := emojiSpans(runes)
	nextURL, nextEmoji := 0, 0 // indexes of the first URL and emoji not yet passed
	for i := 0; i < len(runes); {
		start, w := i, 0
		for nextURL < len(urls) && urls[nextURL].start < i {
			nextURL++ // cannot happen with well-formed spans; be defensive
		}
		for nextEmoji < len(emojis) && emojis[nextEmoji].start < i {
			nextEmoji++ // began inside a URL
		}
		switch {
		case nextURL < len(urls) && urls[nextURL].start == i:
			w = urlWeight
			i = urls[nextURL].end
			nextURL++
		case nextEmoji < len(emojis) && emojis[nextEmoji].start == i:
			w = defaultWeight
			i = emojis[nextEmoji].end
			nextEmoji++
		default:
			w = charWeight(runes[i])
			i++
		}
		if !visit(start, i, w) {
			return
		}
	}
}

// Overflow returns the byte offset in text of the first unit (character,
// emoji sequence or URL) that takes the weighted length past limit, or
// len(text) when the whole text fits. An editor highlights from there.
func Overflow(text string, limit int) int {
	_, at := Measure(text, limit)
	return at
}

// Measure returns the weighted length of text and, as Overflow does, the
// byte offset where it passes limit, in one pass over the text. Text that
// NFC normalization changes, or that is not valid UTF-8, is measured prefix
// by prefix for the offset instead, since its units do not map one to one
// onto the caller's bytes.
func Measure(text string, limit int) (length, overflow int) {
	if isASCII(text) {
		return measureASCII(text, limit)
	}
	return measureRunes(text, limit)
}

// measureRunes is Measure for any text, unit by unit over its runes.
func measureRunes(text string, limit int) (length, overflow int) {
	if !utf8.ValidString(text) || !norm.NFC.IsNormalString(text) {
		length = WeightedLength(text)
		if length <= limit {
			return length, len(text)
		}
		return length, overflowByPrefix(text, limit)
	}
	if strings.TrimLeft(text, blankASCII) == "" {
		return 0, len(text) // blank text weighs nothing
	}
	runes := []rune(text)
	weight, over := 0, -1 // over: rune index of the first unit past the limit
	walkUnits(runes, func(start, end, w int) bool {
		if weight += w; weight > limit*scale && over < 0 {
			over = start
		}
		return true
	})
	overflow = len(text)
	if over >= 0 {
		overflow = 0
		for _, r := range runes[:over] {
			overflow += utf8.RuneLen(r)
		}
	}
	return weight / scale, overflow
}

// overflowByPrefix is Overflow by binary search over rune starts for the
// longest prefix that fits: a few measurements of the text.
func overflowByPrefix(text string, limit int) int {
	starts := make([]int, 0, len(text)+1)
	for i := range text {
		starts = append(starts, i)
	}
	starts = append(starts, len(text))
	k := sort.Search(len(starts), func(i int) bool { return WeightedLength(text[:starts[i]]) > limit })
	return starts[max(0, k-1)]
}

// blankASCII is every code point Java's String.trim removes.
const blankASCII = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20"

// utf16Len returns how many UTF-16 code units rs takes.
func utf16Len(rs []rune) int {
	n := len(rs)
	for _, r := range rs {
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// utf16LenString returns how many UTF-16 code units s takes.
func utf16LenString(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// replaceInvalidBytes returns s with every byte that is not part of a valid
// UTF-8 sequence replaced by U+FFFD, one replacement per byte so that each
// bad byte is counted.
func replaceInvalidBytes(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
