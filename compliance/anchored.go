package compliance

import (
	"regexp"
	"strings"
)

// Most of the checklist's expressions start with a word ("you should stop",
// "born in", "Apt 4"). Run over a whole post, Go's regexp tries every byte
// as a start; run anchored (\A) at the few tokens that can start a match, it
// looks at a handful of bytes each time. anchoredRE and findAt do that.

// anchoredRE is an expression compiled twice: anchored at its start, for
// findAt, and as written, for callers that still scan freely.
type anchoredRE struct {
	at   *regexp.Regexp // \A(?:expr)
	free *regexp.Regexp // expr
	max  int            // longest match, in bytes, that callers care about
}

// mustAnchor compiles expr for findAt; max bounds how far past its start a
// match can reach.
func mustAnchor(expr string, max int) *anchoredRE {
	return &anchoredRE{at: regexp.MustCompile(`\A(?:` + expr + `)`), free: regexp.MustCompile(expr), max: max}
}

// findAt runs re anchored at the start of each token for which anchor is
// true, in text order, and returns submatch indices into the whole text.
// Like FindAll, matches do not overlap: a token inside the previous match
// starts none. A token glued to a preceding ASCII word byte ("x_March")
// starts none either, as \b before it would fail.
func (s *scan) findAt(re *anchoredRE, anchor func(t *token) bool) [][]int {
	var out [][]int
	lastEnd := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.start < lastEnd || !anchor(t) || (t.start > 0 && isWordByte(s.text[t.start-1])) {
			continue
		}
		if m := s.matchFrom(re, t.start); m != nil {
			out = append(out, m)
			lastEnd = max(m[1], t.start+1)
			if len(out) == maxMatches {
				break
			}
		}
	}
	return out
}

// findAtBytes is findAt for matches that start at a byte of set rather than
// at a word (quotes, dashes).
func (s *scan) findAtBytes(re *anchoredRE, set string) [][]int {
	var out [][]int
	lastEnd := 0
	for i := 0; i < len(s.text); i++ {
		if i < lastEnd || !byteIn(s.text[i], set) {
			continue
		}
		if m := s.matchFrom(re, i); m != nil {
			out = append(out, m)
			lastEnd = max(m[1], i+1)
			if len(out) == maxMatches {
				break
			}
		}
	}
	return out
}

// matchFrom matches re anchored at byte start on a window of re.max bytes,
// widened to the next whitespace (by at most re.max more) so that \b and $
// at the window's end see the real next byte in all but pathological text.
func (s *scan) matchFrom(re *anchoredRE, start int) []int {
	end := min(len(s.text), start+re.max)
	for lim := min(len(s.text), end+re.max); end < lim && !isSpaceByte(s.text[end]); end++ {
	}
	m := re.at.FindStringSubmatchIndex(s.text[start:end])
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += start
		}
	}
	return m
}

func byteIn(b byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == b {
			return true
		}
	}
	return false
}

// Anchors for findAt.

// wordAnchor matches word tokens equal to one of words.
func wordAnchor(words ...string) func(t *token) bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return func(t *token) bool { return set[t.low] }
}

// numberAnchor matches tokens starting with a digit ("17", "17th").
func numberAnchor(t *token) bool { return t.low != "" && t.low[0] >= '0' && t.low[0] <= '9' }

// anyAnchor combines anchors.
func anyAnchor(as ...func(t *token) bool) func(t *token) bool {
	return func(t *token) bool {
		for _, a := range as {
			if a(t) {
				return true
			}
		}
		return false
	}
}

// prefixAnchor adapts a word-prefix test (wordPrefix, recordAnchor) to
// findAt.
func prefixAnchor(f func(w string) bool) func(t *token) bool {
	return func(t *token) bool { return t.kind != tokPunct && f(t.low) }
}

// findAtIf is findAt when ok is true: ok is a cheap test (a word the
// expression needs) that spares the token walk.
func (s *scan) findAtIf(ok bool, re *anchoredRE, anchor func(t *token) bool) [][]int {
	if !ok {
		return nil
	}
	return s.findAt(re, anchor)
}

// findAround runs re on windows around each byte b of the text: before and
// after bytes either side, widened to whitespace so no word is cut, and
// merged where they overlap, so each match is found once. For expressions
// built around one character, such as the @ of an address.
func (s *scan) findAround(re *regexp.Regexp, b byte, before, after int) [][]int {
	var out [][]int
	winStart, winEnd := -1, -1
	flush := func() {
		if winStart < 0 || len(out) >= maxMatches {
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(s.text[winStart:winEnd], maxMatches) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += winStart
				}
			}
			out = append(out, m)
		}
	}
	for i := strings.IndexByte(s.text, b); i >= 0; {
		a, e := max(0, i-before), min(len(s.text), i+1+after)
		for lim := max(0, a-before); a > lim && !isSpaceByte(s.text[a-1]); a-- {
		}
		for lim := min(len(s.text), e+after); e < lim && !isSpaceByte(s.text[e]); e++ {
		}
		if winStart >= 0 && a <= winEnd {
			winEnd = max(winEnd, e)
		} else {
			flush()
			winStart, winEnd = a, e
		}
		next := strings.IndexByte(s.text[i+1:], b)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	flush()
	return out
}
