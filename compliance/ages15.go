package compliance

// Ages of no one (session 15, t15prec): an age over 89 said as the top of
// a range of ages ("from 2 weeks old to 96 years young") or as what
// reaching it is like ("Turning 90 is a big deal around here") names no
// one's age (PRIV-06).

// maxLivingAge is the oldest age a living person is taken to have: a
// birth year further back is history's, not a patient's.
const maxLivingAge = 117

// ageRangeTop reports whether the age at token from closes a range:
// "from newborns to 97 years young", "between 2 and 95".
func (s *scan) ageRangeTop(from, si int) bool {
	se := s.sents[si]
	if from == se.tokStart || !inSet(s.toks[from-1].low, "to", "and", "through", "thru") {
		return false
	}
	for t := from - 2; t >= se.tokStart && t >= from-7; t-- {
		if inSet(s.toks[t].low, "from", "between", "ages", "aged") {
			return true
		}
	}
	return false
}

// ageAsEvent reports whether the age at token from is the subject of a
// sentence that says what reaching it is like: "Turning 90 is a big deal
// around here", "Hitting 100 isn't rare anymore".
func (s *scan) ageAsEvent(from, si int) bool {
	se := s.sents[si]
	if ageVerbs.has(s.toks[from].low) && from+1 < se.tokEnd {
		from++ // the match may open at "Turning"
	}
	start := from
	if start > se.tokStart && ageVerbs.has(s.toks[start-1].low) {
		start--
	}
	if start != se.tokStart || !ageVerbs.has(s.toks[start].low) {
		return false
	}
	for t := from + 1; t < se.tokEnd && t <= from+4; t++ {
		if inSet(s.toks[t].low, "is", "isn", "was", "feels", "means") {
			return true
		}
		if !inSet(s.toks[t].low, "-", "year", "years", "old", "yr", "yrs", "and", "up", "or", "more", "older", "+") {
			return false
		}
	}
	return false
}

// ageVerbs reach an age: "Turning 90", "Hitting 100".
var ageVerbs = newWordSet([]string{"turning", "reaching", "hitting", "being"})

// fewWords before a crowd say how few they are: "two of our patients".
var fewWords = newWordSet([]string{"two", "three", "four", "five", "both", "couple", "pair", "one"})

// ageOfCrowd reports whether the age at token from is said of a crowd in
// the plural ("A lot of grandparents in our valley are turning 90") that
// no number narrows ("two of our patients turned 100" are two people).
func (s *scan) ageOfCrowd(from, si int) bool {
	se := s.sents[si]
	crowd := false
	for t := se.tokStart; t < from; t++ {
		w := s.toks[t].low
		if fewWords.has(w) || s.toks[t].kind == tokNumber {
			return false
		}
		crowd = crowd || manyWords.has(w)
	}
	return crowd
}
