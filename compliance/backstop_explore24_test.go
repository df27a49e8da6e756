package compliance

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Session 24's PRIV-16 measurements (learn24): features that read the
// review a reply answers (s.d.ReviewText), which the shipped features
// read only as the one term <REPLY>. A reply labelled block confirms care
// by taking up what the reviewer said ("So glad the injection is helping
// your shoulder" to a review about a shoulder shot); a reply labelled
// pass says the same warm words without it.
//
//   - "echo": a reply word read as its own text (no stop word, no sign
//     word) that the review also holds is read as <ECHO> beside itself,
//     alone and paired with the terms on either side; a health word of the
//     health data that both hold as <ECHOHEALTH>.
//   - "revhealth": whether the review holds a health word (<R:HEALTH>), a
//     body part (<R:BODY>) or a first-person word in a sentence with
//     either (<R:MY>), as post-level terms, each alone and paired with
//     each sign the reply holds ("b <R:HEALTH> <Y>").
//   - "revtone" (learn24's own): the review's tone as a post-level term,
//     <R:LOW> for a one- or two-star or insulting review (lowStars,
//     insultingReview) and <R:TOP> for four or five stars, and each reply
//     term after a low review also read as "b <R:LOW> term". Motivated by
//     base's dump (EXPLORE_DUMP): of the 10 block-labelled replies the
//     rules pass and base leaves under its threshold, 5 answer a one-star
//     or insulting review with a jab at the reviewer ("Typical from
//     someone who no-shows three times a year", "Funny, he said the same
//     thing about you"), and most of the 29 clean replies it flags thank a
//     five-star review ("Thank you so much! Dr. Raj says thank you too").
//
// Measured on main 60676a0 (140 training sets, budget 0.0125 / 0.0375;
// threshold / blocks passed / pooled clean): base 0.820 / 31 / 0.9678,
// echo 0.821 / 31 / 0.9678, revhealth 0.798 / 29 / 0.9668 (its two fewer
// are public-health posts a lower threshold catches, no reply); forward
// on dev136 and dev137 all three pass 2 blocks and flag 2 clean posts.
// The decision rule asked for 3 fewer blocks passed: none kept
// (docs/COMPLIANCE.md, "The learned backstop"; revtone's figures there).
//
// "fwd136" (with the variants) also trains each variant on all training
// sets and scores the two sets held out for the session's forward check,
// dev136 and dev137, at the variant's own cross-validated threshold,
// printing aggregates only.

func init() {
	exploreVariants["echo"] = echoFeatures
	exploreVariants["revhealth"] = reviewHealthFeatures
	exploreVariants["revtone"] = reviewToneFeatures
}

// echoStopWords are function words and the words every reply to a review
// uses, which say nothing of taking up the reviewer's care.
var echoStopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if so as at by for from in into of off on onto out over to up
		with without about after before again all also am any are be been being both can could did do does doing done
		each few had has have having here how i i'm i've i'd i'll it it's its itself just me more most my myself no nor not
		now only other our ours ourselves own same should some such than that that's their theirs them themselves then there
		these they they're this those through too under until very was we we're we've were what when where which while who
		whom why will would yes yet let let's us get got go going been way much many one ll re ve don't didn't can't
		thank thanks thankyou dr doctor team staff office visit review clinic practice care time`) {
		echoStopWords[w] = true
	}
}

// echoReviewWords returns the lower-case words of the review, as a set.
func echoReviewWords(review string) map[string]bool {
	toks, _ := tokenize(review)
	out := make(map[string]bool, len(toks))
	for i := range toks {
		if toks[i].kind == tokWord {
			out[toks[i].low] = true
		}
	}
	return out
}

// echoFeatures is backstopFeatures with a reply word that the review also
// holds read as <ECHO> (or <ECHOHEALTH> for a health word) beside itself,
// alone and paired with the terms on either side.
func echoFeatures(s *scan, emit func(string)) {
	if s.d.ReviewText == "" {
		backstopFeatures(s, emit)
		return
	}
	rev := echoReviewWords(s.d.ReviewText)
	extraClassFeaturesAt(s, emit, func(i int, c termClass, term string) string {
		if c != asWord || s.toks[i].kind != tokWord || !rev[term] || echoStopWords[term] || signOfWord[term] != 0 {
			return ""
		}
		if backstopHealthWord(term) {
			return "<ECHOHEALTH>"
		}
		return "<ECHO>"
	})
}

// reviewerSelf are the reviewer's words for themself.
var reviewerSelf = map[string]bool{"i": true, "i'm": true, "i've": true, "i'd": true, "my": true, "me": true, "myself": true, "mine": true}

// reviewHealthFeatures is backstopFeatures with the review's care as
// post-level terms, alone and paired with each sign of the reply.
func reviewHealthFeatures(s *scan, emit func(string)) {
	backstopFeatures(s, emit)
	if s.d.ReviewText == "" {
		return
	}
	toks, _ := tokenize(s.d.ReviewText)
	words := make([]string, 0, len(toks))
	sentOf := make([]int, 0, len(toks))
	for i := range toks {
		if toks[i].kind == tokPunct {
			continue
		}
		words = append(words, toks[i].low)
		sentOf = append(sentOf, toks[i].sent)
	}
	var hasHealth, hasBody, hasMy bool
	careSent := map[int]bool{}
	for _, h := range health.Find(words, nil) {
		if h.Cat == health.BodyPart {
			hasBody = true
		} else {
			hasHealth = true
		}
		careSent[sentOf[h.From]] = true
	}
	for k, w := range words {
		if reviewerSelf[w] && careSent[sentOf[k]] {
			hasMy = true
		}
	}
	var signs backstopSigns
	for i := range s.toks {
		if s.toks[i].kind == tokWord {
			signs |= signOfWord[s.toks[i].low]
		}
	}
	for _, r := range []struct {
		on   bool
		term string
	}{{hasHealth, "<R:HEALTH>"}, {hasBody, "<R:BODY>"}, {hasMy, "<R:MY>"}} {
		if !r.on {
			continue
		}
		emit("u " + r.term)
		for b, l := range []string{"<Y>", "<T>", "<W>"} {
			if signs&(1<<b) != 0 {
				emit("b " + r.term + " " + l)
			}
		}
	}
}

// forwardSets are the sets held out of training for the session's forward
// check (devSet.heldOut, not in backstopSets).
var forwardSets = []string{"testdata/dev136", "testdata/dev137"}

// exploreForward136 trains variant v on all training sets and scores the
// forward sets at thr (the variant's cross-validated threshold): of their
// block-labelled privacy and reply posts the rules pass, how many the
// model leaves; of their clean posts the rules pass, how many it flags;
// and the blocks left at 0/1/2/3/5/8 of their clean posts flagged.
// Aggregates only: no post of a held-out set is printed.
func exploreForward136(t *testing.T, v string, sets [][]trainItem, fwd [][]trainItem, thr float64) {
	_, opts := featuresOf(v)
	var rest []trainItem
	for _, items := range sets {
		rest = append(rest, items...)
	}
	m := trainWith(rest, opts)
	var line []string
	var allClean, allBlocks []float64
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
				allClean = append(allClean, p)
				if p >= thr {
					flagged++
				}
			case it.label == "block" && (it.family == "privacy" || it.family == "reply"):
				rulesBlocks++
				allBlocks = append(allBlocks, p)
				if p < thr {
					passed++
				}
			}
		}
		line = append(line, fmt.Sprintf("%s: blocks passed %d of %d the rules pass, clean flagged %d of %d the rules pass", forwardSets[k], passed, rulesBlocks, flagged, rulesClean))
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(allClean)))
	var at []string
	for _, k := range []int{0, 1, 2, 3, 5, 8} {
		left := 0
		for _, p := range allBlocks {
			if k < len(allClean) && p <= allClean[k] {
				left++
			}
		}
		at = append(at, fmt.Sprintf("%d:%d", k, left))
	}
	t.Logf("[%s] forward at thr %.3f: %s; blocks left at k clean flagged %s", v, thr, strings.Join(line, "; "), strings.Join(at, " "))
}

// loadForwardSets loads the forward sets with the variants' features.
func loadForwardSets(t *testing.T, variants []string) [][]exploreItem {
	var out [][]exploreItem
	for _, d := range forwardSets {
		if slices.Contains(backstopSets, d) {
			t.Fatalf("%s is a training set", d)
		}
		out = append(out, loadExploreSet(t, d, variants))
	}
	return out
}

// reviewStars is the number of stars a review opens with (0: none).
func reviewStars(review string) int {
	n := 0
	for _, r := range review {
		switch r {
		case '★', '⭐':
			n++
		case '☆', ' ':
		default:
			return n
		}
	}
	return n
}

// reviewToneFeatures is backstopFeatures with the review's tone as a
// post-level term and, after a low review, each reply term paired with it.
func reviewToneFeatures(s *scan, emit func(string)) {
	backstopFeatures(s, emit)
	if s.d.ReviewText == "" {
		return
	}
	switch n := reviewStars(s.d.ReviewText); {
	case lowStars(s.d.ReviewText) || insultingReview(s.d.ReviewText):
		emit("u <R:LOW>")
		eachClassTerm(s, func(_ int, _ termClass, term string) {
			emit("b <R:LOW> " + term)
		})
	case n >= 4:
		emit("u <R:TOP>")
	}
}
