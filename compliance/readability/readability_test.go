package readability

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// twineCase is one text of testdata/twine-summarize.json with twine's counts
// and scores.
type twineCase struct {
	Text                 string  `json:"text"`
	Sentences            int     `json:"sentences"`
	Words                int     `json:"words"`
	Characters           int     `json:"characters"`
	AutomatedReadability float64 `json:"AutomatedReadability"`
	ColemanLiau          float64 `json:"ColemanLiau"`
	FleschKincaid        float64 `json:"FleschKincaid"`
	Gunningfog           float64 `json:"Gunningfog"`
	SMOG                 float64 `json:"SMOG"`
	ReadingEase          float64 `json:"ReadingEase"`
}

// twineSyllableErrors are syllables twine's counter misses in a test text,
// by text index: in text 2 it counts "science" as 1 and "previously" as 3
// (both are one more, as TestSyllablesExamples checks). Flesch–Kincaid and
// reading ease are compared after adding them back; the raw deltas are
// logged.
var twineSyllableErrors = map[int]int{2: 2}

// TestAgainstTwine compares counts and grades with twine's. The brief asks
// for Flesch–Kincaid and Coleman–Liau within 0.5 grade; the other scores are
// held to the same bound (reading ease, on a 0-100 scale, to 5 points) and
// every delta is logged.
func TestAgainstTwine(t *testing.T) {
	raw, err := os.ReadFile("testdata/twine-summarize.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []twineCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 3 {
		t.Fatalf("loaded %d texts, want 3", len(cases))
	}
	maxDelta := map[string]float64{}
	for i, c := range cases {
		st := Analyze(c.Text)
		if st.Words != c.Words || st.Sentences != c.Sentences || st.Letters != c.Characters {
			t.Errorf("text %d: words/sentences/letters = %d/%d/%d, twine %d/%d/%d",
				i, st.Words, st.Sentences, st.Letters, c.Words, c.Sentences, c.Characters)
		}
		gap := float64(twineSyllableErrors[i]) / float64(c.Words)
		rawFK := math.Abs(st.FleschKincaid - c.FleschKincaid)
		maxDelta["FleschKincaid (raw)"] = math.Max(maxDelta["FleschKincaid (raw)"], rawFK)
		scores := []struct {
			name      string
			got, want float64
			bound     float64
		}{
			{"FleschKincaid", st.FleschKincaid, c.FleschKincaid + 11.8*gap, 0.5},
			{"ColemanLiau", st.ColemanLiau, c.ColemanLiau, 0.5},
			{"SMOG", st.SMOG, c.SMOG, 0.5},
			{"ARI", st.ARI, c.AutomatedReadability, 0.5},
			{"GunningFog", st.GunningFog, c.Gunningfog, 0.5},
			{"FleschReadingEase", st.FleschReadingEase, c.ReadingEase - 84.6*gap, 5},
		}
		for _, s := range scores {
			d := math.Abs(s.got - s.want)
			maxDelta[s.name] = math.Max(maxDelta[s.name], d)
			if d > s.bound {
				t.Errorf("text %d: %s = %.2f, twine %.2f (delta %.2f > %.1f)", i, s.name, s.got, s.want, d, s.bound)
			}
		}
	}
	for _, name := range []string{"FleschKincaid (raw)", "FleschKincaid", "ColemanLiau", "SMOG", "ARI", "GunningFog", "FleschReadingEase"} {
		t.Logf("max |delta| vs twine: %-19s %.2f", name, maxDelta[name])
	}
}

func TestAnalyzeCounts(t *testing.T) {
	tests := []struct {
		name                   string
		text                   string
		words, sentences, syll int
	}{
		{"empty", "", 0, 0, 0},
		{"only punctuation", "!!! ... ---", 0, 0, 0},
		{"one sentence, no stop", "Flu shots are in", 4, 1, 4},
		{"two sentences", "Flu shots are in. Walk in today!", 7, 2, 8},
		{"abbreviation does not end a sentence", "See Dr. Smith at 9 a.m. on Monday.", 8, 1, 9},
		{"initialism", "The U.S. Office of Education agrees.", 6, 1, 11},
		{"lower case after a stop continues", "He worked (for 5 years.) at the clinic.", 8, 1, 9},
		{"blank line ends a sentence", "Open today\n\nClosed tomorrow", 4, 2, 8},
		{"hyphens split words", "one-size-fits-all", 4, 1, 4},
		{"question and exclamation", "Sore throat? Call us! We can help.", 7, 3, 7},
		// Links, addresses, handles, hashtags and phone numbers are not
		// words a reader reads; a sentence they end still ends.
		{"link with a scheme", "Book now: https://maplestreetfm.com/book/flu-shots-2026 today", 3, 1, 4},
		{"bare domain ends a sentence", "Visit maplestreetfm.com/book. Walk in today!", 4, 2, 6},
		{"www link", "See www.cdc.gov for more", 3, 1, 3},
		{"e-mail address", "Email jane.doe@example.com with questions.", 3, 1, 5},
		{"handle and hashtag", "Follow @maple_street_fm for tips #FluShot #StayWell", 3, 1, 4},
		{"phone numbers", "Call (614) 555-2368 or 1-800-222-1222 or 614.555.2369 now.", 4, 1, 4},
		{"a sentence of only a link is no sentence", "Flu shots are in. https://example.com/book", 4, 1, 4},
		{"numbers that are not phones stay", "We gave 212 shots in 3.5 hours.", 7, 1, 7},
		{"initialism is not a domain", "The U.S. Office agrees.", 4, 1, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := Analyze(tt.text)
			if st.Words != tt.words || st.Sentences != tt.sentences || st.Syllables != tt.syll {
				t.Errorf("Analyze(%q) words/sentences/syllables = %d/%d/%d, want %d/%d/%d",
					tt.text, st.Words, st.Sentences, st.Syllables, tt.words, tt.sentences, tt.syll)
			}
		})
	}
}

func TestSyllablesExamples(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"a", 1}, {"make", 1}, {"table", 2}, {"worked", 1}, {"wanted", 2}, {"makes", 1},
		{"boxes", 2}, {"lately", 2}, {"abatement", 3}, {"reality", 4}, {"really", 2},
		{"medium", 3}, {"create", 2}, {"quiet", 2}, {"doesn't", 2}, {"can't", 1},
		{"business", 2}, {"yes", 1}, {"science", 2}, {"previously", 4}, {"player", 2}, {"flying", 2}, {"university", 5},
		{"café", 2}, {"42", 1}, {"", 0}, {"---", 0},
	}
	for _, tt := range tests {
		if got := Syllables(tt.word); got != tt.want {
			t.Errorf("Syllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// FuzzAnalyze: any input, valid UTF-8 or not, gives sane counts and finite
// scores, and never panics.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "Hello. World!", "U.S.A. e.g. Dr. X.", "\xff\xfe.", "a'b.c'd", "...!!!???", "naïve café\n\nok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st := Analyze(s)
		if st.Sentences > st.Words || st.PolySyllables > st.Words || st.ComplexWords > st.PolySyllables ||
			st.Syllables < st.PolySyllables*3 || st.Letters > utf8.RuneCountInString(s) {
			t.Fatalf("inconsistent counts %+v", st)
		}
		if st.Words > 0 && st.Sentences == 0 {
			t.Fatalf("words without a sentence: %+v", st)
		}
		for _, v := range []float64{st.FleschKincaid, st.ColemanLiau, st.SMOG, st.ARI, st.GunningFog, st.FleschReadingEase} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("non-finite score in %+v", st)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	// About 3,000 characters of patient-facing prose.
	para := "Flu season is here, and the best protection is a yearly vaccine. " +
		"Our clinic offers walk-in flu shots Monday through Friday, 8 a.m. to 5 p.m. " +
		"Dr. Smith recommends vaccination for everyone six months and older, especially " +
		"people with chronic conditions such as asthma, diabetes or heart disease. "
	text := strings.Repeat(para, 3000/len(para)+1)[:3000]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}
