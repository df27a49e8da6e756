package compliance

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// startFilter is a necessary condition for an expression to match at a
// byte of the text, read off the compiled expression: the bytes a match
// can start with and, for each ASCII one, the bytes that can follow it.
// findAt asks it before it runs an anchor function or the expression at a
// token: most tokens of a post cannot start most expressions ("the",
// "flu", "shots" start no record number), and two bytes say so for the
// price of two table looks, where an anchor is a call and often a hash.
//
// It is conservative: a byte beyond ASCII, or a letter that case folding
// may map beyond ASCII ("k" to the Kelvin sign), lets anything follow, and
// assertions (\b, ^, $) are taken to hold.
type startFilter struct {
	// class says what a first byte allows: startNever, startAny (any
	// byte may follow) or startNext (look up the next byte in next).
	class [256]uint8
	next  [128]byteSet // for an ASCII first byte, the bytes that may follow it
	// slots lists the firstMask slots of the bytes a match can start
	// with: findAt ORs the tokens starting with each (scan.firstMasks).
	// A class of bytes that all may start a match (every digit, every
	// lower-case or every upper-case letter: expressions that start with
	// \d or (?i)\b\w) is one slot, not ten or twenty-six; the bytes
	// beyond ASCII are one slot too.
	slots []uint8
}

// startSlots returns the firstMask slots for the bytes first holds (see
// startFilter.slots).
func startSlots(first *byteSet) []uint8 {
	var slots []uint8
	covered := func(lo, hi byte) bool {
		for c := lo; c <= hi; c++ {
			if !first.has(c) {
				return false
			}
		}
		return true
	}
	for _, cl := range [...]struct {
		lo, hi byte
		slot   uint8
	}{{'0', '9', digitFirst}, {'a', 'z', lowerFirst}, {'A', 'Z', upperFirst}} {
		if covered(cl.lo, cl.hi) {
			slots = append(slots, cl.slot)
		}
	}
	for c := range utf8.RuneSelf {
		b := byte(c)
		switch {
		case !first.has(b):
		case '0' <= b && b <= '9' && covered('0', '9'),
			'a' <= b && b <= 'z' && covered('a', 'z'),
			'A' <= b && b <= 'Z' && covered('A', 'Z'):
		default:
			slots = append(slots, b)
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		if first.has(byte(c)) {
			return append(slots, highFirst)
		}
	}
	return slots
}

const (
	startNever = iota
	startAny
	startNext
)

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) addHigh()        { b[2], b[3] = ^uint64(0), ^uint64(0) }
func (b *byteSet) addAll()         { *b = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} }
func (b *byteSet) union(o *byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}

// newStartFilter computes expr's filter. An expression that does not
// parse gets none (regexp.MustCompile reports it).
func newStartFilter(expr string) *startFilter {
	f := &startFilter{}
	var first, done byteSet // bytes a match can start with; and after which it may end
	defer func() {
		for c := range 256 {
			switch {
			case !first.has(byte(c)):
				f.class[c] = startNever
			case done.has(byte(c)) || c >= utf8.RuneSelf:
				f.class[c] = startAny
			default:
				f.class[c] = startNext
			}
		}
		f.slots = startSlots(&first)
	}()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		first.addAll()
		return f
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		first.addAll()
		return f
	}
	start := closure(prog, []uint32{uint32(prog.Start)})
	if start.match {
		// It can match the empty string: no filter.
		first.addAll()
		return f
	}
	for _, pc := range start.runes {
		inst := &prog.Inst[pc]
		ascii, high := runeBytes(inst)
		first.union(&ascii)
		if high {
			// A first rune beyond ASCII: let any byte of it start a match
			// and anything follow.
			first.addHigh()
		}
		after := closure(prog, []uint32{inst.Out})
		var follow byteSet
		for _, pc2 := range after.runes {
			a2, h2 := runeBytes(&prog.Inst[pc2])
			follow.union(&a2)
			if h2 {
				follow.addHigh()
			}
		}
		for c := 0; c < utf8.RuneSelf; c++ {
			if !ascii.has(byte(c)) {
				continue
			}
			if after.match {
				done.add(byte(c))
			}
			f.next[c].union(&follow)
		}
	}
	return f
}

// mayStart reports whether a match can start at text[i].
func (f *startFilter) mayStart(text string, i int) bool {
	c := text[i]
	switch f.class[c] {
	case startNever:
		return false
	case startAny:
		return true
	}
	return i+1 < len(text) && f.next[c&127].has(text[i+1])
}

// progSet is the instructions reachable without reading a byte.
type progSet struct {
	runes []uint32 // rune-reading instructions
	match bool     // a match can end here
}

// closure follows the instructions that read nothing from pcs. Empty-width
// assertions are followed as if they held.
func closure(prog *syntax.Prog, pcs []uint32) progSet {
	var out progSet
	seen := make(map[uint32]bool)
	for len(pcs) > 0 {
		pc := pcs[len(pcs)-1]
		pcs = pcs[:len(pcs)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			pcs = append(pcs, inst.Out, inst.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			pcs = append(pcs, inst.Out)
		case syntax.InstMatch:
			out.match = true
		case syntax.InstFail:
		default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
			out.runes = append(out.runes, pc)
		}
	}
	return out
}

// runeBytes returns the ASCII bytes the rune instruction accepts, and
// whether it may accept a rune beyond ASCII (then every byte from 0x80 on
// must be allowed: a multi-byte rune, or invalid UTF-8 read as U+FFFD).
func runeBytes(inst *syntax.Inst) (ascii byteSet, high bool) {
	switch inst.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		ascii.addAll()
		return ascii, true
	}
	fold := syntax.Flags(inst.Arg)&syntax.FoldCase != 0
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if inst.MatchRune(c) {
			ascii.add(byte(c))
		}
	}
	if fold {
		// MatchRune folds already; a folded letter may also match a rune
		// beyond ASCII (k, K and the Kelvin sign; s, S and long s).
		high = true
	}
	rs := inst.Rune
	if len(rs) == 1 {
		if rs[0] >= utf8.RuneSelf || (fold && unicode.SimpleFold(rs[0]) >= utf8.RuneSelf) {
			high = true
		}
		return ascii, high
	}
	for k := 1; k < len(rs); k += 2 {
		if rs[k] >= utf8.RuneSelf {
			high = true
		}
	}
	return ascii, high
}
