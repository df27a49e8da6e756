package compliance

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Local only (not committed): misses of the new dev sets.
func TestZZNew(t *testing.T) {
	for _, d := range []string{"dev31", "dev32", "dev33", "dev34", "dev35"} {
		prof, cases := loadLabelled(t, "testdata/"+d)
		sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), func(k blindCase, rep Report) {
			if string(rep.Verdict) == k.Label {
				return
			}
			var got []string
			for _, f := range rep.Findings {
				if f.Severity != post.SeverityInfo {
					got = append(got, f.Rule+":"+string(f.Severity)+"="+f.Match)
				}
			}
			t.Logf("MISS %s %s/%s want %s got %s %v: %q (review %q)", k.ID, k.Family, k.Kind, k.Label, rep.Verdict, got, k.Text, k.Review)
		})
		t.Logf("%s", d)
		sc.log(t)
	}
}

// TestZZOne prints every finding for the texts in $ZZ (one per line) under set $ZZSET's practice.
func TestZZOne(t *testing.T) {
	set := os.Getenv("ZZSET")
	if set == "" {
		t.Skip()
	}
	prof, _ := loadLabelled(t, "testdata/"+set)
	c := rulesChecker(t, prof)
	if os.Getenv("ZZBS") != "" {
		c, _ = New(prof)
	}
	for _, line := range strings.Split(os.Getenv("ZZ"), "\n") {
		if line == "" {
			continue
		}
		rep := c.Check(context.Background(), Draft{Text: line, Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)})
		t.Logf("%s %q", rep.Verdict, line)
		for _, f := range rep.Findings {
			t.Logf("    %s:%s=%q %s", f.Rule, f.Severity, f.Match, f.Message)
		}
	}
}
