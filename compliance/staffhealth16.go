package compliance

// A staff member's own health news in the words the staff reading lacked
// (issue 11, session 16, t16person; read by kind on the privacy posts of
// dev78-dev82 the rules alone passed): a stay in hospital ("home after two
// weeks in the hospital", "spent three nights in the ICU", "was admitted
// to the hospital"), a recovery told by "recovers from" or in Spanish
// ("se está recuperando de su cirugía"), being out with an illness ("out
// with the flu"), and a pregnancy told by "is expecting" with nothing
// after it ("Ani is expecting!! 🍼"). Each is the staff member's health
// information, as their surgery is (docs/COMPLIANCE.md, staff's own
// health).

// stayPlaces are where a stay in hospital is told: "in the hospital",
// "in the ICU", "en el hospital".
var stayPlaces = newWordSet([]string{"hospital", "icu", "er", "nicu", "ccu", "hospitalito"})

// stayUnits make a span of time before a place a stay, not a career:
// "two weeks in the hospital", not "ten years in the ICU".
var stayUnits = newWordSet([]string{"day", "days", "night", "nights", "week", "weeks", "wk", "wks", "días", "dias", "noches",
	"semana", "semanas"})

// stayVerbs before a place tell a stay: "admitted to the hospital",
// "still in the ICU", "ended up in the ER".
var stayVerbs = newWordSet([]string{"admitted", "still", "landed", "ended", "rushed", "ingresado", "ingresada", "internado", "internada"})

// hospitalizedWords tell a stay in one word.
var hospitalizedWords = newWordSet([]string{"hospitalized", "hospitalised", "hospitalizado", "hospitalizada"})

// recoverWords tell a recovery when "from" (or "de") and a health detail
// follow: "while he recovers from gallbladder surgery", "se está
// recuperando de su cirugía".
var recoverWords = newWordSet([]string{"recover", "recovers", "recovered", "recuperates", "recuperated", "recuperando",
	"recuperándose", "recuperandose", "recupera", "recuperó", "recupero"})

// helpVerbs before a recovery make it the care a staff member gives:
// "Sarah helps people recover from knee surgery".
var helpVerbs = newWordSet([]string{"help", "helps", "helped", "helping", "patients", "clients", "people", "them", "ayuda", "ayudó"})

// ownersBeforeDetail stand between "from"/"de" and the health detail.
var ownersBeforeDetail = newWordSet([]string{"his", "her", "their", "a", "an", "the", "su", "sus", "la", "el", "una", "un"})

// pregnantWords tell a pregnancy in one word, in Spanish.
var pregnantWords = newWordSet([]string{"embarazada", "embarazadas", "embarazo"})

// staffHealth16Cues are the words ownHealth16At needs one of, for the
// gate of staffHealth.
var staffHealth16Cues = newWordSet([]string{"hospital", "icu", "er", "nicu", "ccu", "hospitalito", "hospitalized",
	"hospitalised", "hospitalizado", "hospitalizada", "recover", "recovers", "recovered", "recuperates", "recuperated",
	"recuperando", "recuperándose", "recuperandose", "recupera", "recuperó", "recupero", "with", "embarazada",
	"embarazadas", "embarazo"})

// ownHealth16At reports, at token t of the stretch [from,to) told after a
// staff member's name, their own health news in the words above.
func (s *scan) ownHealth16At(t, from, to int) bool {
	switch w := s.toks[t].low; {
	case stayPlaces.has(w):
		return s.stayAt(t, from, to)
	case hospitalizedWords.has(w):
		// "was hospitalized Friday"; not "hospitalized patients".
		return t+1 >= to || !careGivenNouns.has(s.toks[t+1].low) && !s.patientTokAt(t+1)
	case recoverWords.has(w):
		return s.recoveryFromAt(t, from, to)
	case w == "with" && t > from && inSet(s.toks[t-1].low, "out", "off", "home", "sick", "down"):
		// "out with the flu", "home sick with COVID"; not "out with the
		// mobile team".
		k := t + 1
		if k < to && ownersBeforeDetail.has(s.toks[k].low) {
			k, _ = s.detailAfter(k, to)
		}
		return k < to && s.conditionAt(k)
	case w == "expecting":
		return s.expectingAlone(t, from, to)
	case pregnantWords.has(w):
		return true // "¡Sarah está embarazada!"
	}
	return false
}

// stayAt reports whether the place at token t ("hospital", "ICU") is told
// as a stay: after "in the", "to the" or "en el", not the name of a work
// ("the ICU rotation", "the hospital's training program"), with a span of
// days or weeks, a stay verb or "after" a few words before, or a health
// detail after "with": "after two weeks in the hospital", "admitted to
// the hospital", "in the ER with a kidney stone".
func (s *scan) stayAt(t, from, to int) bool {
	if t < from+2 || !inSet(s.toks[t-1].low, "the", "el", "la") || !inSet(s.toks[t-2].low, "in", "to", "en", "al") {
		return false
	}
	if t+1 < to && (careGivenNouns.has(s.toks[t+1].low) || inSet(s.toks[t+1].low, "s", "rotation", "lab", "staff", "board", "foundation")) {
		return false
	}
	for k := t - 3; k >= from && k >= t-6; k-- {
		if w := s.toks[k].low; stayUnits.has(w) || stayVerbs.has(w) {
			return true
		}
	}
	if t+2 < to && inSet(s.toks[t+1].low, "with", "con", "for") {
		k := t + 2
		if ownersBeforeDetail.has(s.toks[k].low) {
			k, _ = s.detailAfter(k, to)
		}
		return k < to && s.ownDetailAt(k)
	}
	return false
}

// recoveryFromAt reports whether the recovery word at t is followed by
// "from" (or "de") and a health detail, and is not care the staff member
// helps others through: "recovers from gallbladder surgery", not "helps
// people recover from knee surgery", nor "recovered the stolen bikes".
func (s *scan) recoveryFromAt(t, from, to int) bool {
	if t+2 >= to || !inSet(s.toks[t+1].low, "from", "de", "del") {
		return false
	}
	for k := t - 1; k >= from && k >= t-3; k-- {
		if helpVerbs.has(s.toks[k].low) {
			return false
		}
	}
	k := t + 2
	if ownersBeforeDetail.has(s.toks[k].low) {
		k, _ = s.detailAfter(k, to)
	}
	return k < to && s.ownDetailAt(k)
}

// ownDetailAt reports whether a health detail starts at token k and is
// not a field a care word names after it: "gallbladder surgery", not
// "trauma-informed care training" or "stroke support group".
func (s *scan) ownDetailAt(k int) bool {
	if !s.healthStartsAt(k) {
		return false
	}
	h, _ := s.healthHitAt(k)
	return !s.fieldAfter(h.To)
}

// expectingAlone reports whether the "expecting" at t, after "is" or
// "are", tells a pregnancy by having no object: it ends the sentence, an
// exclamation, a stop or an emoji follows it, or "again" or an ordinal
// with its owner ("her second", "baby #2"). "Sarah is expecting you at
// 3pm", "expecting a busy season" and "expecting: questions" are not.
func (s *scan) expectingAlone(t, from, to int) bool {
	if t == from || !inSet(s.toks[t-1].low, "is", "s", "are", "re", "both", "also", "officially") {
		return false
	}
	k := t + 1
	if k >= to || s.toks[k].sent != s.toks[t].sent {
		return true
	}
	switch n := &s.toks[k]; {
	case n.kind == tokPunct:
		return !inSet(n.low, ":", ",", ";", "(", "-", "—", "–", "\"", "“", "'", "…", "/")
	case n.low == "again" || s.dueWhen(k, to):
		// "is expecting in May", "expecting this spring" (staffevent18.go)
		return true
	case inSet(n.low, "her", "their", "his", "our", "baby") && k+1 < to:
		return inSet(s.toks[k+1].low, "first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "number", "#")
	}
	return false
}

// clauseEnd16 returns where the stretch told of the staff member named
// before token from ends in sentence si: at "so" or "but" (or ";") when
// another subject follows it ("so Sarah will cover his patients", "but we
// have openings"), else the sentence's end. The patients after it are the
// colleague's care, not the staff member's story. It looks at most 16
// words on.
func (s *scan) clauseEnd16(from, si int) int {
	end := s.sents[si].tokEnd
	for k := from; k < end && k < from+16; k++ {
		if !inSet(s.toks[k].low, "so", "but", ";") {
			continue
		}
		n := k + 1
		if n < end && s.toks[n].low == "," {
			n++
		}
		if n < end && s.toks[n].kind == tokWord && (s.toks[n].capital || inSet(s.toks[n].low, "we", "i", "they", "our")) {
			return k
		}
	}
	return end
}

// firstPatientCue returns the first patient cue of sentence si that is
// not "his", "her" or "their" (the sentence's end when there is none).
// Answers for all sentences are found in one walk of the cues and kept in
// memo, so a post of many staff names stays linear.
func (s *scan) firstPatientCue(si int, memo *[]int) int {
	if len(*memo) != len(s.sents) {
		*memo = make([]int, len(s.sents))
		for i := range *memo {
			(*memo)[i] = s.sents[i].tokEnd
		}
		for _, h := range s.hitsOf("context/patient") {
			sj := s.toks[h.from].sent
			if !inSet(s.toks[h.from].low, "his", "her", "their") && !s.stayCue(h) && h.from < (*memo)[sj] {
				(*memo)[sj] = h.from
			}
		}
	}
	return (*memo)[si]
}

// stayCue reports whether the patient cue h is a stay told of the staff
// member ("was hospitalized", "was admitted"): the stay is the news the
// staff reading looks for, not a patient's story.
func (s *scan) stayCue(h hit) bool {
	if s.therapyCue(h) {
		return true // "back from PT" (staffnote19.go)
	}
	for t := h.from; t < h.to && t < len(s.toks); t++ {
		if hospitalizedWords.has(s.toks[t].low) || s.toks[t].low == "admitted" {
			return true
		}
	}
	return false
}

// spanAfter reports whether a span of time follows the "for" at token k
// within three words: "for a couple weeks", "for 2 days".
func (s *scan) spanAfter(k int) bool {
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		if w := s.toks[n].low; stayUnits.has(w) || inSet(w, "month", "months") {
			return true
		}
	}
	return false
}
