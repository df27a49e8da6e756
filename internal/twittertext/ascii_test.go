package twittertext

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestMeasureASCIIMatchesRunes checks the ASCII fast path against the
// general rune walk on random ASCII texts full of URL-like pieces, for
// limits below, at and above their lengths.
func TestMeasureASCIIMatchesRunes(t *testing.T) {
	pieces := []string{"a", "b", "Z", "0", "9", ".", "..", "-", "_", "/", ":", "?", "=", "&", "#", "@", "$", " ", "\n", "\t",
		"com", "co", "jp", "org", "t.co/", "http://", "https://", "HTTPS://", "www.", "xn--", ":8080", "(", ")", "!", ",", "'",
		"example.com", "maplefamilymed.com/flu?x=1", "foo.jp", "a.b.c.d.e"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := r.Intn(60); n > 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		for _, limit := range []int{0, 5, 23, 40, 280, len(text) / 2} {
			gotLen, gotOver := measureASCII(text, limit)
			wantLen, wantOver := measureRunes(text, limit)
			if gotLen != wantLen || gotOver != wantOver {
				t.Fatalf("Measure(%q, %d): ASCII path (%d, %d), rune walk (%d, %d)", text, limit, gotLen, gotOver, wantLen, wantOver)
			}
		}
	}
}

func TestIsASCII(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"plain text 123 ~\x7f", true},
		{"café", false},
		{"\xff", false},
		{"emoji 😀", false},
		// Eight bytes at a time, then the tail: a byte beyond ASCII in
		// each place of a chunk and of the tail.
		{"exactly8", true},
		{"sixteen bytes ok", true},
		{"\x80bcdefgh", false},
		{"abcdefg\x80", false},
		{"abcdefgh\x80", false},
		{"abcdefghijklmn\xc3\xa9", false},
		{"abcdefghijklmnopqrstu\xff", false},
	}
	for _, tc := range tests {
		if got := isASCII(tc.in); got != tc.want {
			t.Errorf("isASCII(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestASCIIURLsMatchRunes holds the ASCII path's word-by-word URL scan to
// extractURLs over the whole text, span for span, on random ASCII texts of
// URL-like pieces and every kind of ASCII whitespace.
func TestASCIIURLsMatchRunes(t *testing.T) {
	pieces := []string{"a", "h", "Z", "0", ".", "..", "-", "_", "/", ":", "?", "=", "&", "#", "@", "$", "(", ")", "!", ",", "'",
		" ", "  ", "\n", "\t", "\r", "\v", "\f", "\x00", "\x08", "\x0e",
		"com", "co", "jp", "org", "t.co/", "t.co/abc", "http://", "https://", "HTTPS://", "www.", "xn--", "xn--p1ai", ":8080",
		"example.com", "maplefamilymed.com/flu?x=1", "foo.jp", "a.b.c.d.e", "a_b.com", "-x.com", "x.com-"}
	r := rand.New(rand.NewSource(11))
	b := new(asciiBufs)
	for i := 0; i < 50000; i++ {
		var sb strings.Builder
		for n := r.Intn(40); n > 0; n-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := sb.String()
		rs := []rune(text)
		want := extractURLs(rs)
		got := b.extractURLs(text)
		if !slices.Equal(got, want) {
			t.Fatalf("URLs of %q: word by word %v, whole text %v", text, got, want)
		}
	}
}
