package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Session 27 (t27reply): the reviewer's visit told with its hour or its
// day. "Dr. K was running behind before your 2:15 physical", "the wait
// for your 2:15 physical on Tuesday", "Your 10:15 with Dr. C started
// late", "na sua consulta das 10h": the practice's book read back to the
// reviewer (REV-01 block). "Your physical" alone blocked already; the hour
// between "your" and the visit hid it.

// visitOwners27 own a visit: "your", "ur", and Spanish and Portuguese.
var visitOwners27 = newWordSet([]string{"your", "ur", "su", "sua", "seu", "tu"})

// visitNouns27 are the visit a time is told for.
var visitNouns27 = newWordSet([]string{"visit", "appointment", "appt", "physical", "checkup", "exam", "consult", "consultation", "slot",
	"cita", "consulta", "visita"})

// timeWords27 are the words of an hour or a day said before or after a
// visit: "2:15", "10am", "10h", "Tuesday", "martes", "terça".
var timeWords27 = newWordSet([]string{"am", "pm", "a", "m", "p", ".", ":", "h", "o'clock", "morning", "afternoon", "evening",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
	"segunda", "terça", "terca", "quarta", "quinta", "sexta"})

// clockAt27 reports a token of an hour: digits, or digits with "h", "am"
// or "pm" written onto them ("10h", "9am").
func clockAt27(w string) bool {
	if hourMinutes28(w) {
		return true // "14h30" (attack28.go)
	}
	for _, suf := range []string{"am", "pm", "h", "hs"} {
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" {
			w = b
			break
		}
	}
	return isDigits(w)
}

// visitTimeTold27 reports each sentence of a reply that tells the
// reviewer's visit with its hour or its day.
func (s *scan) visitTimeTold27() []post.Finding {
	var out []post.Finding
	for si, se := range s.sents {
		if s.sentenceHasWord(si, bookingWords27) || s.sentenceHasWord(si, bookingMore28) {
			continue // "Book your 8 am appointment online": an offer to whoever reads
		}
		for t := se.tokStart; t < se.tokEnd; t++ {
			if !visitOwners27.has(s.toks[t].low) {
				continue
			}
			to, ok := s.visitTimeAt27(t, se.tokEnd)
			if !ok {
				to, ok = s.visitHourAlone28(t, se.tokEnd) // "your 2:15 ran late" (attack28.go)
			}
			if ok {
				out = append(out, s.finding(t, to, "This reply tells the reviewer's visit with its hour or day: it reads the practice's schedule back to them in public."))
				break
			}
		}
	}
	return out
}

// visitTimeAt27 reads, after the owner at t, an hour or a day then a visit
// ("your 2:15 physical", "your 10:15 with Dr. C", "your Tuesday visit"),
// or a visit then an hour ("sua consulta das 10h", "your visit at 2:15").
func (s *scan) visitTimeAt27(t, end int) (int, bool) {
	timed := false
	k := t + 1
	for ; k < end && k <= t+5; k++ {
		w := s.toks[k].low
		if clockAt27(w) {
			timed = true
			continue
		}
		if timed && timeWords27.has(w) || timeWords27.has(w) && len(w) > 3 {
			timed = timed || len(w) > 3
			continue
		}
		break
	}
	if k >= end {
		return 0, false
	}
	if timed {
		if visitNouns27.has(s.toks[k].low) {
			return k + 1, true
		}
		// "your 10:15 with Dr. C": the hour is the visit.
		if s.toks[k].low == "with" && clockAt27(s.toks[t+1].low) && k+1 < end && (s.toks[k+1].capital || inSet(s.toks[k+1].low, "dr", "doctor", "nurse")) {
			return k + 2, true
		}
		return 0, false
	}
	// A visit, then its hour: "sua consulta das 10h", "your visit at 2:15".
	if !visitNouns27.has(s.toks[k].low) || k+2 >= end || !inSet(s.toks[k+1].low, "at", "das", "de", "del", "on", "às", "a", "las") {
		return 0, false
	}
	for j := k + 2; j < end && j <= k+3; j++ {
		if clockAt27(s.toks[j].low) || timeWords27.has(s.toks[j].low) && len(s.toks[j].low) > 3 && !inSet(s.toks[j].low, "morning", "afternoon", "evening") {
			return j + 1, true
		}
	}
	return 0, false
}

// bookingWords27 make the hour a slot offered, not a visit had: "Book your
// 8 am appointment online", "grab your Saturday slot".
var bookingWords27 = newWordSet([]string{"book", "booking", "schedule", "scheduling", "reschedule", "online", "grab", "reserve",
	"available", "openings", "agende", "agenda", "reserve", "marque", "programe"})
