package compliance

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestHostileReplyTime is a reply's cost on hostile text: one long
// sentence of health words answering a review. Each health word asked the
// same sentence-wide questions (a staff member acting, a person word, a
// fact word ...) again, a pass over the whole sentence per word, so 100 KB
// took seconds where a post of the same text takes milliseconds. The
// budget is generous for a loaded machine; the quadratic cost was tens of
// times over it.
func TestHostileReplyTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, unit, review string
	}{
		{"health words", "surgery chemo diabetes stroke knee ", "The nurses were kind."},
		{"care words", "your injection your stitches your knee ", "Dr. Patel fixed my knee"},
		{"staff and health", "Kevin said the surgery went fine and ", "Kevin was great"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, 100<<10/len(tt.unit))
			d := Draft{Text: text, ReviewText: tt.review, Channels: []Target{target("fb", "facebook")}}
			start := time.Now()
			rep := c.Check(context.Background(), d)
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("a %d KB reply took %v to check (budget 3s)", len(text)>>10, took)
			}
			checkSpans(t, d, rep)
		})
	}
}
