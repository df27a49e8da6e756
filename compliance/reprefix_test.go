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
	texts = append(texts, pairedTexts(rand.New(rand.NewSource(7)), 300, 1, 9, extra, mixturePieces)...)
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

// TestLabelAnchorsNecessary holds the anchors that look past a label word
// (recordLabel, accountNumberNext) to their expressions: wherever the
// expression matches at a token the word anchor takes, the extra anchor
// takes it too. One that turned away a real match would drop a finding.
func TestLabelAnchorsNecessary(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	labels := []string{"patient", "Patient", "PATIENT", "medical", "Medical", "group", "GROUP", "device", "taxpayer", "account", "Acct",
		"invoice", "case", "claim", "ticket", "file", "ref", "reference", "pt", "chart", "encounter", "visit", "confirmation", "mrn", "member",
		"id", "ID", "Id", "no", "No.", "num", "number", "#", "record", "records", "is", "card", ":", "-", "KS", "4TR-882", "55-1290", "4471",
		"7713-B", "88120", "A1234", "W77123", "12345678"}
	spaces := []string{" ", " ", "  ", "\t", "\n", ". ", ".", "", ": ", " # "}
	texts := randomMixtures(append(append([]string{}, mixturePieces...), labels...), 1500)
	texts = append(texts, pairedTexts(rand.New(rand.NewSource(3)), 4000, 2, 8, labels, spaces)...)
	for _, tc := range []struct {
		re          *anchoredRE
		word, extra anchorFunc
	}{
		{recordRE, prefixAnchor(recordWord), recordLabel},
		{shortAccountRE, accountAnchor, accountNumberNext},
	} {
		found := 0
		for _, text := range texts {
			s := c.newScan(&Draft{Text: text}, text, "")
			for i := range s.toks {
				if !tc.word(s, i) || s.matchFrom(tc.re, s.toks[i].start) == nil {
					continue
				}
				found++
				if !tc.extra(s, i) {
					t.Errorf("%s matches %q at %q but its label anchor turns the word away", tc.re.free, text, s.text[s.toks[i].start:])
				}
			}
			s.release()
		}
		if found < 100 {
			t.Errorf("%s: only %d matches among the texts; the test checks too little", tc.re.free, found)
		}
	}
}

// pairedTexts builds n texts, each of lo to hi-1 pairs: a piece of a
// then a piece of b, drawn with r.
func pairedTexts(r *rand.Rand, n, lo, hi int, a, b []string) []string {
	texts := make([]string, 0, n)
	for range n {
		var sb strings.Builder
		for range lo + r.Intn(hi-lo) {
			sb.WriteString(a[r.Intn(len(a))])
			sb.WriteString(b[r.Intn(len(b))])
		}
		texts = append(texts, sb.String())
	}
	return texts
}
