// Package wordtab is a fixed set of words, built once and asked often,
// that gives a word's position in the set. The recognizers' word data (the
// names' first names and surnames, the health terms' first words) is
// asked about most words of every text checked: a Go map with string keys
// costs a call, a string hash and a probe, well over a hundred
// instructions a word, where this table reuses the hash its caller has
// already computed for a signature test and probes an array.
package wordtab

// Table is the set. Build it with New; it is read-only afterwards and safe
// for concurrent use.
type Table struct {
	words []string
	// slots hold 1 + an index into words in their low 32 bits (0: empty)
	// and the upper half of the word's hash above, so a word whose hash
	// differs is passed without comparing strings. len is a power of two.
	slots []uint64
}

// Hash is FNV-1a of w's bytes: the hash New and Index expect.
func Hash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// New returns a table of words, which must be distinct; a word's index is
// its position in words.
func New(words []string) *Table {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := &Table{words: words, slots: make([]uint64, size)}
	mask := uint64(size - 1)
	for k, w := range words {
		h := Hash(w)
		i := slot(h) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h&^0xffffffff | uint64(k+1)
	}
	return t
}

// slot mixes the hash's halves: FNV's low bits alone spread short words
// poorly.
func slot(h uint64) uint64 { return h ^ h>>32 }

// Index returns the index of w, whose Hash is h, or -1 when w is not in
// the table.
func (t *Table) Index(w string, h uint64) int {
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xffffffff
	for i := slot(h) & mask; ; i = (i + 1) & mask {
		switch k := t.slots[i]; {
		case k == 0:
			return -1
		case k&^0xffffffff == tag && t.words[uint32(k)-1] == w:
			return int(uint32(k)) - 1
		}
	}
}

// Len returns the number of words.
func (t *Table) Len() int { return len(t.words) }
