package twittertext

import "unicode"

// X counts a whole emoji sequence (a ZWJ family, a flag, a keycap, a person
// with a skin tone) as one emoji of defaultWeight, where counting its code
// points would give 4 to 20. twitter-text finds sequences with a generated
// regex frozen at Unicode 12; this file recognises them with the emoji
// sequence grammar of Unicode TR #51 instead, over the Extended_Pictographic
// table in emoji_table.go (its header says how it was generated). The counts
// agree with twitter-text's conformance cases; they differ for emoji newer
// than its regex (which it over-counts), for ZWJ joins of pictographs that
// are not a recommended sequence, and for regional-indicator pairs that are
// not a country (both of which it counts per element and this counts as 2).

const (
	zwj         = 0x200D  // ZERO WIDTH JOINER: glues emoji into one sequence
	vs15        = 0xFE0E  // VARIATION SELECTOR-15: asks for text presentation
	vs16        = 0xFE0F  // VARIATION SELECTOR-16: asks for emoji presentation
	keycapMark  = 0x20E3  // COMBINING ENCLOSING KEYCAP
	riFirst     = 0x1F1E6 // REGIONAL INDICATOR SYMBOL LETTER A
	riLast      = 0x1F1FF // REGIONAL INDICATOR SYMBOL LETTER Z
	modFirst    = 0x1F3FB // EMOJI MODIFIER FITZPATRICK TYPE-1-2 (skin tones)
	modLast     = 0x1F3FF // EMOJI MODIFIER FITZPATRICK TYPE-6
	tagFirst    = 0xE0020 // TAG SPACE: tag sequences spell subdivision flags
	tagLast     = 0xE007E // TAG TILDE
	cancelTag   = 0xE007F // CANCEL TAG: ends a tag sequence
	copyrightCh = 0x00A9
	registered  = 0x00AE
)

func isRegionalIndicator(r rune) bool { return r >= riFirst && r <= riLast }
func isSkinTone(r rune) bool          { return r >= modFirst && r <= modLast }
func isKeycapBase(r rune) bool        { return r == '#' || r == '*' || (r >= '0' && r <= '9') }

// emojiAt reports whether an emoji sequence starts at rs[i] and, if so, the
// index just past it.
func emojiAt(rs []rune, i int) (end int, ok bool) {
	r := rs[i]
	switch {
	case r < copyrightCh && !isKeycapBase(r):
		return 0, false // fast path: ASCII text
	case isKeycapBase(r):
		// Keycap: base, optional VS16, COMBINING ENCLOSING KEYCAP ("1⃣",
		// "1️⃣"). A bare digit is just text.
		j := i + 1
		if j < len(rs) && rs[j] == vs16 {
			j++
		}
		if j < len(rs) && rs[j] == keycapMark {
			return j + 1, true
		}
		return 0, false
	case isRegionalIndicator(r):
		// A flag is a pair of regional indicators; a lone one is still an
		// emoji (it weighs the same either way).
		if i+1 < len(rs) && isRegionalIndicator(rs[i+1]) {
			return i + 2, true
		}
		return i + 1, true
	}
	end, ok = emojiElement(rs, i)
	if !ok {
		return 0, false
	}
	// ZWJ sequence: element (ZWJ element)*. A ZWJ not followed by an
	// element is not part of the sequence and is counted on its own.
	for end+1 < len(rs) && rs[end] == zwj {
		next, ok := emojiElement(rs, end+1)
		if !ok {
			break
		}
		end = next
	}
	return end, true
}

// emojiElement matches one pictographic code point with its optional
// presentation selector, skin tone or tag sequence.
func emojiElement(rs []rune, i int) (end int, ok bool) {
	r := rs[i]
	if !unicode.Is(extendedPictographic, r) {
		return 0, false
	}
	j := i + 1
	var next rune
	if j < len(rs) {
		next = rs[j]
	}
	// © and ® are Latin-1 text that weighs 1; twitter-text treats them as
	// emoji only with VS16 ("©️"), and so does X's counter.
	if (r == copyrightCh || r == registered) && next != vs16 {
		return 0, false
	}
	switch {
	case next == vs15:
		// Explicit text presentation: not an emoji; the selector is
		// counted as a character of its own, as twitter-text does.
		return 0, false
	case next == vs16:
		j++
	case isSkinTone(next):
		j++
	case next >= tagFirst && next <= tagLast:
		k := j
		for k < len(rs) && rs[k] >= tagFirst && rs[k] <= tagLast {
			k++
		}
		if k < len(rs) && rs[k] == cancelTag {
			j = k + 1
		}
	}
	return j, true
}
