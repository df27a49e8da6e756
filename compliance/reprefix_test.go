package compliance

import (
	"math/rand"
	"strings"
	"testing"
)

// TestStartFilter holds every anchored expression's startFilter to the
// expression: wherever the expression matches, the filter lets it start.
// A filter that turned away a real match would silently drop a finding.
func TestStartFilter(t *testing.T) {
	extra := []string{"\u212a", "\u017f", "K", "k", "s", "S", "İ", "ı", "\xff", "\xe2\x84", "\n", "", "a", "9", "x*", "•"}
	texts := randomMixtures(append(append([]string{}, mixturePieces...), extra...), 1500)
	r := rand.New(rand.NewSource(7))
	for range 300 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(extra[r.Intn(len(extra))])
			b.WriteString(mixturePieces[r.Intn(len(mixturePieces))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, postOfSize(600))
	if len(allAnchored) < 20 {
		t.Fatalf("only %d anchored expressions registered", len(allAnchored))
	}
	for _, re := range allAnchored {
		for _, text := range texts {
			for i := 0; i < len(text); i++ {
				end := min(len(text), i+re.max)
				if re.at.MatchString(text[i:end]) && !re.filter.mayStart(text, i) {
					t.Fatalf("%s matches %q at %d but its filter says it cannot start there", re.free, text, i)
				}
			}
		}
	}
}

// TestStartFilterRejects checks that the filter does filter: a plain word
// cannot start a record number or a date.
func TestStartFilterRejects(t *testing.T) {
	for _, tc := range []struct {
		re   *anchoredRE
		text string
		want bool
	}{
		{recordRE, "the shots", false},
		{recordRE, "mrn 12345", true},
		{recordRE, "MRN 12345", true},
		{monthDayRE, "hello", false},
		{monthDayRE, "Oct 17", true},
		{monthDayRE, "17th of May", true},
		{urlRE, "https://x.org", true},
		{urlRE, "hat", false},
	} {
		if got := tc.re.filter.mayStart(tc.text, 0); got != tc.want {
			t.Errorf("%s at %q: mayStart = %v, want %v", tc.re.free, tc.text, got, tc.want)
		}
	}
}
