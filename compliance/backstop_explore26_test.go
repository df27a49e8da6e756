package compliance

import (
	"flag"
	"slices"
	"testing"
)

// Session 26's PRIV-16 measurements (learn26): a wider vocabulary of care,
// written from the kind before any set was read (backstop/care.txt, its
// commit fba3e77), in place of learn25's careWords25, which was written
// after reading the training sets' blocks.
//
// -backstop-explore26=LIST cross-validates each variant of LIST by leaving
// one of sets154 out, prints report's figures, dumps the probabilities
// under EXPLORE_DUMP and lists base's blocks passed; then, when the
// session's held-out sets (forward26Sets) are in the repository, it trains
// on all of sets154 and scores them at the variant's own threshold,
// printing aggregates only. -backstop-forward26=variant=thr,... does the
// forward part alone at the given thresholds.
//
//   - "care26": a word of care26 is also read as <HEALTH>, alone and paired
//     with its neighbours, as a word of the health data is (the shipped
//     extractor with one change, through backstopFeaturesWith).
//   - "carecls26": a word of care26 that the health data lacks is read as
//     its own class <CARE>, alone and paired: the model may weigh the lay
//     words ("shot", "physical", "meds") apart from the clinical ones.
//   - "nhcare26": learn25's nhcare (<EVENT>, and <NH> for a post with no
//     word of care) with care26 in place of careWords25.

// Measured at session 26 on df7ab54 (docs/COMPLIANCE.md, "The learned
// backstop"; threshold / blocks passed / pooled clean over sets154, forward
// blocks passed / clean flagged on dev154+dev155): base 0.795 / 33 /
// 0.9654, 0 / 2; care26 0.783 / 28 / 0.9647, 0 / 2; carecls26 0.786 / 31 /
// 0.9646, 0 / 2; nhcare26 0.778 / 31 / 0.9645, 0 / 1. care26 met the
// decision rule fixed beforehand and ships in backstopHealthWord; the
// others stay here.

var exploreBackstop26 = flag.String("backstop-explore26", "", "comma list of PRIV-16 variants (exploreVariants) to cross-validate over sets154 and score forward on dev154 and dev155 (backstop_explore26_test.go)")

var exploreForward26 = flag.String("backstop-forward26", "", "comma list of variant=threshold: train on sets154 and score dev154 and dev155 at that threshold, aggregates only (backstop_explore26_test.go)")

// sets154 are every set readable at session 26's start: backstopSets as
// it stood then (140 sets), dev136 and dev137 and dev142-dev153. Session
// 26's retrain put those fourteen into backstopSets together with
// dev156-dev161, so sets154 is backstopSets without the six sets written
// in session 26 (TestExplorerSetsDistinct).
var sets154 = slices.DeleteFunc(slices.Clone(backstopSets), func(d string) bool {
	return slices.Contains([]string{"testdata/dev156", "testdata/dev157", "testdata/dev158",
		"testdata/dev159", "testdata/dev160", "testdata/dev161"}, d)
})

// forward26Sets are the sets held out for session 26's forward check.
var forward26Sets = []string{"testdata/dev154", "testdata/dev155"}

// care26 is backstop/care.txt as a set. Since the care26 variant ships
// (backstopHealthWord reads these words as <HEALTH>), base and care26 are
// the same features; the figures in docs/COMPLIANCE.md were taken before,
// on df7ab54, when base read the health data alone.
var care26 = backstopCareWords

func init() {
	exploreVariants["care26"] = func(s *scan, emit func(string)) {
		backstopFeaturesWith(s, emit, func(term string) (backstopSigns, bool) { return 0, care26[term] })
	}
	exploreVariants["carecls26"] = func(s *scan, emit func(string)) {
		extraClassFeaturesAt(s, emit, func(_ int, c termClass, term string) string {
			if c == asWord && care26[term] && !backstopHealthDataWord(term) {
				return "<CARE>"
			}
			return ""
		})
	}
	exploreVariants["nhcare26"] = func(s *scan, emit func(string)) { noHealthFeatures(s, emit, true, true, care26) }
}

func TestBackstopExplore26(t *testing.T) {
	if *exploreBackstop26 == "" && *exploreForward26 == "" {
		t.Skip("-backstop-explore26 not set")
	}
	exploreAndForward(t, "-backstop-forward26", *exploreBackstop26, *exploreForward26, sets154, forward26Sets)
}

// TestCareFeatures26: a word of care the health data lacks ("bedrest",
// "bypass", Spanish "urgencias", Somali "baaritaanka") is read as
// <HEALTH> by care26 and as <CARE> by carecls26; staff news with no word
// of care gets neither, and nhcare26 gives it <NH>.
func TestCareFeatures26(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []struct {
		text string
		care bool // a word of care the health data lacks
	}{
		{"Welcome back, Tomas! Two weeks of bedrest after his bypass.", true},
		{"Felicidades a Lupe, salió de urgencias y ya está mejorándose.", true},
		{"Hooyadeed baaritaanka ayay maanta gashay.", true},
		{"Congrats to Dr. Ruiz on her wedding in Manila, the whole team is thrilled for her!", false},
		{"Our front desk lead is off Friday for her son's soccer game.", false},
	} {
		d := Draft{Text: k.text}
		got := map[string]map[string]bool{}
		s := c.newScan(&d, d.Text, "")
		dataHealth := false // a word the health data holds by itself
		for i := range s.toks {
			dataHealth = dataHealth || s.toks[i].kind == tokWord && backstopHealthDataWord(s.toks[i].low)
		}
		for _, v := range []string{"care26", "carecls26", "nhcare26"} {
			got[v] = map[string]bool{}
			exploreVariants[v](s, func(f string) { got[v][f] = true })
		}
		s.release()
		moreHealth := got["care26"]["u <HEALTH>"] && !dataHealth
		if moreHealth != k.care || got["carecls26"]["u <CARE>"] != k.care || got["nhcare26"]["u <NH>"] == k.care {
			t.Errorf("%q: care26 new <HEALTH> %v, carecls26 <CARE> %v, nhcare26 <NH> %v; want a word of care %v",
				k.text, moreHealth, got["carecls26"]["u <CARE>"], got["nhcare26"]["u <NH>"], k.care)
		}
	}
	for _, w := range []string{"post-op", "hearing-aid", "Surgery"} {
		if care26[w] {
			t.Errorf("care26 holds %q, which the tokenizer never yields as one lower-case word", w)
		}
	}
}
