package compliance

import (
	"strings"
	"testing"
)

// TestIsCapitals checks the byte-wise test against its definition:
// upper-casing leaves the word as it is and lower-casing changes it.
func TestIsCapitals(t *testing.T) {
	for _, w := range []string{"FREE", "Free", "free", "COVID19", "1234", "ÉTÉ", "ÉtÉ", "STRAẞE", "NOW!", "ǅ", "ABCé", "abcÉ", ""} {
		want := strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := isCapitals(w); got != want {
			t.Errorf("isCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}
