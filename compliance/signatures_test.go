package compliance

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// signaturesByByte is signatures as first written: every byte of the text
// tried in turn, each dash's line end searched for anew.
func signaturesByByte(text string) [][]int {
	var out [][]int
	for i := 0; i < len(text) && len(out) < maxMatches; i++ {
		c := text[i]
		if c != '-' && !(c == 0xe2 && (strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–"))) {
			continue
		}
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		if end > 96 {
			continue
		}
		if m := signatureRE.FindStringIndex(text[i : i+end]); m != nil {
			out = append(out, []int{i + m[0], i + m[1]})
			i += m[1] - 1
		}
	}
	return out
}

// TestSignaturesJump checks the dash-to-dash walk against the byte walk on
// sign-offs, curly quotes (which share the dashes' first byte), long lines
// and random mixes of those pieces.
func TestSignaturesJump(t *testing.T) {
	pieces := []string{"— Maria G.", "– Tom", "-Ana Ruiz", " ", "\n", "’", "“great”", "Walk-ins", "a-b", "—", "–", "-",
		"Loved it! ", strings.Repeat("x", 90), "— Dr", " L", "é", "\xe2", "\xe2\x80"}
	texts := []string{"", "-", "— Maria G.", "Great care!\n— Maria G.\nThanks — Tom", strings.Repeat("a-", 200) + "\n- Bo"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		s := &scan{text: text}
		got, want := s.signatures(), signaturesByByte(text)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("signatures(%q) = %v, want %v", text, got, want)
		}
	}
}
