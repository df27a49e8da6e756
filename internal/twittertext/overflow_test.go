package twittertext

import (
	"strings"
	"testing"
)

func TestOverflow(t *testing.T) {
	long := strings.Repeat("a", 280)
	tests := []struct {
		name  string
		text  string
		limit int
		want  int
	}{
		{"fits", "Flu shots are in!", 280, 17},
		{"exactly full", long, 280, 280},
		{"one over", long + "b", 280, 280},
		{"blank", "   ", 0, 3},
		{"a link is one unit", strings.Repeat("a", 270) + " example.com/flu", 280, 271},
		{"link before the limit counts 23", "example.com " + strings.Repeat("a", 260), 280, 12 + 256},
		{"emoji sequence is one unit", strings.Repeat("a", 279) + "👩🏽‍⚕️", 280, 279},
		{"cjk counts two", strings.Repeat("日", 141), 280, 140 * 3},
		{"not NFC: measured by prefix", strings.Repeat("e\u0301", 281), 280, 280 * 3},
		{"invalid UTF-8: measured by prefix", strings.Repeat("a", 279) + "\xff\xff", 280, 279},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Overflow(tt.text, tt.limit)
			if got != tt.want {
				t.Fatalf("Overflow = %d, want %d", got, tt.want)
			}
			if WeightedLength(tt.text[:got]) > tt.limit {
				t.Fatalf("prefix up to %d weighs %d, over %d", got, WeightedLength(tt.text[:got]), tt.limit)
			}
		})
	}
}
