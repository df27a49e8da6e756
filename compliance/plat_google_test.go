package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGoogleRules: PLAT-01's limit, PLAT-03 and PLAT-04 on Google channels,
// and nothing of them elsewhere. The rules follow the Target's properties,
// which the kind registers, not the kind's name.
func TestGoogleRules(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	g := target("gbp", "google")
	fb := target("fb", "facebook")
	// Another network with Google's rules, and a "google" kind without them.
	other := Target{ID: "gbp", Kind: "elsewhere", Network: "Elsewhere", NoPhoneInText: true, CallButton: "its CALL button", LinkButton: "OPEN"}
	bare := Target{ID: "gbp", Kind: "google"}
	cases := []struct {
		name     string
		text     string
		variants map[string]string
		channels []Target
		rule     string
		want     post.Severity // "" when the rule must not fire
		match    string        // the finding's text, in the channel's text
	}{
		{"a phone number on Google", "Flu shots this week. Call (312) 555-0100 to book.", nil, []Target{g}, "PLAT-03", post.SeverityBlock, "(312) 555-0100"},
		{"the practice's number still counts", "Questions? 312-555-0100.", nil, []Target{g}, "PLAT-03", post.SeverityBlock, "312-555-0100"},
		{"an international number", "Call +1 312 555 0100 today.", nil, []Target{g}, "PLAT-03", post.SeverityBlock, "+1 312 555 0100"},
		{"a phone number on Facebook only", "Call (312) 555-0100 to book.", nil, []Target{fb}, "PLAT-03", "", ""},
		{"a date is not a phone number", "Clinic on 2026-12-03 from 9 to 5, room 12.", nil, []Target{g}, "PLAT-03", "", ""},
		{"the number only in another channel's variant", "Flu shots this week.", map[string]string{"fb": "Call (312) 555-0100."}, []Target{g, fb}, "PLAT-03", "", ""},
		{"the number in Google's variant", "Flu shots this week.", map[string]string{"gbp": "Flu shots: call (312) 555-0100."}, []Target{g, fb}, "PLAT-03", post.SeverityBlock, "(312) 555-0100"},
		{"a link on Google", "Book online: https://clinic.example/book", nil, []Target{g}, "PLAT-04", post.SeverityInfo, "https://clinic.example/book"},
		{"a link on Facebook", "Book online: https://clinic.example/book", nil, []Target{fb}, "PLAT-04", "", ""},
		{"a phone number where the kind forbids it", "Call (312) 555-0100 to book.", nil, []Target{other}, "PLAT-03", post.SeverityBlock, "(312) 555-0100"},
		{"a phone number on a kind named google without the rule", "Call (312) 555-0100 to book.", nil, []Target{bare}, "PLAT-03", "", ""},
		{"a link where the kind puts links in a button", "Book online: https://clinic.example/book", nil, []Target{other}, "PLAT-04", post.SeverityInfo, "https://clinic.example/book"},
		{"a link on a kind named google without the rule", "Book online: https://clinic.example/book", nil, []Target{bare}, "PLAT-04", "", ""},
		{"1,500 characters fit Google", strings.Repeat("a", 1500), nil, []Target{g}, "PLAT-01", "", ""},
		{"1,501 do not", strings.Repeat("a", 1501), nil, []Target{g}, "PLAT-01", post.SeverityBlock, "a"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := c.Check(context.Background(), Draft{Text: tc.text, Variants: tc.variants, Channels: tc.channels})
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
			if f.Severity != tc.want || f.Channel != "gbp" || !strings.HasPrefix(text[f.Start:f.End], tc.match) {
				t.Errorf("%s: %+v, want %s on gbp at %q", tc.rule, f, tc.want, tc.match)
			}
			if tc.rule == "PLAT-03" && !strings.Contains(f.Suggestion, "CALL button") {
				t.Errorf("PLAT-03 suggestion %q does not offer the CALL button", f.Suggestion)
			}
			if tc.rule != "PLAT-01" {
				network := tc.channels[0].Network
				if !strings.HasPrefix(f.Message, network+" ") {
					t.Errorf("%s message %q does not name the network %q", tc.rule, f.Message, network)
				}
			}
		})
	}
}
