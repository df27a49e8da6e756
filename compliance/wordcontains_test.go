package compliance

import (
	"strings"
	"testing"
)

// TestWordContains holds scan.wordContains, read from the text's words, to
// a search of every byte of the text in any case, over the corpus and texts
// that hide the word in capitals, inside longer words, beside digits and
// marks, and behind folding ("4rr0ba").
func TestWordContains(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"write maria ARROBA gmail punto com", "Arroba", "xarrobax and more", "arrob a", "arr-oba", "arr'oba",
		"ÉARROBA café", "4rr0ba dot com", "maria(arroba)gmail", "m a r i a arroba", "", "no spelled mark here"}
	for _, k := range loadCorpus(t) {
		texts = append(texts, k.Text)
	}
	// containsFold is the byte search wordContains replaced.
	containsFold := func(text, sub string) bool {
		for i := 0; i+len(sub) <= len(text); i++ {
			if text[i]|0x20 == sub[0] && strings.EqualFold(text[i:i+len(sub)], sub) {
				return true
			}
		}
		return false
	}
	for _, text := range texts {
		d := &Draft{Text: text}
		s := c.newScan(d, text, "")
		if got, want := s.wordContains("arroba"), containsFold(s.text, "arroba"); got != want {
			t.Errorf("%q: wordContains says %v, the text %v", text, got, want)
		}
		s.release()
	}
}
