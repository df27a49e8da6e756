package compliance

import (
	"cmp"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
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
	// hand, when set, is a hand-written matcher that findAt runs in place
	// of at: same window in, same submatch indices out (date_match.go).
	hand func(w string, out *handMatch) bool
	// noSpace is set for expressions whose matches hold no \s byte (links,
	// domains): their window ends at the first one. That is exact: no
	// match crosses it, and \b and [^\s] see the end of the window as
	// they see a space. It spares the regexp the rest of the line.
	noSpace bool
	// filter says at which bytes a match cannot start, from the
	// expression itself, so findAt skips most tokens without asking the
	// anchor or the expression.
	filter *startFilter
}

// spaceFree marks re as never matching a \s byte (see noSpace).
func (re *anchoredRE) spaceFree() *anchoredRE {
	re.noSpace = true
	return re
}

// withHand sets the hand-written matcher that replaces re.at in findAt.
func (re *anchoredRE) withHand(f func(w string, out *handMatch) bool) *anchoredRE {
	re.hand = f
	return re
}

// mustAnchor compiles expr for findAt; max bounds how far past its start a
// match can reach.
func mustAnchor(expr string, max int) *anchoredRE {
	re := &anchoredRE{at: regexp.MustCompile(`\A(?:` + expr + `)`), free: regexp.MustCompile(expr), max: max, filter: newStartFilter(expr)}
	allAnchored = append(allAnchored, re)
	return re
}

// allAnchored lists every expression mustAnchor compiled, for the test
// that holds each startFilter to its expression.
var allAnchored []*anchoredRE

// anchorFunc reports whether token i of s can start a match.
type anchorFunc func(s *scan, i int) bool

// findAt runs re anchored at the start of each token for which anchor is
// true, in text order, and returns submatch indices into the whole text.
// Like FindAll, matches do not overlap: a token inside the previous match
// starts none. A token glued to a preceding ASCII word byte ("x_March")
// starts none either, as \b before it would fail.
func (s *scan) findAt(re *anchoredRE, anchor anchorFunc) [][]int {
	return s.findAtIn(re, anchor, nil)
}

// findAtIn is findAt trying only the tokens whose bits are set in only (bit
// j of only[k]: token 64k+j), or every token when only is nil: a rule that
// can mark its few start tokens in one pass saves findAt an anchor call
// for each of the others.
func (s *scan) findAtIn(re *anchoredRE, anchor anchorFunc, only []uint64) [][]int {
	var buf [8][]int // most texts match a few times: gathered on the stack, kept in s.matches
	out := buf[:0]
	lastEnd := 0
	toks, text := s.toks, s.text // anchors do not change them
	f := re.filter
	masks := s.firstMasks()
	for k := range masks {
		byFirst := &masks[k]
		// The tokens of this chunk of 64 whose first byte can start a
		// match: most tokens cannot start most expressions by their first
		// byte alone.
		var cand uint64
		for _, b := range f.slots {
			cand |= byFirst[b]
		}
		if only != nil {
			cand &= only[k]
		}
		for ; cand != 0; cand &= cand - 1 {
			i := k*64 + bits.TrailingZeros64(cand)
			t := &toks[i]
			if t.start < lastEnd || !f.mayStart(text, t.start) || !anchor(s, i) || (t.start > 0 && isWordByte(text[t.start-1])) {
				continue
			}
			if m := s.matchFrom(re, t.start); m != nil {
				out = append(out, m)
				lastEnd = max(m[1], t.start+1)
				if len(out) == maxMatches {
					return s.matches.keep(out)
				}
			}
		}
	}
	return s.matches.keep(out)
}

// firstMask says which tokens of a chunk of 64 start with each ASCII byte
// (bit j of [b]: token 64k+j of chunk k starts with b), at [highFirst]
// which start with a byte beyond ASCII, and at [digitFirst], [lowerFirst]
// and [upperFirst] which start with any ASCII digit, lower-case or
// upper-case letter.
type firstMask [upperFirst + 1]uint64

// The slots of firstMask past the ASCII bytes.
const (
	highFirst  = utf8.RuneSelf + iota // the tokens starting beyond ASCII
	digitFirst                        // with an ASCII digit
	lowerFirst                        // with a lower-case ASCII letter
	upperFirst                        // with an upper-case ASCII letter
)

// firstMasks returns the tokens indexed by first byte, a firstMask per
// chunk of 64 tokens, built on first use. findAt ORs the masks of the
// bytes its expression can start with (startFilter.slots, a few to a few
// dozen) to get the tokens to try, where it looked at every token's first
// byte for every expression.
func (s *scan) firstMasks() []firstMask {
	if !s.masksDone {
		s.masksDone = true
		n := (len(s.toks) + 63) / 64
		s.masks = slices.Grow(s.masks[:0], n)[:n]
		masks, toks, text := s.masks, s.toks, s.text // locals: the stores below could alias s's fields
		clear(masks)
		for i := range toks {
			c, bit := text[toks[i].start], uint64(1)<<(i%64)
			switch {
			case c >= utf8.RuneSelf:
				c = highFirst
			case '0' <= c && c <= '9':
				masks[i/64][digitFirst] |= bit
			case 'a' <= c && c <= 'z':
				masks[i/64][lowerFirst] |= bit
			case 'A' <= c && c <= 'Z':
				masks[i/64][upperFirst] |= bit
			}
			masks[i/64][c] |= bit
		}
	}
	return s.masks
}

// findAtBytes is findAt for matches that start at a byte of set rather than
// at a word (quotes, dashes).
func (s *scan) findAtBytes(re *anchoredRE, start func(i int) bool) [][]int {
	var out [][]int
	lastEnd := 0
	for i := 0; i < len(s.text); i++ {
		if i < lastEnd || !re.filter.mayStart(s.text, i) || !start(i) {
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
	if re.noSpace {
		for i := start; i < end; i++ {
			if reSpace(s.text[i]) {
				end = i
				break
			}
		}
	}
	if re.hand != nil {
		if m := &s.matches.last; re.hand(s.text[start:end], m) {
			return s.matches.keepMatch(m, start)
		}
		return nil
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

// Anchors for findAt.

// wordAnchor matches word tokens equal to one of words.
func wordAnchor(words ...string) anchorFunc {
	set := newWordSet(words)
	return func(s *scan, i int) bool { return set.has(s.toks[i].low) }
}

// wordSet is a set of words that rejects most other words before hashing
// them: findAt and many rules ask it about every token of the text, and
// nearly all of them differ from every word of the set in their first
// byte and length together.
//
// The words that pass that test are found in a small table keyed by
// their first and last bytes and length (slotOf), a few instructions
// where hashing the whole word for a map cost about a hundred; the word
// is then compared with the one or two words of its slot.
//
// The sets live as long as the process, and the garbage collector marks
// them on every cycle: so a set is no map, and its slots are windows on
// one array of its words (ordered by slot) rather than an array for each
// slot.
type wordSet struct {
	// lens holds, for each first byte, bit n%64 set when a word of n
	// bytes starts with it: one look-up turns away most words.
	lens [256]uint64
	// slots holds the words by slotOf, a power of two of them (at least
	// twice the words, so most slots hold one word or none).
	slots    [][]string
	shift    uint8 // 32 - log2(len(slots)): slotOf keeps the hash's top bits
	hasEmpty bool  // the set holds "" (which has no slot)
	// gate is the set's bit in word gateWord of lexWord.gates when it is
	// one of gateSets (0 otherwise): scan.hasAny then answers from the
	// bits the lexicon look-up gathered, without a pass over the text's
	// words.
	gate     uint64
	gateWord uint8
}

func newWordSet(words []string) *wordSet {
	ws := &wordSet{}
	seen := make(map[string]bool, len(words))
	var distinct []string // the non-empty words
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			if w == "" {
				ws.hasEmpty = true
			} else {
				distinct = append(distinct, w)
			}
		}
	}
	size := 1
	for size < 2*len(seen) {
		size *= 2
	}
	ws.slots = make([][]string, size)
	ws.shift = uint8(32 - bits.TrailingZeros(uint(size)))
	// The words sorted by slot, so that each slot's words are a window
	// of one array.
	slices.SortStableFunc(distinct, func(a, b string) int { return cmp.Compare(ws.slotOf(a), ws.slotOf(b)) })
	for i := 0; i < len(distinct); {
		k := ws.slotOf(distinct[i])
		j := i + 1
		for j < len(distinct) && ws.slotOf(distinct[j]) == k {
			j++
		}
		ws.slots[k] = distinct[i:j:j]
		i = j
	}
	for _, w := range distinct {
		ws.lens[w[0]] |= 1 << (len(w) % 64)
	}
	return ws
}

// list returns the set's words, in no particular order.
func (ws *wordSet) list() []string {
	var out []string
	if ws.hasEmpty {
		out = append(out, "")
	}
	for _, slot := range ws.slots {
		out = append(out, slot...)
	}
	return out
}

// slotOf returns the slot of a non-empty word: Fibonacci hashing of its
// first and last bytes and its length, which tell apart nearly all words
// of a set without reading the bytes between.
func (ws *wordSet) slotOf(w string) uint32 {
	k := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16
	return k * 0x9E3779B1 >> ws.shift
}

// setOf is a wordSet of the words m maps to true: for a list kept as a
// map (where rules add words) that a rule also asks about every token.
func setOf(m map[string]bool) *wordSet {
	var words []string
	for w, ok := range m {
		if ok {
			words = append(words, w)
		}
	}
	return newWordSet(words)
}

// has reports whether w is in the set. It is kept within Go's inlining
// budget, so callers asking about every token (about 500 calls a check)
// pay no call for the words the length bits turn away.
func (ws *wordSet) has(w string) bool {
	if len(w) == 0 {
		return ws.hasEmpty
	}
	if ws.lens[w[0]]>>(len(w)%64)&1 == 0 {
		return false // most words
	}
	for _, x := range ws.slots[ws.slotOf(w)] {
		if x == w {
			return true
		}
	}
	return false
}

// mayHave reports whether the set may hold a word of n bytes starting
// with byte first: false says it surely holds none.
func (ws *wordSet) mayHave(first byte, n int) bool { return ws.lens[first]>>(n%64)&1 != 0 }

// numberAnchor matches tokens starting with a digit ("17", "17th").
func numberAnchor(s *scan, i int) bool { return isNumberWord(s.toks[i].low) }

// anyAnchor combines anchors.
func anyAnchor(as ...anchorFunc) anchorFunc {
	if len(as) == 2 { // the usual case: two direct calls, no loop
		a, b := as[0], as[1]
		return func(s *scan, i int) bool { return a(s, i) || b(s, i) }
	}
	return func(s *scan, i int) bool {
		for _, a := range as {
			if a(s, i) {
				return true
			}
		}
		return false
	}
}

// allAnchor requires every anchor: a start word and what must follow it.
func allAnchor(as ...anchorFunc) anchorFunc {
	if len(as) == 2 { // the usual case: two direct calls, no loop
		a, b := as[0], as[1]
		return func(s *scan, i int) bool { return a(s, i) && b(s, i) }
	}
	return func(s *scan, i int) bool {
		for _, a := range as {
			if !a(s, i) {
				return false
			}
		}
		return true
	}
}

// prefixAnchor adapts a word-prefix test (wordPrefix, recordAnchor) to
// findAt.
func prefixAnchor(f func(w string) bool) anchorFunc {
	return func(s *scan, i int) bool { return s.toks[i].kind != tokPunct && f(s.toks[i].low) }
}

// followedBy matches tokens whose next token is one of words.
func followedBy(words ...string) anchorFunc {
	next := wordAnchor(words...)
	return func(s *scan, i int) bool { return i+1 < len(s.toks) && next(s, i+1) }
}

// withinTokens matches tokens with a token satisfying ok among the next n:
// a cheap necessary condition for expressions that need it.
func withinTokens(n int, ok anchorFunc) anchorFunc {
	return func(s *scan, i int) bool {
		for j := i + 1; j <= i+n && j < len(s.toks); j++ {
			if ok(s, j) {
				return true
			}
		}
		return false
	}
}

// thenByte reports whether the text after token i, past any full stops
// and spaces, goes on with one of the bytes of set: a necessary condition
// read off an expression, such as a label's next word or number.
func (s *scan) thenByte(i int, set string) bool {
	p := s.toks[i].end
	for p < len(s.text) && (s.text[p] == '.' || reSpace(s.text[p])) {
		p++
	}
	return p < len(s.text) && strings.IndexByte(set, s.text[p]) >= 0
}

// hasDigit matches tokens holding a digit.
func hasDigit(s *scan, i int) bool { return containsDigit(s.toks[i].low) }

// containsDigit is strings.ContainsAny(w, "0123456789") without building
// the byte set on every call: withinTokens asks it about up to 24 tokens
// after every anchor word.
func containsDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// findAtIf is findAt when ok is true: ok is a cheap test (a word the
// expression needs) that spares the token walk.
func (s *scan) findAtIf(ok bool, re *anchoredRE, anchor anchorFunc) [][]int {
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
