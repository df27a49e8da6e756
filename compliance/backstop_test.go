package compliance

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// rulesChecker returns a checker for p that runs the rules alone, without
// PRIV-16. The hand-written verdict tables state what the rules decide; a
// model's verdict on a single made-up sentence moves with every retraining,
// so PRIV-16 is measured on the labelled sets (TestBackstopCrossValidation,
// TestBackstopHeldOut, TestDev) and has its own table and tests here.
func rulesChecker(t *testing.T, p Profile) *Checker {
	t.Helper()
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	c.backstop = nil
	return c
}

// withModel returns a checker for the test practice that scores with the
// model in text.
func withModel(t *testing.T, text string) *Checker {
	t.Helper()
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	m, err := parseBackstop([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	c.backstop = m
	return c
}

// TestBackstopScore scores texts with a fabricated model whose weights
// give known sums: each feature counts once however often it occurs, and
// classes stand for the words they cover.
func TestBackstopScore(t *testing.T) {
	c := withModel(t, `# a tiny model
bias -1
threshold 0.5
u <FIRST> 1.5
u knee 1
b <S> thanks -2
b <FIRST> had 0.25
u <REPLY> 0.5
u <S:TW> 0.75
u <HEALTH> 0.5
b his <HEALTH> 0.25
b <HEALTH> flared 0.125
`)
	for _, tc := range []struct {
		text, review string
		z            float64
	}{
		{"Nothing here at all.", "", -1},
		{"Thanks for coming.", "", -3},
		// A first name counts once, had follows it, the word knee and
		// the sentence with "his" and a time word.
		{"Darnell had his knee done today.", "", -1 + 1.5 + 0.25 + 1 + 0.75},
		{"Darnell had his knee done. Marisol had knee surgery today.", "", -1 + 1.5 + 0.25 + 1 + 0.5}, // "surgery": <HEALTH>
		{"Darnell had his knee done. Darnell had his knee done today.", "", -1 + 1.5 + 0.25 + 1 + 0.75},
		{"Thanks!", "Great place", -1 - 2 + 0.5},
		// A health word the model never saw ("sciatica", "lymphoma")
		// counts as <HEALTH> alone and after "his", and "<HEALTH> flared"
		// after it; a word of the model ("knee", a body part) is no
		// health word, and <HEALTH> counts once however many there are.
		{"Darnell said his sciatica flared.", "", -1 + 1.5 + 0.5 + 0.25 + 0.125},
		{"Darnell said his lymphoma flared. His sciatica too.", "", -1 + 1.5 + 0.5 + 0.25 + 0.125},
		{"Darnell said his knee flared.", "", -1 + 1.5 + 1},
		// A health word at a sentence's end pairs with no next sentence.
		{"He had chemo. Flared up.", "", -1 + 0.5},
	} {
		d := Draft{Text: tc.text, ReviewText: tc.review}
		s := c.newScan(&d, d.Text, "")
		got := c.backstop.score(s)
		s.release()
		if want := 1 / (1 + math.Exp(-tc.z)); math.Abs(got-want) > 1e-6 {
			t.Errorf("%q: p = %.4f, want %.4f", tc.text, got, want)
		}
	}
}

// TestExplainFeature: each kind of feature said in plain words.
func TestExplainFeature(t *testing.T) {
	for f, want := range map[string]string{
		"knee":              "\u201cknee\u201d",
		"<FIRST> had":       "a first name + \u201chad\u201d",
		"<S> <HEALTH>":      "a health word opening a sentence",
		"his <HEALTH>":      "\u201chis\u201d + a health word",
		"<S:TW>":            "\u201che\u201d or \u201cshe\u201d and a time word in one sentence",
		"<HANDLE> <HEALTH>": "a person's handle + a health word",
	} {
		if got := explainFeature(f); got != want {
			t.Errorf("explainFeature(%q) = %q, want %q", f, got, want)
		}
	}
}

// TestParseBackstopSize: a model of up to maxBackstopFeatures features
// loads (46 training sets give some 17,000, past the 16,384 of the first
// bitset), one more is refused.
func TestParseBackstopSize(t *testing.T) {
	for _, tc := range []struct {
		n  int
		ok bool
	}{{17151, true}, {maxBackstopFeatures, true}, {maxBackstopFeatures + 1, false}} {
		var b strings.Builder
		b.WriteString("bias -1\nthreshold 0.9\n")
		for i := range tc.n {
			fmt.Fprintf(&b, "u w%d 0.5\n", i)
		}
		m, err := parseBackstop([]byte(b.String()))
		if (err == nil) != tc.ok {
			t.Errorf("%d features: error %v, want ok %v", tc.n, err, tc.ok)
			continue
		}
		if err != nil {
			continue
		}
		// The last feature counts, once.
		c := withModel(t, "bias 0\nthreshold 0.9\n")
		c.backstop = m
		text := fmt.Sprintf("w%d w%d", tc.n-1, tc.n-1)
		d := Draft{Text: text}
		s := c.newScan(&d, d.Text, "")
		got := m.score(s)
		s.release()
		if want := 1 / (1 + math.Exp(-(-1 + 0.5))); math.Abs(got-want) > 1e-6 {
			t.Errorf("%d features: %q scores %.4f, want %.4f", tc.n, text, got, want)
		}
	}
}

func TestParseBackstopErrors(t *testing.T) {
	for _, text := range []string{"bias x\n", "u <FIRST>\n", "w a 1\n", "u a 1\nu a 2\n"} {
		if _, err := parseBackstop([]byte(text)); err == nil {
			t.Errorf("%q: parsed, want an error", text)
		}
	}
}

// TestBackstopFinding: PRIV-16 fires only on a post the rules let pass,
// as a warn with the words that weighed most, and is not a second reason
// on a post already held.
func TestBackstopFinding(t *testing.T) {
	c := withModel(t, "bias -1\nthreshold 0.5\nu knee 1.5\nu <NUM> 0.75\nu swelling 0.5\nu rest 0.1\nu gone -3\n")
	for _, tc := range []struct {
		text    string
		want    post.Verdict
		fires   bool
		because []string
	}{
		{"Rest that knee for 3 days, friend, the swelling will go down.", post.VerdictReview, true, []string{"“knee”", "a number", "“swelling”"}},
		{"Rest that knee, friend.", post.VerdictReview, true, []string{"“knee”", "“rest”"}},
		{"Rest up, friend.", post.VerdictPass, false, nil},
		{"The swelling is gone.", post.VerdictPass, false, nil},
		// PRIV-10 blocks it: PRIV-16 adds nothing.
		{"Our patient Darnell Brooks had knee surgery.", post.VerdictBlock, false, nil},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text})
		var f *post.Finding
		for i := range rep.Findings {
			if rep.Findings[i].Rule == backstopRule {
				f = &rep.Findings[i]
			}
		}
		if rep.Verdict != tc.want || (f != nil) != tc.fires {
			t.Errorf("%q: verdict %s, PRIV-16 %v; want %s, %v", tc.text, rep.Verdict, f != nil, tc.want, tc.fires)
			continue
		}
		if f == nil {
			continue
		}
		if f.Severity != post.SeverityWarn || !f.NeedsHuman || !f.Overridable {
			t.Errorf("%q: %+v, want an overridable warn for a person", tc.text, f)
		}
		if want := "words that weighed most: " + strings.Join(tc.because, ", "); !strings.Contains(f.Message, want) {
			t.Errorf("%q: message %q, want it to say %q", tc.text, f.Message, want)
		}
	}
}

// TestBackstopDisabled: a practice that turns PRIV-16 off gets no model.
func TestBackstopDisabled(t *testing.T) {
	p := testProfile()
	p.Disabled = []string{backstopRule}
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.backstop != nil {
		t.Error("PRIV-16 is disabled but the checker scores with a model")
	}
}

// TestTrainerRefusesBlind: no blind set is ever read by the trainer,
// whatever the path it is given by.
func TestTrainerRefusesBlind(t *testing.T) {
	// A name that is not the blind set's own: a link to it.
	blind6, err := filepath.Abs("testdata/blind6")
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "extra")
	if err := os.Symlink(blind6, link); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"testdata/blind", "testdata/blind3", "./testdata/Blind5", "testdata/blind2/",
		"testdata/blind6/.", "testdata/blind4/./", "testdata/dev/../blind", "testdata/blind2//", link, link + "/."} {
		if _, err := loadTrainingSet(t, dir); !errors.Is(err, errBlindSet) {
			t.Errorf("%s: %v, want it refused", dir, err)
		}
	}
	for _, dir := range backstopSets {
		if strings.Contains(strings.ToLower(dir), "blind") {
			t.Errorf("%s is a blind set among the training sets", dir)
		}
	}
}

// TestTrainDeterministic: training twice on the same items gives the
// same model file, byte for byte.
func TestTrainDeterministic(t *testing.T) {
	sets := loadTrainingSets(t, backstopSets[:2])
	var all []trainItem
	for _, s := range sets {
		all = append(all, s...)
	}
	a := writeModel(train(all), 0.9, sets, []string{"corpus", "dev"})
	b := writeModel(train(all), 0.9, sets, []string{"corpus", "dev"})
	if string(a) != string(b) {
		t.Error("two trainings on the same items differ")
	}
	if _, err := parseBackstop(a); err != nil {
		t.Errorf("the trainer's file does not parse: %v", err)
	}
}

// TestTrainWeightsBlocks: a post labelled block counts blockWeight times
// in the loss, one labelled review (also a target of 1) or pass once. On
// texts alike but for the label, half of one label and half the other,
// the model learns the weighted share: blockWeight/(blockWeight+1) for
// block against pass, one half for review against pass.
func TestTrainWeightsBlocks(t *testing.T) {
	items := func(positive string) []trainItem {
		var out []trainItem
		for i := range 2 * minItems {
			it := trainItem{family: "privacy", label: "pass", feats: []string{"u knee", "u <FIRST>"}}
			if i%2 == 0 {
				it.label = positive
			}
			out = append(out, it)
		}
		return out
	}
	for _, tc := range []struct {
		positive string
		want     float64
	}{
		{"block", float64(blockWeight) / (blockWeight + 1)},
		{"review", 0.5},
	} {
		if got := train(items(tc.positive)).prob([]string{"u knee", "u <FIRST>"}); math.Abs(got-tc.want) > 0.02 {
			t.Errorf("%s against pass, alike otherwise: p = %.3f, want %.3f", tc.positive, got, tc.want)
		}
	}
}

// cleanPost280 is a 280-byte post every rule lets pass, so PRIV-16 scores
// it: BenchmarkCheckPassing measures what the backstop adds to a check.
const cleanPost280 = "Flu season is here. Everyone 6 months and older should get a flu vaccine each year, and it takes " +
	"about two weeks to work. Wash your hands, cover your cough and stay home when you are sick. Walk-ins are " +
	"welcome all week, or book online at maplefamilymed.com. We are here."

// BenchmarkCheckPassing checks a clean post with PRIV-16 on and off.
func BenchmarkCheckPassing(b *testing.B) {
	for _, on := range []bool{true, false} {
		p := testProfile()
		if !on {
			p.Disabled = []string{backstopRule}
		}
		c, err := New(p)
		if err != nil {
			b.Fatal(err)
		}
		d := Draft{Text: cleanPost280, Channels: []Target{target("x", "x"), target("fb", "facebook")}}
		if rep := c.Check(context.Background(), d); rep.Verdict != post.VerdictPass {
			b.Fatalf("the clean post gets %s: %v", rep.Verdict, rep.Findings)
		}
		name := "backstop"
		if !on {
			name = "rules-only"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.Check(context.Background(), d)
			}
		})
	}
}

// TestBackstopBlind prints issue 11's figures on each blind set, rules
// alone and with PRIV-16: aggregates only, never an item. Read them to
// report, never to change the model, its features or its threshold (the
// trainer cannot read these sets, and TestBackstopCrossValidation chooses
// the threshold).
func TestBackstopBlind(t *testing.T) {
	dirs, err := filepath.Glob("testdata/blind*")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	for _, dir := range dirs {
		var prof Profile
		var cases []blindCase
		if filepath.Base(dir) == "blind2" { // its practice.json has its own layout
			prof, cases = blind2Profile(t, dir), loadLabelledPosts(t, dir)
		} else {
			prof, cases = loadLabelled(t, dir)
		}
		rules, full := rulesChecker(t, prof), rulesChecker(t, prof)
		full.backstop = shippedBackstop
		full.ownTerms = newOwnTerms(&full.allow)
		var items []trainItem
		var withBackstop []float64
		for _, k := range cases {
			d := Draft{Text: k.Text, ReviewText: k.Review, Channels: labelledChannels(k.Text), Now: now}
			it := trainItem{family: k.Family, label: k.Label, rules: rules.Check(context.Background(), d).Verdict}
			flagged := 0.0
			if it.rules == post.VerdictPass && full.Check(context.Background(), d).Verdict != post.VerdictPass {
				flagged = 1
			}
			items, withBackstop = append(items, it), append(withBackstop, flagged)
		}
		b, a := figures(items, nil, 0), figures(items, withBackstop, 1)
		t.Logf("%-7s %4d posts: rules alone %.3f/%d/%.3f/%.3f, + backstop %.3f/%d/%.3f/%.3f (recall/blocks passed/clean/block precision)",
			filepath.Base(dir), len(items), b.recall(), b.blocksPassed, b.clean(), b.prec(), a.recall(), a.blocksPassed, a.clean(), a.prec())
	}
}

// TestBackstopScoreCountsEveryFeature: on every post of the training sets,
// score (term ids, no feature names) gives to the bit the probability of
// the features backstopFeatures names (what the trainer learns from),
// each counted once in the order first named, with the weights the model
// file gives those names.
func TestBackstopScoreCountsEveryFeature(t *testing.T) {
	m := shippedBackstop
	weight := map[string]float32{}
	for i := range m.weights {
		if f := m.feature(int32(i)); strings.Contains(f, " ") {
			weight["b "+f] = m.weights[i]
		} else {
			weight["u "+f] = m.weights[i]
		}
	}
	n := 0
	for _, items := range loadTrainingSets(t, backstopSets) {
		for _, it := range items {
			z := m.bias
			for _, f := range it.order {
				if w, ok := weight[f]; ok {
					z += float64(w)
				}
			}
			if want := 1 / (1 + math.Exp(-z)); it.shippedP != want {
				t.Errorf("%s %s: score %v, its named features %v", it.set, it.id, it.shippedP, want)
			}
			n++
		}
	}
	if n < 3000 {
		t.Errorf("%d posts compared, want the training sets' %d or more", n, 3000)
	}
}

// TestChooseThresholdFine: cross-validation's threshold is the lowest
// that keeps the clean-passing drop in budget, to a thousandth: with as
// many clean posts of 250 at 0.999 as maxCleanAvg allows and one more at
// 0.9545, 0.955 flags only the first ones (in budget) and 0.954 the one
// more too (over maxCleanAvg).
func TestChooseThresholdFine(t *testing.T) {
	items := make([]trainItem, 250)
	probs := make([]float64, 250)
	for i := range items {
		items[i] = trainItem{family: "clean", label: "pass", rules: post.VerdictPass}
		probs[i] = 0.1
	}
	k := int(math.Floor(maxCleanAvg * 250)) // the clean posts the budget may flag
	for i := range k {
		probs[i] = 0.999
	}
	probs[k] = 0.9545
	if got := chooseThreshold([][]trainItem{items}, [][]float64{probs}); got != 0.955 {
		t.Errorf("threshold %v, want 0.955", got)
	}
}
