package wordtab

import (
	"fmt"
	"strings"
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

// TestNewLines: a table of an embedded list's lines finds each line and
// only whole lines, and gives the same words as New over the same list.
func TestNewLines(t *testing.T) {
	for _, text := range []string{"apple\nbanana\ncherry\n", "apple\nbanana\ncherry", "solo\n"} {
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		got, want := NewLines(text), New(lines)
		if got.Len() != want.Len() {
			t.Fatalf("%q: Len %d, want %d", text, got.Len(), want.Len())
		}
		for k, w := range lines {
			if got.Word(k) != w || got.Index(w, Hash(w)) != k {
				t.Errorf("%q: word %d is %q at index %d, want %q", text, k, got.Word(k), got.Index(w, Hash(w)), w)
			}
		}
		for _, miss := range []string{"", "\n", "apple\n", "\nbanana", "apple\nbanana", "appl", "cherryx"} {
			if k := got.Index(miss, Hash(miss)); k >= 0 {
				t.Errorf("%q: found %q at %d", text, miss, k)
			}
		}
	}
}
