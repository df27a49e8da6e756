package compliance

import "github.com/practicepost/practicepost/post"

// A staff member's own care told in passing as a scheduling note
// (session 19, t19leak): "Dustin's at his own infusion appt, back by
// noon", "Kevin's out for his colonoscopy prep", "back from PT", "ran the
// half 8 weeks after knee surgery", and a doctor who goes by the
// initials of a first name in two parts ("Dr. JP" for Jean-Paul). Each
// is their health news (docs/COMPLIANCE.md, staff's own health); the walk
// in ownHealthAfter asks these helpers token by token, each looking a few
// words on, so the walk stays linear. A note with no care in it ("at a
// training until noon", "out today") is an ordinary schedule.

// apptNouns name a visit one goes to: with "own" or a care word before
// or after them they are the staff member's own care ("at his own
// appointment", "at her dentist appt", "en su cita médica").
var apptNouns = newWordSet([]string{"appt", "appts", "appointment", "appointments", "visit", "checkup", "followup", "cita", "consulta"})

// ownWords stress that what follows is the subject's own: "at his own
// appointment", "en su propia cita".
var ownWords = newWordSet([]string{"own", "propia", "propio"})

// careKeepers are the clinicians, clinics and kinds of care a visit is
// made to: "his doctor's appointment", "a dentist appt", "her PT
// appointment", "cita médica".
var careKeepers = newWordSet([]string{"doctor", "doctors", "dr", "dentist", "dentists", "dental", "eye", "ob", "obgyn", "gyn",
	"derm", "dermatologist", "dermatology", "cardiology", "cardiologist", "oncology", "oncologist", "pt", "physio", "therapy",
	"therapist", "infusion", "chiro", "chiropractor", "allergist", "allergy", "specialist", "surgeon", "surgical", "ortho",
	"orthopedic", "podiatrist", "counseling", "counselor", "psychiatrist", "fertility", "imaging", "lab", "labs", "bloodwork",
	"prenatal", "médica", "medica", "médico", "medico", "fisioterapia", "dentista", "oculista"})

// treatmentVisits are care gone to with no appointment word: "at chemo",
// "at her infusion", "back from PT", "a diálisis".
var treatmentVisits = newWordSet([]string{"chemo", "infusion", "infusions", "dialysis", "radiation", "physio", "pt", "rehab",
	"quimio", "diálisis", "dialisis", "fisioterapia", "terapia"})

// staffNote19Cues are the words the frames below need one of, for the
// gate of staffHealth.
var staffNote19Cues = newWordSet([]string{"appt", "appts", "appointment", "appointments", "visit", "checkup", "followup", "cita",
	"consulta", "chemo", "infusion", "infusions", "dialysis", "radiation", "physio", "pt", "rehab", "quimio", "diálisis", "dialisis",
	"fisioterapia", "terapia", "after", "post", "following"})

// apptOwners stand between "at" and the visit: "at his", "at a", "en su".
var apptOwners = newWordSet([]string{"his", "her", "their", "a", "an", "the", "su", "la", "el", "una"})

// staffVisitAt reports whether the word at t, at most four words after the
// staff name ending at from, opens a visit to the staff member's own
// care: "at his own appointment", "at her PT appointment", "at a dentist
// appt", "at chemo", "at her infusion", "en su cita médica". With self,
// "my" is the signer's. A relative's visit ("at her daughter's
// appointment") and a visit with nothing of care in it ("at her 2pm
// appointment with the school board") are not.
func (s *scan) staffVisitAt(t, from, to int, self bool) bool {
	if t-from > 4 || t+1 >= to || !inSet(s.toks[t].low, "at", "to", "en", "a") {
		return false
	}
	k := t + 1
	owned := false
	if w := s.toks[k].low; apptOwners.has(w) || self && w == "my" {
		owned = !inSet(w, "a", "an", "the", "la", "el", "una")
		k++
	}
	own := false
	if k < to && ownWords.has(s.toks[k].low) {
		own = true
		k++
	}
	if k >= to {
		return false
	}
	if treatmentVisits.has(s.toks[k].low) {
		return s.treatmentVisitAt(k, to)
	}
	care := false
	for n := k; n < to && n <= k+3; n++ {
		w := s.toks[n].low
		switch {
		case apptNouns.has(w):
			if s.placeNounAt(n+1, to) {
				return false // "at the lab appointment desk": a post at work (att19)
			}
			return own || care || s.careAfterVisit(n+1, to)
		case relativeWords.has(w) || kinTitles.has(w):
			return false // "at her daughter's appointment": the daughter's care
		case careKeepers.has(w) || s.healthStartsAt(n):
			care = true
		case w == "s" || w == "'" || w == "’":
			// "doctor's"
		case s.toks[n].kind != tokWord:
			return false
		}
	}
	// "at his own infusion": their own care, with no visit word.
	return own && owned && care
}

// treatmentVisitAt reports whether a treatment one goes to stands at k
// and is not a field or a service named after it: "at chemo", "back from
// PT"; not "at the chemo education class", nor "pt" (a patient).
func (s *scan) treatmentVisitAt(k, to int) bool {
	if k >= to || !treatmentVisits.has(s.toks[k].low) || s.toks[k].low == "pt" && !s.upperAt(k) {
		return false
	}
	// Gone to, the treatment ends its phrase ("at chemo this morning",
	// "back from PT, walking better", "back from rehab after his fall");
	// a noun after it names where staff work ("at radiation oncology",
	// "at dialysis rounds", "the rehab center", "PT school").
	if k+1 >= to || s.toks[k+1].kind != tokWord || visitAfterWords.has(s.toks[k+1].low) {
		return true
	}
	next := s.toks[k+1].low
	return !careGivenNouns.has(next) && !courseStudyNouns.has(next) && !s.placeNounAt(k+1, to) && !visitWorkNouns.has(next)
}

// visitWorkNouns after a treatment name a service staff work in, not a
// visit: "at radiation oncology", "at dialysis rounds".
var visitWorkNouns = newWordSet([]string{"oncology", "rounds", "services", "service", "team", "teams", "shift", "shifts", "nursing", "program"})

// visitPlaceNouns, after a visit or treatment word, make it the name of
// a place or a post at work (session 19, att19): "the appointment desk",
// "PT school", "the rehab wing", "the infusion floor".
var visitPlaceNouns = newWordSet([]string{"desk", "desks", "line", "lines", "phone", "phones", "window", "school", "wing", "floor",
	"office", "building", "facility", "graduation", "board", "van", "bay", "station", "area", "hall", "gym", "pool", "lobby",
	"coordinator", "scheduler", "reminders", "system", "software"})

// placeNounAt reports whether token k (before to) is one of
// visitPlaceNouns or a center, unit or room (courseStudyNouns).
func (s *scan) placeNounAt(k, to int) bool {
	return k < to && s.toks[k].kind == tokWord && (visitPlaceNouns.has(s.toks[k].low) || inSet(s.toks[k].low, "center", "centre", "unit", "suite", "room", "department"))
}

// visitAfterWords may follow a treatment gone to: a time, a joiner.
var visitAfterWords = newWordSet([]string{"today", "tonight", "tomorrow", "this", "until", "till", "til", "now", "rn", "so",
	"and", "but", "again", "all", "on", "at", "for", "then", "back", "morning", "afternoon", "hoy", "hasta", "y", "esta"})

// careAfterVisit reports whether a care word follows a visit word within
// three words: "cita médica", "consulta con el dentista".
func (s *scan) careAfterVisit(k, to int) bool {
	for n := k; n < to && n <= k+2; n++ {
		if careKeepers.has(s.toks[n].low) {
			return true
		}
	}
	return false
}

// upperAt reports whether token k is written in capitals ("PT", the
// therapy; "pt" is a patient).
func (s *scan) upperAt(k int) bool {
	return isUpperWord(s.text[s.toks[k].start:s.toks[k].end])
}

// othersWords between a staff name and a procedure make the procedure
// anyone's: "most people can drive 6 weeks after hip surgery".
var othersWords = newWordSet([]string{"people", "patients", "folks", "most", "many", "everyone", "anyone", "athletes", "runners",
	"clients", "kids", "someone", "somebody", "others", "person"})

// deedAfterCareAt reports whether "after" (or "post", "following") at t,
// a span of time after a deed ("ran the half 8 weeks after"), opens a
// procedure or condition of the subject's own, with no "getting" before
// it (careUndergoneAfterAt reads that one): "6 weeks after hip surgery",
// "10 weeks post ACL surgery", "two months after a knee replacement".
// Others named between the name and the span make it a lesson.
func (s *scan) deedAfterCareAt(t, from, to int) bool {
	if !inSet(s.toks[t].low, "after", "post", "following") || t+1 >= to || !s.timeSpanBefore(t) {
		return false
	}
	for k := from; k < t; k++ {
		if othersWords.has(s.toks[k].low) {
			return false
		}
	}
	return s.ownCareAt(t+1, to, false)
}

// contractedIs reports whether the "s" token at k, right after a staff
// name, is "is" ("Kevin's out for his colonoscopy prep", "Dustin's at
// his own infusion appt"), not a possessive ("Kevin's sister", "Kevin's
// back pain"): a place, an absence or a state follows it, and not their
// own condition or procedure.
func (s *scan) contractedIs(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].low != "s" ||
		!inSet(s.toks[k+1].low, "at", "out", "off", "home", "back", "away", "in", "still", "recovering", "having", "getting", "been", "finally", "doing", "feeling", "resting") && !contractedVerbs22.has(s.toks[k+1].low) {
		return false
	}
	// "Kevin's back pain", "Sarah's back surgery": the body part is hers,
	// read as the possessive it is.
	return !s.ownCareAt(k+1, s.sents[s.toks[k].sent].tokEnd, false)
}

// initialsPairAt reports whether token i is the two capital letters a
// staff doctor goes by ("Dr. JP" for Jean-Paul Mukendi): the initials of
// a first name in two parts, or of two names (allowlist.initialPairs).
func (s *scan) initialsPairAt(i int) bool {
	t := &s.toks[i]
	return len(t.low) == 2 && t.capital && s.upperAt(i) && i >= 2 && s.titledDoctor(i) && s.c.allow.staffInitialPair(t.low)
}

// therapyCue reports whether the patient cue h is "PT" in capitals gone
// to or come back from ("back from PT", "at her PT"): the physical
// therapy the staff member has, not a patient ("pt").
func (s *scan) therapyCue(h hit) bool {
	return h.to == h.from+1 && h.from > 0 && s.toks[h.from].low == "pt" && s.upperAt(h.from) &&
		inSet(s.toks[h.from-1].low, "from", "at", "to", "his", "her", "their", "my")
}

// performVerbs before "his own" or "her own" make what follows the care
// a clinician does with their own hands: "does her own stitches".
var performVerbs = newWordSet([]string{"does", "do", "did", "doing", "makes", "made", "reads", "read", "runs", "ran", "writes",
	"wrote", "orders", "ordered", "handles", "performs", "performed", "draws", "gives", "gave", "places", "sets", "casts"})

// stressedOwnAt reports whether the possessive at t is followed by "own"
// and a health detail of the subject's ("his OWN colonoscopy prep", "her
// own kidney stone"), not after a verb of care given ("does her own
// stitches"), nor a shot or screening she models ("had her own flu shot
// today"), nor a program named after it.
func (s *scan) stressedOwnAt(t, to int) bool {
	if t+2 >= to || s.toks[t+1].low != "own" || t > 0 && performVerbs.has(s.toks[t-1].low) {
		return false
	}
	return s.ownCareAt(t+2, to, false) // not "her own flu shot", the example she sets
}

// backWords after "who's" tell someone come back: "look who's back",
// "guess who's home".
var backWords = newWordSet([]string{"back", "home", "returning", "returned"})

// whoIsBackStaff finds "look who's back after her gallbladder surgery!!
// Sarah we missed you": a return after the subject's own care, told
// before the staff member is named in the same sentence or the next
// (PRIV-10 block, as "Sarah is back after her gallbladder surgery").
func (s *scan) whoIsBackStaff() []post.Finding {
	if !s.words.has("who") {
		return nil
	}
	for t := 1; t+2 < len(s.toks); t++ {
		if s.toks[t].low != "who" || !inSet(s.toks[t-1].low, "look", "guess", "guesss") {
			continue
		}
		k := t + 1
		if inSet(s.toks[k].low, "s", "is", "just", "finally") {
			k++
		}
		if k >= len(s.toks) || !backWords.has(s.toks[k].low) {
			continue
		}
		si := s.toks[t].sent
		end := s.sents[si].tokEnd
		if !s.careReturnedFrom(k+1, end) {
			continue
		}
		// The name may come in the next sentence with words ("!!" and
		// an emoji are sentences of none).
		last := end
		for n := si + 1; n < len(s.sents) && n <= si+3; n++ {
			last = s.sents[n].tokEnd
			if s.sentHasWord(n) {
				break
			}
		}
		for n := k + 1; n < last && n <= k+30; n++ {
			if s.toks[n].kind == tokWord && s.toks[n].capital && s.staffSubject(n) || s.doctorInitial(n) {
				f := s.finding(n, n+1, "This shares a staff member's own health news (an illness, a surgery, a recovery or a birth). It is their health information: post it only with their written OK.")
				f.Severity = post.SeverityBlock
				f.Suggestion = "Leave the health detail out (\"look who's back!\"), or have a doctor approve it with the staff member's written OK as the reason."
				return []post.Finding{f}
			}
		}
	}
	return nil
}

// careReturnedFrom reports whether "after" or "from" in tokens [k,end)
// opens a health detail of the subject's own ("after her gallbladder
// surgery", "from the hospital after a knee replacement").
func (s *scan) careReturnedFrom(k, end int) bool {
	for n := k; n < end && n <= k+8; n++ {
		if !inSet(s.toks[n].low, "after", "from", "following") {
			continue
		}
		if s.ownDetailFrom(n+1, end) {
			return true
		}
		if n+2 < end && s.toks[n+1].low == "the" && stayPlaces.has(s.toks[n+2].low) {
			return true // "home from the hospital"
		}
	}
	return false
}
