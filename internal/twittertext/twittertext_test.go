package twittertext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Cases beyond the conformance file. The expected values were checked
// against npm twitter-text 3.1.0's parseTweet (config v3) except where the
// comment says the reference implementations differ from that build.
func TestWeightedLength(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"plain ascii", "Flu shots are in!", 17},
		{"bare .com host is a link", "Book at example.com today", 8 + 23 + 6},
		{"unknown tld is text", "foo.baz", 7},
		{"bare ccTLD host is a link (npm 3.1.0 has no Java/Ruby short-domain rule)", "foo.jp", 23},
		{"ccTLD then a non-ASCII letter links the ASCII part", "Ask us at work.niño", 10 + 23 + 2},
		{"URL right after a full stop", "Call 555-0142.http://example.com/a", 14 + 23},
		{"URL right after an ideographic full stop", "予約はこちら。http://example.com/a", 14 + 23},
		{"URL right after Hangul", "예약http://example.com/a", 4 + 23},
		{"URLs back to back are one", "http://example.com/ahttps://example.org/b", 23},
		{"URL starting inside an astral character", "#flu🦠.9am.example.com", 4 + 3 + 23},
		{"ideographic full stop splits a label for punycode", "ｆｕｌｌ。例え.jp/x", 19},
		{"bare .co host is a link", "vine.co", 23},
		{"ccTLD host with path is a link", "bit.ly/abcde", 23},
		{"sentence full stop stays outside the link", "See example.com/a.", 4 + 23 + 1},
		{"query trailing comma stays outside", "http://foo.com/?q=a+b, x", 23 + 3},
		{"no link after a hyphen", "-foo.com", 8},
		{"no link in an e-mail address", "x@y.com", 7},
		{"wikipedia parens", "http://en.wikipedia.org/wiki/Primer_(film)", 23},
		{"bracket then parens stops the path", "http://example.com/p[l](h)", 23 + 4},
		{"uppercase protocol and host", "HTTP://EXAMPLE.COM", 23},
		{"link inside CJK text", "日本語example.com中国", 6 + 23 + 4},
		{"t.co keeps only slug", "https://t.co/abc123)", 23 + 1},
		{"copyright sign is text", "©", 1},
		{"copyright emoji", "©\uFE0F", 2},
		{"heart with VS16", "❤️", 2},
		{"text presentation selector counts apart", "☺\uFE0E", 4},
		{"keycap with VS16", "1️⃣", 2},
		{"bare digit", "1", 1},
		{"flag", "🇺🇸", 2},
		{"England tag flag", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", 2},
		{"skin tone", "👍🏿", 2},
		{"ZWJ sequence newer than twemoji 11 counts by its parts", "🧑\u200d🧒", 5},
		{"skin tone after a non-person emoji counts apart", "😀🏽", 4},
		{"regional indicators that are no country count apart", "🇦🇦", 4},
		{"dangling ZWJ counts 1", "😷\u200d", 3},
		{"CJK", "故人", 4},
		{"en dash weighs 1", "–", 1},
		{"ellipsis weighs 2", "…", 2},
		{"invalid utf-8 byte counts as U+FFFD", "a\xffb", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WeightedLength(tt.text); got != tt.want {
				t.Errorf("WeightedLength(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"ordinary", "Open Saturday 9-12.", true},
		{"empty", "", false},
		{"blank", " \n\t ", false},
		{"exactly 280", strings.Repeat("a", 280), true},
		{"281", strings.Repeat("a", 281), false},
		{"140 CJK is 280", strings.Repeat("中", 140), true},
		{"141 CJK is 282", strings.Repeat("中", 141), false},
		{"byte order mark", "hi\uFEFF", false},
		{"non-character", "hi\uFFFF", false},
		{"invalid utf-8", "hi\xc3", false},
		{"a 280-char URL counts 23", "https://example.com/" + strings.Repeat("x", 300), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Valid(tt.text); got != tt.want {
				t.Errorf("Valid(%.40q) = %v, want %v (%+v)", tt.text, got, tt.want, Parse(tt.text))
			}
		})
	}
}

func TestParseBlank(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n"} {
		if got := Parse(text); got != emptyResult {
			t.Errorf("Parse(%q) = %+v, want %+v", text, got, emptyResult)
		}
	}
}

func TestPunycodeLabelLength(t *testing.T) {
	tests := []struct {
		label string
		want  int
	}{
		{"example", 7},
		{"☃", len("xn--n3h")},
		{"bücher", len("xn--bcher-kva")},
		{"例え", len("xn--r8jz45g")},
		{"mañana", len("xn--maana-pta")},
	}
	for _, tt := range tests {
		if got := asciiLabelLen([]rune(tt.label)); got != tt.want {
			t.Errorf("asciiLabelLen(%q) = %d, want %d", tt.label, got, tt.want)
		}
	}
}

// FuzzParse checks invariants on arbitrary input: no panic, lengths agree
// with the per-rune upper bound, ranges stay inside the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "Hi http://test.co", "👨‍👩‍👧‍👦", "a\xffb", "x.co/(a(b)c)", "1️⃣©️", "http://xn--", "例え.jp/パス"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Parse(s)
		if r.WeightedLength < 0 || r.Permillage != r.WeightedLength*1000/MaxWeightedLength {
			t.Fatalf("bad result %+v", r)
		}
		if r.Valid != (r.WeightedLength >= 1 && r.WeightedLength <= MaxWeightedLength) && utf8.ValidString(s) &&
			!strings.ContainsAny(s, "\uFFFE\uFEFF\uFFFF") {
			t.Fatalf("Valid %v inconsistent with %+v", r.Valid, r)
		}
		if r.DisplayRange[1] < r.ValidRange[1] {
			t.Fatalf("valid range beyond display range: %+v", r)
		}
	})
}

func BenchmarkWeightedLength(b *testing.B) {
	// 280 characters of realistic post text: words, a link, an emoji, CJK.
	text := "Flu shots are in! Walk-ins welcome Mon–Fri 8–5 at our Main St clinic. " +
		"Book ahead at example-clinic.com/flu or call the front desk. 💉👩🏽‍⚕️ " +
		"Bring your insurance card; kids 6 months and up. Questions about side effects? " +
		"Ask us—we're happy to help. 日本語OK. #FluSeason"
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		WeightedLength(text)
	}
}
