// Package wordtab is a fixed set of words, built once and asked often,
// that gives a word's position in the set. The recognizers' word data (the
// names' first names and surnames, the health terms' first words) is
// asked about most words of every text checked: a Go map with string keys
// costs a call, a string hash and a probe, well over a hundred
// instructions a word, where this table reuses the hash its caller has
// already computed for a signature test and probes an array.
package wordtab

import (
	"math/bits"
	"strings"
)

// Table is the set. Build it with New; it is read-only afterwards and safe
// for concurrent use.
//
// It holds no pointers but text's: the words are one string, cut by
// offsets. The tables live as long as the process, and a slice of 150,000
// strings is 150,000 pointers the garbage collector follows on every
// cycle; a []uint32 is skipped unread (and is a quarter of the size, so
// more of it stays in cache).
type Table struct {
	// text is the words, one after another with sep bytes between them
	// (0 from New, 1 from NewLines: the newline); word k is
	// text[ends[k-1]+sep:ends[k]] (text[:ends[0]] for the first).
	text string
	ends []uint32
	sep  uint32
	// slots hold 1 + an index into words in their low 32 bits (0: empty)
	// and the upper half of the word's hash above, so a word whose hash
	// differs is passed without comparing strings. len is a power of two.
	slots []uint64
}

// Hash mixes w's bytes read eight at a time (the first and last four for
// a word of four to seven bytes, the first, middle and last byte for a
// shorter one, so that every byte counts): the hash New and Index expect.
// Names are asked about most words of every text, and FNV-1a's multiply
// per byte cost more than the table's probe.
func Hash(w string) uint64 {
	n := len(w)
	h := uint64(n) ^ 0x9E3779B97F4A7C15
	switch {
	case n >= 8:
		for i := 0; i+8 <= n; i += 8 {
			h = mix(h, le64(w[i:]))
		}
		return mix(h, le64(w[n-8:])) // the last bytes, read again if n is a multiple of 8
	case n >= 4:
		return mix(h, uint64(le32(w))|uint64(le32(w[n-4:]))<<32)
	case n > 0:
		return mix(h, uint64(w[0])|uint64(w[n/2])<<8|uint64(w[n-1])<<16)
	}
	return mix(h, 0)
}

// mix folds x into h: the halves of their 128-bit product, each output bit
// depending on every input bit.
func mix(h, x uint64) uint64 {
	hi, lo := bits.Mul64(h^0xE7037ED1A0B428DB, x^0xA0761D6478BD642F)
	return hi ^ lo
}

// le64 and le32 read the first eight or four bytes of s, little-endian (the
// compiler makes each one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// New returns a table of words, which must be distinct; a word's index is
// its position in words.
func New(words []string) *Table {
	var text strings.Builder
	ends := make([]uint32, len(words))
	for k, w := range words {
		text.WriteString(w)
		ends[k] = uint32(text.Len())
	}
	t := &Table{text: text.String(), ends: ends}
	t.fill()
	return t
}

// NewLines returns a table of text's lines (a final newline ignored), which
// must be distinct; a line's index is its position. It keeps text itself
// rather than a copy, so a word list embedded in the binary costs only
// its offsets and slots.
func NewLines(text string) *Table {
	text = strings.TrimSuffix(text, "\n")
	ends := make([]uint32, 0, strings.Count(text, "\n")+1)
	for i := range len(text) {
		if text[i] == '\n' {
			ends = append(ends, uint32(i))
		}
	}
	t := &Table{text: text, ends: append(ends, uint32(len(text))), sep: 1}
	t.fill()
	return t
}

// fill sizes the slots to at least twice the words and enters every word.
func (t *Table) fill() {
	size := 16
	for size < 2*len(t.ends) {
		size *= 2
	}
	t.slots = make([]uint64, size)
	mask := uint64(size - 1)
	for k := range t.ends {
		h := Hash(t.Word(k))
		i := slot(h) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h&^0xffffffff | uint64(k+1)
	}
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
		case k&^0xffffffff == tag && t.Word(int(uint32(k))-1) == w:
			return int(uint32(k)) - 1
		}
	}
}

// Word returns word k: the k-th of the words New was given.
func (t *Table) Word(k int) string {
	start := uint32(0)
	if k > 0 {
		start = t.ends[k-1] + t.sep
	}
	return t.text[start:t.ends[k]]
}

// Len returns the number of words.
func (t *Table) Len() int { return len(t.ends) }
