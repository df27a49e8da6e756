package post

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"admin", 32, "admin"},
		{strings.Repeat("a", 32), 32, strings.Repeat("a", 32)},
		{strings.Repeat("a", 40), 32, strings.Repeat("a", 32) + "…(40 bytes)"},
		{strings.Repeat("é", 20), 32, strings.Repeat("é", 20)},
		{strings.Repeat("é", 40), 32, strings.Repeat("é", 32) + "…(80 bytes)"},
		{"", 4, ""},
	}
	for _, c := range cases {
		got := Clip(c.in, c.n)
		if got != c.want {
			t.Errorf("Clip(%.20q…, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Clip(%.20q…) cut a character in two", c.in)
		}
	}
}
