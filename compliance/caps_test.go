package compliance

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// TestWordShape checks that a word's shape answers as the full functions
// do, for ASCII words (the shape decides) and others (it defers).
func TestWordShape(t *testing.T) {
	for _, w := range []string{"FREE", "Free", "free", "COVID19", "1234", "h0urs", "tmrw", "bk", "sky", "ÉTÉ", "ÉtÉ", "STRAẞE",
		"ǅ", "ABCé", "abcÉ", "crwth", "añejo", "ñ", "NOW", "A", "_", "x_y", "ÀÉ1"} {
		sh := shapeOf(w)
		if got, want := sh.hasVowel(w), hasVowel(w); got != want {
			t.Errorf("shape hasVowel(%q) = %v, want %v", w, got, want)
		}
		if got, want := sh.isCapitals(w), isCapitals(w); got != want {
			t.Errorf("shape isCapitals(%q) = %v, want %v", w, got, want)
		}
		if got, want := sh.noLower(w), isUpperWord(w); got != want {
			t.Errorf("shape noLower(%q) = %v, want %v", w, got, want)
		}
		if got, want := sh.runeCount(w), utf8.RuneCountInString(w); got != want {
			t.Errorf("shape runeCount(%q) = %d, want %d", w, got, want)
		}
		if numberForLetter(w) && !sh.may(classDigit) {
			t.Errorf("shape of %q rules out a digit, but numberForLetter says it has one between letters", w)
		}
	}
}

// TestTokenShape checks that the tokenizer gathers each word's shape as
// shapeOf finds it.
func TestTokenShape(t *testing.T) {
	text := "FREE flu SHOTS, h0urs 2moro at Café ÉTÉ — STRAẞE 1234 covid19 x_y ǅ"
	toks, _ := tokenize(text)
	for _, tk := range toks {
		if tk.kind == tokPunct {
			continue
		}
		if w := text[tk.start:tk.end]; tk.shape != shapeOf(w) {
			t.Errorf("token %q: shape %08b, want %08b", w, tk.shape, shapeOf(w))
		}
	}
}
