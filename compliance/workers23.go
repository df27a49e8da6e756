package compliance

import "github.com/practicepost/practicepost/compliance/health"

// One worker told by the employer, the job and the shift or the day
// (session 23, t23privacy, PRIV-14): "A Toyota Georgetown team leader on
// second shift came in Thursday with a crushed finger from the press
// line", "a Georgia-Pacific forklift operator on night shift came in
// Thursday with a crushed finger". described21.go reads "the" and "our";
// "a" says no name is meant (priv_described14.go warns on it when a he or
// she ties care to them), but the plant, the job and the shift leave one
// person, and the whole crew knows who came in that day. Only with all
// three: a capitalized name before the job ("Toyota", "Tyson") that is not
// the practice's, and a shift or a weekday in the sentence. "A Toyota
// worker should wear gloves" (advice), "every team leader on night shift
// got a flu shot" (a crowd) and a worker with no care stay anyone's.

// shiftWords tell a work shift: "on second shift", "the overnight
// crew", "turno de noche".
var shiftWords = newWordSet([]string{"shift", "shifts", "overnight", "graveyard", "turno"})

// shiftDays are the days someone came in, written out: "came in
// Thursday" ("sat", "sun" and "wed" of weekdayWords are words too).
var shiftDays = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

// onShiftOrDay reports whether sentence si tells a shift or a weekday.
func (s *scan) onShiftOrDay(si int) bool {
	return s.sentenceHasWord(si, shiftWords) || s.sentenceHasWord(si, shiftDays)
}

// employersTeam reports whether "team" at token k, right before the
// person word at i, follows an employer's capitalized name that is not a
// pointer or the practice's: "the Toyota Georgetown team leader". "Our
// team lead" and "the care team lead" are ours.
func (s *scan) employersTeam(k, i int) bool {
	if k != i-1 || k == 0 || s.toks[k-1].sent != s.toks[k].sent {
		return false
	}
	p := &s.toks[k-1]
	return p.kind == tokWord && p.capital && !describedPointers.has(p.low) && !practiceWord(s, k-1) && !s.c.allow.staff[p.low]
}

// crowdCareIn reports whether sentence si makes its care a crowd's
// (crowdCareWords: "every player needs a physical"); "y'all" speaks to the
// reader and counts no crowd ("safety first, y'all!").
func (s *scan) crowdCareIn(si int) bool {
	if !s.sentenceHasWord(si, crowdCareWords) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !crowdCareWords.has(s.toks[t].low) {
			continue
		}
		if s.toks[t].low == "all" && t > se.tokStart && s.toks[t-1].low == "y" && inSet(s.text[s.toks[t-1].end:s.toks[t].start], "'", "’") {
			continue // the tokenizer drops the apostrophe: "y", "all"
		}
		return true
	}
	return false
}

// hurtBeforeWords, a word or two before a body part, tell it hurt:
// "with a crushed finger", "a deep cut on his hand", "a broken foot".
// bodyHurtIn reads the other order ("the wrist isn't broken").
var hurtBeforeWords = newWordSet([]string{"crushed", "smashed", "broken", "broke", "sprained", "cut", "gash", "burned", "burnt",
	"fractured", "twisted", "torn", "jammed", "pinched", "mangled", "busted", "dislocated", "bruised", "kicked", "stepped"})

// hurtBeforeBody reports whether sentence si tells a body part hurt with
// the hurt before it: a word of hurtBeforeWords, then a body part within
// three words ("a crushed finger", "a deep cut on his hand").
func (s *scan) hurtBeforeBody(si int) bool {
	if !s.sentenceHasWord(si, hurtBeforeWords) {
		return false
	}
	se := s.sents[si]
	words := s.healthWords()
	for k := se.tokStart; k < se.tokEnd; k++ {
		if !hurtBeforeWords.has(s.toks[k].low) {
			continue
		}
		if k+1 < se.tokEnd && inSet(s.toks[k].low, "kicked", "stepped", "broke") && hurtParticles23.has(s.toks[k+1].low) {
			continue // "kicked off our foot-care fair", "stepped up" (att23)
		}
		for t := k + 1; t < se.tokEnd && t <= k+4; t++ {
			if n, cat := health.At(words, t); n > 0 && cat == health.BodyPart {
				return true
			}
		}
	}
	return false
}

// hurtParticles23 after "kicked", "stepped" or "broke" make a phrasal
// verb that hurts no one: "kicked off our foot-care fair", "stepped up",
// "broke down" (att23).
var hurtParticles23 = newWordSet([]string{"off", "up", "in", "into", "out", "down", "back", "aside", "away", "forward", "over"})
