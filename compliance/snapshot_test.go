package compliance

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/internal/testshared"
)

// TestSnapshot writes the full report of Check for a large, fixed set of
// texts to the file named by $COMPLIANCE_SNAPSHOT, one JSON line per draft.
// It is the equivalence harness for optimizations: write a snapshot before
// a change and after it, and require the two files to be byte-identical
// (cmp old new). Without the variable it is skipped: it writes a file and
// takes tens of seconds, and its output is compared, not asserted.
func TestSnapshot(t *testing.T) {
	out := os.Getenv("COMPLIANCE_SNAPSHOT")
	if out == "" {
		t.Skip("set COMPLIANCE_SNAPSHOT=<file> to write the equivalence snapshot")
	}
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	texts := snapshotTexts(t)
	for i, text := range texts {
		for _, d := range snapshotDrafts(i, text, texts) {
			d.Now = now
			rep := c.Check(context.Background(), d)
			b, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(w, "%d %s\n", i, b)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts written to %s", len(texts), out)
}

// snapshotDrafts turns text i into the drafts checked for it: the plain
// text on X and Facebook, and every fifth text also as an X variant of
// another text, as a LinkedIn post and as a reply to a review.
func snapshotDrafts(i int, text string, all []string) []Draft {
	ds := []Draft{{Text: text, Channels: []Target{target("x", "x"), target("fb", "facebook")}}}
	if i%5 == 0 {
		other := all[(i*7+3)%len(all)]
		ds = append(ds,
			Draft{Text: other, Variants: map[string]string{"x": text},
				Channels: []Target{target("x", "x"), target("li", "linkedin"), target("site", "preview")}},
			Draft{Text: text, ReviewText: other, Channels: []Target{target("fb", "facebook")}})
	}
	return ds
}

// snapshotTexts gathers the texts: the corpus, every line of the rule
// tables, the golden inputs, the template library, the shared Presidio and
// readability data, seeded random mixtures and long concatenations.
func snapshotTexts(t *testing.T) []string {
	var texts []string
	for _, k := range loadCorpus(t) {
		texts = append(texts, k.Text, k.Review)
	}
	addLines := func(path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Logf("snapshot: skipping %s: %v", path, err)
			return
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	addLines("rules/phrases.txt")
	files, _ := filepath.Glob("testdata/golden/*.input")
	tmpls, _ := filepath.Glob("../templates/library/*.tmpl")
	for _, p := range append(files, tmpls...) {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	addLines(testshared.Path(t, "data/presidio-context-sentences.txt"))
	addLines(testshared.Path(t, "data/presidio-demo.txt"))
	addLines(testshared.Path(t, "data/presidio-demo-anonymized.txt"))
	var synth []struct {
		FullText string `json:"full_text"`
	}
	if err := json.Unmarshal(testshared.ReadFile(t, "data/presidio-research-synth-dataset-v2.json"), &synth); err != nil {
		t.Fatal(err)
	}
	for _, s := range synth {
		texts = append(texts, s.FullText)
	}
	var twine []struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(testshared.ReadFile(t, "data/twine-summarize.json"), &twine); err != nil {
		t.Fatal(err)
	}
	for _, s := range twine {
		texts = append(texts, s.Text)
	}
	texts = append(texts, randomMixtures(texts, 40000)...)
	r := rand.New(rand.NewSource(3))
	for range 40 {
		var b strings.Builder
		for b.Len() < 2000+r.Intn(30000) {
			b.WriteString(texts[r.Intn(len(texts))])
			b.WriteString([]string{" ", "\n", ". ", "\n\n"}[r.Intn(4)])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// mixturePieces are fragments rich in what the numeric, date, URL and name
// rules look at.
var mixturePieces = []string{
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "19", "20", "31", "45", "99", "100", "123", "555", "614",
	"2026", "1999", "45402", "536", "22", "1234", "867", "5309", "4111", "0000",
	"-", "-", ".", ".", "/", "/", " ", " ", " ", " ", ",", ", ", ":", "(", ")", "+", "#", "@", "%", "$", "'", "’", "\n", "!", "?", "\t", "&", "_", "=",
	"Jan", "January", "Feb", "Mar", "March", "Apr", "May", "Jun", "June", "Jul", "Aug", "Sep", "Sept", "Oct", "October", "Nov", "Dec", "December",
	"Monday", "Tuesday", "Wed", "Thursday", "Fri", "Saturday", "Sunday", "today", "yesterday", "tonight", "morning", "last week",
	"st", "nd", "rd", "th", "year old", "years old", "yo", "y/o", "-year-old", "age", "aged", "born", "DOB", "birthday",
	"http://", "https://", "www.", "maplefamilymed.com", "example.org", ".com", ".gov", "t.co/abc", "doi", "10.1000/xyz", "PMID", "nih.gov",
	"SSN", "MRN", "record", "account", "acct", "card", "ITIN", "phone", "call", "text", "fax", "ZIP", "zip", "OH", "CA", "Suite", "Apt", "St.",
	"Dr.", "Mrs.", "Ms.", "Mr.", "Maria", "Lee", "John", "Smith", "Jordan", "Patel", "Greene", "Sarah", "Lopez", "Kevin",
	"patient", "our patient", "came in", "diagnosed", "surgery", "cancer", "chemo", "recovery", "portal", "guaranteed", "cure", "100%",
	"best", "painless", "studies show", "vaccines", "autism", "review", "5-star", "stars", "thank you", "sorry", "visit", "we", "you", "your",
	"é", "日本", "🙂", "😁", "👍🏽", "\u200d", "‐", "–", "—", "ｆｕｌｌ", "İ", "ß", "\xff", "\xc3",
}

// randomMixtures builds n seeded texts from mixturePieces and words of the
// other texts.
func randomMixtures(base []string, n int) []string {
	r := rand.New(rand.NewSource(1))
	var words []string
	for _, s := range base {
		words = append(words, strings.Fields(s)...)
	}
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		k := 1 + r.Intn(60)
		if r.Intn(10) == 0 {
			k += r.Intn(300)
		}
		for range k {
			if r.Intn(3) == 0 && len(words) > 0 {
				b.WriteString(words[r.Intn(len(words))])
				if r.Intn(2) == 0 {
					b.WriteByte(' ')
				}
			} else {
				b.WriteString(mixturePieces[r.Intn(len(mixturePieces))])
			}
		}
		out = append(out, b.String())
	}
	return out
}
