package compliance

import (
	"math/rand"
	"strings"
	"testing"
)

// TestWordSet checks wordSet.has against a plain map, for small sets (words
// compared by first byte), sets crowding one first byte (the map fallback),
// the empty word, long words and every first byte.
func TestWordSet(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	word := func() string {
		var b strings.Builder
		for n := r.Intn(5); n >= 0; n-- {
			b.WriteByte("aab\x00\xffé"[r.Intn(6)])
		}
		if r.Intn(50) == 0 {
			b.WriteString(strings.Repeat("x", 64))
		}
		return b.String()
	}
	for _, size := range []int{0, 1, 3, 8, 9, 40, 300} {
		var words []string
		want := map[string]bool{}
		for range size {
			w := word()
			if r.Intn(20) == 0 {
				w = ""
			}
			words = append(words, w)
			want[w] = true
		}
		ws := newWordSet(words)
		for range 5000 {
			w := word()
			if ws.has(w) != want[w] {
				t.Fatalf("set of %d: has(%q) = %v, want %v", size, w, ws.has(w), want[w])
			}
		}
		for _, w := range words {
			if !ws.has(w) {
				t.Fatalf("set of %d: has(%q) = false for a member", size, w)
			}
		}
	}
}
