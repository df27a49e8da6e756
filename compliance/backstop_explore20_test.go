package compliance

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// Session 20's PRIV-16 measurements (docs/COMPLIANCE.md, "The learned
// backstop", the t20model bullet), run through TestBackstopExplore:
//
//   - "timesplit" trains on the sets written before session 19 (corpus,
//     dev ... dev91), chooses the threshold by leave-one-set-out
//     cross-validation on them at the fixed budget, and scores dev92-dev97,
//     written later by writers nobody briefed on the rules: the split that
//     mimics the next writer best.
//   - "curve20" is a learning curve by training-set count: a fixed
//     8-set test group per draw (disjoint across draws), and nested
//     training draws of 30, 50, 70 and 90 of the other read sets, the
//     threshold chosen by grouped 10-fold cross-validation on the training
//     draw (leave-one-set-out on 90 sets for each of 16 models was too
//     slow for a shared machine).
//   - the subword variants below read a lower-case word no list holds
//     (subwordUnknown) by its pieces, for the names and conditions of a
//     language our lists lack.

func init() {
	exploreVariants["ngram"] = func(s *scan, emit func(string)) { ngramFeatures(s, emit, 2048) }
	exploreVariants["unk"] = unknownClassFeatures
	exploreVariants["suffix"] = suffixClassFeatures
}

// subwordUnknown reports whether token i (read as class c) is a word no
// list of the package holds: read as its own text, no everyday English
// word (names.IsWord), no name of the name data, no health word and no
// sign word, of at least minRunes letters.
func (s *scan) subwordUnknown(i int, c termClass, minRunes int) bool {
	t := &s.toks[i]
	if c != asWord || t.kind != tokWord || utf8.RuneCountInString(t.low) < minRunes {
		return false
	}
	if signOfWord[t.low] != 0 || backstopHealthWord(t.low) || names.IsWord(t.low) {
		return false
	}
	if f, sur := names.Strengths(t.low); f != names.None || sur != names.None {
		return false
	}
	for _, r := range t.low {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// ngramFeatures is backstopFeatures with each unknown word (4 letters or
// more) also read as the hashed character 3-, 4- and 5-grams of "^word$",
// buckets of them, alone: "abuelita" and "abuelo" share "^abu", "abue";
// "tuberculose" and "tuberculosis" share most of theirs.
func ngramFeatures(s *scan, emit func(string), buckets uint64) {
	backstopFeatures(s, emit)
	var rs []rune
	eachClassTerm(s, func(i int, c termClass, _ string) {
		if !s.subwordUnknown(i, c, 4) {
			return
		}
		rs = append(rs[:0], '^')
		rs = append(rs, []rune(s.toks[i].low)...)
		rs = append(rs, '$')
		for n := 3; n <= 5; n++ {
			for a := 0; a+n <= len(rs); a++ {
				h := termHash(string(rs[a:a+n])) % buckets
				emit(fmt.Sprintf("u #g%d", h))
			}
		}
	})
}

// unknownClassFeatures reads an unknown word of 6 letters or more also as
// <UNK>, alone and paired with its neighbours, as a health word is read
// as <HEALTH>: "her <UNK>" carries from one language's condition to
// another's.
func unknownClassFeatures(s *scan, emit func(string)) {
	extraClassFeaturesAt(s, emit, func(i int, c termClass, _ string) string {
		if s.subwordUnknown(i, c, 6) {
			return "<UNK>"
		}
		return ""
	})
}

// suffixClassFeatures reads an unknown word of 5 letters or more also by
// its last three letters ("<SUF:tis>", "<SUF:ose>"), alone and paired.
func suffixClassFeatures(s *scan, emit func(string)) {
	extraClassFeaturesAt(s, emit, func(i int, c termClass, term string) string {
		if !s.subwordUnknown(i, c, 5) {
			return ""
		}
		rs := []rune(term)
		return "<SUF:" + string(rs[len(rs)-3:]) + ">"
	})
}

// extraClassFeaturesAt is extraClassFeatures with the token's index.
func extraClassFeaturesAt(s *scan, emit func(string), classOf func(i int, c termClass, term string) string) {
	backstopFeatures(s, emit)
	prev, sent, after := termStart, -1, ""
	eachClassTerm(s, func(i int, c termClass, term string) {
		if s.toks[i].sent != sent {
			prev, sent, after = termStart, s.toks[i].sent, ""
		}
		if after != "" {
			emit("b " + after + " " + term)
		}
		if after = classOf(i, c, term); after != "" {
			emit("u " + after)
			emit("b " + prev + " " + after)
		}
		prev = term
	})
}

// laterSets are the read sets written after the time split's training
// sets (session 19's and later, before any held out now).
var laterSets = []string{"testdata/dev92", "testdata/dev93", "testdata/dev94", "testdata/dev95", "testdata/dev96", "testdata/dev97"}

// earlySetCount is how many of backstopSets come before the time split:
// corpus, dev, dev2 ... dev91.
const earlySetCount = 92

// foldCV is cross-validation by groups of sets: set order[j] is in fold
// j%folds; each fold is scored by a model trained on the others.
func foldCV(sets [][]trainItem, folds int, o trainOptions) [][]float64 {
	jobs := make([]cvJob, folds)
	for j := range sets {
		for f := range folds {
			if j%folds == f {
				jobs[f].test = append(jobs[f].test, j)
			} else {
				jobs[f].train = append(jobs[f].train, j)
			}
		}
	}
	return runCVJobs(sets, jobs, o)
}

// scoreWith scores each test set with m.
func scoreWith(m *trained, test [][]trainItem) [][]float64 {
	out := make([][]float64, len(test))
	for k, items := range test {
		for _, it := range items {
			out[k] = append(out[k], m.prob(it.feats))
		}
	}
	return out
}

// flaggedBlocks counts the block-labelled privacy and reply posts the
// model flags at thr by itself (whatever the rules say), and the clean
// posts it flags: a less noisy figure than the few blocks the rules pass.
func flaggedBlocks(test [][]trainItem, probs [][]float64, thr float64) (blocks, blockN, clean, cleanN int) {
	for k, items := range test {
		for i, it := range items {
			switch {
			case it.label == "pass":
				cleanN++
				if probs[k][i] >= thr {
					clean++
				}
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				blockN++
				if probs[k][i] >= thr {
					blocks++
				}
			}
		}
	}
	return
}

// exploreTimeSplit trains variant v on the sets before the split, chooses
// the threshold by leave-one-set-out cross-validation on them, and prints
// the later sets' figures, each and pooled.
func exploreTimeSplit(t *testing.T, v string, early, later [][]trainItem) {
	_, opts := featuresOf(v)
	probs := crossValidateParallel(early, allOthers(len(early)), opts)
	thr := chooseThresholdBudget(early, probs, maxCleanAvg, maxCleanOne)
	cv := pooled(early, probs, thr)
	var all []trainItem
	for _, items := range early {
		all = append(all, items...)
	}
	m := trainWith(all, opts)
	lp := scoreWith(m, later)
	for k, items := range later {
		b, a := figures(items, nil, 0), figures(items, lp[k], thr)
		t.Logf("[timesplit %s] %s rules alone %.3f/%d/%.3f -> %.3f/%d/%.3f (recall/blocks passed/clean)", v, items[0].set,
			b.recall(), b.blocksPassed, b.clean(), a.recall(), a.blocksPassed, a.clean())
	}
	b, a := pooled(later, nil, 0), pooled(later, lp, thr)
	fb, fn, fc, cn := flaggedBlocks(later, lp, thr)
	t.Logf("[timesplit %s] trained on %d sets, thr %.3f (CV on them: blocks passed %d clean %.4f); dev92-dev97 pooled: rules alone %.4f/%d/%.4f, with PRIV-16 %.4f/%d/%.4f; by itself flags %d of %d blocks and %d of %d clean",
		v, len(early), thr, cv.blocksPassed, cv.clean(), b.recall(), b.blocksPassed, b.clean(), a.recall(), a.blocksPassed, a.clean(), fb, fn, fc, cn)
	// at fixed counts of the later sets' clean posts flagged (of those the
	// rules pass), the blocks the rules pass that the model leaves
	var clean, blocks []float64
	for k, items := range later {
		for i, it := range items {
			if it.rules != post.VerdictPass {
				continue
			}
			switch {
			case it.label == "pass":
				clean = append(clean, lp[k][i])
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				blocks = append(blocks, lp[k][i])
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(clean)))
	var line []string
	for _, n := range []int{0, 2, 4, 6, 8, 12} {
		left := 0
		for _, p := range blocks {
			if p <= clean[n] {
				left++
			}
		}
		line = append(line, fmt.Sprintf("%d:%d", n, left))
	}
	t.Logf("[timesplit %s] of %d blocks the rules pass, left passed at k clean posts flagged: %s", v, len(blocks), strings.Join(line, " "))
}

// leftAtCleanShare is a figure no threshold choice moves: of the test
// posts the rules pass, the blocks the model leaves when it flags the
// share of their clean posts the budget allows (at least one), and that
// number of clean posts.
func leftAtCleanShare(test [][]trainItem, probs [][]float64, share float64) (left, at int) {
	var clean, blocks []float64
	for k, items := range test {
		for i, it := range items {
			if it.rules != post.VerdictPass {
				continue
			}
			switch {
			case it.label == "pass":
				clean = append(clean, probs[k][i])
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				blocks = append(blocks, probs[k][i])
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(clean)))
	at = max(1, int(share*float64(len(clean))))
	for _, p := range blocks {
		if p <= clean[at] {
			left++
		}
	}
	return left, at
}

// exploreTimeCurve is the time split with the earliest n sets in
// training, for each n of counts: what the sets written since the n-th
// bought on text written after all of them.
func exploreTimeCurve(t *testing.T, early, later [][]trainItem) {
	for _, n := range []int{30, 50, 70, len(early)} {
		probs := crossValidateParallel(early[:n], allOthers(n), shippedTraining)
		thr := chooseThresholdBudget(early[:n], probs, maxCleanAvg, maxCleanOne)
		var all []trainItem
		for _, items := range early[:n] {
			all = append(all, items...)
		}
		lp := scoreWith(trainWith(all, shippedTraining), later)
		b, a := pooled(later, nil, 0), pooled(later, lp, thr)
		fb, fn, fc, cn := flaggedBlocks(later, lp, thr)
		left, at := leftAtCleanShare(later, lp, maxCleanAvg)
		t.Logf("[timecurve N %d] earliest %d sets (to %s), thr %.3f; dev92-dev97: blocks passed %d -> %d, recall %.4f -> %.4f, clean %.4f -> %.4f; by itself flags %d of %d blocks and %d of %d clean; at %d clean posts flagged %d blocks left",
			n, n, early[n-1][0].set, thr, b.blocksPassed, a.blocksPassed, b.recall(), a.recall(), b.clean(), a.clean(), fb, fn, fc, cn, at, left)
	}
}

// exploreCurve20 is the learning curve by training-set count (see the
// file comment); pool is every read set.
func exploreCurve20(t *testing.T, pool [][]trainItem, draws int) {
	perm := rand.New(rand.NewSource(20)).Perm(len(pool))
	type cell struct{ bp, rulesBP, cleanPass, cleanN, flagged, blockN, leftAt int }
	sum := map[int]*cell{}
	counts := []int{30, 50, 70, 90}
	draws = min(draws, len(pool)/8)
	for d := range draws {
		testIdx := perm[8*d : 8*d+8]
		var rest []int
		for _, j := range perm {
			if !slices.Contains(testIdx, j) {
				rest = append(rest, j)
			}
		}
		rand.New(rand.NewSource(int64(100+d))).Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
		var test [][]trainItem
		var names []string
		for _, j := range testIdx {
			test = append(test, pool[j])
			names = append(names, pool[j][0].set)
		}
		for _, n := range counts {
			if n > len(rest) {
				continue
			}
			var train [][]trainItem
			for _, j := range rest[:n] {
				train = append(train, pool[j])
			}
			probs := foldCV(train, 10, shippedTraining)
			thr := chooseThresholdBudget(train, probs, maxCleanAvg, maxCleanOne)
			var all []trainItem
			for _, items := range train {
				all = append(all, items...)
			}
			tp := scoreWith(trainWith(all, shippedTraining), test)
			b, a := pooled(test, nil, 0), pooled(test, tp, thr)
			fb, fn, _, _ := flaggedBlocks(test, tp, thr)
			left, at := leftAtCleanShare(test, tp, maxCleanAvg)
			t.Logf("[curve20 draw %d N %d] test %s: thr %.3f, blocks passed %d -> %d, clean %.4f -> %.4f, by itself flags %d of %d blocks; at %d test clean posts flagged %d blocks left",
				d, n, strings.Join(names, ","), thr, b.blocksPassed, a.blocksPassed, b.clean(), a.clean(), fb, fn, at, left)
			c := sum[n]
			if c == nil {
				c = &cell{}
				sum[n] = c
			}
			c.bp += a.blocksPassed
			c.rulesBP += b.blocksPassed
			c.cleanPass += a.cleanPass
			c.cleanN += a.cleanN
			c.flagged += fb
			c.leftAt += left
			c.blockN += fn
		}
	}
	for _, n := range counts {
		if c := sum[n]; c != nil {
			t.Logf("[curve20 N %d] over %d draws: blocks passed %d (rules alone %d), clean %.4f, by itself flags %d of %d blocks; at the test sets' own 1.25%% clean cost %d blocks left",
				n, draws, c.bp, c.rulesBP, ratio(c.cleanPass, c.cleanN), c.flagged, c.blockN, c.leftAt)
		}
	}
}
