package compliance

import "github.com/practicepost/practicepost/post"

// A public incident, then our care for the people in it (session 24,
// t24privacy, PRIV-14). The town read about the wreck on Highway 52 or
// the shrimper who went overboard off Shem Creek; a post that pins the
// incident to a place or a day and then tells our care ("Remember the
// buggy crash on Highway 52 near Harmony last Saturday? Both kids we
// stitched up that evening are healing well", "the farmer whose combine
// caught fire on K-42 last Thursday — glad we could patch up those
// burns") tells everyone whose care it was, with no name. It blocks only
// with all three: the incident word, a place or a day right after it (or
// a day before it: "Friday's pileup"), and in that sentence or the next
// a word of care given ("stitched", "patch up", "followed up",
// "follow-up", "atendimos") with us, our doctor or "see you" in it, and
// he, she or the people in it. The storm with prevention advice, a road
// closed by the crash, thanks to the firefighters and "any crash on Route
// 9" (no care given) stay clean.

// incidentWords24 are the incidents a town hears about.
var incidentWords24 = newWordSet([]string{"crash", "wreck", "accident", "pileup", "pile-up", "rollover", "collision", "overboard",
	"fire", "blaze", "explosion", "capsized", "hit", "struck", "injured", "hurt",
	"choque", "accidente", "incendio", "volcadura", "explosión", "atropellado", "atropellada"})

// incidentVerbsOnly24 are incident words that are also everyday verbs:
// they count only before "on", "by", "in", "off" or "near" ("hit on the
// bridge", "struck by a truck"), not in "hit a milestone".
var incidentVerbsOnly24 = newWordSet([]string{"hit", "struck", "injured", "hurt"})

// incidentAnchorPreps24 before a capitalized or numbered word pin an
// incident to a place: "on Highway 52", "off Shem Creek", "en la
// Carretera 54".
var incidentAnchorPreps24 = newWordSet([]string{"on", "off", "near", "at", "in", "en", "cerca"})

// incidentTimes24 pin an incident to a day: "last Saturday", "yesterday",
// "el sábado pasado".
var incidentTimes24 = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "tonight", "last", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "pasado",
	"pasada", "anoche"})

// incidentCareWords24 tell care given to the people in an incident:
// "we stitched up", "patch up those burns", "followed up with us",
// "stitches out", "los niños que atendimos".
var incidentCareWords24 = newWordSet([]string{"stitched", "stitches", "patched", "patch", "treated", "followed", "following",
	"follow", "followup", "sutured", "splinted", "casted", "bandaged", "atendimos", "cosimos", "suturamos", "curamos", "tratamos"})

// incidentOurs24 make the care ours: "we", "us", "Dr. Ortiz", "see you
// at follow-up".
var incidentOurs24 = newWordSet([]string{"we", "us", "our", "dr", "doctor", "see", "atendimos", "cosimos", "suturamos", "curamos",
	"tratamos", "nosotros"})

// incidentPeople24 are the people in the incident: "he's been following
// up", "both kids", "the two teens", "los dos niños".
var incidentPeople24 = newWordSet([]string{"he", "she", "him", "his", "her", "they", "them", "their", "kids", "children", "teens",
	"both", "who", "whose", "driver", "niños", "niñas", "él", "ella", "ellos"})

// incidentCare24 finds incidents told with our care for the people in
// them.
func (s *scan) incidentCare24() []post.Finding {
	if !s.hasAny(incidentWords24) || !s.hasAny(incidentCareWords24) {
		return nil
	}
	var out []post.Finding
	last := -1 // the last sentence with a finding: one a sentence
	for k := range s.toks {
		si := s.toks[k].sent
		if si == last || !incidentWords24.has(s.toks[k].low) {
			continue
		}
		end, ok := s.incidentAnchor24(k, si)
		if !ok || !s.incidentTold24(k, si) {
			continue
		}
		f := s.finding(k, end, "An incident the town heard about, pinned to a place or a day, then our care for the people in it, tells everyone whose care it was.")
		f.Severity = post.SeverityBlock
		out = append(out, f)
		last = si
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// incidentAnchor24 reports whether the incident word at k is pinned to a
// place or a day: a place preposition before a capitalized or numbered
// word, or a day word, within eight tokens after it; or a day's
// possessive right before it ("Friday's pileup"). A general "any crash",
// "every accident" is none. end is where the anchor ends.
func (s *scan) incidentAnchor24(k, si int) (int, bool) {
	if p := k - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "any", "every", "no", "each", "cualquier") {
		return 0, false
	}
	if incidentVerbsOnly24.has(s.toks[k].low) && !(s.sameSent(k+1, si) && inSet(s.toks[k+1].low, "on", "by", "in", "off", "near", "en", "por")) {
		return 0, false
	}
	if p := k - 2; s.sameSent(p, si) && s.toks[p+1].low == "s" && incidentTimes24.has(s.toks[p].low) {
		return k + 1, true // "Friday's pileup"
	}
	for m := k + 1; s.sameSent(m, si) && m <= k+8; m++ {
		w := s.toks[m].low
		if incidentTimes24.has(w) {
			return m + 1, true
		}
		if !incidentAnchorPreps24.has(w) {
			continue
		}
		for n := m + 1; s.sameSent(n, si) && n <= m+3; n++ {
			tk := &s.toks[n]
			if tk.kind == tokNumber || tk.kind == tokWord && (tk.capital || tk.low[0] >= '0' && tk.low[0] <= '9') {
				if !practiceWord(s, n) {
					return n + 1, true
				}
			}
		}
	}
	return 0, false
}

// incidentTold24 reports whether sentence si (after the incident word at
// k) or the next tells care given, ours, to the people in the incident.
func (s *scan) incidentTold24(k, si int) bool {
	for c := si; c <= si+1 && c < len(s.sents); c++ {
		from := s.sents[c].tokStart
		if c == si {
			from = k + 1
		}
		care, ours, people := false, false, false
		for t := from; t < s.sents[c].tokEnd; t++ {
			w := s.toks[t].low
			care = care || incidentCareWords24.has(w) && s.incidentCareAt24(t)
			ours = ours || incidentOurs24.has(w)
			people = people || incidentPeople24.has(w)
		}
		if !people {
			people = s.sentenceHasWord(si, incidentPeople24) // "the farmer whose combine caught fire"
		}
		if care && ours && people {
			return true
		}
	}
	return false
}

// incidentCareAt24 reports whether the care word at t is care given:
// "patch", "follow" and "following" need "up" after them ("patch up
// those burns", "following up with Dr. Ortiz"); "treated" is not "treated
// to lunch".
func (s *scan) incidentCareAt24(t int) bool {
	switch s.toks[t].low {
	case "patch", "follow", "following", "followed":
		return t+1 < len(s.toks) && s.toks[t+1].low == "up"
	case "treated":
		return !(t+1 < len(s.toks) && s.toks[t+1].low == "to")
	}
	return true
}
