package channeltest

import "testing"

func TestSameText(t *testing.T) {
	cases := []struct {
		sent, found string
		want        bool
	}{
		{"Flu shots this week", "Flu shots this week", true},
		{"Details: https://example.org/flu?x=1 today", "Details: https://t.co/AbC123 today", true},
		{"See example.org/flu now", "See https://t.co/z9 now", true},
		{"Tom & Jerry <3", "Tom &amp; Jerry &lt;3", true},
		{"  two   spaces\n", "two spaces", true},
		{"Flu shots this week", "Flu shots next week", false},
		{"Details: https://example.org/a", "Details:", false},
		{"walk-ins welcome.", "walk-ins welcome", false},
	}
	for _, tc := range cases {
		if got := SameText(tc.sent, tc.found); got != tc.want {
			t.Errorf("SameText(%q, %q) = %v, want %v", tc.sent, tc.found, got, tc.want)
		}
	}
}
