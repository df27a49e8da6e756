package compliance

import (
	"testing"
)

// TestHealthGatesAgree holds the word- and sentence-level health questions
// asked first thing on a scan (which then answer from health.MayStart and
// health.MayCover alone when they can) to the same questions answered from
// the text's health details, over the corpus and a few texts whose health
// details span several words.
func TestHealthGatesAgree(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Congrats Colon on his new knee", "Tiny Zuri joined us at 5 lbs 2 oz. Welcome!", "Down 40 lbs and off metformin, Jake!",
		"Her cancer screening is done. Flu vaccine clinic Saturday, Oct 17.", "Glad the cast is finally off, Sam", "Alzheimer's disease walk"}
	for _, k := range loadCorpus(t) {
		texts = append(texts, k.Text)
	}
	gatedOnly := 0
	ask := func(d *Draft, q func(s *scan) bool) (bool, bool) {
		gated, full := c.newScan(d, d.Text, ""), c.newScan(d, d.Text, "")
		defer gated.release()
		defer full.release()
		full.healthHits()
		g := q(gated)
		if !gated.healthDone {
			gatedOnly++
		}
		return g, q(full)
	}
	for i, text := range texts {
		d := &Draft{Text: text}
		s := c.newScan(d, text, "")
		nToks, nSents := len(s.toks), len(s.sents)
		s.release()
		for tok := range nToks {
			if g, f := ask(d, func(s *scan) bool { return s.inHealth(tok) }); g != f {
				t.Errorf("post %d %q: inHealth(%d) = %v asked first, %v from the health details", i, text, tok, g, f)
			}
			if g, f := ask(d, func(s *scan) bool { return s.healthStartsAt(tok) }); g != f {
				t.Errorf("post %d %q: healthStartsAt(%d) = %v asked first, %v from the health details", i, text, tok, g, f)
			}
		}
		for si := range nSents {
			if g, f := ask(d, func(s *scan) bool { return s.healthInSentence(si) }); g != f {
				t.Errorf("post %d %q: healthInSentence(%d) = %v asked first, %v from the health details", i, text, si, g, f)
			}
		}
	}
	if gatedOnly < 1000 {
		t.Fatalf("only %d answers came from the gates alone", gatedOnly)
	}
}
