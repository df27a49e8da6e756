package compliance

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// rulesAloneSets names dev sets whose privacy and reply posts the rules
// alone let through. On a set the backstop was not trained on, those are
// the kinds of text the rules have never met: the backstop catches most of
// them, and the rest pass. Rule engineers read them to find kinds to build.
var rulesAloneSets = flag.String("rules-alone", "", "comma list of dev sets (dev80,dev81) whose privacy and reply posts labelled review or block the rules alone pass")

func TestRulesAloneMisses(t *testing.T) {
	if *rulesAloneSets == "" {
		t.Skip("-rules-alone not set")
	}
	for _, name := range strings.Split(*rulesAloneSets, ",") {
		dir := "testdata/" + strings.TrimSpace(name)
		if isHeldOut(dir) {
			t.Fatalf("%s is held out for a forward check: its items are not printed", dir)
		}
		items, err := loadTrainingSet(t, dir)
		if err != nil {
			t.Fatal(err)
		}
		cases := casesByID(t, dir)
		for _, it := range items {
			if it.rules != post.VerdictPass || it.target() != 1 {
				continue
			}
			k := cases[it.id]
			caught := "caught by PRIV-16"
			if it.shippedP < shippedBackstop.threshold {
				caught = "PASSES"
			}
			t.Logf("%s %s/%s want %s, rules pass, p=%.3f %s :: %s || review: %s", it.id, it.family, k.Kind, it.label, it.shippedP, caught, k.Text, k.Review)
		}
	}
}

// isHeldOut reports whether dir is a dev set held out for a forward check.
func isHeldOut(dir string) bool {
	i := slices.IndexFunc(devSets, func(s devSet) bool { return s.dir == dir })
	return i >= 0 && devSets[i].heldOut
}

// casesByID reads a labelled set's posts keyed by id.
func casesByID(t *testing.T, dir string) map[string]blindCase {
	t.Helper()
	_, cases, _ := loadTrainingCases(t, dir)
	byID := make(map[string]blindCase, len(cases))
	for _, k := range cases {
		byID[k.ID] = k
	}
	return byID
}
