package twittertext

import (
	"math/rand"
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
	}
	for _, tc := range tests {
		if got := isASCII(tc.in); got != tc.want {
			t.Errorf("isASCII(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
