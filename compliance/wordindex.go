package compliance

// wordIndex is the set of a text's distinct words (token lows), with the
// words once each in text order. Rules and their gates ask it hundreds of
// times per check whether a word occurs, and it is rebuilt for every text:
// an open-addressing table keyed by a cheap hash of a word's length and a
// few of its bytes answers in a few instructions, and building it costs no
// map hashing or growth. Its memory is kept for the next text (reset).
type wordIndex struct {
	list []string // the distinct words, in text order
	// slots hold 1 + an index into list in their low 32 bits (0: empty)
	// and the word's hash in the high 32, so a word whose hash differs is
	// passed without comparing strings. len is a power of two.
	slots []uint64
	// sig has a bit set for each word's outerBit. The gates ask has
	// about words the text mostly lacks, a hundred and more a check: one
	// bit test turns most of them away before the word is hashed and the
	// table probed.
	sig [outerBits / 64]uint64
}

// outerBits is the size of wordIndex.sig: a text of a few hundred words
// leaves most of its bits clear.
const outerBits = 1024

// outerBit mixes the length and the first and last bytes of w (not empty)
// into a bit of wordIndex.sig.
func outerBit(w string) uint {
	n := len(w)
	return uint((uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16) * 0x9E3779B1 >> 22)
}

// reset empties the index for a text of up to n distinct words.
func (x *wordIndex) reset(n int) {
	clear(x.list) // drop references to the previous text
	x.list = x.list[:0]
	// A quarter full at most: most words asked are not in the index, and
	// a miss probes until an empty slot (about 1.4 slots at a quarter
	// full, 2.5 at half).
	size := 16
	for size < 4*n {
		size *= 2
	}
	if cap(x.slots) < size {
		x.slots = make([]uint64, size)
	} else {
		x.slots = x.slots[:size]
		clear(x.slots)
	}
	clear(x.sig[:])
}

// wordHash mixes a word's length and its first, middle and last bytes:
// packed into one integer and multiplied by 2^64/φ (Fibonacci hashing),
// whose upper half depends on every bit packed. One multiplication, where
// a Go map's string hash costs a call and tens of instructions; the index
// is asked a few hundred times a check.
func wordHash(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n/2])<<16 | uint64(w[n-1])<<24
	return uint(x * 0x9E3779B97F4A7C15 >> 32)
}

// add adds w unless it is there already.
func (x *wordIndex) add(w string) { x.addHashed(w, wordHash(w)) }

// addHashed is add for a caller that has w's wordHash, h.
func (x *wordIndex) addHashed(w string, h uint) {
	tag := uint64(uint32(h)) << 32
	mask := uint(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch k := x.slots[i]; {
		case k == 0:
			x.list = append(x.list, w)
			x.slots[i] = tag | uint64(len(x.list))
			if w != "" {
				b := outerBit(w)
				x.sig[b/64] |= 1 << (b % 64)
			}
			return
		case k&^0xffffffff == tag && x.list[uint32(k)-1] == w:
			return
		}
	}
}

// has reports whether w is one of the words.
func (x *wordIndex) has(w string) bool {
	if w == "" {
		return x.index(w) >= 0
	}
	b := outerBit(w)
	return x.sig[b/64]&(1<<(b%64)) != 0 && x.index(w) >= 0
}

// index returns w's position in list, or -1 when w is not one of the
// words.
func (x *wordIndex) index(w string) int { return x.indexHashed(w, wordHash(w)) }

// indexHashed is index for a caller that has w's wordHash, h.
func (x *wordIndex) indexHashed(w string, h uint) int {
	if len(x.slots) == 0 {
		return -1
	}
	tag := uint64(uint32(h)) << 32
	mask := uint(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch k := x.slots[i]; {
		case k == 0:
			return -1
		case k&^0xffffffff == tag && x.list[uint32(k)-1] == w:
			return int(uint32(k)) - 1
		}
	}
}

// newWordIndex returns an index of words (each once), for a fixed set of
// words built once and asked often: the names of a lexicon's lists, the
// words its phrases start with. Its hash costs a few instructions where a
// Go map's costs tens and a call, and a word's position in list is its id.
func newWordIndex(words []string) *wordIndex {
	x := &wordIndex{}
	x.reset(len(words))
	for _, w := range words {
		x.add(w)
	}
	return x
}
