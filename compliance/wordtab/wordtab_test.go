package wordtab

import (
	"fmt"
	"testing"
)

// TestIndex checks every word's index, and words that are not in the
// table, among them words that share a slot's neighbourhood.
func TestIndex(t *testing.T) {
	for _, words := range [][]string{
		nil,
		{"a"},
		{"", "x", "xy", "yx", "knee", "knees"},
		func() (ws []string) {
			for i := range 5000 {
				ws = append(ws, fmt.Sprintf("w%d", i))
			}
			return ws
		}(),
	} {
		tab := New(words)
		if tab.Len() != len(words) {
			t.Errorf("Len = %d, want %d", tab.Len(), len(words))
		}
		for k, w := range words {
			if got := tab.Index(w, Hash(w)); got != k {
				t.Errorf("Index(%q) = %d, want %d", w, got, k)
			}
		}
		for _, w := range []string{"zz", "w5000", "w-1", "kne", "knee "} {
			if got := tab.Index(w, Hash(w)); got != -1 {
				t.Errorf("Index(%q) = %d, want -1 (not in %d words)", w, got, len(words))
			}
		}
	}
}
