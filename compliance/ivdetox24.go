package compliance

import "github.com/practicepost/practicepost/post"

// The practice's own IV drip sold with detox words (MIS-01, issue 11,
// session 24; tests in ivdetox24_test.go).
//
// "Our IV hydration therapy boosts your immune system and flushes out
// toxins 💧" is an ad for a service the practice sells: health-fraud
// wording that CLAIM-03 already warns on, and that nine readable dev sets
// (d108, dev118-091, dev119-009, dev124-092, dev128-029, dev132-167,
// dev137-033 ...) label review, not block. MIS-01 blocked it as the
// detox myth. The myth's other shapes keep their block: a detox that
// names the organ it cleans ("the toxins your liver can't handle"), a
// metal or a disease pulled out, a tea, a juice or a cleanse (no drip),
// and a drip no one at the practice offers ("IV drips flush out toxins
// from your liver").

// ivDripWords name an IV drip service.
var ivDripWords = newWordSet([]string{"iv", "ivs", "drip", "drips", "infusion", "infusions"})

// toxinWords are the detox myth's own words in a finding.
var toxinWords = newWordSet([]string{"toxin", "toxins", "detox", "detoxes", "detoxing"})

// detoxTargets, in or just after the finding, make the detox a stated
// myth about the body: an organ cleaned, a metal or a disease pulled out.
var detoxTargets = newWordSet([]string{"liver", "livers", "kidney", "kidneys", "blood", "bloodstream", "colon", "lungs", "lung",
	"fat", "cells", "uterus", "womb", "arteries", "brain", "lymph", "metal", "metals", "mercury", "lead", "heavy", "mold",
	"pesticide", "pesticides", "chemicals", "cause", "causes", "caused", "cancer", "diabetes", "fentanyl", "plaque", "uranium",
	"parasites", "cannot", "cant"})

// detoxNotDrip are remedies the detox myth is usually told of: with one
// beside the drip the sentence is that myth.
var detoxNotDrip = newWordSet([]string{"tea", "teas", "juice", "cleanse", "cleanses", "pads", "pad", "soak", "soaks", "foot",
	"charcoal", "cupping", "sauna", "chelation"})

// ownDripDetox turns a MIS-01 block into a warning when it is the detox
// wording of the practice's own drip: "our" and a drip word within the
// dozen tokens before the finding (no sentence end between), a toxin word
// in the finding, and no organ, metal, disease or other remedy in the
// finding or the eight tokens after it.
func (s *scan) ownDripDetox(out []post.Finding) {
	if !s.hasAny(ivDripWords) || !s.hasAny(toxinWords) {
		return // most posts: two bit tests
	}
	s.shortBlocks(out, 10, toxinWords, func(f *post.Finding, from, to int) {
		if !s.ownDripBefore(from, to) {
			return
		}
		after := min(len(s.toks), to+8)
		for k := to; k < after; k++ {
			if s.toks[k].sent != s.toks[from].sent {
				after = k
				break
			}
		}
		if s.tokensHaveWord(from, after, detoxTargets) || s.tokensHaveWord(max(0, from-12), after, detoxNotDrip) || s.cantIn(to, after) {
			return
		}
		if s.dripMythNamed24(from, after) {
			return // "flushes out vaccine toxins", "chemo toxins" (attack24.go)
		}
		f.Severity = post.SeverityWarn
		f.Message = "This sells a drip with detox wording. Check the claim is supported, or say what the drip gives (fluids, vitamins)."
		f.Suggestion = "Drop \"flushes toxins\": the liver and kidneys do that."
	})
}

// ownDripBefore reports "our" followed by a drip word, in the finding
// [from, to) or the twelve tokens before it, with no sentence end (".",
// "!", "?") between: "Our IV hydration drips ...", "Book our hydration
// drip: it ...", "Our detox IV drip flushes toxins".
func (s *scan) ownDripBefore(from, to int) bool {
	drip := false
	for k := to - 1; k >= 0 && k >= from-12; k-- {
		switch w := s.toks[k].low; {
		case w == "." || w == "!" || w == "?":
			return false
		case ivDripWords.has(w):
			drip = true
		case (w == "our" || w == "ours") && drip:
			return true
		}
	}
	return false
}

// cantIn reports "can't" (or "can not") in tokens [from, to): "the toxins
// your body can't clear" says the body needs the detox.
func (s *scan) cantIn(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if s.toks[k].low == "can" && inSet(s.toks[k+1].low, "t", "not", "'", "’") {
			return true
		}
	}
	return false
}
