package compliance

// Tests of the small text-search helpers the rules share: containsAnyOf,
// wordPrefix and mayHaveMixedWord.

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestContainsAnyOf holds containsAnyOf to strings.ContainsAny, invalid
// UTF-8 included.
func TestContainsAnyOf(t *testing.T) {
	sets := []string{"—–-", "'‘", "\"“'‘", "$", "/-", "aeiouyáéíóúü", ""}
	texts := []string{"", "plain text", "a—b", "a–b", "a-b", "it's", "‘quoted", "“q”", "\xe2\x80", "\xe2\x80\x94",
		"\xe2\xe2\x80\x94", "\x80\x94", "\xff—", "naïve", "cost $5", "1/2", "rhythm", "café", "\xe2\x80\x98x"}
	for _, set := range sets {
		for _, text := range texts {
			if got, want := containsAnyOf(text, set), strings.ContainsAny(text, set); got != want {
				t.Errorf("containsAnyOf(%q, %q) = %v, want %v", text, set, got, want)
			}
		}
	}
}

func FuzzContainsAnyOf(f *testing.F) {
	f.Add("a—b", "—–-")
	f.Add("\xe2\xe2\x80\x94", "'‘")
	f.Fuzz(func(t *testing.T, text, set string) {
		if strings.ContainsRune(set, '\uFFFD') || !utf8.ValidString(set) {
			return // containsAnyOf's sets are fixed, valid and free of U+FFFD
		}
		if got, want := containsAnyOf(text, set), strings.ContainsAny(text, set); got != want {
			t.Errorf("containsAnyOf(%q, %q) = %v, want %v", text, set, got, want)
		}
	})
}

// TestMayHaveMixedWord holds the gate to its promise: where a token is
// mixedAlnum, it says there may be one.
func TestMayHaveMixedWord(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	texts := randomMixtures(append(append([]string{}, mixturePieces...), "DE89", "1EG4-TE5-MK73", "1HGCM82633A004352", "a1", "1a",
		"٣", "1٣", "١٢٣", "x٣", "é9", "9é", "Ⅻ7", "7"), 3000)
	texts = append(texts, "code 1٣ here", "٣1", "DE89 3704", "no digits here", "42 and 7")
	for _, text := range texts {
		s := c.newScan(&Draft{Text: text}, text, "")
		want := false
		for i := range s.toks {
			want = want || mixedAlnum(s.toks[i].low)
		}
		if want && !s.mayHaveMixedWord() {
			t.Errorf("%q has a mixedAlnum token but mayHaveMixedWord says none", text)
		}
		s.release()
	}
}

// TestWordPrefix holds wordPrefix to strings.HasPrefix over its prefixes.
func TestWordPrefix(t *testing.T) {
	sets := [][]string{{"review"}, {"a", "ab", "abc", "b"}, {"ninety", "90s", "100s"}, {""}, {"x", ""}, {}, {"é", "\xff"}}
	words := []string{"", "a", "ab", "abd", "review", "reviews", "revie", "b", "ba", "ninety", "90s", "9", "é", "éa", "\xff", "z"}
	for _, set := range sets {
		starts := wordPrefix(set...)
		for _, w := range words {
			want := false
			for _, p := range set {
				want = want || strings.HasPrefix(w, p)
			}
			if got := starts.has(w); got != want {
				t.Errorf("wordPrefix(%q)(%q) = %v, want %v", set, w, got, want)
			}
		}
	}
}
