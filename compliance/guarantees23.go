package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// Access guaranteed after it is named (CLAIM-01, issue 11, session 23;
// tests in guarantees23_test.go).
//
// accessGuarantee reads what follows a guarantee word ("guaranteed
// same-day visits"). Posts as often say the service first and the
// guarantee last: "Shortest wait times in Lexington — guaranteed!",
// "Same-day appointments in Kodiak, guaranteed — or your visit is on
// us!", "You'll never wait more than 10 minutes. Guaranteed.", "Zero-wait
// guarantee at the Manassas office". These promise access, not a result
// (COMPLIANCE.md, "Claims the shared rules are silent on": warn), and
// every readable dev set labels them review; they blocked.

// accessGuaranteedAfter reports whether the guarantee word at token t
// follows, in its sentence and at most fourteen words back, a visit, a
// wait, a call back or a time in minutes or hours, with no result, no
// condition and no word of a result between. A guarantee that is its
// sentence's only word ("... 10 minutes. Guaranteed.") reads the sentence
// before. "Same-day relief for your back, guaranteed", "your sinus
// infection gone within 48 hours, guaranteed" and "lose 20 lbs in 30
// days — results guaranteed" still block.
func (s *scan) accessGuaranteedAfter(t int) bool {
	if !strings.HasPrefix(s.toks[t].low, "guarantee") {
		return false
	}
	si := s.toks[t].sent
	se := s.sents[si]
	lo, hi := se.tokStart, t
	if si > 0 && s.wordsIn(se.tokStart, se.tokEnd) == 1 {
		prev := s.sents[si-1]
		lo, hi = prev.tokStart, prev.tokEnd
	}
	lo = max(lo, hi-14)
	access := false
	for k := lo; k < hi; k++ {
		w := s.toks[k].low
		if resultWords.has(w) || resultTold23.has(w) || s.conditionAt(k) && !s.hitAt("CLAIM-01/access", k+1) || s.resultGuaranteed23(k) {
			return false // "sick visits" names the visit, not a result
		}
		access = access || s.hitAt("CLAIM-01/access", k) || s.minutesSpan(k) && k > lo && serviceDone23.has(s.toks[k-1].low)
	}
	return access
}

// wordsIn counts the word tokens in [from, to).
func (s *scan) wordsIn(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if s.toks[k].kind == tokWord {
			n++
		}
	}
	return n
}

// minutesSpan reports a time in minutes or hours opened at token k: "in
// 20 minutes", "under 15 min", "within 2 hours" (days and weeks are the
// span of a result: "lose 20 lbs in 30 days").
func (s *scan) minutesSpan(k int) bool {
	return k+2 < len(s.toks) && inSet(s.toks[k].low, "in", "under", "within") && s.toks[k+1].kind == tokNumber &&
		inSet(s.toks[k+2].low, "minutes", "minute", "min", "mins", "hours", "hour", "hr", "hrs")
}

// resultTold23 are words of a result that resultWords lacks: "feel
// better", "gone", "lose 20 lbs", "whiter", "migraines stop".
var resultTold23 = newWordSet([]string{"better", "feel", "feeling", "gone", "lose", "lost", "drop", "lbs", "lb", "pounds", "heal",
	"heals", "healed", "clear", "clears", "cleared", "stop", "stops", "end", "ends", "whiter", "younger", "symptom", "symptoms",
	"fixed", "fixes", "cure", "cures", "rid"})

// serviceDone23 before a time in minutes make the time a service's
// ("physicals done in 20 minutes"); a time alone may be a result's ("in
// 20 minutes you'll be back on your feet. Guaranteed.", "energized in 30
// minutes, guaranteed!"), which keeps its block (att23).
var serviceDone23 = newWordSet([]string{"done", "finished", "roomed", "completed", "ready"})

// resultGuaranteed23 reports at token k a result the lists above lack:
// a medicine handed out ("seen in 15 minutes and out with antibiotics,
// guaranteed"), or a body or a look made new ("back on your feet",
// "good as new", "two shades brighter", "energized"; att23).
func (s *scan) resultGuaranteed23(k int) bool {
	w := s.toks[k].low
	if resultShapes23.has(w) || w == "new" && k > 0 && inSet(s.toks[k-1].low, "as", "like") {
		return true
	}
	_, cat := health.At(s.healthWords(), k)
	return cat == health.Medicine
}

// resultShapes23 are words of a body or a look changed (att23).
var resultShapes23 = newWordSet([]string{"feet", "energized", "energised", "energy", "brighter", "smoother", "smoothed", "slimmer",
	"thinner", "hydrated", "rested", "healthier", "stronger", "antibiotic", "antibiotics", "prescription", "prescriptions", "rx",
	"meds", "medication", "medications", "pills"})
