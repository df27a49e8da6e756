package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A staff member's own health told in the everyday words an office uses,
// which the staff walk did not read (issue 11, session 21, t21lex; read
// by kind on the dev sets' privacy posts the rules alone passed): "is back
// home after his bypass", "back from cardiac rehab", "is on bed rest", "on
// oxygen", "out this week with mono", "is 6 months along", "is EXPECTING
// — due in March", "on a clean mammogram", "two weeks of pneumonia",
// "powering through a kidney stone", "found out she's celiac", "picked up
// her 1-year chip", a deed a span of time after "his bypass surgery", and
// a greeting whose next sentence tells the news ("Welcome back Tamika!!
// Gallbladder's gone"). Each is the staff member's health information, as
// their surgery is (docs/COMPLIANCE.md, staff's own health). Every helper
// looks a few words on from one token, so the walk stays linear.

// staffHealth21Cues are the words ownHealth21At needs one of, for the
// gate of staffHealth.
var staffHealth21Cues = newWordSet([]string{"back", "home", "returns", "returned", "returning", "on", "along", "with", "of",
	"through", "chip", "medallion", "found", "learned", "clean", "clear", "normal", "negative", "benign", "expecting", "welcome"})

// detailEndWords may follow a health detail told as someone's own, where
// a noun after it would make it the name of a thing ("the cancer walk",
// "the rehab conference", "flu season rush"): "after his bypass and",
// "on bed rest until", "with mono this week".
var detailEndWords = newWordSet([]string{"and", "but", "so", "with", "this", "last", "today", "tonight", "yesterday", "on", "in",
	"at", "already", "just", "now", "still", "until", "til", "till", "for", "since", "after", "&", "again", "is", "was", "went",
	"s", "couldn", "didn", "could", "did", "has", "had", "are", "were", "all", "over", "done", "feeling", "looking", "doing"})

// detailEnds21 reports whether the health detail ending at token end is
// told as a whole: the text or a sentence ends, a mark or an emoji
// follows, or one of detailEndWords.
func (s *scan) detailEnds21(end int) bool {
	if end >= len(s.toks) || s.toks[end].kind != tokWord {
		return true
	}
	return detailEndWords.has(s.toks[end].low)
}

// ownDetail21At reports whether a condition or a procedure the subject
// went through starts at token k, past "his", "her", "a", "the" and one
// modifier ("cardiac rehab", "heart stent"), and is told as a whole
// (detailEnds21): not a vaccination nor a screening modelled to the
// reader, nor the name of a walk or a conference.
func (s *scan) ownDetail21At(k, to int) bool {
	for n := 0; n < 3 && k < to; n++ {
		if h, ok := s.healthHitAt(k); ok && h.To <= to && (h.Cat == health.Condition || h.Cat == health.Procedure) {
			end := h.To
			if h2, ok := s.healthHitAt(end); ok && h2.To <= to {
				end = h2.To // "his bypass" "surgery"
			} else if end < to && careAfterPart.has(s.toks[end].low) {
				end++ // "hip" "replacement"
			}
			if s.vaccination(h) || s.modelledScreening(h) || !s.detailEnds21(end) {
				return false
			}
			for j := h.From; j < h.To; j++ {
				if vaccineWords.has(s.toks[j].low) && !inSet(s.toks[j].low, "flu", "covid") {
					return false
				}
			}
			return true
		}
		w := s.toks[k].low
		if !ownersBeforeDetail.has(w) && !ownModifier.has(w) && !plannedModifiers.has(w) && !s.modifierBeforeCare21(k, to) {
			return false
		}
		k++
	}
	return false
}

// modifierBeforeCare21 reports whether token k is one lower-case word, or
// a body part, right before a procedure: "cardiac rehab", "heart stent".
func (s *scan) modifierBeforeCare21(k, to int) bool {
	if k+1 >= to || s.toks[k].kind != tokWord || s.toks[k].capital {
		return false
	}
	h, ok := s.healthHitAt(k + 1)
	return ok && h.Cat == health.Procedure
}

// returnWords tell a staff member back at work or home.
var returnWords = newWordSet([]string{"back", "home", "returns", "returned", "returning"})

// onTreatmentVerbs come before "on" told of a state: "is on bed rest",
// "still on oxygen".
var onTreatmentVerbs = newWordSet([]string{"is", "s", "was", "been", "still", "now", "currently", "be"})

// onTreatments are the states "on" tells of a person: "on bed rest", "on
// oxygen", "on crutches", "on insulin". Not "on call", nor "on the
// diabetes team" (the word after a detail, detailEnds21).
var onTreatments = newWordSet([]string{"bed", "oxygen", "crutches", "insulin", "dialysis", "chemo", "antibiotics", "steroids",
	"hospice", "blood", "a"})

// outWithSpan are the words of a span of time between "out" and "with":
// "out this week with mono", "home today with strep".
var outWithSpan = newWordSet([]string{"this", "week", "today", "tonight", "since", "monday", "tuesday", "wednesday", "thursday",
	"friday", "a", "few", "couple", "of", "days", "the", "rest", "all", "again", "sick"})

// goneWords tell a body part or a condition gone from someone: "Gallbladder's
// gone", "the appendix is out".
var goneWords = newWordSet([]string{"gone", "out", "removed", "fixed", "healed", "mended"})

// careAfterPart follow a body part to make the procedure done on it:
// "hip replacement", "knee surgery".
var careAfterPart = newWordSet([]string{"replacement", "surgery", "repair", "reconstruction", "transplant", "removal", "scope",
	"procedure", "operation", "stent", "fusion"})

// poweringWords go "through" an illness: "powering through a kidney
// stone", "battling pneumonia".
var poweringWords = newWordSet([]string{"powering", "powered", "pushing", "pushed", "toughing", "toughed", "soldiering",
	"battling", "fighting"})

// ownHealth21At reports, at token t of the stretch [from,to) told after a
// staff member's name, their own health news in the words above.
func (s *scan) ownHealth21At(t, from, to int) bool {
	w := s.toks[t].low
	switch {
	case returnWords.has(w) && s.returnReason29(s.pastReturnPlace29(t+1, to), to):
		// "returns to the Elm Street office Monday after his heart
		// procedure", "back at the front desk after a rough round of
		// pneumonia" (staffaway29.go)
		return true
	case returnWords.has(w):
		// "is back home after his bypass", "back from cardiac rehab",
		// "returns Monday after her gallbladder surgery"; not "back from
		// the cancer walk", "back after lunch".
		for k := t + 1; k < to && k <= t+3; k++ {
			if inSet(s.toks[k].low, "after", "from", "following") {
				// "back from the hospital" is a doctor's rounds as often
				// (stayAt reads a stay).
				return !(k+2 < to && stayPlaces.has(s.toks[k+2].low)) && !(k+1 < to && stayPlaces.has(s.toks[k+1].low)) && s.ownDetail21At(k+1, to)
			}
			if !inSet(s.toks[k].low, "home", "at", "work", "to", "monday", "tuesday", "wednesday", "thursday", "friday", "today", "tomorrow") {
				return false
			}
		}
	case w == "on" && t > from && onTreatmentVerbs.has(s.toks[t-1].low) && t+1 < to && onTreatments.has(s.toks[t+1].low):
		// "is on bed rest until the baby comes", "is on oxygen at home"
		k := t + 1
		if s.toks[k].low == "a" {
			k++ // "on a ventilator"
		}
		return s.ownDetail21At(t, to) || s.ownDetail21At(k, to) // "on oxygen" is one detail
	case w == "with" && t > from:
		// "out this week with mono", "home today with strep"; not "out
		// this week with the mobile van", "home with her kids".
		for k := t - 1; k >= from && k >= t-4; k-- {
			if inSet(s.toks[k].low, "out", "off", "home", "down") {
				return s.conditionOwned21(t+1, to)
			}
			if !outWithSpan.has(s.toks[k].low) {
				return false
			}
		}
	case w == "along" && t >= from+3 && inSet(s.toks[t-1].low, "months", "weeks", "mos", "wks", "month", "week"):
		// "is 7 months along"; not "3 months along in his Spanish class"
		if t+1 < to && inSet(s.toks[t+1].low, "in", "on", "with", "into") {
			return false
		}
		return inSet(s.toks[t-3].low, "is", "s", "now", "already", "officially", "just")
	case w == "expecting" && t > from && inSet(s.toks[t-1].low, "is", "s", "are", "re") && t+3 < to && inSet(s.toks[t+1].low, "—", "–", "-", ":"):
		// "is EXPECTING — due in March"; not "expecting — as always —
		// everyone to wash their hands".
		return s.toks[t+2].low == "due" && (inSet(s.toks[t+3].low, "in", "this", "next", "early", "late", "any") || fullMonths.has(s.toks[t+3].low))
	case inSet(w, "clean", "clear", "normal", "negative", "benign") && t > from+1 && (inSet(s.toks[t-1].low, "her", "his", "their") ||
		s.toks[t-1].low == "a" && inSet(s.toks[t-2].low, "on", "got", "had", "for", "with", "gets")):
		// "on a clean mammogram", "her normal biopsy": a result is their
		// health news, though the screening alone is the example they set;
		// not "reads a normal mammogram in five minutes", the care given.
		if h, ok := s.healthHitAt(t + 1); ok && h.Cat == health.Procedure && !s.vaccination(h) {
			return s.detailEnds21(h.To)
		}
	case w == "of" && t > from && inSet(s.toks[t-1].low, "weeks", "days", "months", "week", "nights"):
		// "two weeks of pneumonia", "after three days of migraines"; not
		// "two weeks of training".
		return s.conditionOwned21(t+1, to)
	case poweringWords.has(w) && t+1 < to:
		// "powering through a kidney stone", "battling pneumonia"; not
		// "powering through the flu season rush".
		k := t + 1
		if s.toks[k].low == "through" {
			k++
		}
		// "feel better to everyone battling pneumonia": the crowd fights it
		// (session 22, t22staff).
		if t > from && inSet(s.toks[t-1].low, "everyone", "everybody", "anyone", "anybody", "all", "those", "people", "folks", "yall") {
			return false
		}
		return s.conditionOwned21(k, to) && !s.foughtAmongMany21(k, to)
	case (w == "found" || w == "learned" || w == "learnt") && t+3 < to:
		// "just found out she's celiac", "learned he has diabetes"; not
		// "found out she's an aunt".
		k := t + 1
		if s.toks[k].low == "out" {
			k++
		}
		if k < to && s.toks[k].low == "that" {
			k++
		}
		if k+1 < to && inSet(s.toks[k].low, "she", "he", "they") && inSet(s.toks[k+1].low, "s", "is", "has", "had", "have") {
			return s.conditionOwned21(k+2, to)
		}
	case inSet(w, "after", "post", "following") && s.timeSpanBefore(t) && t+1 < to:
		// "ran the marathon 6 months after his bypass surgery"; not "6
		// weeks after their knee surgery" said of most people.
		for k := from; k < t; k++ {
			if othersWords.has(s.toks[k].low) {
				return false
			}
		}
		n := t + 1
		if undergoneVerbs.has(s.toks[n].low) {
			n++
		}
		return n < to && inSet(s.toks[n].low, "his", "her") && s.ownDetail21At(n, to)
	case w == "recovery" && t+1 < to && inSet(s.toks[t+1].low, "from", "after"):
		// "Recovery from the hip replacement went smoothly"; not "helps
		// with recovery from knee surgery".
		for k := t - 1; k >= from && k >= t-3; k-- {
			if helpVerbs.has(s.toks[k].low) || inSet(s.toks[k].low, "with", "about", "for") {
				return false
			}
		}
		return s.ownDetail21At(t+2, to) && !s.recoveryAsTopic21(t+2, to)
	case (w == "since" || w == "after") && t+2 < to && courseVerbs.has(s.toks[t+1].low):
		// "first week at the desk since finishing chemo"
		k := t + 2
		for n := 0; n < 3 && k < to && (ownersBeforeDetail.has(s.toks[k].low) || courseOrdinals.has(s.toks[k].low) || detailFillers.has(s.toks[k].low)); n++ {
			k++
		}
		return k < to && courseTreatments.has(s.toks[k].low) && s.detailEnds21(k+1)
	case goneWords.has(w) && t >= from+2 && inSet(s.toks[t-1].low, "s", "is", "was"):
		// "Gallbladder's gone", "appendix is out": a body part counts
		// only hurt or operated on, which "gone" tells.
		k := t - 2
		if inSet(s.toks[k].low, "head", "hand", "hands", "face", "heart", "mind") {
			return false // "his heart is fixed on it"
		}
		n, cat := health.At(s.healthWords(), k)
		// "Kevin says flu is out in full force": an illness "out" is
		// going around; a body part "out" ("his back is out") is hurt (att21).
		return n == 1 && (cat == health.BodyPart || cat == health.Condition && w != "out")
	case inSet(w, "chip", "medallion") && t >= from+2 && inSet(s.toks[t-1].low, "year", "month", "day", "yr", "hour") &&
		(s.toks[t-2].kind == tokNumber || inSet(s.toks[t-2].low, "one", "two", "three", "five", "ten", "six", "nine", "-")):
		// "picked up her 1-year chip": a sobriety chip
		return true
	}
	return false
}

// conditionOwned21 reports whether a condition starts at token k (past
// "a", "the", "his", "her" and the like) and is told as a whole: "with
// mono", "through a kidney stone"; "celiac" after "she's" too.
func (s *scan) conditionOwned21(k, to int) bool {
	for n := 0; n < 2 && k < to && ownersBeforeDetail.has(s.toks[k].low); n++ {
		k++
	}
	if k >= to {
		return false
	}
	if s.toks[k].low == "celiac" {
		return s.detailEnds21(k + 1)
	}
	h, ok := s.healthHitAt(k)
	if !ok || h.Cat != health.Condition || h.To > to || s.vaccination(h) {
		return false
	}
	return s.detailEnds21(h.To)
}

// greetingWords open a sentence that only greets a staff member, whose
// news may come in the next sentence: "Welcome back Tamika!!
// Gallbladder's gone".
var greetingWords = newWordSet([]string{"welcome", "congrats", "congratulations", "shoutout"})

// greetingGoesOn21 returns the end of the sentence after sentence si when
// si only greets the staff member named at tokens [i,end) ("Welcome back
// Kevin!!", "Welcome back, Dr. Greene!"), else the end of si. The next
// sentence with words tells their news as "She's out two weeks" does
// (pronounGoesOn).
func (s *scan) greetingGoesOn21(i, end, si int) int {
	se := s.sents[si]
	if se.tokStart >= se.tokEnd || !greetingWords.has(s.toks[se.tokStart].low) || i-se.tokStart > 5 {
		return se.tokEnd
	}
	for k := end; k < se.tokEnd; k++ {
		if s.toks[k].kind == tokWord {
			return se.tokEnd // "Welcome back Kevin from the conference!"
		}
	}
	for n := si + 1; n < len(s.sents) && n <= si+3; n++ {
		if s.sentHasWord(n) {
			return s.sents[n].tokEnd
		}
	}
	return se.tokEnd
}

// deedAfterOwnCare21 reports whether the staff name at token i opens
// sentence si and a deed follows a span of time before "after" and "his"
// or "her" procedure: "Kevin ran the marathon 6 months after his bypass
// surgery". "His bypass" is a patient cue elsewhere; here it is the
// subject's own, as deedAfterCareAt reads it without the pronoun.
func (s *scan) deedAfterOwnCare21(i, end, si int) bool {
	se := s.sents[si]
	if i-se.tokStart > 3 {
		return false
	}
	for k := end; k < se.tokEnd && k < end+16; k++ {
		w := s.toks[k].low
		if othersWords.has(w) || s.patientTokAt(k) {
			return false
		}
		if !inSet(w, "after", "post", "following") || !s.timeSpanBefore(k) || k+1 >= se.tokEnd {
			continue
		}
		n := k + 1
		if undergoneVerbs.has(s.toks[n].low) {
			n++
		}
		return n < se.tokEnd && inSet(s.toks[n].low, "his", "her", "their") && s.ownDetail21At(n, se.tokEnd)
	}
	return false
}
