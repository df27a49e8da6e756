package compliance

import (
	"strings"
	"testing"
)

// TestHealthHitsComputedOnce: a text with no health words is remembered as
// having none. Before, an empty result was kept as nil, which also meant
// "not computed yet", so every person found (each of 20,000 handles in a
// 100 KB post) searched the whole text again: 83 s for one check.
func TestHealthHitsComputedOnce(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{strings.Repeat("@a.b. ", 50), "Staff picnic on Saturday."} {
		d := Draft{Text: text}
		s := c.newScan(&d, text, "")
		if hs := s.healthHits(); len(hs) != 0 {
			t.Fatalf("%q: health hits %v, want none", text, hs)
		}
		if !s.healthDone {
			t.Errorf("%q: a text without health words is searched again on every call", text)
		}
		s.release()
	}
}
