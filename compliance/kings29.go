package compliance

import "github.com/practicepost/practicepost/compliance/names"

// The Three Kings of Día de Reyes (PRIV-10; session 29, t29clean). "¡Feliz
// Día de Reyes! ... Que los Reyes les traigan salud y alegría"
// (dev154-146) and "Que los Reyes Magos les traigan salud, paz y mucha
// rosca" (dev158-129), both labelled pass: holidayNamed28 knows "Día de
// Reyes", but the Kings named again were read as a person called Reyes.
// "Reyes Magos" is the Magi anywhere; "los Reyes" alone is the Kings only
// in a post that names their day or its rosca (elsewhere it is the Reyes
// family). Tests: kings29_test.go.

// kings29 reports whether tokens [from,to) are the Three Kings: "Reyes
// Magos", or "Reyes" after "los" in a post naming Día de Reyes or rosca.
func (s *scan) kings29(from, to int) bool {
	if from >= len(s.toks) || s.toks[from].low != "reyes" || to-from > 2 {
		return false
	}
	if to-from == 2 {
		return names.Unmark(s.toks[from+1].low) == "magos"
	}
	if to < len(s.toks) && names.Unmark(s.toks[to].low) == "magos" {
		return true
	}
	return from > 0 && s.toks[from-1].low == "los" && s.kingsDayNamed29()
}

// kingsDayNamed29 reports whether the post names the Kings' day ("Día de
// Reyes", "Día de los Reyes") or its bread ("rosca").
func (s *scan) kingsDayNamed29() bool {
	if s.words.has("rosca") {
		return true
	}
	for t := 2; t < len(s.toks); t++ {
		if s.toks[t].low == "reyes" && (s.toks[t-1].low == "de" || s.toks[t-1].low == "los" && s.toks[t-2].low == "de") {
			return true
		}
	}
	return false
}
