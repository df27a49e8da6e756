package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
)

// resultStates are how a test comes out: "came back normal", "results
// were negative". Not "good" or "great": a website or a season comes back
// great too.
var resultStates = newWordSet([]string{"normal", "negative", "positive", "clear", "clean", "fine", "benign", "perfect", "healthy",
	"unremarkable", "malignant"})

// resultNouns are the tests a reply may tell the outcome of.
var resultNouns = newWordSet([]string{"results", "result", "labs", "lab", "tests", "test", "scan", "scans", "biopsy", "pathology",
	"bloodwork", "swab", "screening", "mammogram", "xray", "x-ray"})

// resultToldAt reports, at token i of a reply's sentence ending at end,
// how the reviewer's test came out, and the token after it: "everything
// came back normal", "your results were negative", "it was benign". "Our
// phone lines came back to normal" tells no result ("to" comes between),
// and "most moles are benign" tells anyone's.
func (s *scan) resultToldAt(i, end int) (int, bool) {
	at := func(k int, set *wordSet) bool { return k < end && set.has(s.toks[k].low) }
	switch w := s.toks[i].low; {
	case w == "came" || w == "comes" || w == "come":
		if i+2 < end && s.toks[i+1].low == "back" && at(i+2, resultStates) {
			return i + 3, true
		}
	case w == "benign" || w == "malignant":
		// "it was benign", "that one's benign"; not "most moles are
		// benign", anyone's.
		if i >= 2 && inSet(s.toks[i-1].low, "was", "is", "were", "s") && inSet(s.toks[i-2].low, "it", "that", "everything", "both", "one", "they") {
			return i + 1, true
		}
	case resultNouns.has(w):
		k := i + 1
		if k < end && inSet(s.toks[k].low, "were", "are", "was", "is", "look", "looked", "looks") {
			k++
			if k < end && inSet(s.toks[k].low, "all", "totally", "completely") {
				k++
			}
			if at(k, resultStates) {
				return k + 1, true
			}
		}
	}
	return 0, false
}

// kickedInAfterMedicine reports "the X kicked in" at token t (on
// "kicked"), sentence tokens [start,end), where X is one word that is a
// health or care word or no everyday English word: a medicine taking
// effect ("the Tamiflu kicked in", "the acetazolamide kicked in"), whose
// brand name no list may hold. "The coffee kicked in" and "the heat in
// the waiting room kicked in" are everyday things.
func (s *scan) kickedInAfterMedicine(t, start, end int) bool {
	if s.toks[t].low != "kicked" || t+1 >= end || s.toks[t+1].low != "in" || t-2 < start || s.toks[t-2].low != "the" {
		return false
	}
	k := t - 1
	if s.toks[k].kind != tokWord || s.officeThingAt(k) {
		return false
	}
	if n, _ := health.At(s.healthWords(), k); n > 0 || s.careAt(k) > 0 {
		return true
	}
	return !names.IsWord(s.toks[k].low) && len(s.toks[k].low) >= 5
}
