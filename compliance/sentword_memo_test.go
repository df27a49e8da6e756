package compliance

import (
	"context"
	"strings"
	"testing"
)

// TestSentenceHasWordLong checks that the answers sentenceHasWord keeps
// for a long sentence are the ones a reading gives, in the check that
// asked and in the next check of the pooled scan, whose text differs.
func TestSentenceHasWordLong(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("see you at the fair and ", 40) + "bring your festival hat. Short one here."
	other := strings.Repeat("we met at the booth and ", 40) + "thanks again."
	for _, text := range []string{long, other, long} {
		d := Draft{Text: text}
		s := c.newScan(&d, text, "")
		for si, se := range s.sents {
			for _, set := range []*wordSet{eventNouns, visitNouns, thanksWords, outreachEvents} {
				want := s.tokensHaveWord(se.tokStart, se.tokEnd, set)
				for range 2 { // the second asks the memo
					if got := s.sentenceHasWord(si, set); got != want {
						t.Errorf("sentence %d of %.20q: sentenceHasWord = %v, a reading says %v", si, text, got, want)
					}
				}
			}
		}
		s.release()
	}
	// And through Check, which pools the scans.
	for _, text := range []string{long, other} {
		c.Check(context.Background(), Draft{Text: text, ReviewText: "Nice people."})
	}
}
