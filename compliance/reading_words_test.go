package compliance

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/compliance/readability"
)

// sameReading reports whether the scan of text measures it as
// readability.Analyze of the scanned text does: the words the tokenizer
// found, handed to AnalyzeSpans, must count as Analyze's own reading.
func sameReading(c *Checker, text string) bool {
	d := Draft{Text: text}
	s := c.newScan(&d, text, "")
	defer s.release()
	return s.analyzeReading() == readability.Analyze(s.text)
}

// TestReadingWordsSame holds analyzeReading to readability.Analyze on
// every text of every labelled set (the corpus, the dev and the blind
// sets: an equality of two measures reads no label and tunes nothing),
// as written, in capitals and in lower case. It reports counts by set
// only, never a text.
func TestReadingWordsSame(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string][]string{}
	for _, k := range loadCorpus(t) {
		sets["corpus"] = append(sets["corpus"], k.Text, k.Review)
	}
	dirs, _ := filepath.Glob("testdata/*/practice.json")
	for _, p := range dirs {
		dir := filepath.Dir(p)
		for _, k := range loadLabelledPosts(t, dir) {
			sets[filepath.Base(dir)] = append(sets[filepath.Base(dir)], k.Text, k.Review)
		}
	}
	texts := 0
	for name, ts := range sets {
		bad := 0
		for _, text := range ts {
			for _, v := range []string{text, strings.ToUpper(text), strings.ToLower(text)} {
				texts++
				if !sameReading(c, v) {
					bad++
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d texts measured otherwise than readability.Analyze", name, bad)
		}
	}
	if texts < 10000 {
		t.Errorf("only %d texts compared: the labelled sets did not load", texts)
	}
}

// TestReadingWordsShapes holds analyzeReading to readability.Analyze on
// the shapes where the tokenizer's words and readability's differ:
// apostrophes and full stops inside words, links, addresses, handles,
// phone numbers (one ending inside a word), abbreviations, initials,
// leetspeak the scan folds, and text beyond ASCII.
func TestReadingWordsShapes(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"",
		"Dr. O'Brien can't see you at 9 a.m. today. The U.S. team won 3.5 to 2!",
		"Email hello@example.com, visit https://maplefamilymed.com/book?x=1 or www.cdc.gov. #FluSeason @maple",
		"Call 555.123.4567.8 or (614)555-2368abc or 1-800-222-1222 now. J. Smith said so.",
		"Line one\n\nline two\nthree... four?! (Five.) six 'quoted.' \"end.\"",
		"Fr33 flu sh0ts t0day!! N0 c0pay.",
		"Café naïve résumé — we’re open. Ｆｕｌｌ width.",
		"A. B. C. d. e'f g.h i..j k''l m.'n",
	} {
		if !sameReading(c, text) {
			d := Draft{Text: text}
			s := c.newScan(&d, text, "")
			t.Errorf("%q: analyzeReading %+v, Analyze %+v", text, s.analyzeReading(), readability.Analyze(s.text))
			s.release()
		}
	}
}

// FuzzReadingWords holds analyzeReading to readability.Analyze on any text.
func FuzzReadingWords(f *testing.F) {
	for _, s := range []string{"Dr. O'Brien can't. U.S. 3.5", "call 555.123.4567.8x", "h0w 4re y0u", "a'.b.'c", "x@y.z http://a.b"} {
		f.Add(s)
	}
	c, err := New(testProfile())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !sameReading(c, text) {
			t.Errorf("%q: measured otherwise than readability.Analyze", text)
		}
	})
}
