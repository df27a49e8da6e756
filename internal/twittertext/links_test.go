package twittertext

import (
	"reflect"
	"testing"
)

func TestLinks(t *testing.T) {
	tests := []struct {
		text string
		want []Link
	}{
		{"no links here", nil},
		{"see https://example.org/x now", []Link{{4, 25, true}}},
		{"bare example.org and HTTP://Example.org/a", []Link{{5, 16, false}, {21, 41, true}}},
		{"🇫🇷 https://example.org", []Link{{9, 28, true}}},
		{"bad \xff byte https://example.org", []Link{{11, 30, true}}},
	}
	for _, tc := range tests {
		got := Links(tc.text)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Links(%q) = %v, want %v", tc.text, got, tc.want)
		}
		for _, l := range got {
			if l.Start < 0 || l.End > len(tc.text) || l.Start >= l.End {
				t.Errorf("Links(%q): %v is not a range of the text", tc.text, l)
			}
		}
	}
}
