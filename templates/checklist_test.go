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
	chk := testChecker(t, "maplestreetfm.com")
	targets := []compliance.Target{target("x", "x"), target("facebook", "facebook"), target("linkedin", "linkedin")}
	lib := mustLoad(t)
	for _, tp := range lib.List() {
		t.Run(tp.Name, func(t *testing.T) {
			r, err := lib.Render(tp.Name, testPractice, varsFor(tp))
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			rep := chk.Check(context.Background(), compliance.Draft{
				Text:     r.TextFor(targets[1].Limit),
				Variants: map[string]string{"x": r.TextFor(targets[0].Limit)},
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

// testChecker is the checklist of the test practice, whose own domains are
// domains.
func testChecker(t *testing.T, domains ...string) *compliance.Checker {
	t.Helper()
	chk, err := compliance.New(compliance.Profile{
		PracticeName: testPractice.Name,
		State:        "IL",
		Phones:       []string{testPractice.Phone},
		Addresses:    []string{testPractice.Address},
		Domains:      domains,
		StaffNames:   []string{testVars["provider"]},
	})
	if err != nil {
		t.Fatalf("compliance.New: %v", err)
	}
	return chk
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

// channelKinds are the channel kinds a practice can post to (compliance
// Target.Kind).
var channelKinds = []string{"x", "facebook", "linkedin", "preview", "manual"}

// TestShippedTemplateVariantsPassAlone checks each variant of every shipped
// template on its own, as the only text of a draft, on every channel kind:
// staff may post either variant anywhere, and a variant must not lean on
// the other to pass (a check of the pair hid a short text's reading grade).
// The long text is too long for X by design; there it may only fail the
// length limit.
func TestShippedTemplateVariantsPassAlone(t *testing.T) {
	chk := testChecker(t, "maplestreetfm.com", "maplestreetfamilymedicine.com")
	lib := mustLoad(t)
	// The test practice, and one with the long links real booking systems
	// hand out: a link is not words a reader reads, and must not raise the
	// reading grade.
	longLinks := testPractice
	longLinks.BookingURL = "https://www.maplestreetfamilymedicine.com/online-scheduling/new-appointment"
	longLinks.Website = "https://www.maplestreetfamilymedicine.com"
	for _, tp := range lib.List() {
		for _, pr := range []Practice{testPractice, longLinks} {
			checkVariantsAlone(t, chk, lib, tp, pr)
		}
	}
}

// checkVariantsAlone checks each variant of template tp, rendered for pr,
// alone on every channel kind.
func checkVariantsAlone(t *testing.T, chk *compliance.Checker, lib *Library, tp Template, pr Practice) {
	t.Helper()
	r, err := lib.Render(tp.Name, pr, varsFor(tp))
	if err != nil {
		t.Fatalf("%s: Render: %v", tp.Name, err)
	}
	for _, v := range []struct{ name, text string }{{KindShort, r.Short}, {KindLong, r.Long}} {
		for _, kind := range channelKinds {
			rep := chk.Check(context.Background(), compliance.Draft{
				Text:     v.text,
				Channels: []compliance.Target{target(kind, kind)},
				Audience: tp.Audience,
				Now:      time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC),
			})
			var gating []post.Finding
			for _, f := range rep.Findings {
				if f.Severity == post.SeverityInfo || (f.Rule == "PLAT-01" && v.name == KindLong && kind == "x") {
					continue
				}
				gating = append(gating, f)
			}
			if len(gating) > 0 {
				t.Errorf("%s %s variant on %s (booking link %s): grade %.1f:\n%s", tp.Name, v.name, kind, pr.BookingURL, rep.Readability.Grade, describeFindings(gating))
			}
		}
	}
}
