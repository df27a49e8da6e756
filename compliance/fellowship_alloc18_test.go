package compliance

import (
	"testing"
)

// TestFellowshipNamedAllocatesNothing: fellowshipNamed runs for every person
// the scan finds, so it must not copy the text to lower-case it (session
// 18's version did, and added an allocation to every check that names
// anyone).
func TestFellowshipNamedAllocatesNothing(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := Draft{Text: "Al-Anon meets at St. Patrick's on Thursdays. Maria Nguyen says hi."}
	s := c.newScan(&d, d.Text, "")
	defer s.release()
	tests := []struct {
		word string // the first word of a two-word span, as the name finder passes it
		want bool
	}{
		{"Al", true}, // "Al-Anon": tokens "Al" and "Anon"
		{"Maria", false},
	}
	for _, tt := range tests {
		from := -1
		for i, tok := range s.toks {
			if s.text[tok.start:tok.end] == tt.word {
				from = i
				break
			}
		}
		if from < 0 {
			t.Fatalf("no token %q", tt.word)
		}
		if got := s.fellowshipNamed(from, from+2); got != tt.want {
			t.Errorf("fellowshipNamed(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if allocs := testing.AllocsPerRun(50, func() { s.fellowshipNamed(from, from+2) }); allocs != 0 {
			t.Errorf("fellowshipNamed(%q) allocates %v times a call", tt.word, allocs)
		}
	}
}
