package compliance

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// TestBackstopExplore measures PRIV-16's settings the way
// docs/COMPLIANCE.md decides them, and is skipped in the suite (it trains
// the model a hundred times or more). With -backstop-explore=LIST it loads
// every training set once and, for each feature variant in LIST
// (exploreVariants; "base" is the shipped features), cross-validates by
// leaving one set out and prints blocks passed and clean passing at
// several clean budgets, the fewest blocks passed at each pooled clean
// drop, the block-labelled posts the model flags by itself at 10/20/40/80
// clean posts flagged, and (for base) each block the rules and the model
// let pass. "curve" adds the learning curve (a share of the other sets in
// training); "forward" (with the variants to score, base by default)
// scores the development sets not yet trained on, a set held out for the
// session's forward check aside, with models trained on the first 46 sets
// and on all of them. exploreTraining's variants change the training
// settings rather than the features.
// Variants other than base were tried and not kept (docs/COMPLIANCE.md):
// they stay so a later session can measure them again on more sets.

var exploreBackstop = flag.String("backstop-explore", "", "comma list of PRIV-16 variants to cross-validate (exploreVariants: base, role, numshape, when, xsent...; exploreTraining: sets2, setbal, l2x3...), curve, or forward (with the variants to score forward); session 20: timesplit, timecurve, curve20 (EXPLORE_DRAWS draws), noloso (backstop_explore20_test.go); session 24: echo, revhealth, fwd136 (backstop_explore24_test.go)")

type exploreItem struct {
	trainItem
	text  string
	feats map[string][]string
}

type featFn func(s *scan, emit func(string))

var exploreVariants = map[string]featFn{
	"base":     backstopFeatures,
	"mlhealth": func(s *scan, emit func(string)) { variantFeatures(s, emit, true, false) },
	"mlsigns":  func(s *scan, emit func(string)) { variantFeatures(s, emit, false, true) },
	"mlboth":   func(s *scan, emit func(string)) { variantFeatures(s, emit, true, true) },
	"role":     roleFeatures,
	"numshape": numShapeFeatures,
	"when":     whenFeatures,
	"xsent":    crossSentenceFeatures,
}

// exploreTraining are variants of the training settings over a feature
// variant: features seen in two or three training sets (not only three
// posts: a word one writer used a dozen times says nothing of the next
// writer either), other block weights and penalties.
var exploreTraining = map[string]struct {
	feats string
	opts  trainOptions
}{
	"sets2":  {"base", trainOptions{minItems: minItems, minSets: 2, blockWeight: blockWeight, lambda: lambda}},
	"sets3":  {"base", trainOptions{minItems: minItems, minSets: 3, blockWeight: blockWeight, lambda: lambda}},
	"sets5":  {"base", trainOptions{minItems: minItems, minSets: 5, blockWeight: blockWeight, lambda: lambda}},
	"bw2":    {"base", trainOptions{minItems: minItems, blockWeight: 2, lambda: lambda}},
	"bw5":    {"base", trainOptions{minItems: minItems, blockWeight: 5, lambda: lambda}},
	"l2x3":   {"base", trainOptions{minItems: minItems, blockWeight: blockWeight, lambda: 3 * lambda}},
	"setbal": {"base", trainOptions{minItems: minItems, blockWeight: blockWeight, lambda: lambda, balanceSets: true}},
	"sets3w": {"when", trainOptions{minItems: minItems, minSets: 3, blockWeight: blockWeight, lambda: lambda}},
}

// featuresOf returns the feature variant and the training settings of
// variant v.
func featuresOf(v string) (string, trainOptions) {
	if tr, ok := exploreTraining[v]; ok {
		return tr.feats, tr.opts
	}
	return v, shippedTraining
}

// extraClassFeatures is backstopFeatures with the class term that
// classOf gives a token ("" for none) also read beside it, alone and
// paired with the terms on either side, as a health word is read as
// <HEALTH>.
func extraClassFeatures(s *scan, emit func(string), classOf func(t *token, c termClass, term string) string) {
	extraClassFeaturesAt(s, emit, func(i int, c termClass, term string) string { return classOf(&s.toks[i], c, term) })
}

// numShapeFeatures reads a number also by its shape: one or two digits
// (an age, a day), three, four (a year, a room), five (a ZIP code), more.
func numShapeFeatures(s *scan, emit func(string)) {
	extraClassFeatures(s, emit, func(t *token, c termClass, _ string) string {
		if c != asNumber {
			return ""
		}
		switch n := len(t.low); {
		case n <= 2:
			return "<N2>"
		case n <= 5:
			return "<N" + string(rune('0'+n)) + ">"
		}
		return "<N6>"
	})
}

// relativeWhen say when something happened, relative to now.
var relativeWhen = map[string]bool{}

func init() {
	for _, w := range []string{"today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
		"weekend", "week", "weeks", "month", "months", "ago", "recently", "lately", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "overnight", "earlier", "finally", "still", "since"} {
		relativeWhen[w] = true
	}
}

// whenFeatures reads a time-relative word also as <WHEN>.
func whenFeatures(s *scan, emit func(string)) {
	extraClassFeatures(s, emit, func(_ *token, c termClass, term string) string {
		if c == asWord && relativeWhen[term] {
			return "<WHEN>"
		}
		return ""
	})
}

// crossSentenceFeatures is backstopFeatures with the last term of a
// sentence also paired with the first of the next ("...sober today. Chuy"
// reads "today <FIRST>"), so a name and a condition split by a full stop
// still meet.
func crossSentenceFeatures(s *scan, emit func(string)) {
	backstopFeatures(s, emit)
	last, sent := "", -1
	eachClassTerm(s, func(i int, _ termClass, term string) {
		if s.toks[i].sent != sent {
			sent = s.toks[i].sent
			if last != "" {
				emit("x " + last + " " + term)
			}
		}
		last = term
	})
}

// eachClassTerm calls fn with each token but punctuation: its index, its
// class and its class term (a word's lower-case text), the first of each
// sentence read as opening it, as backstopFeatures reads them. A caller
// that starts afresh at each sentence compares s.toks[i].sent.
func eachClassTerm(s *scan, fn func(i int, c termClass, term string)) {
	first, sent := true, -1
	for i := range s.toks {
		t := &s.toks[i]
		if t.sent != sent {
			sent, first = t.sent, true
		}
		if t.kind == tokPunct {
			continue
		}
		c, _ := s.backstopClass(i, first)
		first = false
		term := classTerms[c]
		if c == asWord {
			term = t.low
		}
		fn(i, c, term)
	}
}

// TestEachClassTerm: eachClassTerm yields, token for token, the terms of
// the walk the explorer variants each wrote out before it: every token but
// punctuation, a sentence's first read as opening it even after
// punctuation, a word as its lower-case text.
func TestEachClassTerm(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	classed := 0
	for _, text := range []string{
		"Darnell said his knee flared. 2 days ago, Dr. Okafor saw him!",
		"\"Thanks so much!\" (Coach Rivera) -- call @maria at 555-0100. Maria Lopez: OK.",
		"... Gracias, Dra. Gómez. ¿Mañana a las 8? ¡Sí!",
		"",
	} {
		d := Draft{Text: text}
		s := c.newScan(&d, d.Text, "")
		// The old walk, read another way: a token opens its sentence when
		// no earlier token of that sentence but punctuation stands before it.
		var want []string
		for i := range s.toks {
			tk := &s.toks[i]
			if tk.kind == tokPunct {
				continue
			}
			first := true
			for j := i - 1; j >= 0 && s.toks[j].sent == tk.sent; j-- {
				first = first && s.toks[j].kind == tokPunct
			}
			cl, _ := s.backstopClass(i, first)
			term := classTerms[cl]
			if cl == asWord {
				term = tk.low
			} else {
				classed++
			}
			want = append(want, fmt.Sprint(i, " ", term))
		}
		var got []string
		eachClassTerm(s, func(i int, _ termClass, term string) {
			got = append(got, fmt.Sprint(i, " ", term))
		})
		s.release()
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got  %q\n want %q", text, got, want)
		}
	}
	if classed == 0 {
		t.Error("no token of the texts read as a class term: the table tests only words")
	}
}

// roleFeatures is backstopFeatures with a role noun of the name data
// ("coach", "bishop", "postmaster") also read as <ROLE>, alone and paired
// with the terms on either side, as a health word is read as <HEALTH>.
func roleFeatures(s *scan, emit func(string)) {
	backstopFeatures(s, emit)
	prev, sent, afterRole := termStart, -1, false
	eachClassTerm(s, func(i int, c termClass, term string) {
		if s.toks[i].sent != sent {
			prev, sent, afterRole = termStart, s.toks[i].sent, false
		}
		if afterRole {
			emit("b <ROLE> " + term)
		}
		if afterRole = c == asWord && names.RoleNoun(term); afterRole {
			emit("u <ROLE>")
			emit("b " + prev + " <ROLE>")
		}
		prev = term
	})
}

// mlHealthWord reports a word the health data lacks that REV-01's lists
// hold as care in another language (Spanish, Vietnamese, Arabic, Haitian,
// Polish...), or a Hangul or CJK token holding one of cjkCare's words of
// two syllables or more (Korean glues particles onto the noun: "수술을").
func mlHealthWord(w string) bool {
	if v, ok := replyCareWords[w]; ok && v == nil {
		return true
	}
	if foreignBodyWords.has(w) || foreignCareWords.has(w) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); r >= 0x1100 && (unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r)) {
		for _, c := range cjkCare {
			if len(c) > 3 && strings.Contains(w, c) {
				return true
			}
		}
	}
	return false
}

// mlSignWords are time, "you" and third-person words of the languages
// the sets' other-language posts use, as backstopSigns.
var mlSignWords = map[string]backstopSigns{}

func init() {
	for _, w := range []string{"hoy", "ayer", "anoche", "semana", "hôm", "nay", "qua", "오늘", "어제", "이번", "اليوم", "أمس", "maanta", "shalay", "jodi", "yè", "semèn", "aujourd'hui", "hier", "hoje", "ontem"} {
		mlSignWords[w] = signTime
	}
	for _, w := range []string{"usted", "ustedes", "tu", "tus", "su", "sus", "bạn", "anh", "chị", "ou", "vous", "votre", "você", "seu", "sua", "أنت", "adiga", "aad"} {
		mlSignWords[w] |= signYou
	}
	for _, w := range []string{"él", "ella", "ông", "bà", "li", "il", "elle", "ele", "ela", "hooyo", "그", "그녀", "께서"} {
		mlSignWords[w] |= signPronoun
	}
}

// variantFeatures is backstopFeatures with the other-language health
// words (mlHealth) and sign words (mlSigns) added.
func variantFeatures(s *scan, emit func(string), mlHealth, mlSigns bool) {
	backstopFeaturesWith(s, emit, func(term string) (backstopSigns, bool) {
		var signs backstopSigns
		if mlSigns {
			signs = mlSignWords[term]
		}
		return signs, mlHealth && mlHealthWord(term)
	})
}

func loadExploreSet(t *testing.T, dir string, variants []string) []exploreItem {
	t.Helper()
	if isBlindSet(dir) {
		t.Fatal("blind")
	}
	prof, cases, now := loadTrainingCases(t, dir)
	c, err := New(prof)
	if err != nil {
		t.Fatal(err)
	}
	c.backstop = nil
	var out []exploreItem
	for _, k := range cases {
		d := Draft{Text: k.Text, ReviewText: k.Review, Channels: labelledChannels(k.Text), Now: now}
		rep := c.Check(context.Background(), d)
		s := c.newScan(&d, d.Text, "")
		it := exploreItem{trainItem: trainItem{set: filepath.Base(dir), id: k.ID, family: k.Family, label: k.Label, rules: rep.Verdict},
			text: k.Text, feats: map[string][]string{}}
		for _, v := range variants {
			if _, ok := it.feats[v]; ok {
				continue
			}
			fs := map[string]bool{}
			exploreVariants[v](s, func(f string) { fs[f] = true })
			it.feats[v] = slices.Sorted(maps.Keys(fs))
		}
		s.release()
		out = append(out, it)
	}
	return out
}

// setsFor returns the trainItem sets with the variant's features.
func setsFor(ex [][]exploreItem, v string) [][]trainItem {
	out := make([][]trainItem, len(ex))
	for k, items := range ex {
		for _, it := range items {
			ti := it.trainItem
			ti.feats = it.feats[v]
			out[k] = append(out[k], ti)
		}
	}
	return out
}

// crossValidateParallel is crossValidate on two goroutines: set k is
// scored by a model trained on the sets pick(k) names.
func crossValidateParallel(sets [][]trainItem, pick func(k int) []int, o trainOptions) [][]float64 {
	jobs := make([]cvJob, len(sets))
	for k := range sets {
		jobs[k] = cvJob{train: pick(k), test: []int{k}}
	}
	return runCVJobs(sets, jobs, o)
}

// cvJob is one model of a cross-validation: trained on the sets in train,
// it scores the sets in test.
type cvJob struct{ train, test []int }

// runCVJobs runs jobs on two goroutines (the machine has two cores) and
// returns each set's probabilities from the job that tests it. Training
// items are concatenated in the order train lists the sets, so a job gives
// the same model whichever goroutine runs it.
func runCVJobs(sets [][]trainItem, jobs []cvJob, o trainOptions) [][]float64 {
	out := make([][]float64, len(sets))
	var wg sync.WaitGroup
	ch := make(chan cvJob)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range ch {
				var rest []trainItem
				for _, j := range job.train {
					rest = append(rest, sets[j]...)
				}
				m := trainWith(rest, o)
				for _, k := range job.test {
					p := make([]float64, len(sets[k]))
					for i, it := range sets[k] {
						p[i] = m.prob(it.feats)
					}
					out[k] = p
				}
			}
		}()
	}
	for _, job := range jobs {
		ch <- job
	}
	close(ch)
	wg.Wait()
	return out
}

func allOthers(n int) func(k int) []int {
	return func(k int) []int {
		var o []int
		for j := range n {
			if j != k {
				o = append(o, j)
			}
		}
		return o
	}
}

func pooled(sets [][]trainItem, probs [][]float64, thr float64) setFigures {
	var all setFigures
	for k, items := range sets {
		var p []float64
		if probs != nil {
			p = probs[k]
		}
		f := figures(items, p, thr)
		all.privN += f.privN
		all.caught += f.caught
		all.blocksPassed += f.blocksPassed
		all.cleanN += f.cleanN
		all.cleanPass += f.cleanPass
		all.blocked += f.blocked
		all.blockedRight += f.blockedRight
	}
	return all
}

func report(t *testing.T, name string, sets [][]trainItem, probs [][]float64) {
	base := pooled(sets, nil, 0)
	t.Logf("[%s] rules alone: recall %.4f blocks passed %d clean %.4f", name, base.recall(), base.blocksPassed, base.clean())
	for _, b := range []float64{0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02} {
		thr := chooseThresholdBudget(sets, probs, b, 3*b)
		f := pooled(sets, probs, thr)
		t.Logf("[%s] budget %.4f: thr %.3f recall %.4f blocks passed %d clean %.4f", name, b, thr, f.recall(), f.blocksPassed, f.clean())
	}
	// which set's clean drop binds at the shipped budget, and where the
	// mean alone would put the threshold
	thr := chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne)
	worst, at := 0.0, ""
	for k, items := range sets {
		if d := figures(items, nil, 0).clean() - figures(items, probs[k], thr).clean(); d > worst {
			worst, at = d, items[0].set
		}
	}
	mean := chooseThresholdBudget(sets, probs, maxCleanAvg, 1)
	fm := pooled(sets, probs, mean)
	t.Logf("[%s] at thr %.3f the worst set's clean drop is %.4f (%s); the mean budget alone: thr %.3f blocks passed %d clean %.4f",
		name, thr, worst, at, mean, fm.blocksPassed, fm.clean())
	// fewest blocks passed at each pooled clean drop
	var line []string
	for _, d := range []float64{0.001, 0.002, 0.003, 0.004, 0.006, 0.008, 0.010, 0.015} {
		best := -1
		for _, thr := range thresholds() {
			f := pooled(sets, probs, thr)
			if base.clean()-f.clean() <= d+1e-12 && (best < 0 || f.blocksPassed < best) {
				best = f.blocksPassed
			}
		}
		line = append(line, fmt.Sprintf("%.3f:%d", d, best))
	}
	t.Logf("[%s] fewest blocks passed at pooled clean drop %s", name, strings.Join(line, " "))
	// by itself: block-labelled priv posts flagged at N pass posts flagged
	var neg, pos []float64
	for k, items := range sets {
		for i, it := range items {
			switch {
			case it.label == "pass":
				neg = append(neg, probs[k][i])
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				pos = append(pos, probs[k][i])
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(neg)))
	line = line[:0]
	for _, n := range []int{10, 20, 40, 80} {
		thr := neg[n]
		c := 0
		for _, p := range pos {
			if p > thr {
				c++
			}
		}
		line = append(line, fmt.Sprintf("%d:%d", n, c))
	}
	t.Logf("[%s] by itself, of %d block-labelled: %s", name, len(pos), strings.Join(line, " "))
}

func TestBackstopExplore(t *testing.T) {
	if *exploreBackstop == "" {
		t.Skip("-backstop-explore not set")
	}
	args := strings.Split(*exploreBackstop, ",")
	var variants []string
	curve, forward, timesplit, curve20, timecurve, noLOSO, fwd136 := false, false, false, false, false, false, false
	for _, a := range args {
		switch a {
		case "curve":
			curve = true
		case "forward":
			forward = true
		case "timesplit":
			timesplit = true
		case "curve20":
			curve20 = true
		case "timecurve":
			timecurve = true
		case "noloso":
			noLOSO = true
		case "fwd136":
			fwd136 = true
		default:
			variants = append(variants, a)
		}
	}
	if curve && !slices.Contains(variants, "base") {
		variants = append(variants, "base")
	}
	if forward {
		if len(variants) == 0 {
			variants = []string{"base"}
		}
		for _, v := range variants {
			exploreForward(t, v)
		}
		return
	}
	featVariants := featureVariantsOf(t, variants)
	if (timesplit || curve20 || timecurve) && !slices.Contains(featVariants, "base") {
		featVariants = append(featVariants, "base")
	}
	var ex [][]exploreItem
	for _, d := range backstopSets {
		ex = append(ex, loadExploreSet(t, d, featVariants))
	}
	if timesplit || curve20 || timecurve {
		// session 20: the later sets not trained on yet join as read sets
		var later [][]exploreItem
		for _, d := range laterSets {
			if k := slices.Index(backstopSets, d); k >= 0 {
				later = append(later, ex[k])
			} else {
				later = append(later, loadExploreSet(t, d, featVariants))
			}
		}
		if timesplit {
			for _, v := range variants {
				f, _ := featuresOf(v)
				exploreTimeSplit(t, v, setsFor(ex[:earlySetCount], f), setsFor(later, f))
			}
		}
		if timecurve {
			exploreTimeCurve(t, setsFor(ex[:earlySetCount], "base"), setsFor(later, "base"))
		}
		if curve20 {
			pool := setsFor(ex, "base")
			for k, d := range laterSets {
				if !slices.Contains(backstopSets, d) {
					pool = append(pool, setsFor(later[k:k+1], "base")...)
				}
			}
			draws := 4
			if n, err := strconv.Atoi(os.Getenv("EXPLORE_DRAWS")); err == nil {
				draws = n
			}
			exploreCurve20(t, pool, draws)
		}
		if noLOSO {
			return
		}
	}
	var fwd [][]exploreItem
	if fwd136 {
		fwd = loadForwardSets(t, featVariants)
	}
	for _, v := range variants {
		f, opts := featuresOf(v)
		sets := setsFor(ex, f)
		probs := crossValidateParallel(sets, allOthers(len(sets)), opts)
		report(t, v, sets, probs)
		if fwd136 {
			exploreForward136(t, v, sets, setsFor(fwd, f), chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne))
		}
		if dir := os.Getenv("EXPLORE_DUMP"); dir != "" {
			dumpProbs(t, filepath.Join(dir, v+".tsv"), sets, probs)
		}
		if v == "base" || os.Getenv("EXPLORE_LIST") != "" {
			thr := chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne)
			for k, items := range ex {
				for i, it := range items {
					if it.label == "block" && (it.family == "privacy" || it.family == "reply") && it.rules == post.VerdictPass && probs[k][i] < thr {
						t.Logf("[%s] passed %s p=%.3f :: %.140s", v, it.id, probs[k][i], it.text)
					}
				}
			}
		}
	}
	if curve {
		sets := setsFor(ex, "base")
		for _, share := range []float64{0.25, 0.5, 0.75} {
			var bp []string
			for draw := range 2 {
				pick := func(k int) []int {
					o := allOthers(len(sets))(k)
					r := rand.New(rand.NewSource(int64(draw*1000 + k + int(share*100)*7)))
					r.Shuffle(len(o), func(i, j int) { o[i], o[j] = o[j], o[i] })
					return o[:int(float64(len(o))*share+0.5)]
				}
				probs := crossValidateParallel(sets, pick, shippedTraining)
				thr := chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne)
				f := pooled(sets, probs, thr)
				bp = append(bp, fmt.Sprintf("%d(clean %.4f thr %.3f)", f.blocksPassed, f.clean(), thr))
				report(t, fmt.Sprintf("share %.2f draw %d", share, draw), sets, probs)
			}
			t.Logf("curve share %.2f: blocks passed %s", share, strings.Join(bp, " "))
		}
	}
}

// exploreForward trains on the first 46 training sets and on all of them,
// and scores the development sets trained on by neither: at each number
// of their clean posts the model flags (of those the rules pass), how many
// of their block-labelled privacy and reply posts the rules pass and the
// model leaves.
func exploreForward(t *testing.T, v string) {
	f, opts := featuresOf(v)
	dirs, err := filepath.Glob("testdata/dev*")
	if err != nil {
		t.Fatal(err)
	}
	// A set held out for the session's forward check (devSet.heldOut) is
	// never scored here: its figures must say how text nobody tuned
	// anything on reads, the backstop's settings included.
	heldOut := map[string]bool{}
	for _, set := range devSets {
		heldOut[set.dir] = set.heldOut
	}
	var held []trainItem
	for _, d := range dirs {
		if heldOut[d] {
			continue
		}
		if !slices.Contains(backstopSets, d) {
			held = append(held, setsFor([][]exploreItem{loadExploreSet(t, d, []string{f})}, f)[0]...)
		}
	}
	var ex [][]exploreItem
	for _, d := range backstopSets {
		ex = append(ex, loadExploreSet(t, d, []string{f}))
	}
	sets := setsFor(ex, f)
	for _, n := range []int{46, len(sets)} {
		var rest []trainItem
		for _, items := range sets[:n] {
			rest = append(rest, items...)
		}
		m := trainWith(rest, opts)
		var clean, blocks []float64
		for _, it := range held {
			if it.rules != post.VerdictPass {
				continue
			}
			p := m.prob(it.feats)
			switch {
			case it.label == "pass":
				clean = append(clean, p)
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				blocks = append(blocks, p)
			}
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(clean)))
		var line []string
		for _, k := range []int{0, 1, 2, 3, 5, 8} {
			left := 0
			for _, p := range blocks {
				if p <= clean[k] {
					left++
				}
			}
			line = append(line, fmt.Sprintf("%d:%d", k, left))
		}
		t.Logf("[%s] trained on %d sets: of %d blocks the rules pass on the held-out sets, left passed at k clean posts flagged: %s", v, n, len(blocks), strings.Join(line, " "))
	}
}

// dumpProbs writes each item's cross-validated probability, for looking
// at the figures without training again (EXPLORE_DUMP=dir).
func dumpProbs(t *testing.T, path string, sets [][]trainItem, probs [][]float64) {
	var b strings.Builder
	for k, items := range sets {
		for i, it := range items {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%.6f\n", it.set, it.id, it.family, it.label, it.rules, probs[k][i])
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// featureVariantsOf gives the feature variant each named variant reads
// (featuresOf), failing the test on a name with no features.
func featureVariantsOf(t *testing.T, variants []string) []string {
	t.Helper()
	var feats []string
	for _, v := range variants {
		f, _ := featuresOf(v)
		if _, ok := exploreVariants[f]; !ok {
			t.Fatalf("no variant %q", v)
		}
		feats = append(feats, f)
	}
	return feats
}
