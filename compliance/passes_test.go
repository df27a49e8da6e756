package compliance

import (
	"slices"
	"testing"
)

// islandsByBytes is numericIslands as a walk over every byte of the text:
// the definition the token-driven numericIslands must agree with.
func islandsByBytes(text string) []island {
	var out []island
	for i := 0; i < len(text); {
		if !isNumberByte(text[i]) {
			i++
			continue
		}
		j, d, run, cur := i, 0, 0, 0
		for j < len(text) && isNumberByte(text[j]) {
			if text[j] >= '0' && text[j] <= '9' {
				d++
				cur++
				run = max(run, cur)
			} else {
				cur = 0
			}
			j++
		}
		if d > 0 {
			out = append(out, island{i, j, d, run})
		}
		i = j
	}
	return out
}

// passTexts are texts for the tests holding a token-driven pass to its
// definition as a walk over the bytes: tricky ones, and the corpus.
func passTexts(t *testing.T) []string {
	texts := []string{
		"", "no digits here", "7", " 7 ", "(614) 555-2368 or 555.2369", "12abc34 and a1b2c3", "- - 5", "5 - - ",
		"DOB 03/14/1985, SSN 536-22-1234.", "x9", "9x", "٣٤ and 3٤5", "p4tient D0B 0 3 1 4", "+1 (800) 222-1222",
		"\xff9\xfe 12", "a.b.c 1.2.3 ...4", "ends with digits 2026",
		"sh!t", "$hit happens", "f***", "a**hole", "Great!! Thanks!", "#FluShot @maple", "50% off", "*emphasis*", "wow!",
		"é*", "**", "!a", "x!", "$5", "f\xff*", "ends with *",
	}
	for _, k := range loadCorpus(t) {
		texts = append(texts, k.Text)
	}
	return texts
}

// mayHaveMaskByBytes is scan.mayHaveMask as a walk over every byte.
func mayHaveMaskByBytes(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !isMask(c) {
			continue
		}
		if i+1 < len(text) && isASCIILetter(text[i+1]) {
			return true
		}
		if c != '!' && i > 0 && (isASCIILetter(text[i-1]) || isMask(text[i-1])) {
			return true
		}
	}
	return false
}

// TestMayHaveMaskFromTokens holds mayHaveMask, which looks at punctuation
// tokens only, to the byte walk.
func TestMayHaveMaskFromTokens(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range passTexts(t) {
		d := Draft{Text: text}
		s := c.newScan(&d, text, "")
		got, want := s.mayHaveMask(), mayHaveMaskByBytes(s.text)
		s.release()
		if got != want {
			t.Errorf("%.60q: mayHaveMask %v, want %v", text, got, want)
		}
	}
}

// TestNumericIslandsFromTokens holds numericIslands, grown from the tokens
// holding digits, to the byte walk on tricky texts and on the corpus.
func TestNumericIslandsFromTokens(t *testing.T) {
	texts := passTexts(t)
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		d := Draft{Text: text}
		s := c.newScan(&d, text, "")
		got, want := slices.Clone(s.numericIslands()), islandsByBytes(s.text)
		s.release()
		if !slices.Equal(got, want) {
			t.Errorf("%.60q: islands %v, want %v", text, got, want)
		}
	}
}
