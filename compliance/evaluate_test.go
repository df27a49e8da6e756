package compliance

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// testProfile is the fixed practice of the evaluation corpus and the golden
// files.
func testProfile() Profile {
	return Profile{
		PracticeName: "Maple Family Medicine",
		State:        "OH",
		Phones:       []string{"(614) 555-2368", "614-555-2369"},
		Addresses:    []string{"1200 Oak Street, Suite 4, Columbus, OH 43215"},
		Domains:      []string{"maplefamilymed.com"},
		StaffNames:   []string{"Dr. Anita Patel", "Dr. Marcus Greene", "Sarah Lopez, RN", "Kevin Tran"},
		Handles:      []string{"@maplefamilymed"},
	}
}

// corpusCase is one labelled post: the verdict and the rule ids of the
// warn and block findings a careful reviewer expects (info is not labelled).
type corpusCase struct {
	Text    string   `json:"text"`
	Review  string   `json:"review"`
	Verdict string   `json:"verdict"`
	Rules   []string `json:"rules"`
	Kind    string   `json:"kind"`
}

func loadCorpus(t *testing.T) []corpusCase {
	t.Helper()
	f, err := os.Open("testdata/corpus/posts.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("posts.jsonl line %d: %v", n, err)
		}
		out = append(out, c)
	}
	return out
}

func family(rule string) string { return rule[:strings.IndexByte(rule, '-')] }

type counts struct{ tp, fp, fn int }

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestEvaluate measures the checklist on the labelled corpus: precision and
// recall per rule family (over rule ids with warn or block findings), and
// the verdict figures the issue sets targets for.
func TestEvaluate(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	cases := loadCorpus(t)
	fam := map[string]*counts{}
	get := func(f string) *counts {
		if fam[f] == nil {
			fam[f] = &counts{}
		}
		return fam[f]
	}
	var blockTP, blockFP, cleanN, cleanPass, verdictOK int
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	for _, k := range cases {
		rep := c.Check(context.Background(), Draft{Text: k.Text, ReviewText: k.Review, Channels: []Target{target("x", "x"), target("fb", "facebook")}, Now: now})
		got := map[string]bool{}
		for _, f := range rep.Findings {
			if f.Severity != post.SeverityInfo {
				got[f.Rule] = true
			}
		}
		want := map[string]bool{}
		for _, r := range k.Rules {
			want[r] = true
		}
		for r := range got {
			if want[r] {
				get(family(r)).tp++
			} else {
				get(family(r)).fp++
			}
		}
		for r := range want {
			if !got[r] {
				get(family(r)).fn++
			}
		}
		if string(rep.Verdict) == k.Verdict {
			verdictOK++
		}
		if rep.Verdict == post.VerdictBlock {
			if k.Verdict == "block" {
				blockTP++
			} else {
				blockFP++
			}
		}
		if k.Verdict == "pass" {
			cleanN++
			if rep.Verdict == post.VerdictPass {
				cleanPass++
			}
		}
		if testing.Verbose() && (string(rep.Verdict) != k.Verdict || !equalKeys(got, want)) {
			t.Logf("MISMATCH kind=%s want %s %v got %s %v: %.90q", k.Kind, k.Verdict, keys(want), rep.Verdict, keys(got), k.Text)
		}
	}
	names := make([]string, 0, len(fam))
	for f := range fam {
		names = append(names, f)
	}
	sort.Strings(names)
	t.Logf("%d posts (%d clean)", len(cases), cleanN)
	t.Logf("%-8s %5s %5s %5s %9s %7s", "family", "tp", "fp", "fn", "precision", "recall")
	for _, f := range names {
		x := fam[f]
		t.Logf("%-8s %5d %5d %5d %9.3f %7.3f", f, x.tp, x.fp, x.fn, x.precision(), x.recall())
	}
	blockPrec := ratio(blockTP, blockTP+blockFP)
	cleanRate := ratio(cleanPass, cleanN)
	t.Logf("verdict accuracy %.3f; block-verdict precision %.3f (%d/%d); clean posts passing %.3f (%d/%d)",
		ratio(verdictOK, len(cases)), blockPrec, blockTP, blockTP+blockFP, cleanRate, cleanPass, cleanN)
	if r := get("PRIV").recall(); r < 0.98 {
		t.Errorf("privacy recall %.3f, want >= 0.98", r)
	}
	if blockPrec < 0.95 {
		t.Errorf("block-verdict precision %.3f, want >= 0.95", blockPrec)
	}
	if cleanRate < 0.95 {
		t.Errorf("clean posts passing %.3f, want >= 0.95", cleanRate)
	}
	if len(cases) < 300 {
		t.Errorf("corpus has %d posts, want at least 300", len(cases))
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func equalKeys(a, b map[string]bool) bool { return slices.Equal(keys(a), keys(b)) }
