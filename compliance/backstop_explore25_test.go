package compliance

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Session 25's PRIV-16 measurements (learn25): features meant to separate
// the clean posts the model flags from the block-labelled ones it leaves,
// measured over the training sets the session's retrain will use.
//
// -backstop-explore25=LIST cross-validates each variant of LIST
// (exploreVariants) by leaving one of sets148 out, prints report's
// figures, dumps the probabilities under EXPLORE_DUMP (as
// TestBackstopExplore does) and lists base's blocks passed; then, when the
// session's held-out sets (forward25Sets) are in the repository, it trains
// on all of sets148 and scores them at the variant's own threshold,
// printing aggregates only.

// exploreForward25 is "variant=threshold,...": train each variant on
// sets148 and score the forward sets at that threshold (the one its
// cross-validation chose), without cross-validating again.
var exploreForward25 = flag.String("backstop-forward25", "", "comma list of variant=threshold: train on sets148 and score dev148 and dev149 at that threshold, aggregates only (backstop_explore25_test.go)")

var exploreBackstop25 = flag.String("backstop-explore25", "", "comma list of PRIV-16 variants (exploreVariants) to cross-validate over sets148 and score forward on dev148 and dev149 (backstop_explore25_test.go)")

// sets148 are the training sets of the session's retrain: backstopSets,
// dev136 and dev137 (session 23's forward check) and dev142-dev147
// (released at session 25's start). backstopSets itself is not edited
// here: the lead retrains.
var sets148 = append(slices.Clip(backstopSets), "testdata/dev136", "testdata/dev137",
	"testdata/dev142", "testdata/dev143", "testdata/dev144", "testdata/dev145", "testdata/dev146", "testdata/dev147")

// forward25Sets are the sets held out for session 25's forward check.
var forward25Sets = []string{"testdata/dev148", "testdata/dev149"}

func TestBackstopExplore25(t *testing.T) {
	if *exploreBackstop25 == "" && *exploreForward25 == "" {
		t.Skip("-backstop-explore25 not set")
	}
	exploreAndForward(t, "-backstop-forward25", *exploreBackstop25, *exploreForward25, sets148, forward25Sets)
}

// exploreAndForward runs the explorers of sessions 25 and 26: explore is a
// comma list of variants (exploreVariants) to cross-validate over training
// (each set left out in turn), printing report's figures, dumping the
// probabilities under $EXPLORE_DUMP and listing base's passed blocks; forward
// is a comma list of variant=threshold, and when given only those variants
// run, trained on all of training and scored on the forward sets at that
// threshold. Forward sets in the repository are scored after each
// cross-validation too, at the variant's own threshold; they are never
// printed item by item. flagName names the forward flag in errors.
func exploreAndForward(t *testing.T, flagName, explore, forward string, training, forwardSets []string) {
	t.Helper()
	variants := strings.Split(explore, ",")
	fwdThr := map[string]float64{}
	if forward != "" {
		variants = variants[:0]
		for _, a := range strings.Split(forward, ",") {
			v, thr, ok := strings.Cut(a, "=")
			x, err := strconv.ParseFloat(thr, 64)
			if !ok || err != nil {
				t.Fatalf("%s: %q is not variant=threshold", flagName, a)
			}
			variants = append(variants, v)
			fwdThr[v] = x
		}
	}
	feats := featureVariantsOf(t, variants)
	var ex [][]exploreItem
	for _, d := range training {
		ex = append(ex, loadExploreSet(t, d, feats))
	}
	t.Logf("%d training sets", len(ex))
	// The forward sets, when present: never printed item by item.
	var fwd [][]exploreItem
	var fwdNames []string
	for _, d := range forwardSets {
		if slices.Contains(training, d) {
			t.Fatalf("%s is a training set", d)
		}
		if _, err := os.Stat(d); err != nil {
			t.Logf("forward set %s not in the repository: skipped", d)
			continue
		}
		fwd = append(fwd, loadExploreSet(t, d, feats))
		fwdNames = append(fwdNames, d)
	}
	for _, v := range variants {
		f, opts := featuresOf(v)
		sets := setsFor(ex, f)
		if thr, ok := fwdThr[v]; ok {
			if len(fwd) == 0 {
				t.Fatal("no forward set in the repository")
			}
			forward25(t, v, sets, setsFor(fwd, f), fwdNames, thr, opts)
			continue
		}
		probs := crossValidateParallel(sets, allOthers(len(sets)), opts)
		report(t, v, sets, probs)
		thr := chooseThresholdBudget(sets, probs, maxCleanAvg, maxCleanOne)
		if dir := os.Getenv("EXPLORE_DUMP"); dir != "" {
			dumpProbs(t, filepath.Join(dir, v+".tsv"), sets, probs)
		}
		if v == "base" || os.Getenv("EXPLORE_LIST") != "" {
			for k, items := range ex {
				for i, it := range items {
					if it.label == "block" && (it.family == "privacy" || it.family == "reply") && it.rules == post.VerdictPass && probs[k][i] < thr {
						t.Logf("[%s] passed %s p=%.3f :: %.140s", v, it.id, probs[k][i], it.text)
					}
				}
			}
		}
		if len(fwd) > 0 {
			forward25(t, v, sets, setsFor(fwd, f), fwdNames, thr, opts)
		}
	}
}

// forward25 trains on all of sets and scores the forward sets at thr:
// per set, the block-labelled privacy and reply posts the rules pass that
// the model leaves, and the clean posts the rules pass that it flags.
// Aggregates only.
func forward25(t *testing.T, v string, sets, fwd [][]trainItem, names []string, thr float64, opts trainOptions) {
	var rest []trainItem
	for _, items := range sets {
		rest = append(rest, items...)
	}
	m := trainWith(rest, opts)
	var line []string
	totPassed, totFlagged := 0, 0
	for k, items := range fwd {
		passed, flagged, rulesBlocks, rulesClean := 0, 0, 0, 0
		for _, it := range items {
			if it.rules != post.VerdictPass {
				continue
			}
			p := m.prob(it.feats)
			switch {
			case it.label == "pass":
				rulesClean++
				if p >= thr {
					flagged++
				}
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				rulesBlocks++
				if p < thr {
					passed++
				}
			}
		}
		totPassed += passed
		totFlagged += flagged
		line = append(line, fmt.Sprintf("%s: blocks passed %d of %d the rules pass, clean flagged %d of %d", names[k], passed, rulesBlocks, flagged, rulesClean))
	}
	t.Logf("[%s] forward at thr %.3f: %s; together blocks passed %d, clean flagged %d", v, thr, strings.Join(line, "; "), totPassed, totFlagged)
}

// Measured at session 25 (docs/COMPLIANCE.md, "The learned backstop";
// threshold / blocks passed / pooled clean over sets148, forward blocks
// passed / clean flagged on dev148+dev149): base 0.800 / 30 / 0.9670, 2 /
// 0; nohealth 0.808 / 33 / 0.9674, 3 / 0; event 0.777 / 29 / 0.9656, 1 /
// 0; nhevent 0.782 / 30 / 0.9656, 3 / 0; nhcare 0.783 / 20 / 0.9661, 2 /
// 1. None met the decision rule fixed beforehand (nhcare failed forward,
// and its word list was written after reading the training sets' blocks):
// nothing shipped, the variants stay here.
//
// What base's dump over sets148 shows (EXPLORE_DUMP, base.tsv): the clean
// posts that bind the threshold (the sets whose next clean post flagged
// would pass the one-set cap: dev33, dev3, dev51, dev50, dev58, dev17,
// dev28) are staff and family news told with a name, a time word and a
// pronoun, about an event that is no care at all: a wedding, a daughter's
// graduation, a birthday, a marathon, an elk hunt, a pilot's licence, a
// costume contest, a trip home for a holiday. The block-labelled posts the
// rules pass that score near the threshold share the name, the time and
// the warm words ("Congrats to ... on finishing her last round of chemo",
// "Happy retirement to Bob ... after that bypass"), but hold a word of
// care. A linear model over terms cannot read "a life event and no care
// word in the whole post": each of its terms counts whatever else the post
// holds. The variants give it that reading.
//
//   - "nohealth": a post with no word of care (the health data's
//     conditions, procedures, medicines, habits and body parts, and the
//     other-language care words of mlHealthWord) gets the post-level term
//     <NH>, alone and with each class term and each sign pair the post
//     holds ("u <NH> <STAFF>", "u <NH> <T:TW>"), and with <REPLY>.
//   - "event": a word of a life event or celebration that is no care
//     (eventWords25: wedding, graduation, birthday, retirement, a trip,
//     a holiday..., in the sets' languages) read as <EVENT> beside
//     itself, alone and paired with its neighbours, and "u <EVENT> <NH>"
//     when the post holds no word of care.
//   - "nhevent": both.
//   - "nhcare": nhevent with care read more widely (careWords25: the
//     words of care, recovery, check-ups and habits the health data
//     lacks: "physical", "collapsed", "stable", "cleared", "rehab",
//     "nicotine"), so <NH> is not given to a story of care told in them.

func init() {
	exploreVariants["nohealth"] = func(s *scan, emit func(string)) { noHealthFeatures(s, emit, false, true, nil) }
	exploreVariants["event"] = func(s *scan, emit func(string)) { noHealthFeatures(s, emit, true, false, nil) }
	exploreVariants["nhevent"] = func(s *scan, emit func(string)) { noHealthFeatures(s, emit, true, true, nil) }
	exploreVariants["nhcare"] = func(s *scan, emit func(string)) { noHealthFeatures(s, emit, true, true, careWords25) }
}

// eventWords25 are words of a life event or a celebration that is no
// care: what staff and family news is about when it is not about health.
// Written from the kind, in the languages the sets use, not copied from
// the posts.
var eventWords25 = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`wedding weddings married marry marries marrying engaged engagement bride groom honeymoon newlyweds
		birthday birthdays bday anniversary anniversaries retirement retiring retires graduation graduated graduates graduating grad
		diploma degree certificate certification certified license licence promoted promotion award awards trophy champion championship
		marathon 5k 10k triathlon race hunt hunting fishing caught vacation trip travels traveling travelling cruise holiday holidays
		christmas thanksgiving easter halloween hanukkah diwali eid ramadan tihar tet lunar festival fiesta parade potluck party
		costume contest reunion homecoming prom
		boda casamiento cumpleaños cumple aniversario graduación jubilación vacaciones fiesta quinceañera quince posada navidad
		anniversaire retraite vacances noël fête casamento aniversário formatura férias natal festa
		hochzeit geburtstag urlaub kasal kaarawan pasko`) {
		eventWords25[w] = true
	}
	eventWords25["mariage"] = true // French for "wedding" (in .golangci.yml's misspell ignore-rules)
}

// careWords25 are words of care the health data lacks (nhcare).
var careWords25 = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`physical physicals checkup check-up exam bypass fusion rehab pt icu er od overdose collapsed
		fainted fainting fainter fainters stable cleared recovering recovery recovered healing heal healed stitches cast crutches
		sling pregnant pregnancy labor delivered delivering due newborn nicotine vape vaping smoke-free sober sobriety quit
		a1c ldl sugars sugar cholesterol temperature fever shot shots booster vaccine vaccines lactation grief counselor therapy
		therapist referral results test tests screening prescription diagnosis diagnosed hospital hospitalized surgery cancer-free
		emergency ambulance injury injured hurt accident burn burns passing passed funeral condolences
		embarazada parto cirugía operación hospital recuperación consulta chequeo desmayó azúcar`) {
		careWords25[w] = true
	}
}

// postHasCare reports whether the post's text holds a word of care: a term
// of the health data (body parts included), an other-language care word or
// a word of care (nil: none; careWords25 for nhcare, learn26's care list
// for nhcare26).
func postHasCare(s *scan, care map[string]bool) bool {
	words := make([]string, 0, len(s.toks))
	for i := range s.toks {
		if s.toks[i].kind == tokWord {
			words = append(words, s.toks[i].low)
		}
	}
	for i, w := range words {
		// health.At, not health.Find: any term of the data counts, a body
		// part at rest and "the flu shot clinic" too; <NH> is for a post
		// with no care vocabulary at all.
		// "back" and "head" are body parts the data holds that staff
		// news uses as other words ("welcome back", "heads up", "head
		// to the fair").
		if n, cat := health.At(words, i); n > 0 && !(cat == health.BodyPart && n == 1 && (w == "back" || w == "head" || w == "heads")) {
			return true
		}
		if backstopHealthWord(w) || mlHealthWord(w) || care[w] {
			return true
		}
	}
	return false
}

// noHealthFeatures is backstopFeatures with <EVENT> (event) and the
// post-level <NH> terms (nh), care read more widely by the words of care
// (nil: not), as the comment above says.
func noHealthFeatures(s *scan, emit func(string), event, nh bool, care map[string]bool) {
	if event {
		extraClassFeaturesAt(s, emit, func(_ int, c termClass, term string) string {
			if c == asWord && eventWords25[term] {
				return "<EVENT>"
			}
			return ""
		})
	} else {
		backstopFeatures(s, emit)
	}
	if postHasCare(s, care) {
		return
	}
	hasEvent := false
	classes := map[string]bool{}
	var signs backstopSigns
	eachClassTerm(s, func(_ int, c termClass, term string) {
		if c != asWord {
			classes[term] = true
			return
		}
		signs |= signOfWord[term]
		hasEvent = hasEvent || eventWords25[term]
	})
	if event && hasEvent {
		emit("u <EVENT> <NH>")
	}
	if !nh {
		return
	}
	emit("u <NH>")
	if s.d.ReviewText != "" {
		emit("u <NH> " + termReply)
	}
	for c := range classes {
		emit("u <NH> " + c)
	}
	for _, p := range signPairs[signs] {
		emit("u <NH> " + signNames[1][p])
	}
}

// TestNoHealthFeatures25: a post of staff news with no word of care gets
// <NH> and <EVENT> <NH>; one that names care, a body part or a medicine,
// in English or another language, gets neither.
func TestNoHealthFeatures25(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []struct {
		text      string
		nh, event bool
	}{
		{"Congrats to Dr. Ruiz on her wedding in Manila, the whole team is thrilled for her!", true, true},
		{"Welcome back, Tomas! Two weeks of vacation and he still came home with no fish.", true, true},
		{"Felicidades a Lupe por su graduación de la universidad este sábado.", true, true},
		{"Our front desk lead is off Friday for her son's soccer game.", true, false},
		{"Congrats to Tomas on finishing his last round of chemo this week!", false, false},
		{"Happy retirement to Bob, still going strong after his bypass.", false, false},
		{"Maria is back at the desk after breaking her wrist last month.", false, false},
		{"Felicitaciones a Don Pedro por su cirugía de rodilla, ya camina.", false, false},
	} {
		d := Draft{Text: k.text}
		s := c.newScan(&d, d.Text, "")
		got := map[string]bool{}
		exploreVariants["nhcare"](s, func(f string) { got[f] = true })
		s.release()
		if got["u <NH>"] != k.nh || got["u <EVENT> <NH>"] != k.event {
			t.Errorf("%q: <NH> %v <EVENT> <NH> %v, want %v %v", k.text, got["u <NH>"], got["u <EVENT> <NH>"], k.nh, k.event)
		}
	}
}
