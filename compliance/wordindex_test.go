package compliance

import (
	"fmt"
	"slices"
	"testing"
)

// TestWordIndex checks the index against a map over texts with repeats,
// hash collisions (same length and outer bytes) and a reuse with fewer
// words.
func TestWordIndex(t *testing.T) {
	var x wordIndex
	for _, words := range [][]string{
		{"the", "flu", "shot", "the", "shot", "a", "", "x"},
		{"bat", "bet", "bit", "bot", "but", "bat", "bzt", "b", "bb", "bbb"},
		func() (ws []string) {
			for i := range 300 {
				ws = append(ws, fmt.Sprintf("w%03d", i%150))
			}
			return ws
		}(),
		{"one"},
	} {
		x.reset(len(words))
		want := map[string]bool{}
		var order []string
		for _, w := range words {
			x.add(w)
			if !want[w] {
				want[w] = true
				order = append(order, w)
			}
		}
		if !slices.Equal(x.list, order) {
			t.Errorf("list = %q, want %q", x.list, order)
		}
		for _, w := range append(words, "zzz", "th", "thee", "w999", "bit ") {
			if x.has(w) != want[w] {
				t.Errorf("has(%q) = %v, want %v", w, x.has(w), want[w])
			}
		}
	}
	var empty wordIndex
	if empty.has("a") {
		t.Error("an index never reset has a word")
	}
}
