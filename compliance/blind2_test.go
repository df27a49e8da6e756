package compliance

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// The second blind set (testdata/blind2) was written on 2026-12-04 by a
// helper that had read neither the rules, their code, the first blind set
// nor the dev set, for a different invented practice (orthopedics and
// physical therapy in New Mexico) with its own practice.json layout. Like
// the first set it is never tuned on: this test prints aggregate figures
// only and never a per-item verdict.

// blind2Practice is the layout its author chose for practice.json.
type blind2Practice struct {
	Name       string   `json:"name"`
	ShortNames []string `json:"short_names"`
	State      string   `json:"state"`
	Town       string   `json:"town"`
	Locations  []struct {
		Address string `json:"address"`
		Phone   string `json:"phone"`
	} `json:"locations"`
	Phones  map[string]string `json:"phones"`
	Domains []string          `json:"domains"`
	Staff   []struct {
		Full string `json:"full"`
	} `json:"staff"`
	Handles   map[string]any      `json:"handles"`
	Community map[string][]string `json:"community"`
}

// blind2Profile turns the set's practice.json into the Profile a practice
// would configure: staff by their full names only (the checklist derives
// the short forms), every phone and address, the handles that are
// @handles, and the town and every community name, also without a
// parenthesised nickname ("Piñon Wells High School (Coyotes)").
func blind2Profile(t *testing.T, dir string) Profile {
	t.Helper()
	raw, err := os.ReadFile(dir + "/practice.json")
	if err != nil {
		t.Fatal(err)
	}
	var bp blind2Practice
	if err := json.Unmarshal(raw, &bp); err != nil {
		t.Fatalf("practice.json: %v", err)
	}
	prof := Profile{PracticeName: bp.Name, State: bp.State, Domains: bp.Domains}
	for _, l := range bp.Locations {
		prof.Addresses = append(prof.Addresses, l.Address)
		prof.Phones = append(prof.Phones, l.Phone)
	}
	for _, p := range bp.Phones {
		prof.Phones = append(prof.Phones, p)
	}
	for _, s := range bp.Staff {
		prof.StaffNames = append(prof.StaffNames, s.Full)
	}
	for _, h := range bp.Handles {
		if s, ok := h.(string); ok && strings.HasPrefix(s, "@") {
			prof.Handles = append(prof.Handles, s)
		}
	}
	prof.CommunityNames = append(prof.CommunityNames, bp.Town)
	prof.CommunityNames = append(prof.CommunityNames, bp.ShortNames...)
	for _, names := range bp.Community {
		for _, n := range names {
			prof.CommunityNames = append(prof.CommunityNames, n)
			if i := strings.Index(n, " ("); i > 0 {
				prof.CommunityNames = append(prof.CommunityNames, n[:i])
			}
		}
	}
	return prof
}

func TestBlind2(t *testing.T) {
	const dir = "testdata/blind2"
	prof := blind2Profile(t, dir)
	cases := loadLabelledPosts(t, dir)
	if len(cases) < 300 {
		t.Errorf("blind2 set has %d posts, want at least 300", len(cases))
	}
	if len(prof.StaffNames) == 0 || len(prof.Phones) == 0 || len(prof.CommunityNames) < 2 {
		t.Fatalf("blind2 practice.json read no staff, phones or community names: %+v", prof)
	}
	// Aggregates only: never pass a per-item callback for this set.
	sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), nil)
	t.Logf("blind2 set: %d posts", len(cases))
	sc.log(t)
	// Floors, not targets. First measurement on 2026-12-04, before any
	// rule change that could have seen the set: recall 0.845, 10 blocks
	// passed, clean 0.724, block precision 0.724. At the end of that
	// session's rule work (tuned on the dev set only): 0.864, 8, 0.735,
	// 0.747; the floors sit just under those.
	// At 20:00 the same day, after tuning on dev2-dev4 only: 0.882, 8,
	// 0.806, 0.788; the floors rose to just under those.
	// Issue 11's targets are recall 0.97, no block passed, clean 0.93 and
	// block precision 0.90.
	// At 22:50 (main ad8fe7a), after tuning on dev2-dev6 only: 0.891, 7,
	// 0.818, 0.800. On 2026-12-05 at 01:45 (main 5d093b7), after tuning
	// on dev2-dev8 only and checking posts too long for X on Facebook
	// alone (af023d0): 0.909, 5, 0.829, 0.821.
	// The session of 2026-12-05 03:00-05:00 (main c6873a1), which tuned on
	// dev2-dev12 only and added the learned backstop PRIV-16 (trained on
	// corpus and dev-dev12, never a blind set): 0.945, 4, 0.841, 0.837 (floors one post under).
	// On 2026-12-05 at 07:30 PRIV-16's features stopped reading the rules'
	// findings (chosen by leave-one-set-out cross-validation on the dev
	// sets, which it improved; see docs/COMPLIANCE.md), and the model was
	// trained on dev13-dev16 too. Over blind1-blind7 that change is about
	// even (more caught on blind4-blind7, fewer on blind1 and blind2): this
	// set fell 0.945 -> 0.918, and the floor with it.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.918/5/0.853/0.848 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.936/4/0.853/0.841 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.955/3/0.847/0.841 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.973/1/0.853/0.850 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.973/1/0.853/0.852 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.973/1/0.853/0.861 (floors one post under, never lowered).
	checkBlindFloors(t, sc.fig, blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.84, blockPrecision: 0.85})
	sc.logFamilies(t)
}
