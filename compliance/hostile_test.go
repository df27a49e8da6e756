package compliance

import (
	"strings"
	"testing"
)

// TestHostileReplyTime is a reply's cost on hostile text: one long
// sentence of health words answering a review. Each health word asked the
// same sentence-wide questions (a staff member acting, a person word, a
// fact word ...) again, a pass over the whole sentence per word, so 100 KB
// took seconds where a post of the same text takes milliseconds. Growth,
// not a wall-clock budget (see requireLinear): the 3-second budget this
// test had let a remaining quadratic question ("when a little one is
// sick", asked from the sentence start for each health word) through at
// 0.6 s for 100 KB: 8 times the text took 55 times as long, 16 times
// about 200.
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
		{"visit said back", "that quick for a rash and a cough ", "Quick visit for my rash"},
		{"when a little one", "when a little one has a fever or flu ", "Nice staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireLinear(t, c, tt.name, func(n int) Draft {
				return Draft{Text: strings.Repeat(tt.unit, n/len(tt.unit)), ReviewText: tt.review, Channels: []Target{target("fb", "facebook")}}
			})
		})
	}
}
