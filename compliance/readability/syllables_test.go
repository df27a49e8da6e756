package readability

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// TestSyllablesAgreement measures agreement with twine's syllable file
// (testdata/twine-syllables.json, about 4,400 words, many of them names and
// other hard cases). The brief requires at least 95%.
func TestSyllablesAgreement(t *testing.T) {
	raw, err := os.ReadFile("testdata/twine-syllables.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]int
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) < 4000 {
		t.Fatalf("only %d words loaded", len(want))
	}
	words := make([]string, 0, len(want))
	for w := range want {
		words = append(words, w)
	}
	sort.Strings(words)
	agree := 0
	var wrong []string
	for _, w := range words {
		if got := Syllables(w); got == want[w] {
			agree++
		} else {
			wrong = append(wrong, w)
		}
	}
	pct := 100 * float64(agree) / float64(len(words))
	t.Logf("syllables: %d/%d words agree with twine (%.2f%%)", agree, len(words), pct)
	if testing.Verbose() {
		for _, w := range wrong {
			t.Logf("  %s: got %d, twine %d", w, Syllables(w), want[w])
		}
	}
	if pct < 95 {
		t.Errorf("agreement %.2f%% is below the required 95%%", pct)
	}
}
