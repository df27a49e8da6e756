package templates

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// TestShippedTemplatesPassChecklist renders every shipped template for the
// test practice and runs it through the real checklist with X, Facebook and
// LinkedIn as targets: the short text is X's variant, the long text the body.
// Every template must come out with verdict pass (info findings allowed),
// and its X text must fit.
func TestShippedTemplatesPassChecklist(t *testing.T) {
	chk, err := compliance.New(compliance.Profile{
		PracticeName: testPractice.Name,
		State:        "IL",
		Phones:       []string{testPractice.Phone},
		Addresses:    []string{testPractice.Address},
		Domains:      []string{"maplestreetfm.com"},
		StaffNames:   []string{testVars["provider"]},
	})
	if err != nil {
		t.Fatalf("compliance.New: %v", err)
	}
	targets := []compliance.Target{{ID: "x", Kind: "x"}, {ID: "facebook", Kind: "facebook"}, {ID: "linkedin", Kind: "linkedin"}}
	lib := mustLoad(t)
	for _, tp := range lib.List() {
		t.Run(tp.Name, func(t *testing.T) {
			r, err := lib.Render(tp.Name, testPractice, varsFor(tp))
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			rep := chk.Check(context.Background(), compliance.Draft{
				Text:     r.TextFor("facebook"),
				Variants: map[string]string{"x": r.TextFor("x")},
				Channels: targets,
				Audience: tp.Audience,
				Now:      time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC),
			})
			if rep.Verdict != post.VerdictPass {
				t.Errorf("verdict %s (grade %.1f):\n%s", rep.Verdict, rep.Readability.Grade, describeFindings(rep.Findings))
			}
			if fit := rep.Channels["x"]; !fit.Fits {
				t.Errorf("X text does not fit: %d of %d", fit.WeightedLength, fit.Limit)
			}
		})
	}
}

// describeFindings lists the findings that gate posting, one a line.
func describeFindings(fs []post.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		if f.Severity == post.SeverityInfo {
			continue
		}
		fmt.Fprintf(&b, "  %s %s [%s] %q: %s\n", f.Severity, f.Rule, f.Channel, f.Match, f.Message)
	}
	return b.String()
}
