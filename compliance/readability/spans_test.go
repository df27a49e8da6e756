package readability

import (
	"testing"
	"unicode/utf8"
)

// asciiSpans splits an ASCII text into its words as Span says: runs of
// letters and digits, joined by an apostrophe or a full stop between two.
func asciiSpans(text string) []Span {
	var out []Span
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		w := Span{Start: i}
		for i < len(text) {
			for i < len(text) && isWordByte(text[i]) {
				i++
			}
			if i+1 < len(text) && (text[i] == '\'' || text[i] == '.') && isWordByte(text[i+1]) {
				w.Dotted = w.Dotted || text[i] == '.'
				i++
				continue
			}
			break
		}
		w.End = i
		out = append(out, w)
	}
	return out
}

// spansTexts are ASCII texts with what Analyze reads past a word: sentence
// ends after abbreviations and initials, links, addresses, handles,
// hashtags and phone numbers, one of them ending inside a word.
var spansTexts = []string{
	"",
	"Flu shots are here! Our patient Maria came in this morning and got hers. Call (614) 555-2368 or visit maplefamilymed.com.",
	"Dr. Lee and Mrs. O'Brien can't make it. The U.S. team won 3.5 to 2. e.g. this one. J. Smith said so.",
	"Email us at hello@example.com or see https://example.com/book?x=1. #FluSeason @maplefamily rocks!!",
	"Call 555.123.4567.8 or 1-800-222-1222x9 today. (614)555-2368abc is not a phone.",
	"Line one\n\nline two without a stop\nthree... four?! Five.) six",
	"www.cdc.gov/flu says so. 10.1000/xyz is a DOI. It's 9 a.m. sharp.",
	"A. B. C. d. e'f 'quoted' \"double.\" 'ends.' Done",
}

// TestAnalyzeSpans checks that AnalyzeSpans, given the words of an ASCII
// text, counts what Analyze does.
func TestAnalyzeSpans(t *testing.T) {
	for _, text := range spansTexts {
		if got, want := AnalyzeSpans(text, asciiSpans(text)), Analyze(text); got != want {
			t.Errorf("%q:\nAnalyzeSpans %+v\nAnalyze      %+v", text, got, want)
		}
	}
}

// FuzzAnalyzeSpans holds AnalyzeSpans to Analyze on any ASCII text.
func FuzzAnalyzeSpans(f *testing.F) {
	for _, text := range spansTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				return
			}
		}
		if got, want := AnalyzeSpans(text, asciiSpans(text)), Analyze(text); got != want {
			t.Errorf("%q:\nAnalyzeSpans %+v\nAnalyze      %+v", text, got, want)
		}
	})
}
