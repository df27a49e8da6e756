package compliance

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// The blind set (testdata/blind) was written by someone who had not read the
// rules or their code, for an invented practice. It measures how the
// checklist holds on text it has never seen. Never tune on it: do not read
// its items to change a rule. This test prints aggregate figures only.

type blindPractice struct {
	PracticeName   string   `json:"practice_name"`
	State          string   `json:"state"`
	Town           string   `json:"town"`
	Phones         []string `json:"phones"`
	Addresses      []string `json:"addresses"`
	Domains        []string `json:"domains"`
	StaffNames     []string `json:"staff_names"`
	Handles        []string `json:"handles"`
	CommunityNames []string `json:"community_names"`
}

type blindCase struct {
	ID     string `json:"id"`
	Family string `json:"family"`
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Review string `json:"review"`
	Label  string `json:"label"`
}

func loadBlind(t *testing.T) (Profile, []blindCase) {
	t.Helper()
	return loadLabelled(t, "testdata/blind")
}

// loadLabelled reads a labelled set of the blind set's layout from dir:
// practice.json and posts.jsonl.
func loadLabelled(t testing.TB, dir string) (Profile, []blindCase) {
	t.Helper()
	raw, err := os.ReadFile(dir + "/practice.json")
	if err != nil {
		t.Fatal(err)
	}
	var bp blindPractice
	if err := json.Unmarshal(raw, &bp); err != nil {
		t.Fatalf("practice.json: %v", err)
	}
	prof := Profile{
		PracticeName: bp.PracticeName,
		State:        bp.State,
		Phones:       bp.Phones,
		Addresses:    bp.Addresses,
		Domains:      bp.Domains,
		StaffNames:   bp.StaffNames,
		Handles:      bp.Handles,
		// The town is a community name too (config: community_names).
		CommunityNames: append(append([]string{}, bp.CommunityNames...), bp.Town),
	}
	return prof, loadLabelledPosts(t, dir)
}

// loadLabelledPosts reads dir/posts.jsonl, one labelled case a line.
func loadLabelledPosts(t testing.TB, dir string) []blindCase {
	t.Helper()
	f, err := os.Open(dir + "/posts.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []blindCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c blindCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("posts.jsonl line %d: %v", n, err)
		}
		switch c.Label {
		case "pass", "review", "block":
		default:
			t.Fatalf("posts.jsonl line %d: label %q", n, c.Label)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// blindFigures are the measures on a labelled set.
type blindFigures struct {
	privacyRecall    float64 // privacy and reply posts labelled review/block that the checklist did not pass
	blockedAsPass    int     // privacy and reply posts labelled block that got a plain pass
	cleanPassing     float64 // posts labelled pass that the checklist passed
	blockPrecision   float64 // of the posts the checklist blocked, the share labelled block
	verdictAgreement float64
}

func TestBlind(t *testing.T) {
	prof, cases := loadBlind(t)
	if len(cases) < 300 {
		t.Errorf("blind set has %d posts, want at least 300", len(cases))
	}
	// Aggregates only: never pass a per-item callback for this set.
	sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), nil)
	fig := sc.fig
	t.Logf("blind set: %d posts", len(cases))
	sc.log(t)
	// Floors, not targets: just under the figures measured on 2026-12-04
	// at the end of the fourth wave (recall 0.891, 12 blocks passed, clean
	// 0.928, block precision 0.844; measured twice in that wave, never
	// tuned on), so a change that loses ground on unseen text fails here.
	// Issue 11's targets (recall 0.97, no block passed, clean 0.93, block
	// precision 0.90) are not met yet; raise a floor only when a change
	// that was not tuned on this set lifts the figure. Part of the
	// precision gap is policy: CLAIM-01 blocks guarantees the set labels
	// review (docs/COMPLIANCE.md).
	// Raised on 2026-12-04 at 20:00, after a session tuned on dev2-dev4
	// only: 0.922, 8, 0.958, 0.913; and at 22:50 (main ad8fe7a), after
	// tuning on dev2-dev6 only: 0.946, 5, 0.958, 0.925. On 2026-12-05 at
	// 01:45 (main 5d093b7), after tuning on dev2-dev8 only and checking
	// posts too long for X on Facebook alone (af023d0): 0.961, 3, 0.976,
	// 0.941.
	// The session of 2026-12-05 03:00-05:00 (main c6873a1), which tuned on
	// dev2-dev12 only and added the learned backstop PRIV-16 (trained on
	// corpus and dev-dev12, never a blind set): 0.984, 1, 0.982, 0.941.
	// The floors leave one post of room: retraining PRIV-16 after a rule
	// change elsewhere moved a blind set by one post twice that session.
	// On 2026-12-05 at 07:30 PRIV-16's features stopped reading the rules'
	// findings (chosen by cross-validation on the dev sets; blind2_test.go
	// says more): this set fell 0.992/0 -> 0.969/2, and the floor with it.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.969/2/0.982/0.948 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.984/1/0.982/0.949 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.984/1/0.982/0.942 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.992/0/0.982/0.942 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.992/0/0.982/0.949 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.992/0/0.982/0.955 (floors one post under, never lowered).
	checkBlindFloors(t, fig, blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.94})
	logInSampleSideBySide(t)
	sc.logFamilies(t)
}

// labelledScore is the measures on a labelled set, with the counts
// behind them, per family and as a confusion table.
type labelledScore struct {
	fig                                                     blindFigures
	privN, privCaught, cleanN, cleanPass, blockTP, blockAll int
	// policyBlocks are posts labelled review that the checker blocked
	// only by CLAIM-01 (a guarantee, "painless", "cures <disease>"): the
	// shared COMPLIANCE.md decides those block, the writers' label policy
	// review (docs/COMPLIANCE.md records the disagreement).
	policyBlocks int
	fams         map[string]*famCount
	confusion    map[[2]string]int // {label, verdict}
}

type famCount struct{ n, flagged, agree int }

// scoreLabelled checks every case with a checker for prof and counts the
// measures. each, when not nil, sees every case and its report (for a set
// we may read; never for the blind set).
func scoreLabelled(t *testing.T, prof Profile, cases []blindCase, now time.Time, each func(k blindCase, rep Report)) labelledScore {
	t.Helper()
	c, err := New(prof)
	if err != nil {
		t.Fatal(err)
	}
	sc := labelledScore{fams: map[string]*famCount{}, confusion: map[[2]string]int{}}
	var blockedAsPass, agree int
	for _, k := range cases {
		rep := c.Check(context.Background(), Draft{
			Text:       k.Text,
			ReviewText: k.Review,
			Channels:   labelledChannels(k.Text),
			Now:        now,
		})
		if each != nil {
			each(k, rep)
		}
		verdict := string(rep.Verdict)
		sc.confusion[[2]string{k.Label, verdict}]++
		fc := sc.fams[k.Family]
		if fc == nil {
			fc = &famCount{}
			sc.fams[k.Family] = fc
		}
		fc.n++
		if verdict != string(post.VerdictPass) && k.Label != "pass" {
			fc.flagged++
		}
		if verdict == k.Label {
			fc.agree++
			agree++
		}
		if (k.Family == "privacy" || k.Family == "reply") && k.Label != "pass" {
			sc.privN++
			if verdict != string(post.VerdictPass) {
				sc.privCaught++
			} else if k.Label == "block" {
				blockedAsPass++
			}
		}
		if k.Label == "pass" {
			sc.cleanN++
			if verdict == string(post.VerdictPass) {
				sc.cleanPass++
			}
		}
		if verdict == string(post.VerdictBlock) {
			sc.blockAll++
			if k.Label == "block" {
				sc.blockTP++
			} else if k.Label == "review" && onlyBlockRule(rep, "CLAIM-01") {
				sc.policyBlocks++
			}
		}
	}
	sc.fig = blindFigures{
		privacyRecall:    ratio(sc.privCaught, sc.privN),
		blockedAsPass:    blockedAsPass,
		cleanPassing:     ratio(sc.cleanPass, sc.cleanN),
		blockPrecision:   ratio(sc.blockTP, sc.blockAll),
		verdictAgreement: ratio(agree, len(cases)),
	}
	return sc
}

// onlyBlockRule reports whether rule gave every block finding of rep.
func onlyBlockRule(rep Report, rule string) bool {
	n := 0
	for _, f := range rep.Findings {
		if f.Severity == post.SeverityBlock {
			if f.Rule != rule {
				return false
			}
			n++
		}
	}
	return n > 0
}

// log prints the measures.
func (sc labelledScore) log(t *testing.T) {
	t.Helper()
	t.Logf("privacy recall (privacy+reply labelled review/block, not passed): %.3f (%d/%d)", sc.fig.privacyRecall, sc.privCaught, sc.privN)
	t.Logf("privacy/reply posts labelled block that got pass: %d", sc.fig.blockedAsPass)
	t.Logf("clean posts passing: %.3f (%d/%d)", sc.fig.cleanPassing, sc.cleanPass, sc.cleanN)
	t.Logf("block precision: %.3f (%d/%d)", sc.fig.blockPrecision, sc.blockTP, sc.blockAll)
	t.Logf("block precision counting the %d CLAIM-01 blocks of posts labelled review as agreed (the shared file's decision): %.3f",
		sc.policyBlocks, ratio(sc.blockTP+sc.policyBlocks, sc.blockAll))
	t.Logf("verdict agreement: %.3f", sc.fig.verdictAgreement)
}

// logFamilies prints agreement per family and the confusion table.
func (sc labelledScore) logFamilies(t *testing.T) {
	t.Helper()
	names := make([]string, 0, len(sc.fams))
	for f := range sc.fams {
		names = append(names, f)
	}
	sort.Strings(names)
	t.Logf("%-12s %5s %18s %10s", "family", "posts", "flagged(of unsafe)", "agreement")
	for _, f := range names {
		x := sc.fams[f]
		t.Logf("%-12s %5d %18d %10.3f", f, x.n, x.flagged, ratio(x.agree, x.n))
	}
	for _, l := range []string{"pass", "review", "block"} {
		t.Logf("label %-6s -> pass %3d  review %3d  block %3d", l,
			sc.confusion[[2]string{l, "pass"}], sc.confusion[[2]string{l, "review"}], sc.confusion[[2]string{l, "block"}])
	}
}

// logInSampleSideBySide prints the same measures on the in-sample corpus
// (the text the rules were written against), so the two can be read side by
// side. A corpus post counts as privacy when a reviewer expects a PRIV or
// REV finding on it.
func logInSampleSideBySide(t *testing.T) {
	t.Helper()
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	var privN, privCaught, blockedAsPass, cleanN, cleanPass, blockTP, blockAll int
	for _, k := range loadCorpus(t) {
		rep := c.Check(context.Background(), Draft{Text: k.Text, ReviewText: k.Review, Channels: []Target{target("x", "x"), target("fb", "facebook")}, Now: now})
		privacy := false
		for _, r := range k.Rules {
			if f := family(r); f == "PRIV" || f == "REV" {
				privacy = true
			}
		}
		if privacy && k.Verdict != "pass" {
			privN++
			if rep.Verdict != post.VerdictPass {
				privCaught++
			} else if k.Verdict == "block" {
				blockedAsPass++
			}
		}
		if k.Verdict == "pass" {
			cleanN++
			if rep.Verdict == post.VerdictPass {
				cleanPass++
			}
		}
		if rep.Verdict == post.VerdictBlock {
			blockAll++
			if k.Verdict == "block" {
				blockTP++
			}
		}
	}
	t.Logf("in-sample corpus, same measures: privacy recall %.3f (%d/%d); blocks passed %d; clean passing %.3f (%d/%d); block precision %.3f (%d/%d)",
		ratio(privCaught, privN), privCaught, privN, blockedAsPass, ratio(cleanPass, cleanN), cleanPass, cleanN, ratio(blockTP, blockAll), blockTP, blockAll)
}

// labelledChannels are the channels a labelled post is checked for: X and
// Facebook when it fits X's 280 weighted characters, Facebook alone when it
// does not. A writer's long LinkedIn-style post or long review reply was
// written for a network that takes it; queued to X it would block on
// length (PLAT-01, tested on its own), which says nothing about whether its
// words are safe, and that is all a label judges.
func labelledChannels(text string) []Target {
	x, fb := target("x", "x"), target("fb", "facebook")
	if fit, _ := measure(x, "", text); fit.WeightedLength > x.Limit {
		return []Target{fb}
	}
	return []Target{x, fb}
}

func TestOnlyBlockRule(t *testing.T) {
	find := func(rule string, sev post.Severity) post.Finding { return post.Finding{Rule: rule, Severity: sev} }
	tests := []struct {
		name     string
		findings []post.Finding
		want     bool
	}{
		{"no findings", nil, false},
		{"only a warn of the rule", []post.Finding{find("CLAIM-01", post.SeverityWarn)}, false},
		{"one block of the rule", []post.Finding{find("CLAIM-01", post.SeverityBlock), find("CLAIM-02", post.SeverityWarn)}, true},
		{"another rule blocks too", []post.Finding{find("CLAIM-01", post.SeverityBlock), find("PRIV-10", post.SeverityBlock)}, false},
		{"only another rule blocks", []post.Finding{find("MIS-01", post.SeverityBlock)}, false},
	}
	for _, tt := range tests {
		if got := onlyBlockRule(Report{Findings: tt.findings}, "CLAIM-01"); got != tt.want {
			t.Errorf("%s: onlyBlockRule = %v, want %v", tt.name, got, tt.want)
		}
	}
}
