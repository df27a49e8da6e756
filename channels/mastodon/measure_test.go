package mastodon_test

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/mastodon"
)

// TestMeasure: Mastodon's StatusLengthValidator rewrites links typed with
// their protocol to 23 characters and remote mentions to @user, then
// counts grapheme clusters.
func TestMeasure(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("p", 300)
	tests := []struct {
		name  string
		text  string
		max   int
		n     int
		over  int // -1: len(text)
		codes int // the text's code points, to show where the counts differ
	}{
		{"empty", "", 0, 0, -1, 0},
		{"blank counts nothing", "  \n\t ", 0, 0, -1, 5},
		{"plain", "hello", 0, 5, -1, 5},
		{"accented, composed", "héllo", 0, 5, -1, 5},
		{"accented, decomposed: one cluster", "he\u0301llo", 0, 5, -1, 6},
		{"flag is one", "🇫🇷", 0, 1, -1, 2},
		{"family is one", "👨\u200d👩\u200d👧", 0, 1, -1, 5},
		{"keycap is one", "1\ufe0f\u20e3", 0, 1, -1, 3},
		{"skin tone is one", "👋🏽", 0, 1, -1, 2},
		{"long link counts 23", long, 0, 23, -1, 320},
		{"link with query", "see https://example.org/a/very/long/path?q=1 now", 0, 4 + 23 + 4, -1, 48},
		{"full stop after a link is text", "see https://example.org/x.", 0, 4 + 23 + 1, -1, 26},
		{"path in another script counts 23", "https://example.jp/日本語のページ", 0, 23, -1, 26},
		{"query after a path in another script", "https://example.jp/日本?q=1 ok", 0, 23 + 3, -1, 28},
		{"link without protocol counts as typed", "example.org/flu", 0, 15, -1, 15},
		{"remote mention counts as @user", "@alice@mastodon.social hi", 0, 9, -1, 25},
		{"remote mention with a dotted user", "@dr.lee@med.example", 0, 7, -1, 19},
		{"mention then punctuation", "hi @doc@med.social!", 0, 3 + 4 + 1, -1, 19},
		{"local mention as typed", "@alice hi", 0, 9, -1, 9},
		{"e-mail address is no mention", "write to bob@example.org", 0, 24, -1, 24},
		{"mention after = is none", "a=@bob@example.org", 0, 18, -1, 18},
		{"one-letter domain is no mention", "@alice@x", 0, 8, -1, 8},
		{"accent after the user is no mention", "@josé@a.org", 0, 11, -1, 11},
		{"mention inside a link is the link", "https://example.org/@bob@other.social", 0, 23, -1, 37},
		{"everything", "Flu shots 🇫🇷 https://example.org/vaccines @dr_lee@med.social", 0, 10 + 1 + 1 + 23 + 1 + 7, -1, 60},
		{"over: plain", "abcdef", 3, 6, 3, 6},
		{"over: at the link", "ab https://example.org", 10, 26, 3, 22},
		{"over: flags by cluster", "🇫🇷🇫🇷", 1, 2, 8, 4},
		{"over: after a remote mention", "@a@b.example xyz", 4, 6, 14, 16},
		{"fits exactly", strings.Repeat("a", 477) + " " + long, 501, 501, -1, 798},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, over := mastodon.Measure(tc.text, tc.max)
			want := tc.over
			if want < 0 {
				want = len(tc.text)
			}
			if n != tc.n || over != want {
				t.Errorf("Measure(%q, %d) = %d, %d; want %d, %d", tc.text, tc.max, n, over, tc.n, want)
			}
			if cp := len([]rune(tc.text)); cp != tc.codes {
				t.Errorf("the case's code points: %d, written %d", cp, tc.codes)
			}
		})
	}
}

// TestMeasureStatus: the content warning goes in front, as typed (its
// links are not shortened), in the same count.
func TestMeasureStatus(t *testing.T) {
	tests := []struct {
		name, spoiler, text string
		max, n, over        int
	}{
		{"warning counts", "CW: flu", "hello", 0, 12, 5},
		{"warning's link is not shortened", "https://example.org/aaaa", "", 0, 24, 0},
		{"over in the text", "CW", "abc", 4, 5, 2},
		{"over in the warning", "12345", "a", 3, 6, 0},
		{"a cluster across the join is one", "e", "\u0301", 0, 1, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, over := mastodon.MeasureStatus(tc.spoiler, tc.text, tc.max)
			if n != tc.n || over != tc.over {
				t.Errorf("MeasureStatus(%q, %q, %d) = %d, %d; want %d, %d", tc.spoiler, tc.text, tc.max, n, over, tc.n, tc.over)
			}
		})
	}
}

// TestFakeCountsAsMeasure publishes texts to an instance whose limit is
// exactly their length as Measure counts it, then one less: the fake,
// which reads Mastodon's rule apart from the adapter, takes the first and
// refuses the second with 422.
func TestFakeCountsAsMeasure(t *testing.T) {
	texts := []string{
		"Flu shots 🇫🇷 https://example.org/vaccines @dr_lee@med.social",
		"Family 👨\u200d👩\u200d👧 day: cafe\u0301 open, see https://example.org/a/very/long/path?q=1.",
		strings.Repeat("🇫🇷", 120) + " @alice@mastodon.social",
		"write to bob@example.org or https://example.jp/日本語のページ",
	}
	for _, text := range texts {
		n, _ := mastodon.Measure(text, 0)
		for _, limit := range []int{n, n - 1} {
			fake := newFake(t)
			fake.SetMaxChars(limit)
			cfg := config(fake.URL(), &channeltest.LogBuffer{})
			cfg.MaxChars = n // the adapter's own check passes: the fake decides
			_, err := newChannel(t, cfg).Publish(t.Context(), outgoing(text))
			if limit == n && err != nil {
				t.Errorf("%q at a limit of %d (its length): %v", text, limit, err)
			}
			if limit < n && channels.ClassOf(err) != channels.Permanent {
				t.Errorf("%q at a limit of %d: %v, want the instance's 422", text, limit, err)
			}
		}
	}
}
