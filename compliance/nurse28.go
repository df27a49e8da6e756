package compliance

import "strings"

// A nurse by the letters of a name (session 28, t28clean: clean
// passing). "Nurse D gave 40 flu shots", "Ask Nurse Lu about school
// shots", "Nurse K and Dr. B are presenting", "Nurse Pa's son just
// graduated": a practice's nurses go by the first letter or two of a
// name as its doctors go by "Dr. A" (isStaff took an initial alone as
// staff only after a doctor's or a coach's title), and a short form
// needs three letters (shortFormOf), so the staff nurse was read as a
// patient beside the shots she gave. After "Nurse", one or two letters
// that begin a staff member's name word are that member ("Pa" also after
// the credentials list dropped it as "PA"). Letters that begin no staff
// name ("Nurse Jo" with no Jo- on staff), a courtesy title ("Mrs. Lu")
// and no title ("Lu got her stitches out") keep the person held.

// nurseShortName28 reports whether tokens [from,to) are one or two
// capitalised letters right after "nurse" that begin a staff member's
// name word.
func (s *scan) nurseShortName28(from, to int) bool {
	for to > from+1 && s.toks[to-1].kind == tokPunct {
		to--
	}
	if from < 1 || to-from != 1 || s.toks[from-1].low != "nurse" || s.toks[from-1].sent != s.toks[from].sent {
		return false
	}
	t := &s.toks[from]
	if t.kind != tokWord || !t.capital || len(t.low) > 2 {
		return false
	}
	for _, m := range s.c.allow.members {
		for _, mw := range m {
			if strings.HasPrefix(mw, t.low) {
				return true
			}
		}
	}
	return false
}
