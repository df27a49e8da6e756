package compliance

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestContentWarningRule: PLAT-05 suggests a content warning for a health
// topic on a channel whose network offers one (a Target property, whatever
// the kind's name), on the text that channel gets, and says nothing once
// the channel has a warning.
func TestContentWarningRule(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	cw := Target{ID: "md", Kind: "any-network", ContentWarnings: true}
	plain := Target{ID: "fb", Kind: "facebook"}
	cases := []struct {
		name     string
		text     string
		variants map[string]string
		warnings map[string]string
		channels []Target
		want     []string // the channels PLAT-05 names, with the matched word after "="
	}{
		{"health topic, no warning", "Flu shots this week at the clinic.", nil, nil, []Target{cw, plain}, []string{"md=Flu"}},
		{"with a warning", "Flu shots this week at the clinic.", nil, map[string]string{"md": "Health: flu"}, []Target{cw}, nil},
		{"no health topic", "We are closed on Monday for the holiday.", nil, nil, []Target{cw}, nil},
		{"a network without warnings", "Flu shots this week at the clinic.", nil, nil, []Target{plain}, nil},
		{"the topic only in another channel's text", "We are closed on Monday.", map[string]string{"fb": "Flu shots too."}, nil, []Target{cw, plain}, nil},
		{"the topic in the channel's own text", "We are closed on Monday.", map[string]string{"md": "Closed Monday; flu shots Tuesday."}, nil, []Target{cw, plain}, []string{"md=flu"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := c.Check(context.Background(), Draft{Text: tc.text, Variants: tc.variants, ContentWarnings: tc.warnings, Channels: tc.channels})
			var got []string
			for _, f := range rep.Findings {
				if f.Rule != "PLAT-05" {
					continue
				}
				if f.Severity != post.SeverityInfo {
					t.Errorf("severity %s, want info", f.Severity)
				}
				got = append(got, f.Channel+"="+f.Match)
			}
			if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
				t.Errorf("PLAT-05 findings %v, want %v", got, tc.want)
			}
		})
	}
}

// TestContentWarningCounts: where the network counts the warning with the
// text (Mastodon), PLAT-01 does too, and the overflow still points into
// the text.
func TestContentWarningCounts(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	count := func(text string, max int) (int, int) { // one per byte: ASCII here
		if max > 0 && len(text) > max {
			return len(text), max
		}
		return len(text), len(text)
	}
	cw := Target{ID: "md", Kind: "any-network", Limit: 20, Measure: count, ContentWarnings: true}
	plain := Target{ID: "fb", Kind: "other", Limit: 20, Measure: count}
	text := "Closed on Monday." // 17
	warnings := map[string]string{"md": "Clinic news", "fb": "Clinic news"}
	rep := c.Check(context.Background(), Draft{Text: text, ContentWarnings: warnings, Channels: []Target{cw, plain}})
	if fit := rep.Channels["md"]; fit.WeightedLength != 28 || fit.Fits {
		t.Errorf("md with its warning: %+v, want 28 and over", fit)
	}
	if fit := rep.Channels["fb"]; fit.WeightedLength != 17 || !fit.Fits {
		t.Errorf("fb, whose network shows no warning: %+v", fit)
	}
	var found bool
	for _, f := range rep.Findings {
		if f.Rule == "PLAT-01" && f.Channel == "md" {
			found = true
			if f.Start != 9 || f.Match != text[9:] {
				t.Errorf("PLAT-01 spans %d-%d %q, want from byte 9 of the text", f.Start, f.End, f.Match)
			}
		}
	}
	if !found {
		t.Error("no PLAT-01 on md")
	}
}
