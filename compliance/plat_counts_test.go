package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCountingRules: PLAT-06, PLAT-07 and PLAT-08 fire on a channel whose
// kind sets the limits (Instagram), on its own text, and nowhere else.
func TestCountingRules(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	ig := target("ig", "instagram")
	fb := target("fb", "facebook")
	image := []post.Media{{Hash: "ab", Name: "flu.jpg", ContentType: "image/jpeg"}}
	tags := func(n int, mark string) string { return strings.TrimSpace(strings.Repeat(mark+"flu ", n)) }
	cases := []struct {
		name     string
		text     string
		variants map[string]string
		channels []Target
		media    []post.Media
		rule     string
		want     post.Severity // "" when the rule must not fire
		match    string
	}{
		{"30 hashtags fit", tags(30, "#"), nil, []Target{ig}, image, "PLAT-06", "", ""},
		{"31 do not", tags(31, "#"), nil, []Target{ig}, image, "PLAT-06", post.SeverityBlock, "#flu"},
		{"31 on Facebook", tags(31, "#"), nil, []Target{fb}, image, "PLAT-06", "", ""},
		{"31 only in Facebook's variant", "Flu shots.", map[string]string{"fb": tags(31, "#")}, []Target{ig, fb}, image, "PLAT-06", "", ""},
		{"31 in Instagram's variant", "Flu shots.", map[string]string{"ig": tags(31, "#")}, []Target{ig, fb}, image, "PLAT-06", post.SeverityBlock, "#flu"},
		{"an HTML entity is no hashtag", strings.Repeat("&#39; ", 40), nil, []Target{ig}, image, "PLAT-06", "", ""},
		{"20 tags fit", tags(20, "@"), nil, []Target{ig}, image, "PLAT-06", "", ""},
		{"21 do not", tags(21, "@"), nil, []Target{ig}, image, "PLAT-06", post.SeverityBlock, "@flu"},
		{"e-mail addresses are no tags", strings.Repeat("a@b.example ", 25), nil, []Target{ig}, image, "PLAT-06", "", ""},
		{"no image on Instagram", "Flu shots this week.", nil, []Target{ig}, nil, "PLAT-07", post.SeverityBlock, ""},
		{"an image on Instagram", "Flu shots this week.", nil, []Target{ig}, image, "PLAT-07", "", ""},
		{"no image on Facebook", "Flu shots this week.", nil, []Target{fb}, nil, "PLAT-07", "", ""},
		{"a link on Instagram", "Book: https://clinic.example/book", nil, []Target{ig}, image, "PLAT-08", post.SeverityInfo, "https://clinic.example/book"},
		{"a link on Facebook", "Book: https://clinic.example/book", nil, []Target{fb}, image, "PLAT-08", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := c.Check(context.Background(), Draft{Text: tc.text, Variants: tc.variants, Channels: tc.channels, Media: tc.media})
			var got []post.Finding
			for _, f := range rep.Findings {
				if f.Rule == tc.rule {
					got = append(got, f)
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Fatalf("%s fired: %+v", tc.rule, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%s: %d findings, want 1: %+v", tc.rule, len(got), got)
			}
			f := got[0]
			text := tc.text
			if v, ok := tc.variants[f.Channel]; ok {
				text = v
			}
			if f.Severity != tc.want || f.Channel != "ig" || !strings.HasPrefix(text[f.Start:f.End], tc.match) {
				t.Errorf("%s: %+v, want %s on ig at %q", tc.rule, f, tc.want, tc.match)
			}
			if tc.rule == "PLAT-08" && !strings.Contains(f.Suggestion, "link in bio") {
				t.Errorf("PLAT-08 suggests %q, want the link in the bio", f.Suggestion)
			}
			if tc.want == post.SeverityBlock && rep.Verdict != post.VerdictBlock {
				t.Errorf("verdict %s with a blocking %s", rep.Verdict, tc.rule)
			}
		})
	}
}
