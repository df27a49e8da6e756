package compliance

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTokenLow checks that every token's low is strings.ToLower of its
// text (the tokenizer lowers capitalized words in one batch), and that a
// capitalized abbreviation still keeps its full stop from ending the
// sentence.
func TestTokenLow(t *testing.T) {
	pieces := []string{"Dr", "dr", "MRS", "Jan", "the", "The", "ÉCOLE", "İstanbul", "\u212aelvin", "ſt", "x1", "ABC123", "a", "I",
		".", " ", "\n", "-", "'", "’", "3", "4.5", "\xff", "é", "Ⱥ", "_"}
	r := rand.New(rand.NewSource(9))
	texts := []string{"Dr. Lee saw Mrs. Kim today. She is well.", "ÉCOLE Ⱥ İ"}
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(20); n > 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		toks, _ := tokenize(text)
		for _, tok := range toks {
			if want := strings.ToLower(text[tok.start:tok.end]); tok.kind != tokPunct && tok.low != want {
				t.Fatalf("%q: token %q has low %q, want %q", text, text[tok.start:tok.end], tok.low, want)
			}
		}
	}
	toks, sents := tokenize(texts[0])
	if len(sents) != 2 || toks[len(toks)-1].sent != 1 {
		t.Fatalf("%q: %d sentences, want 2 (Dr. and Mrs. do not end one)", texts[0], len(sents))
	}
}

// TestTokenSentences checks that every token is tagged with the index of
// the sentence that holds it, on texts with breaks, abbreviations,
// decimals, runs of punctuation, non-ASCII letters and invalid bytes.
func TestTokenSentences(t *testing.T) {
	pieces := []string{"Dr. Lee", " ", "\n", "\n\n", "!", "?!", ".", "3.5", "Oct. 17", "e.g. this", "— ", "’", "Café", "ÉTÉ",
		"\xff", "word", "U.S.", "a-b", "😀", "\t", "...", "x."}
	r := rand.New(rand.NewSource(34))
	for range 2000 {
		var b strings.Builder
		for range r.Intn(16) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		toks, sents := tokenize(text)
		next := 0
		for si, se := range sents {
			if se.tokStart != next || se.tokEnd <= se.tokStart {
				t.Fatalf("%q: sentence %d holds tokens [%d,%d), want from %d and not empty", text, si, se.tokStart, se.tokEnd, next)
			}
			for k := se.tokStart; k < se.tokEnd; k++ {
				if toks[k].sent != si {
					t.Fatalf("%q: token %d (%q) tagged sentence %d, held by %d", text, k, toks[k].low, toks[k].sent, si)
				}
			}
			next = se.tokEnd
		}
		if next != len(toks) {
			t.Fatalf("%q: sentences hold %d of %d tokens", text, next, len(toks))
		}
	}
}
