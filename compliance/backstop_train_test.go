package compliance

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// This file is the backstop's trainer (backstop.go). go generate runs
// TestBackstopModel with -update-backstop, which trains on the sets below
// and writes backstop/model.txt; without the flag the test trains again
// and fails unless the result is the committed file, byte for byte, so the
// weights cannot be edited by hand and never go stale against the sets.

var updateBackstop = flag.Bool("update-backstop", false, "retrain the PRIV-16 model and rewrite backstop/model.txt")

// keepThreshold lets a land script retrain the weights in one training
// rather than the ten cross-validation takes to choose a threshold: the
// lead's go generate and CI's TestBackstopCrossValidation still choose and
// check the threshold.
var keepThreshold = flag.Bool("keep-threshold", false, "with -update-backstop, keep the committed threshold instead of cross-validating for one")

// backstopSets are the labelled sets the model learns from: the sets rule
// authors may read. A blind set never: loadTrainingSet refuses one.
var backstopSets = []string{"testdata/corpus", "testdata/dev", "testdata/dev2", "testdata/dev3", "testdata/dev4",
	"testdata/dev5", "testdata/dev6", "testdata/dev7", "testdata/dev8", "testdata/dev9", "testdata/dev10", "testdata/dev11", "testdata/dev12", "testdata/dev13", "testdata/dev14", "testdata/dev15", "testdata/dev16", "testdata/dev17", "testdata/dev18",
	"testdata/dev19", "testdata/dev20", "testdata/dev21", "testdata/dev22", "testdata/dev23",
	"testdata/dev24", "testdata/dev25", "testdata/dev26", "testdata/dev27",
	"testdata/dev28", "testdata/dev29", "testdata/dev30", "testdata/dev31", "testdata/dev32", "testdata/dev33",
	"testdata/dev34", "testdata/dev35", "testdata/dev36", "testdata/dev37", "testdata/dev38", "testdata/dev39",
	"testdata/dev40", "testdata/dev41", "testdata/dev42", "testdata/dev43", "testdata/dev44", "testdata/dev45",
	"testdata/dev46", "testdata/dev47", "testdata/dev48", "testdata/dev49", "testdata/dev50", "testdata/dev51", "testdata/dev52",
	"testdata/dev53", "testdata/dev54", "testdata/dev55", "testdata/dev56", "testdata/dev57",
	"testdata/dev58", "testdata/dev59", "testdata/dev60",
	"testdata/dev61", "testdata/dev62", "testdata/dev63", "testdata/dev64", "testdata/dev65", "testdata/dev66", "testdata/dev67", "testdata/dev68", "testdata/dev69",
	// Added at 04:40 on 2026-12-06 after their held-out figures (main 3ccd8d2,
	// rules alone -> + backstop): dev70 0.941/3/0.888/0.913 -> 0.990/0/0.880/0.913,
	// dev71 0.949/3/0.944/0.903 -> 1.000/0/0.929/0.903, dev72 0.930/6/0.882/0.848 ->
	// 0.990/1/0.874/0.848.
	"testdata/dev70", "testdata/dev71", "testdata/dev72",
	// Added at 06:30 on 2026-12-06 after their held-out figures (main d7e8dc9,
	// rules alone -> + backstop): dev73 0.881/6/0.871/0.919 -> 0.931/4/0.855/0.919,
	// dev74 0.910/7/0.926/0.908 -> 0.970/1/0.917/0.908, dev75
	// 0.920/8/0.901/0.860 -> 0.990/1/0.901/0.860, dev76 0.860/12/0.967/0.854
	// -> 0.930/6/0.950/0.854, dev77 0.900/8/0.967/0.909 -> 0.960/2/0.967/0.909.
	"testdata/dev73", "testdata/dev74", "testdata/dev75", "testdata/dev76", "testdata/dev77",
	// Added at 09:45 on 2026-12-06 after their held-out figures (main ca448d1,
	// rules alone -> + backstop): dev78 0.870/8/0.983/0.905 -> 0.980/1/0.983/0.905,
	// dev79 0.910/7/0.950/0.954 -> 0.970/3/0.950/0.954 (both released after
	// session 15's forward check), dev80 0.910/6/0.942/0.896 ->
	// 0.960/2/0.926/0.896, dev81 0.880/7/0.934/0.944 -> 0.950/1/0.934/0.944,
	// dev82 0.940/6/0.959/0.922 -> 0.990/1/0.950/0.922. dev83 and dev84 stay
	// out while they are held out for the forward check (0.900/8/0.901/0.821
	// -> 0.950/3/0.901/0.821 and 0.870/10/0.959/0.937 -> 0.950/3/0.959/0.937).
	"testdata/dev78", "testdata/dev79", "testdata/dev80", "testdata/dev81", "testdata/dev82",
	// Added at 12:50 on 2026-12-06 after their held-out figures (main
	// 49169a4, rules alone -> + backstop): dev83 0.930/6/0.901/0.826 ->
	// 0.960/3/0.901/0.826 and dev84 0.880/9/0.959/0.947 ->
	// 0.950/3/0.959/0.947 (both released after session 16's forward check),
	// dev85 0.950/4/0.967/0.921 -> 0.990/1/0.967/0.921, dev86
	// 0.950/3/0.959/0.911 -> 0.970/2/0.959/0.911, dev87 0.960/3/0.942/0.899
	// -> 1.000/0/0.942/0.899. dev88 and dev89 stay out while they are held
	// out for the forward check (0.950/3/0.909/0.858 -> 1.000/0/0.909/0.858
	// and 0.910/6/0.967/0.894 -> 0.950/2/0.950/0.894). Session 18 added
	// dev88-dev91 after their held-out figures were recorded on its rules
	// (a2f92c8): dev88 0.970/1/0.983/0.952 -> 1.000/0/0.983/0.952, dev89
	// 0.990/0/0.992/0.945 -> 0.990/0/0.983/0.945, dev90 0.970/1/0.967/0.922
	// -> 0.990/0/0.967/0.922, dev91 0.960/1/0.967/0.923 ->
	// 0.980/0/0.967/0.923; dev92 and dev93 stay out, held out for its
	// forward check. Session 19 added dev92-dev95 after their held-out
	// figures were recorded on its rules (1394c57, rules alone -> +
	// backstop): dev92 0.960/3/1.000/0.961 -> 1.000/0/1.000/0.961, dev93
	// 0.920/4/1.000/0.962 -> 0.980/0/1.000/0.962 (both released after
	// session 18's forward check), dev94 0.980/2/0.967/0.902 ->
	// 1.000/0/0.967/0.902, dev95 0.940/4/0.975/0.936 -> 0.990/1/0.975/0.936;
	// dev96 and dev97 stay out, held out for its forward check.
	"testdata/dev83", "testdata/dev84", "testdata/dev85", "testdata/dev86", "testdata/dev87",
	"testdata/dev88", "testdata/dev89", "testdata/dev90", "testdata/dev91",
	"testdata/dev92", "testdata/dev93", "testdata/dev94", "testdata/dev95",
	// Added at 22:10 on 2026-12-06 (session 20) after their held-out figures
	// on the session's rules (main 6995ee5, rules alone -> + backstop):
	// dev96 0.960/2/0.959/0.951 -> 1.000/0/0.959/0.951 and dev97
	// 0.930/5/0.992/0.959 -> 0.980/1/0.975/0.959 (session 19's held-out
	// sets, released), dev98 0.960/2/0.967/0.913 -> 0.980/0/0.959/0.913,
	// dev99 0.950/4/0.934/0.925 -> 0.980/1/0.934/0.925, dev100
	// 0.950/4/0.983/0.940 -> 0.990/1/0.983/0.940, dev101
	// 0.950/3/0.959/0.923 -> 1.000/0/0.959/0.923; and the sets written
	// this session mainly as training text, read by no one before they
	// joined: dev104 0.920/5/0.967/0.919 -> 0.970/2/0.967/0.919, dev105
	// 0.910/5/0.983/0.947 -> 0.970/1/0.983/0.947, dev106
	// 0.940/5/0.934/0.923 -> 0.990/0/0.917/0.923, dev107
	// 0.920/6/0.950/0.918 -> 0.940/4/0.950/0.918, dev108
	// 0.900/7/0.975/0.908 -> 0.960/2/0.959/0.908, dev109
	// 0.920/3/0.950/0.897 -> 0.990/0/0.934/0.897, dev110
	// 0.940/6/0.983/0.902 -> 0.990/1/0.983/0.902, dev111
	// 0.960/4/0.909/0.932 -> 1.000/0/0.901/0.932, dev112
	// 0.960/3/0.958/0.913 -> 0.990/0/0.950/0.913, dev113
	// 0.950/5/0.983/0.930 -> 0.980/2/0.975/0.930. dev102 and dev103 stay out
	// while they are held out for the forward check.
	"testdata/dev96", "testdata/dev97", "testdata/dev98", "testdata/dev99", "testdata/dev100", "testdata/dev101",
	"testdata/dev104", "testdata/dev105", "testdata/dev106", "testdata/dev107", "testdata/dev108",
	"testdata/dev109", "testdata/dev110", "testdata/dev111", "testdata/dev112", "testdata/dev113",
	// Added at 01:25 on 2026-12-07 (session 21) after their held-out figures
	// on main 37de7c8 (rules alone -> + backstop trained on the 112 sets
	// above): dev102 0.960/2/0.934/0.955 -> 0.980/0/0.926/0.955, dev103
	// 0.980/1/0.967/0.933 -> 1.000/0/0.958/0.933 (both read this session),
	// dev114 0.930/4 -> 0.960/2/0.884/0.917, dev115 0.910/6 ->
	// 0.960/2/0.967/0.958, dev116 0.870/10 -> 0.960/2/0.967/0.917, dev117
	// 0.940/3 -> 0.970/0/0.950/0.969 (read this session), and ten sets no
	// engineer read: dev120 0.960/3 -> 1.000/0/0.959/0.924, dev121 0.930/6
	// -> 0.980/1/0.909/0.935, dev122 0.960/2 -> 0.980/0/0.926/0.949, dev123
	// 0.940/6 -> 0.990/1/0.983/0.951, dev124 0.960/1 -> 0.970/0/0.942/0.945,
	// dev125 0.920/5 -> 0.970/2/0.950/0.960, dev126 0.930/5 ->
	// 0.960/2/0.975/0.957, dev127 0.860/8 -> 0.940/0/0.926/0.960, dev128
	// 0.980/2 -> 1.000/0/0.983/0.952, dev129 0.950/5 -> 1.000/0/0.983/0.948.
	// dev118 and dev119 stay out: the forward check of session 21.
	"testdata/dev102", "testdata/dev103", "testdata/dev114", "testdata/dev115", "testdata/dev116", "testdata/dev117",
	"testdata/dev120", "testdata/dev121", "testdata/dev122", "testdata/dev123", "testdata/dev124", "testdata/dev125",
	"testdata/dev126", "testdata/dev127", "testdata/dev128", "testdata/dev129",
	// Added at 04:10 on 2026-12-07 (session 22) after their held-out
	// figures (rules alone -> + backstop trained on the 128 sets above):
	// dev118 0.900/9 -> 0.990/0/0.959/0.947 and dev119 0.950/4 ->
	// 1.000/0/0.950/0.969 on dddaf9e (session 21's forward check, read
	// from session 22), and four sets written at session 22's start as
	// training text, read by no engineer, on dddaf9e: dev132 0.930/3 ->
	// 0.980/1/0.959/0.941, dev133 0.920/4 -> 0.980/1/0.975/0.960, dev134
	// 0.980/2 -> 0.990/1/0.975/0.979, dev135 0.890/10 -> 0.960/3/0.950/0.944.
	// dev130 and dev131 stay out: the forward check of session 22.
	"testdata/dev118", "testdata/dev119", "testdata/dev132", "testdata/dev133", "testdata/dev134", "testdata/dev135",
	// Added at 07:20 on 2026-12-07 (session 23) after their held-out
	// figures on 26fddaa (rules alone -> + backstop trained on the 134 sets
	// above): dev130 0.940/1 -> 0.970/0/0.926/0.950 and dev131 0.960/1 ->
	// 0.970/0/0.959/0.971 (session 22's forward check, read from session
	// 23), and four sets written at session 23's start as training text,
	// read by no engineer: dev138 0.920/6 -> 0.960/3/0.959/0.979, dev139
	// 0.980/1 -> 1.000/0/0.942/0.980, dev140 0.950/4 -> 1.000/0/0.983/0.957,
	// dev141 0.960/2 -> 0.990/0/0.975/1.000. dev136 and dev137 stay out: the
	// forward check of session 23.
	"testdata/dev130", "testdata/dev131", "testdata/dev138", "testdata/dev139", "testdata/dev140", "testdata/dev141",
	// Added at session 26's end (2026-12-07) after their held-out figures
	// on the session's final rules (recorded in dev_test.go): dev136,
	// dev137, dev142, dev143, dev148 and dev149 (the forward checks of
	// sessions 23-25, each read from the session after its check), and
	// twelve sets written as training text and read by no engineer until
	// their release: dev144-dev147 (session 24), dev150-dev153 (session
	// 25), and dev156-dev161 (session 26, still unread). dev154 and dev155
	// stay out: the forward check of session 26. Shipped by the retrain
	// gate session 26 adopted before measuring (docs, "The learned
	// backstop").
	"testdata/dev136", "testdata/dev137", "testdata/dev142", "testdata/dev143", "testdata/dev144", "testdata/dev145",
	"testdata/dev146", "testdata/dev147", "testdata/dev148", "testdata/dev149", "testdata/dev150", "testdata/dev151",
	"testdata/dev152", "testdata/dev153", "testdata/dev156", "testdata/dev157", "testdata/dev158", "testdata/dev159",
	"testdata/dev160", "testdata/dev161"}

// Training settings. minItems prunes features seen in fewer training items
// (a word one writer used twice says nothing of the next writer); lambda is
// the L2 penalty; the optimizer runs a fixed number of full-batch steps.
// blockWeight counts a post labelled block that much more than another in
// the loss: a block let through with a plain pass is the miss a clinic
// feels, and weighting them taught the model more of them
// (cross-validation: docs/COMPLIANCE.md, "The learned backstop").
const (
	minItems    = 3
	blockWeight = 3
	lambda      = 1e-4
	trainSteps  = 300
	learnRate   = 0.05
	// The backstop may cost at most one clean post in eighty. A block let
	// through is published with no doctor seeing it; a clean post held
	// costs a doctor a minute. Cross-validated over 53 sets, a budget of
	// 0.01 left 32 blocks passed at clean 0.947 and 0.0125 left 21 at
	// 0.944 (0.015: 19 at 0.939), the knee of the curve
	// (docs/COMPLIANCE.md, "The learned backstop").
	maxCleanAvg = 0.0125 // the most the mean clean-passing share may drop across left-out sets
	maxCleanOne = 0.0375 // ... and on any one left-out set
)

// trainItem is one labelled post with what the trainer needs of it.
type trainItem struct {
	set, id string
	family  string // privacy, reply, clean, ... (the corpus's: privacy or other)
	label   string // pass, review, block
	rules   post.Verdict
	feats   []string // the backstop's features, each once, sorted
	// order is feats in the order backstopFeatures first names them, and
	// shippedP the shipped model's score of the text, for
	// TestBackstopScoreCountsEveryFeature.
	order    []string
	shippedP float64
}

// target is the item's training label: 1 for a privacy or reply post that
// must be reviewed or blocked, 0 for a post that may pass, -1 (skipped)
// for another family's problem, which the backstop is not about.
func (it *trainItem) target() int {
	switch {
	case it.label == "pass":
		return 0
	case it.family == "privacy" || it.family == "reply":
		return 1
	}
	return -1
}

var errBlindSet = errors.New("a blind set is never trained on")

// loadTrainingCases reads a labelled set the backstop may learn from, with
// the practice and the date its labels were written for. The corpus is
// written for the test practice and has no practice.json; its family is
// the rules a reviewer expects.
func loadTrainingCases(t *testing.T, dir string) (Profile, []blindCase, time.Time) {
	t.Helper()
	if _, err := os.Stat(dir + "/practice.json"); err == nil {
		prof, cases := loadLabelled(t, dir)
		return prof, cases, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	}
	var cases []blindCase
	for i, k := range loadCorpus(t) {
		fam := "other"
		for _, r := range k.Rules {
			if f := family(r); f == "PRIV" || f == "REV" {
				fam = "privacy"
			}
		}
		cases = append(cases, blindCase{ID: fmt.Sprintf("corpus-%03d", i+1), Family: fam, Text: k.Text, Review: k.Review, Label: k.Verdict})
	}
	return testProfile(), cases, time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
}

// loadTrainingSet reads a labelled set, checks each post with the rules
// alone and gathers its features. It refuses a blind set: their figures
// say how the checklist holds on text nobody tuned on, and a model that
// had read them would make them say nothing.
func loadTrainingSet(t *testing.T, dir string) ([]trainItem, error) {
	t.Helper()
	if isBlindSet(dir) {
		return nil, fmt.Errorf("%s: %w", dir, errBlindSet)
	}
	prof, cases, now := loadTrainingCases(t, dir)
	c, err := New(prof)
	if err != nil {
		return nil, err
	}
	c.backstop = nil // the rules' own verdict
	items := make([]trainItem, 0, len(cases))
	for _, k := range cases {
		d := Draft{Text: k.Text, ReviewText: k.Review, Channels: labelledChannels(k.Text), Now: now}
		rep := c.Check(context.Background(), d)
		s := c.newScan(&d, d.Text, "")
		var order []string
		feats := map[string]bool{}
		backstopFeatures(s, func(f string) {
			if !feats[f] {
				feats[f] = true
				order = append(order, f)
			}
		})
		shipped := shippedBackstop.score(s)
		s.release()
		items = append(items, trainItem{set: filepath.Base(dir), id: k.ID, family: k.Family, label: k.Label, rules: rep.Verdict,
			feats: slices.Sorted(maps.Keys(feats)), order: order, shippedP: shipped})
	}
	return items, nil
}

// isBlindSet reports whether dir is a blind set however its path is
// written: the folder's own name after cleaning ("testdata/blind6/." is
// blind6, not ".") and after following links (a link named "extra" to a
// blind set is that set).
func isBlindSet(dir string) bool {
	names := []string{filepath.Clean(dir)}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		names = append(names, real)
	}
	for _, n := range names {
		if strings.HasPrefix(strings.ToLower(filepath.Base(n)), "blind") {
			return true
		}
	}
	return false
}

// loadTrainingSets loads dirs in order.
func loadTrainingSets(t *testing.T, dirs []string) [][]trainItem {
	t.Helper()
	var sets [][]trainItem
	for _, d := range dirs {
		items, err := loadTrainingSet(t, d)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, items)
	}
	return sets
}

// trained is a model as the trainer holds it: features by name.
type trained struct {
	bias     float64
	features []string // sorted
	weights  []float64
	index    map[string]int
}

// train fits logistic regression with an L2 penalty to the items with a
// target, over the features seen in at least minItems of them. It is
// deterministic: features in sorted order, items in the order given,
// full-batch steps of Adam from zero weights, no randomness.
func train(items []trainItem) *trained { return trainWith(items, shippedTraining) }

// trainOptions are the settings train uses; TestBackstopExplore measures
// others through trainWith.
type trainOptions struct {
	minItems    int     // a feature must be seen in this many training posts
	minSets     int     // ... and in this many training sets (0 or 1: any)
	blockWeight float64 // a post labelled block's weight in the loss
	lambda      float64 // the L2 penalty
	// balanceSets weighs each training set the same in the loss (its
	// posts' weights scaled by the mean set size over its own), so a
	// large set's writer does not set the scores of the next writer's
	// clean posts.
	balanceSets bool
}

// shippedTraining are the shipped settings.
var shippedTraining = trainOptions{minItems: minItems, blockWeight: blockWeight, lambda: lambda}

// trainWith is train with the settings o.
func trainWith(items []trainItem, o trainOptions) *trained {
	count := map[string]int{}
	var used []*trainItem
	for i := range items {
		if items[i].target() < 0 {
			continue
		}
		used = append(used, &items[i])
		for _, f := range items[i].feats {
			count[f]++
		}
	}
	// sets counts the training sets each feature is seen in, when a
	// feature must be seen in more than one.
	var sets map[string]int
	if o.minSets > 1 {
		sets = map[string]int{}
		last := map[string]string{}
		for _, it := range used {
			for _, f := range it.feats {
				if last[f] != it.set {
					last[f] = it.set
					sets[f]++
				}
			}
		}
	}
	m := &trained{index: map[string]int{}}
	for f, n := range count {
		if n >= o.minItems && (sets == nil || sets[f] >= o.minSets) {
			m.features = append(m.features, f)
		}
	}
	sort.Strings(m.features)
	for i, f := range m.features {
		m.index[f] = i
	}
	xs := make([][]int32, len(used))
	ys := make([]float64, len(used))
	ws := make([]float64, len(used)) // each item's weight in the loss
	perSet := map[string]int{}
	for _, it := range used {
		perSet[it.set]++
	}
	var total float64
	for k, it := range used {
		for _, f := range it.feats {
			if i, ok := m.index[f]; ok {
				xs[k] = append(xs[k], int32(i))
			}
		}
		ys[k] = float64(it.target())
		ws[k] = 1
		if it.label == "block" {
			ws[k] = o.blockWeight
		}
		if o.balanceSets {
			ws[k] *= float64(len(used)) / float64(len(perSet)) / float64(perSet[it.set])
		}
		total += ws[k]
	}
	n := len(m.features) + 1 // the last weight is the bias
	w := make([]float64, n)
	grad := make([]float64, n)
	mom, vel := make([]float64, n), make([]float64, n)
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	inv := 1 / total
	for step := 1; step <= trainSteps; step++ {
		clear(grad)
		for k, x := range xs {
			z := w[n-1]
			for _, i := range x {
				z += w[i]
			}
			// d(log loss)/dz; explicit conversions keep each product
			// rounded, so no platform fuses them and changes the bits.
			g := float64(float64(1/(1+math.Exp(-z)))-ys[k]) * ws[k]
			for _, i := range x {
				grad[i] += g
			}
			grad[n-1] += g
		}
		for i := range grad {
			grad[i] = float64(grad[i]*inv) + float64(o.lambda*w[i])
		}
		grad[n-1] -= float64(o.lambda * w[n-1]) // the bias is not penalized
		c1 := 1 - math.Pow(beta1, float64(step))
		c2 := 1 - math.Pow(beta2, float64(step))
		for i := range w {
			mom[i] = float64(beta1*mom[i]) + float64((1-beta1)*grad[i])
			vel[i] = float64(beta2*vel[i]) + float64((1-beta2)*float64(grad[i]*grad[i]))
			w[i] -= float64(learnRate*(mom[i]/c1)) / (math.Sqrt(vel[i]/c2) + eps)
		}
	}
	m.weights, m.bias = w[:n-1], w[n-1]
	return m
}

// prob is the model's probability for an item's features.
func (m *trained) prob(feats []string) float64 {
	z := m.bias
	for _, f := range feats {
		if i, ok := m.index[f]; ok {
			z += m.weights[i]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// setFigures are issue 11's figures on one set, for rules alone and for
// rules with the backstop at a threshold.
type setFigures struct {
	privN, caught, blocksPassed, cleanN, cleanPass, blocked, blockedRight int
}

func (f setFigures) recall() float64 { return ratio(f.caught, f.privN) }
func (f setFigures) clean() float64  { return ratio(f.cleanPass, f.cleanN) }
func (f setFigures) prec() float64   { return ratio(f.blockedRight, f.blocked) }

// figures scores items at threshold thr, where p holds each item's
// probability (nil: the rules alone).
func figures(items []trainItem, p []float64, thr float64) setFigures {
	var f setFigures
	for k, it := range items {
		v := it.rules
		if v == post.VerdictPass && p != nil && p[k] >= thr {
			v = post.VerdictReview
		}
		if (it.family == "privacy" || it.family == "reply") && it.label != "pass" {
			f.privN++
			if v != post.VerdictPass {
				f.caught++
			} else if it.label == "block" {
				f.blocksPassed++
			}
		}
		if it.label == "pass" {
			f.cleanN++
			if v == post.VerdictPass {
				f.cleanPass++
			}
		}
		if v == post.VerdictBlock {
			f.blocked++
			if it.label == "block" {
				f.blockedRight++
			}
		}
	}
	return f
}

// crossValidate trains once per set on all the others and scores the set
// left out: the probabilities each item gets from a model that never saw
// its set.
func crossValidate(sets [][]trainItem) [][]float64 {
	out := make([][]float64, len(sets))
	for k := range sets {
		var rest []trainItem
		for j := range sets {
			if j != k {
				rest = append(rest, sets[j]...)
			}
		}
		m := train(rest)
		for _, it := range sets[k] {
			out[k] = append(out[k], m.prob(it.feats))
		}
	}
	return out
}

// thresholds are the ones cross-validation chooses among: 0.300 to
// 0.999 in steps of 0.001. The chosen one sits high (0.95-0.97), where a
// step of 0.01 is a third of a unit of the model's log-odds and moved the
// flagged share by whole posts per set: a step of 0.001 lets the choice
// spend the clean-passing budget (maxCleanAvg) rather than stop short of
// it or, after a retraining, jump past a step it had just met.
func thresholds() []float64 {
	out := make([]float64, 0, 700)
	for k := 300; k <= 999; k++ {
		out = append(out, float64(k)/1000)
	}
	return out
}

// chooseThreshold returns the lowest threshold (the most recall) at which
// the left-out sets' clean-passing share drops by at most maxCleanAvg on
// average and maxCleanOne on any set, against the rules alone.
func chooseThreshold(sets [][]trainItem, probs [][]float64) float64 {
	return chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne)
}

// chooseThresholdBudget is chooseThreshold for another clean budget: avg
// on average and one on any set (TestBackstopExplore's budget table).
func chooseThresholdBudget(sets [][]trainItem, probs [][]float64, avg, one float64) float64 {
	for _, thr := range thresholds() {
		var sum, worst float64
		for k, items := range sets {
			drop := figures(items, nil, 0).clean() - figures(items, probs[k], thr).clean()
			sum += drop
			worst = max(worst, drop)
		}
		if sum/float64(len(sets)) <= avg && worst <= one {
			return thr
		}
	}
	return 1
}

// writeModel renders the model file.
func writeModel(m *trained, thr float64, sets [][]trainItem, names []string) []byte {
	var b bytes.Buffer
	var n, pos int
	for _, items := range sets {
		for i := range items {
			if y := items[i].target(); y >= 0 {
				n++
				pos += y
			}
		}
	}
	fmt.Fprintf(&b, "# PRIV-16 backstop: logistic regression (L2 %g, %d full-batch Adam steps, posts labelled block weighted %d) over term classes and words, alone and in pairs.\n", lambda, trainSteps, blockWeight)
	fmt.Fprintf(&b, "# Trained on %s: %d posts (%d privacy or reply posts labelled review or block, %d labelled pass).\n", strings.Join(names, ", "), n, pos, n-pos)
	fmt.Fprintf(&b, "# Features seen in at least %d training posts. Threshold by leave-one-set-out cross-validation.\n", minItems)
	b.WriteString("# Generated: do not edit. Regenerate with `go generate ./compliance` (TestBackstopModel checks it).\n")
	fmt.Fprintf(&b, "bias %.4f\nthreshold %.3f\n", m.bias, thr)
	for i, f := range m.features {
		w := math.Round(m.weights[i]*1e4) / 1e4
		if w == 0 {
			continue // a feature that says nothing costs a slot for nothing
		}
		fmt.Fprintf(&b, "%s %.4f\n", f, w)
	}
	return b.Bytes()
}

// backstopModelFile trains on backstopSets and returns the model file with
// threshold thr, or when thr is 0 the one cross-validation chooses.
func backstopModelFile(t *testing.T, thr float64) []byte {
	t.Helper()
	sets := loadTrainingSets(t, backstopSets)
	if thr == 0 {
		thr = chooseThreshold(sets, crossValidate(sets))
	}
	var all []trainItem
	for _, items := range sets {
		all = append(all, items...)
	}
	var names []string
	for _, d := range backstopSets {
		names = append(names, filepath.Base(d))
	}
	return writeModel(train(all), thr, sets, names)
}

// TestBackstopModel retrains the model from the committed sets and
// requires the committed file; with -update-backstop it writes the file,
// with the threshold cross-validation chooses. Without it the committed
// threshold is kept (cross-validating costs ten trainings):
// TestBackstopCrossValidation checks it is the one chosen.
func TestBackstopModel(t *testing.T) {
	const path = "backstop/model.txt"
	if *updateBackstop {
		thr := 0.0
		if *keepThreshold {
			thr = shippedBackstop.threshold
		}
		data := backstopModelFile(t, thr)
		// A file the package cannot parse would panic at init in every
		// binary that imports it: refuse to write one.
		if _, err := parseBackstop(data); err != nil {
			t.Fatalf("the trained model does not load: %v", err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := backstopModelFile(t, shippedBackstop.threshold)
	if !bytes.Equal(got, backstopData) {
		t.Fatalf("%s is not what the committed sets train: run go generate ./compliance (and never edit the file by hand)", path)
	}
}

// TestBackstopCrossValidation prints, for each set left out of training,
// issue 11's figures with the rules alone and with the backstop at the
// chosen threshold, and requires the committed model's threshold to be
// the one cross-validation chooses.
func TestBackstopCrossValidation(t *testing.T) {
	sets := loadTrainingSets(t, backstopSets)
	probs := crossValidate(sets)
	thr := chooseThreshold(sets, probs)
	t.Logf("threshold %.3f (lowest with mean clean drop <= %.3f, any set <= %.3f)", thr, maxCleanAvg, maxCleanOne)
	t.Logf("%-7s %5s | %-26s | %-26s", "left out", "posts", "rules alone: rec/bp/clean/prec", "+ backstop: rec/bp/clean/prec")
	var before, after setFigures
	for k, items := range sets {
		b, a := figures(items, nil, 0), figures(items, probs[k], thr)
		t.Logf("%-8s %5d | %.3f %3d %.3f %.3f | %.3f %3d %.3f %.3f", items[0].set, len(items),
			b.recall(), b.blocksPassed, b.clean(), b.prec(), a.recall(), a.blocksPassed, a.clean(), a.prec())
		for _, f := range []struct {
			into *setFigures
			from setFigures
		}{{&before, b}, {&after, a}} {
			f.into.privN += f.from.privN
			f.into.caught += f.from.caught
			f.into.blocksPassed += f.from.blocksPassed
			f.into.cleanN += f.from.cleanN
			f.into.cleanPass += f.from.cleanPass
			f.into.blocked += f.from.blocked
			f.into.blockedRight += f.from.blockedRight
		}
	}
	t.Logf("%-8s %5s | %.3f %3d %.3f %.3f | %.3f %3d %.3f %.3f", "all", "", before.recall(), before.blocksPassed, before.clean(), before.prec(),
		after.recall(), after.blocksPassed, after.clean(), after.prec())
	if shippedBackstop.threshold != thr {
		t.Errorf("the shipped model's threshold is %.3f, cross-validation chooses %.3f: run go generate ./compliance", shippedBackstop.threshold, thr)
	}
}

// TestBackstopHeldOut prints issue 11's figures, rules alone and with the
// shipped backstop, on every development set the model was not trained
// on (aggregates only: a new set is held out for a while): the model's
// figures on text neither it nor, at first, the rules have seen.
func TestBackstopHeldOut(t *testing.T) {
	dirs, err := filepath.Glob("testdata/dev*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if slices.Contains(backstopSets, dir) {
			continue
		}
		items, err := loadTrainingSet(t, dir)
		if err != nil {
			t.Fatal(err)
		}
		probs := make([]float64, len(items))
		for k, it := range items {
			probs[k] = it.shippedP
		}
		b, a := figures(items, nil, 0), figures(items, probs, shippedBackstop.threshold)
		t.Logf("%-6s %4d posts, held out of training: rules alone %.3f/%d/%.3f/%.3f, + backstop %.3f/%d/%.3f/%.3f (recall/blocks passed/clean/block precision)",
			filepath.Base(dir), len(items), b.recall(), b.blocksPassed, b.clean(), b.prec(), a.recall(), a.blocksPassed, a.clean(), a.prec())
	}
}
