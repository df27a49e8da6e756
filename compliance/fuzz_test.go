package compliance

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCheck feeds any bytes (invalid UTF-8 included) as the text, a
// variant and the review: Check must not panic, and every span must lie
// inside the text it points into.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Mrs. Lee came in this morning. SSN 536-22-1234, call (312) 867-5309.",
		"\xff\xfe Guaranteed \xc3 results 100%",
		"Myth: vaccines cause autism.",
		"\"My pain is gone!\" - Maria G.",
		strings.Repeat("🙂", 300),
		"",
	} {
		f.Add(s, "")
	}
	c, err := New(testProfile())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, review string) {
		d := Draft{Text: text, ReviewText: review, Variants: map[string]string{"x": review + text},
			Channels: []Target{target("x", "x"), target("li", "linkedin")}}
		rep := c.Check(context.Background(), d)
		checkSpans(t, d, rep)
	})
}

func checkSpans(t *testing.T, d Draft, rep Report) {
	t.Helper()
	for _, f := range rep.Findings {
		text := textFor(&d, f.Channel)
		if f.Channel == "" {
			text = d.Text
		}
		if f.Start < 0 || f.End < f.Start || f.End > len(text) {
			t.Fatalf("%s span %d-%d outside text of %d bytes", f.Rule, f.Start, f.End, len(text))
		}
		if !utf8.ValidString(f.Match) {
			t.Fatalf("%s match is not valid UTF-8", f.Rule)
		}
	}
}

// TestLargeAndInvalidInput is the fuzz test's contract on two inputs the
// fuzzer is unlikely to build: 1 MB of post-like text, and 1 MB of bytes
// that are not UTF-8.
func TestLargeAndInvalidInput(t *testing.T) {
	c, _ := New(testProfile())
	big := strings.Repeat("Mrs. Lee came in today, SSN 536-22-1234. Guaranteed! ", 1<<20/53)
	bad := strings.Repeat("\xff\xc3(\x80abc ", 1<<20/8)
	for _, text := range []string{big, bad} {
		d := Draft{Text: text, Channels: []Target{target("x", "x")}}
		rep := c.Check(context.Background(), d)
		checkSpans(t, d, rep)
		if rep.Verdict == "" {
			t.Fatal("no verdict")
		}
	}
}
