package compliance

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReportHashes is the equivalence harness for work that must not change
// a verdict or a finding (optimizations). With $REPORT_HASHES=<dir> it
// writes, per labelled set (the corpus, every testdata set with a
// practice.json, and the same texts under the corpus profile), one line
// per post with a hash of its reports: as posted, as an X variant of
// another post, and in capitals. Compare two runs by counting differing
// lines (diff a/x.txt b/x.txt | grep -c '^<'): counts only, so the blind
// sets are never read. Without the variable it is skipped: like
// TestSnapshot it is a tool, not an assertion.
func TestReportHashes(t *testing.T) {
	out := os.Getenv("REPORT_HASHES")
	if out == "" {
		t.Skip("set REPORT_HASHES=<dir> to write report hashes per labelled set")
	}
	if err := os.MkdirAll(out, 0o700); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	type set struct {
		name  string
		prof  Profile
		texts [][2]string
	}
	var sets []set
	var corpus [][2]string
	for _, k := range loadCorpus(t) {
		corpus = append(corpus, [2]string{k.Text, k.Review})
	}
	sets = append(sets, set{"corpus", testProfile(), corpus})
	dirs, _ := filepath.Glob("testdata/*/practice.json")
	for _, p := range dirs {
		dir := filepath.Dir(p)
		var prof Profile
		if filepath.Base(dir) == "blind2" {
			prof = blind2Profile(t, dir)
		} else {
			prof, _ = loadLabelled(t, dir)
		}
		cases := loadLabelledPosts(t, dir)
		var ts [][2]string
		for _, k := range cases {
			ts = append(ts, [2]string{k.Text, k.Review})
		}
		sets = append(sets, set{filepath.Base(dir), prof, ts})
		// the same texts under the corpus profile too
		sets = append(sets, set{filepath.Base(dir) + "-maple", testProfile(), ts})
	}
	for _, st := range sets {
		c, err := New(st.prof)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i, tx := range st.texts {
			other := st.texts[(i*7+3)%len(st.texts)][0]
			ds := []Draft{
				{Text: tx[0], ReviewText: tx[1], Channels: []Target{target("x", "x"), target("fb", "facebook")}},
				{Text: other, Variants: map[string]string{"x": tx[0]}, Channels: []Target{target("x", "x"), target("li", "linkedin"), target("site", "preview")}},
				{Text: strings.ToUpper(tx[0]), Channels: []Target{target("fb", "facebook")}},
			}
			h := sha256.New()
			for _, d := range ds {
				d.Now = now
				rep := c.Check(context.Background(), d)
				rep.Ruleset = "" // blind2Profile reads maps: its settings hash varies by run
				j, err := json.Marshal(rep)
				if err != nil {
					t.Fatal(err)
				}
				h.Write(j)
			}
			fmt.Fprintf(&b, "%d %s\n", i, hex.EncodeToString(h.Sum(nil))[:16])
		}
		if err := os.WriteFile(filepath.Join(out, st.name+".txt"), []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}
