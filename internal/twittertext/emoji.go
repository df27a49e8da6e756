package twittertext

import (
	_ "embed"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// X counts a whole emoji sequence (a ZWJ family, a flag, a keycap, a person
// with a skin tone) as one emoji of defaultWeight, where counting its code
// points would give 4 to 20. twitter-text 3.1.0 finds the sequences with the
// regular expression of twemoji-parser 11.0.2, scanning the text left to
// right; this file runs the same expression (emoji_regex.txt, converted from
// UTF-16 to code points) the same way, so the counts agree with it exactly,
// including where that expression is older than today's emoji: a sequence
// it does not know is counted in the pieces it does know.

//go:embed emoji_regex.txt
var emojiRegexFile string

const (
	vs16       = 0xFE0F // VARIATION SELECTOR-16: asks for emoji presentation
	vs15       = 0xFE0E // VARIATION SELECTOR-15: asks for text presentation
	keycapMark = 0x20E3 // COMBINING ENCLOSING KEYCAP
	// maxEmojiRunes bounds the window an emoji is matched in: the longest
	// sequence the expression knows (a kiss, a tag flag) has 8 code points.
	maxEmojiRunes = 12
)

var (
	// emojiRE is the expression anchored at the candidate start. Its two
	// capture groups stand where twemoji-parser's (?!\ufe0e) lookaheads do.
	emojiRE = regexp.MustCompile(`^(?:` + emojiPattern(emojiRegexFile) + `)`)
	// emojiStarts are the code points a match can begin with, sorted.
	emojiStarts = firstRunes(emojiPattern(emojiRegexFile))
	// emojiSingles are the code points the expression matches on their
	// own, as sorted ranges, found once by running it on each start.
	emojiSingles = sync.OnceValue(func() [][2]rune {
		var out [][2]rune
		for _, rg := range emojiStarts {
			for r := rg[0]; r <= rg[1]; r++ {
				m := emojiRE.FindStringSubmatchIndex(string(r))
				if m == nil || m[1] != utf8.RuneLen(r) {
					continue
				}
				if n := len(out); n > 0 && out[n-1][1] == r-1 {
					out[n-1][1] = r
				} else {
					out = append(out, [2]rune{r, r})
				}
			}
		}
		return out
	})
)

// emojiPattern returns the expression of emoji_regex.txt without its
// comment lines.
func emojiPattern(file string) string {
	var b strings.Builder
	for line := range strings.Lines(file) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(strings.TrimSpace(line))
		}
	}
	return b.String()
}

// joinsEmoji reports the code points that can continue an emoji sequence
// (variation selectors, ZWJ, skin tones, tags, regional indicators and the
// keycap mark). Every sequence of two or more code points the expression
// knows has one of them in second place.
func joinsEmoji(r rune) bool {
	switch {
	case r == vs16, r == vs15, r == 0x200D, r == keycapMark:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F, r >= 0x1F1E6 && r <= 0x1F1FF:
		return true
	}
	return false
}

// emojiSpans returns the emoji twitter-text finds in rs, left to right and
// not overlapping, as its global regular expression does.
func emojiSpans(rs []rune) []span {
	var out []span
	var buf []byte
	for i := 0; i < len(rs); {
		if end, ok := emojiAt(rs, i, &buf); ok {
			out = append(out, span{i, end})
			i = end
			continue
		}
		i++
	}
	return out
}

// emojiAt reports whether the expression matches at rs[i] and where the
// match ends. buf is scratch space kept between calls.
func emojiAt(rs []rune, i int, buf *[]byte) (end int, ok bool) {
	r := rs[i]
	if r < utf8.RuneSelf {
		// Only a keycap ("1️⃣") starts with ASCII; a digit alone is text.
		if i+1 >= len(rs) || (rs[i+1] != vs16 && rs[i+1] != keycapMark) {
			return 0, false
		}
	}
	if !inRanges(emojiStarts, r) {
		return 0, false
	}
	if i+1 == len(rs) || !joinsEmoji(rs[i+1]) {
		// The common case, a lone emoji: no sequence can go on from here,
		// so the expression would match this code point alone or not at all.
		return i + 1, inRanges(emojiSingles(), r)
	}
	b := (*buf)[:0]
	for _, r := range rs[i:min(len(rs), i+maxEmojiRunes)] {
		b = utf8.AppendRune(b, r)
	}
	*buf = b
	m := emojiRE.FindSubmatchIndex(b)
	if m == nil {
		return 0, false
	}
	// (?!\ufe0e): the branch that took an empty group fails when text
	// presentation is asked for right there. No other branch can match at
	// such a start, so the whole match fails.
	for g := 2; g+1 < len(m); g += 2 {
		if p := m[g]; p >= 0 && p < len(b) {
			if next, _ := utf8.DecodeRune(b[p:]); next == vs15 {
				return 0, false
			}
		}
	}
	return i + utf8.RuneCount(b[:m[1]]), true
}

// inRanges reports whether r is in the sorted, merged ranges rs.
func inRanges(rs [][2]rune, r rune) bool {
	k := sort.Search(len(rs), func(k int) bool { return rs[k][1] >= r })
	return k < len(rs) && rs[k][0] <= r
}

// firstRunes returns the code points a match of pattern can start with, as
// sorted, merged [lo, hi] ranges.
func firstRunes(pattern string) [][2]rune {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic("twittertext: emoji expression: " + err.Error())
	}
	var rs [][2]rune
	var walk func(re *syntax.Regexp) bool // adds re's first runes; reports whether re can match empty
	walk = func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpLiteral:
			if len(re.Rune) == 0 {
				return true
			}
			rs = append(rs, [2]rune{re.Rune[0], re.Rune[0]})
			return false
		case syntax.OpCharClass:
			for k := 0; k+1 < len(re.Rune); k += 2 {
				rs = append(rs, [2]rune{re.Rune[k], re.Rune[k+1]})
			}
			return false
		case syntax.OpCapture, syntax.OpPlus:
			return walk(re.Sub[0])
		case syntax.OpQuest, syntax.OpStar:
			walk(re.Sub[0])
			return true
		case syntax.OpRepeat:
			return walk(re.Sub[0]) || re.Min == 0
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				if !walk(sub) {
					return false
				}
			}
			return true
		case syntax.OpAlternate:
			empty := false
			for _, sub := range re.Sub {
				empty = walk(sub) || empty
			}
			return empty
		case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine:
			return true
		}
		panic("twittertext: emoji expression: unexpected " + re.Op.String())
	}
	walk(re)
	sort.Slice(rs, func(a, b int) bool { return rs[a][0] < rs[b][0] })
	merged := rs[:0]
	for _, r := range rs {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1]+1 {
			merged[n-1][1] = max(merged[n-1][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	return merged
}
