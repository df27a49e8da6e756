package twittertext

import (
	"strconv"
	"strings"
	"testing"
)

// longInputs are runs without spaces that once made URL scanning quadratic:
// every start inside a dotted run walked all the labels after it.
var longInputs = []struct {
	name string
	text string
	want int
}{
	{"dotted run, no tld", strings.Repeat("a.", 32<<10), 64 << 10},
	{"dotted run ending in a tld", strings.Repeat("a.", 1000) + "com", 23},
	{"dotted run before a non-ascii label", strings.Repeat("a.", 1000) + "日本.com", 2000 + 4 + 4},
	{"too long to be a link", strings.Repeat("a.", 4<<10) + "com", 8<<10 + 3},
	{"underscored labels", strings.Repeat("a_b.", 2<<10) + "x", 4*(2<<10) + 1},
}

func TestLongRunsWithoutSpaces(t *testing.T) {
	for _, tt := range longInputs {
		t.Run(tt.name, func(t *testing.T) {
			if got := WeightedLength(tt.text); got != tt.want {
				t.Errorf("WeightedLength = %d, want %d", got, tt.want)
			}
		})
	}
}

// BenchmarkDottedRun measures 64 KB of "a.a.a...": time must grow linearly
// with the text (it took seconds at 8 KB when the scan was quadratic).
func BenchmarkDottedRun(b *testing.B) {
	for _, n := range []int{8 << 10, 64 << 10} {
		text := strings.Repeat("a.", n/2)
		b.Run(strconv.Itoa(n>>10)+"KB", func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				WeightedLength(text)
			}
		})
	}
}

// TestTLDChars guards matchTLD's shortcut: a candidate TLD ends at the
// first character that is not a TLD character.
func TestTLDChars(t *testing.T) {
	for tld := range tlds().all {
		for _, r := range tld {
			if !isTLDChar(r) {
				t.Errorf("TLD %q has %q, which isTLDChar rejects", tld, r)
			}
		}
	}
}
