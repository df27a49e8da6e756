package compliance

import "strings"

// The office's own days (PRIV-05; session 29, t29clean). "Holiday hours:
// Roanoke offices closed Dec 24-25 and Jan 1. Salem is open Dec 26 for
// sick visits" (dev174-293) and "non-food treats for kids with allergies
// 🎃 Trick-or-treat Oct 31, 3-5pm" (dev126-248), both labelled pass,
// blocked: the sick visits or the allergies put the date in a patient's
// context. A date the office keeps open or closed, or an event's date
// told with its clock time, is no one's: hoursWords a few words before it,
// or a clock time right after it, in a sentence that tells no person, no
// he or she, no patient and no visit that happened. Tests:
// officeday29_test.go.

// visitTold29 are the words of a visit that happened or of one patient:
// "a patient came in Dec 26 at 6pm", "was seen Oct 31 at 5pm".
var visitTold29 = newWordSet([]string{"came", "come", "admitted", "discharged", "seen", "saw", "treated", "delivered", "born",
	"died", "passed", "had", "was", "were", "brought", "rushed", "arrived", "visited", "stopped", "walked",
	"patient", "pt", "guy", "girl", "boy", "kid", "kiddo", "lady", "man", "woman", "baby"})

// officeDay29 reports whether the date at byte start is a day the office
// keeps (open, closed, hours before it) or an event's (a clock time after
// it), in a sentence that tells no one.
func (s *scan) officeDay29(start int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	if !s.hoursSaid(t) && !s.clockAfter29(t, si) {
		return false
	}
	return !s.personInSentence(si) && !s.sentenceHasWord(si, thirdPersonWords) && !s.sentenceHasWord(si, visitTold29)
}

// clockAfter29 reports a clock time within six tokens after token t in
// sentence si: "Oct 31, 3-5pm", "Jan 14 at 6pm", "9 am".
func (s *scan) clockAfter29(t, si int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+6 && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if w == "noon" || (w == "am" || w == "pm") && s.toks[k-1].kind == tokNumber {
			return true
		}
		if len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) {
			return true
		}
	}
	return false
}
