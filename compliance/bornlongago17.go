package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Figures born or dead more than a lifetime ago (session 18, clean
// passing). "Happy birthday, Duke Kahanamoku! Born Aug 24, 1890" and
// "Harry T. Burleigh, born in Erie in 1866" tell history: no one born
// then is a patient. checkNames reads a year long gone in the name's own
// sentence (scan.historical); here the year opens the next sentence, or
// the scanner ended the sentence at the name's initial ("Harry T. |
// Burleigh, born ..."). A birth year a living patient can have ("Born
// March 3, 1934") is a date of birth, which the date rules weigh.

// lifetimeYears is how far back a birth or death year must be for no one
// it is told of to be living.
const lifetimeYears = 110

// lifeEventWords date a birth or a death.
var lifeEventWords = newWordSet([]string{"born", "died", "b", "d", "nació", "murió"})

// bornLongAgo reports whether p, named by a whole name with no courtesy
// title, is told born or dead more than lifetimeYears ago in the
// sentence after the name's: opened by "Born"/"Died", or going on from
// a name cut at its initial.
func (s *scan) bornLongAgo(p person) bool {
	if p.kind == names.Role || s.courtesyTitled(p.from) || s.courtesyTitled(p.name) {
		return false
	}
	si := s.toks[p.from].sent
	if si+1 >= len(s.sents) {
		return false
	}
	next := s.sents[si+1]
	first := next.tokStart
	for first < next.tokEnd && s.toks[first].kind == tokPunct {
		first++
	}
	if first >= next.tokEnd {
		return false
	}
	// "Harry T." ends its sentence at the initial's period: the next
	// sentence goes on with the surname.
	cutAtInitial := len(s.toks[p.to-1].low) == 1 || p.to-1 > 0 && s.toks[p.to-1].low == "." && len(s.toks[p.to-2].low) == 1
	if !lifeEventWords.has(s.toks[first].low) && !cutAtInitial {
		return false
	}
	return s.lifeEventLongAgo(si + 1)
}

// lifeEventLongAgo reports whether sentence si dates a birth or a death
// (lifeEventWords) to a year more than lifetimeYears back.
func (s *scan) lifeEventLongAgo(si int) bool {
	se := s.sents[si]
	event, old := false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		tk := &s.toks[t]
		event = event || lifeEventWords.has(tk.low) && len(tk.low) > 1
		if tk.kind == tokNumber && len(tk.low) == 4 {
			if y := smallNumber(tk.low); y >= 1000 && y <= s.d.Now.Year()-lifetimeYears {
				old = true
			}
		}
	}
	return event && old
}
