package compliance

import (
	"slices"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// A staff member's own health news ("Buck is home recovering from his knee
// scope", "Welcome back Dawn from maternity leave") is health information
// about a named person like any other: the practice is often that person's
// care provider too, and an employer may not publish an employee's medical
// details without their consent. It blocks (PRIV-10) with the override a
// doctor may record, such as "she asked us to share it, written OK on
// file"; docs/COMPLIANCE.md records the decision.

// ownHealthWords say that the health detail of a sentence is the subject's
// own: recovering, on leave, on the mend.
var ownHealthWords = newWordSet([]string{"recovering", "recuperating", "mend", "mending", "convalescing",
	"maternity", "paternity"})

// ownModifier words come between "his"/"her" and the health detail.
var ownModifier = newWordSet([]string{"new", "left", "right", "broken", "bad", "sore", "torn", "first", "second", "last",
	"twisted", "sprained", "busted", "replaced"})

// plannedModifiers come between a possessive and a procedure the person
// has planned: "out for a minor procedure", "my scheduled surgery"
// (session 17). Where the health lexicon starts its own term at one
// ("minor surgery"), the term is the detail and is not skipped.
var plannedModifiers = newWordSet([]string{"minor", "small", "quick", "scheduled", "planned", "elective", "emergency", "urgent"}) // an emergency one too (session 18)

// leaveWords before "leave" make it a leave for health or a birth.
var leaveWords = newWordSet([]string{"maternity", "paternity", "medical", "sick", "parental", "disability"})

// staffHealthCues are the words a staff member's own health news needs one of.
var staffHealthCues = newWordSet([]string{"losing", "lost", "dropped", "dropping", "sober", "sobriety", "recovery", "clean", "recovering", "recuperating", "mend", "mending", "convalescing", "maternity", "paternity", "leave", "his", "her", "expecting",
	"had", "got", "underwent", "having", "getting", "s", "new", "free", "survivor", "weeks", "wks"})

// ownCareVerbs say that a staff member had care themselves: "Kevin had
// back surgery", "Sarah is having a colonoscopy", "underwent a bypass".
var ownCareVerbs = newWordSet([]string{"had", "got", "underwent", "having", "getting"})

// careGivenNouns after a health detail make it the care a staff member
// runs or gives, not care they had: "Dr. Patel's diabetes class", "knee
// surgery patients", "flu shot clinic duty".
var careGivenNouns = newWordSet([]string{"class", "classes", "clinic", "clinics", "duty", "drive", "day", "days", "event", "fair",
	"patient", "patients", "program", "programs", "team", "talk", "talks", "training", "workshop", "lecture", "consult", "consults",
	"consultation", "consultations", "services", "service", "slots", "appointments", "questions", "research", "guidelines",
	"awareness", "specialist", "expert", "support", "group", "groups", "education", "schedule", "list", "cases", "rotation",
	"protocol", "protocols", "plan", "plans", "approach", "method", "technique", "care",
	// "Congratulations Sarah on your diabetes educator certification"
	// (att20): a credential in the field.
	"educator", "educators", "certification", "certificate", "course", "degree", "award", "conference", "coordinator", "exam"})

// vaccineWords make a staff member's care the example they set ("Sarah got
// her flu shot today. Have you?"), which the practice's posts show on
// purpose; the other rules judge it.
var vaccineWords = newWordSet([]string{"shot", "shots", "vaccine", "vaccines", "vaccination", "vaccinations", "booster", "boosters",
	"jab", "jabs", "flu", "covid", "immunization", "immunizations"})

// staffHealthGate reports whether the text can hold a staff member's own
// health news at all: a cheap test on the words seen before any walk.
func (s *scan) staffHealthGate() bool {
	if len(s.c.allow.staff) == 0 {
		return false
	}
	return s.hasAny(staffHealthCues) || s.hasAny(staffHealth16Cues) || s.hasAny(staffAwayWords) || s.hasAny(introducedNews) && s.words.has("from") ||
		s.hasAny(restingWords) || s.hasAny(bellVerbs) || s.hasAny(courseVerbs) || // staffevent18.go
		s.hasAny(staffNote19Cues) || // staffnote19.go
		s.hasAny(staffHealth21Cues) || // staffhealth21.go
		s.hasAny(staffHealth22Cues) || // staffpassing22.go
		s.hasAny(staffHealth25Cues) || // staffhealth25.go
		s.hasAny(courseTreatments) // staffcourse26.go
}

// staffHealth finds staff members named as the subject of their own health
// news: a staff name followed, in its sentence, by a leave for health or a
// birth, a recovery word, or "his"/"her" before a condition, an injury or
// (with a recovery word) a procedure. Sentences about a patient are the
// other rules' (the staff member there is the one giving care).
func (s *scan) staffHealth() []post.Finding {
	if !s.staffHealthGate() {
		return nil
	}
	var out []post.Finding
	// "Coach T" needs the word "coach": without it a one-letter word is
	// never a staff subject, and is not asked about.
	coach := s.words.has("coach")
	// "Dr. Z is back from paternity leave": a doctor by the initial
	// only staff go by (session 17) needs the title's word.
	doc := s.words.has("dr") || s.words.has("doctor")
	// "Nurse D is out recovering from surgery": a nurse by a name's first
	// letters (nurse28.go) is staff, and their own health news theirs.
	nurse := s.words.has("nurse")
	if !coach && !doc && !nurse && !s.hasStaffWord() {
		return nil // no token can be a staff subject
	}
	var ownCues []int8 // ownPronounCuesOnly's answers by sentence
	var firstCue []int // firstPatientCue's answers by sentence
	for i := 0; i < len(s.toks) && len(out) < maxMatches; i++ {
		t := &s.toks[i]
		if t.kind != tokWord || (len(t.low) < 3 && !s.twoLetterName(i) || !s.staffSubject(i)) && (!coach || !s.coachInitial(i)) && (!doc || !s.doctorInitial(i)) &&
			(!nurse || !s.nurseShortName28(i, i+1)) {
			continue
		}
		si := t.sent
		end := i + 1
		for end < len(s.toks) && s.toks[end].capital && s.toks[end].kind == tokWord && s.c.allow.staff[s.toks[end].low] {
			end++ // "Buck Ridley"
		}
		// "Teo is out recovering from COVID so Kiese will cover his
		// patients": the patients after the clause are Kiese's care.
		stretch := s.clauseEnd16(end, si)
		// "Marisol is back from maternity leave and brought pictures of
		// the little one": news told of the staff member before the
		// sentence's first patient cue is their own; the stretch read
		// ends at the cue.
		cue := s.firstPatientCue(si, &firstCue)
		newsFirst := cue > end && cue < s.sents[si].tokEnd && s.ownStateNext(i, si)
		if newsFirst {
			stretch = min(stretch, cue)
		}
		clauseOnly := newsFirst || stretch < s.sents[si].tokEnd && cue >= stretch && s.ownStateNext(i, si)
		introduced := s.introducedFrom(i, end, si) || s.healthLeaveAfter(end, si)
		if s.cueSent[si] && !clauseOnly && !s.ownPronounCuesOnly(i, si, &ownCues) && !introduced && !s.deedAfterOwnCare21(i, end, si) {
			continue // "Hope saw a patient recovering from...": a patient's story
		}
		if !clauseOnly {
			// "Welcome back Kevin!! Appendix's gone" (staffhealth21.go)
			stretch = max(s.pronounGoesOn(si), s.greetingGoesOn21(i, end, si))
		}
		// "Sarah's chemo", "Dr. Patel's pneumonia"; but after a title a
		// procedure is the care they give ("Dr. Sunny's treatment", "Dr.
		// Grace's CPAP fitting"): only a condition is their own.
		// "Kevin's out for his colonoscopy prep": the "'s" is "is"
		// (staffnote19.go).
		possessive := end+1 < len(s.toks) && s.toks[end].low == "s" && !s.contractedIs(end)
		if possessive && s.eponym(end-1) {
			continue // "Bell's palsy" (staff "Kai Nakamura-Bell"): a condition's name
		}
		if possessive && s.adviceAfterS(end) {
			continue // "Kofi's medication tip": the advice he gives (adviceowner20.go)
		}
		// "Kevin's COVID test came back positive", "Kevin's back went
		// out" (staffhealth25.go)
		if possessive && !s.ownCareAt(end+1, s.sents[si].tokEnd, s.titledAt(i)) && !s.ownPossessed25(end+1, s.sents[si].tokEnd) {
			continue // "Dawn's sister": the relative is the person (addPerson)
		}
		if possessive || introduced || s.ownHealthAfter(end, stretch, false) || s.milestoneBefore(i) || s.soberBefore(i) {
			f := s.finding(i, end, "This shares a staff member's own health news (an illness, a surgery, a recovery or a birth). It is their health information: post it only with their written OK.")
			f.Suggestion = "Leave the health detail out (\"Buck is out this week\"), or have a doctor approve it with the staff member's written OK as the reason."
			out = append(out, f)
			i = s.sents[si].tokEnd - 1 // one finding a sentence
		}
	}
	return append(out, s.whoIsBackStaff()...)
}

// ownPronounCuesOnly reports whether the staff name at token i opens
// sentence si (within its first three words) or a clause ("while Sarah
// recovered ..."), is followed by their own state (ownStateNext), and the
// sentence's only
// patient cues are "his", "her" or "their" before a health word: "Sarah is
// recovering from her surgery" tells Sarah's own surgery, though "her
// surgery" is a patient cue elsewhere (session 15 attack: it passed while
// "Sarah is recovering from surgery" blocked). Answers are kept by
// sentence in memo, so a post of many names stays linear.
func (s *scan) ownPronounCuesOnly(i, si int, memo *[]int8) bool {
	opensClause := i-s.sents[si].tokStart <= 3 || inSet(s.toks[i-1].low, "while", "as", "since", "because", "when", "and", "but")
	if !opensClause || !s.ownStateNext(i, si) {
		return false
	}
	if len(*memo) != len(s.sents) {
		*memo = make([]int8, len(s.sents))
	}
	if (*memo)[si] == 0 {
		(*memo)[si] = 1
		for _, h := range s.hitsOf("context/patient") {
			if s.toks[h.from].sent == si && !inSet(s.toks[h.from].low, "his", "her", "their") && !s.stayCue(h) {
				(*memo)[si] = -1
				break
			}
		}
	}
	return (*memo)[si] == 1
}

// ownStateNext reports whether the staff name at token i is followed, in
// four words, by their own state or care ("is recovering", "had",
// "is out", "is back"): "Dr. Patel walked her through recovery after her
// surgery" is the care she gave, and "her" there is the patient.
func (s *scan) ownStateNext(i, si int) bool {
	for k := i + 1; k < s.sents[si].tokEnd && k <= i+4; k++ {
		w := s.toks[k].low
		if ownHealthWords.has(w) || ownCareVerbs.has(w) || hospitalizedWords.has(w) ||
			inSet(w, "recovered", "recovers", "recuperated", "out", "off", "home", "back", "admitted") {
			return true
		}
	}
	// "tested positive", "has COVID", "caught the flu" (staffhealth25.go);
	// "starts radiation", "is on dialysis" (staffcourse26.go)
	return s.ownState25Next(i, s.sents[si].tokEnd) || s.staffCourse26Next(i, s.sents[si].tokEnd)
}

// hasStaffWord reports whether a word of the text is one of the staff
// words staffSubject needs (allowlist.staffWords): one look-up per distinct
// word, where staffSubject is asked about every token. Most posts name no
// staff member. Several rules ask it: it is answered once per scan.
func (s *scan) hasStaffWord() bool {
	if !s.staffWordDone {
		s.staffWordDone = true
		for _, w := range s.words.list {
			if s.c.allow.staffWords.has(w) || s.c.allow.cyrillicStaff([]string{w}) {
				s.staffWord = true
				break
			}
		}
	}
	return s.staffWord
}

// coachInitial reports whether token i is the initial of "Coach T", a
// staff member who goes by it (isStaff).
func (s *scan) coachInitial(i int) bool {
	return len(s.toks[i].low) == 1 && s.toks[i].capital && i > 0 && s.toks[i-1].low == "coach" && s.isStaff(i-1, i+1)
}

// doctorInitial reports whether token i is the initial of "Dr. Z", a
// staff doctor who goes by it (isStaff): "Dr. Z is back from paternity
// leave" tells Dr. Zamora's own news as "Dr. Zamora is back" does.
func (s *scan) doctorInitial(i int) bool {
	one := len(s.toks[i].low) == 1 && s.toks[i].capital && i >= 2 && s.titledDoctor(i)
	// "Dr. JP" for Jean-Paul: two initials (staffnote19.go)
	return (one || s.initialsPairAt(i)) && s.isStaff(i-2, i+1)
}

// hopedFor follow "hope" the verb: "Hope you're on the mend", "hope
// everyone stays warm", "Hope to see you".
var hopedFor = newWordSet([]string{"you", "youre", "u", "ur", "your", "yall", "y", "everyone", "everybody", "all", "she", "he",
	"shes", "hes", "they", "theyre", "we", "it", "its", "this", "that", "things", "the", "to", "so", "for", "everything"})

// staffSubject reports whether token i is a staff member's name said as a
// name: capitalized, or in a lower-case post after "our" or "welcome back"
// ("pls welcome back summer from her maternity leave"). Staff names that
// are words too ("hope", "joy") count only that way.
func (s *scan) staffSubject(i int) bool {
	t := &s.toks[i]
	if !s.c.allow.staffWords.has(t.low) && !s.c.allow.cyrillicStaff([]string{t.low}) { // staff[t.low] || isStaff(t.low)
		return false
	}
	if t.low == "hope" && i+1 < len(s.toks) && hopedFor.has(s.toks[i+1].low) {
		return false // "Hope you're on the mend": the verb, not Hope
	}
	if s.saintsPlace25(i) {
		return false // "born at St. Mary's Hospital": the saint of a place (saints25.go)
	}
	if t.capital {
		return true
	}
	if s.contractedIs(i+1) && !names.IsWord(t.low) {
		return true // "kevin's at his cardiology appt": a name, lower case (staffnote19.go)
	}
	return i > 0 && (s.toks[i-1].low == "our" || (s.toks[i-1].low == "back" && i > 1 && s.toks[i-2].low == "welcome"))
}

// ownHealthAfter reports whether tokens [from,to) tell a person's own
// health news: a health leave, a recovery word, or "his"/"her" right
// before a condition or an injury, or before a procedure with a recovery
// word or "back"/"home" in the same stretch. With self, the stretch is
// told by a staff member who signs the post: "I" and "my" are theirs.
func (s *scan) ownHealthAfter(from, to int, self bool) bool {
	to = min(to, from+16)
	recovery := false
	procedure := false
	for t := from; t < to; t++ {
		w := s.toks[t].low
		if inSet(w, "you", "youre", "u", "ur", "yall") || !self && inSet(w, "i", "my") {
			// "Dawn says hi and hopes you're on the mend": what follows
			// the reader is the reader's health, not the staff member's;
			// what follows "I" the speaker's ("Dr. Clay fixed my back, I
			// was pain-free").
			break
		}
		switch {
		case s.ownHealth21At(t, from, to):
			// "is back home after his bypass", "is on bed rest", "out this
			// week with mono" (staffhealth21.go)
			return true
		case s.ownHealth22At(t, from, to, self):
			// "is battling pneumonia", "walking with a cane", "out because
			// his appendix ..." (staffpassing22.go)
			return true
		case s.staffCourse26At(t, from, to):
			// "starts radiation next week", "while he finishes chemo", "is
			// on dialysis" (staffcourse26.go)
			return true
		case s.ownHealth25At(t, from, to):
			// "tested positive for flu", "has COVID this week", "caught the
			// flu", "his back went out" (staffhealth25.go)
			return true
		case w == "leave" && t > from && leaveWords.has(s.toks[t-1].low):
			return true
		case (w == "out" || w == "off" || w == "away") && t+1 < to:
			// "Joy is out 2 weeks after her gallbladder surgery", "off this
			// week following his knee scope".
			for k := t + 1; k < to && k <= t+5; k++ {
				if !inSet(s.toks[k].low, "after", "following", "since", "for") {
					continue
				}
				if s.toks[k].low == "for" && s.spanAfter(k) {
					continue // "out for a couple weeks after gallbladder surgery": the span, then the reason
				}
				reason := s.toks[k].low == "for"
				k++
				if k < to && (inSet(s.toks[k].low, "his", "her", "their", "a", "an", "the") || self && s.toks[k].low == "my") {
					k, _ = s.detailAfter(k, to)
				}
				// "out for knee surgery"; not "out for the flu shot
				// clinic", the care they run (absenceReasonAt).
				if k < to && s.healthStartsAt(k) && (!reason || s.absenceReasonAt(k)) {
					return true
				}
				// "off for a heart procedure": one word before the
				// procedure (staffaway29.go).
				if reason && s.modifierBeforeCare21(k, to) && s.absenceReasonAt(k+1) && s.detailEnds21(k+2) {
					return true
				}
				break
			}
		case s.restedAfterAt(t, to):
			// "is home resting after an emergency appendectomy", "resting
			// after knee surgery" (staffevent18.go)
			return true
		case s.careUndergoneAfterAt(t, to) || s.rangTheBellAt(t, to) || !self && s.courseEndedAt(t, from, to):
			// "ran the marathon 8 months after getting a stent", "rang the
			// bell! Last chemo done", "finished his last chemo"
			return true
		case s.staffVisitAt(t, from, to, self) || !self && s.deedAfterCareAt(t, from, to):
			// "at his own infusion appt", "en su cita médica"; "ran the
			// half 8 weeks after knee surgery" (staffnote19.go)
			return true
		case w == "home" || w == "back":
			// "back from surgery", "home after her knee replacement"; not
			// "back from her conference on diabetes care", nor "back from
			// the trauma-informed care training" (a field).
			if t+1 < to && inSet(s.toks[t+1].low, "from", "after") {
				k := t + 2
				if k < to && (inSet(s.toks[k].low, "his", "her", "their", "a", "an", "the") || self && s.toks[k].low == "my") {
					k, _ = s.detailAfter(k, to)
				}
				// A treatment gone to is read by treatmentVisitAt alone, so
				// "back from the rehab center where he volunteers" is a
				// place (att19).
				if k < to && (!treatmentVisits.has(s.toks[k].low) && s.ownDetailAt(k) || s.treatmentVisitAt(k, to)) {
					return true // "back from PT" (staffnote19.go)
				}
			}
		case t == from+1 && w == "the" && s.toks[from].low == "on" && t+2 < to && s.toks[t+1].low == "new":
			// "Congrats Kevin on the new hip!", as "on his new hip"; not
			// "on the new knee brace program".
			for _, h := range s.healthHits() {
				if (h.From == t+1 || h.From == t+2) && (h.Cat == health.Condition || h.Cat == health.BodyPart) && (h.To >= to || !s.toks[h.To].capital && !careGivenNouns.has(s.toks[h.To].low) && !s.healthStartsAt(h.To)) {
					return true
				}
			}
		case (t <= from+2 || self && s.afterI(t) || s.afterAppositive(from, t)) && ownCareVerbs.has(w) && s.ownCareAt(t+1, to, false):
			// "Kevin had back surgery", "Sarah is having a colonoscopy";
			// signed, "I had a stroke in March".
			return true
		case self && s.selfCourseAt(t, to):
			// signed: "I'm home finishing chemo", "I started dialysis"
			return true
		case self && s.afterI(t) && s.ownedCondition(t, to):
			// signed: "I'm pregnant", "I was diagnosed with lupus"
			return true
		case (w == "weeks" || w == "wks") && s.weeksAlong(t, to):
			// "Tamika is 36 weeks and baby's breech": a pregnancy
			return true
		case w == "free":
			// "is 5 years cancer-free", "is officially cancer-free"
			if ok, _ := s.freeOfCondition(t); ok {
				return true
			}
		case w == "survivor":
			// "a breast cancer survivor"
			if _, ok := s.conditionEnding(t); ok && !s.fieldAfter(t+1) {
				return true
			}
		case inSet(w, "losing", "lost", "dropped", "dropping") && t+2 < to && s.toks[t+1].kind == tokNumber &&
			inSet(s.toks[t+2].low, "lbs", "lb", "pounds", "kg", "kilos"):
			// "on losing 60 lbs this year": their weight, a health detail
			return true
		case (inSet(w, "sober", "sobriety", "clean") || w == "recovery" && t > from && s.toks[t-1].low == "in") && s.timeSpanBefore(t):
			// "marks 11 years in recovery", "2 years sober today": their
			// sobriety, a health detail of their own
			return true
		case !self && s.recoveringFromNear(t, from, to):
			// "Dr. Greene is recovering from pneumonia, so his Thursday
			// patients will see Dr. Patel": the patients come after his
			// own news (staffout17.go).
			return true
		case ownHealthWords.has(w) && (t+1 >= to || !careGivenNouns.has(s.toks[t+1].low) && !inSet(s.toks[t+1].low, "ward", "unit", "wing", "services")):
			// not "presenting on rural maternity care": a topic
			recovery = true
		case (w == "his" || w == "her" || self && (w == "my" || w == "mi")) && t+1 < to:
			if s.ownedDetail(t, to, self) || s.stressedOwnAt(t, to) {
				return true // "his OWN colonoscopy prep" (staffnote19.go)
			}
			if self {
				continue
			}
			for _, h := range s.healthHits() {
				// "his knee", "her new hip"; not "her conference on diabetes".
				if h.From != t+1 && (h.From != t+2 || !ownModifier.has(s.toks[t+1].low)) {
					continue
				}
				switch h.Cat {
				case health.Condition, health.BodyPart:
					if !s.fieldAfter(h.To) {
						return true // not "her diabetes education certificate"
					}
				case health.Procedure:
					procedure = true
				}
			}
		case s.ownHealth16At(t, from, to):
			// "after two weeks in the hospital", "while he recovers from
			// surgery", "out with the flu", "is expecting!"
			return true
		case s.patientTokAt(t):
			return false // the care they give
		case s.pregnancyToldAt(t, from, to):
			// "Joy is expecting a baby girl", "on her 20-week ultrasound".
			return true
		}
	}
	return recovery && (procedure || s.healthInRange(from, to))
}

// pronounGoesOn returns the end of sentence si, or of the next one when
// it opens with "she" or "he": "Get well soon to Nurse Joy! She's out two
// weeks after her surgery" tells Joy's surgery.
func (s *scan) pronounGoesOn(si int) int {
	end := s.sents[si].tokEnd
	for n := si + 1; n < len(s.sents) && n <= si+2; n++ {
		se := s.sents[n]
		if se.tokStart >= se.tokEnd || !s.sentHasWord(n) {
			continue // "!!", an emoji: no words
		}
		if w := s.toks[se.tokStart].low; w == "she" || w == "he" || w == "our" && s.roleNamedAfter(se.tokStart+1, se.tokEnd) {
			// "... She's out two weeks", "Welcome back, Grace! Our
			// favorite NP is back after her knee surgery"
			return se.tokEnd
		}
		break
	}
	return end
}

// timeSpanBefore reports whether a span of time ends a few words before
// token t: "11 years in recovery", "one year of sobriety", "90 days clean".
func (s *scan) timeSpanBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if inSet(s.toks[k].low, "years", "year", "months", "month", "days", "day", "weeks", "week", "yrs", "yr") {
			return true
		}
	}
	return false
}

// ownCareAt reports whether a person's own condition or procedure starts
// at token k (before to), after at most two of "a", "the", "his", "her" and
// the words of ownModifier: "Sarah's chemo", "had a hip replacement", "got
// her cataract surgery"; only a condition when conditionOnly. Not a
// vaccination, nor a detail that names what the person runs ("diabetes
// class", "knee surgery patients").
func (s *scan) ownCareAt(k, to int, conditionOnly bool) bool {
	for n := 0; n < 2 && k < to && (inSet(s.toks[k].low, "a", "an", "the", "his", "her", "their") || ownModifier.has(s.toks[k].low)); n++ {
		k++
	}
	if k >= to {
		return false
	}
	for _, h := range s.healthHits() {
		if h.From != k || (h.Cat != health.Condition && (conditionOnly || h.Cat != health.Procedure)) {
			continue
		}
		for t := h.From; t < h.To; t++ {
			if vaccineWords.has(s.toks[t].low) {
				return false
			}
		}
		if s.modelledScreening(h) {
			return false // "Sarah got her mammogram today. Have you?"
		}
		return h.To >= to || !careGivenNouns.has(s.toks[h.To].low)
	}
	return false
}

// titledAt reports whether a staff title ("Dr.", "Nurse") comes right
// before token i.
func (s *scan) titledAt(i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].low == "." {
		k--
	}
	return k >= 0 && staffTitles.has(s.toks[k].low)
}

// patientTokAt reports whether token t is a patient-context cue word
// ("patient", "client").
func (s *scan) patientTokAt(t int) bool {
	return inSet(s.toks[t].low, "patient", "patients", "client", "clients")
}

// healthInRange reports whether a health detail starts in tokens [from,to).
func (s *scan) healthInRange(from, to int) bool {
	for _, h := range s.healthHits() {
		if h.From >= from && h.From < to {
			return true
		}
	}
	return false
}

// ownNewsWords tell someone's own care or a patient in a post; a staff
// welcome that holds one is read like any other post.
var ownNewsWords = newWordSet([]string{"leave", "patient", "patients", "chemo", "chemotherapy", "surgery", "diagnosed", "diagnosis",
	"treatment", "transplant", "pregnant", "pregnancy", "baby", "born", "cancer", "recovery", "sober", "sobriety", "rehab",
	"injury", "injured", "hospitalized", "prayers", "pray", "praying", "passed", "funeral", "memorial"})

// careUndergone reports whether the care word at t is told as something
// a person goes through ("starts dialysis", "finished her last round of
// chemo", "after his bypass"), not a line of work a new team member comes
// from ("ten years in dialysis").
func (s *scan) careUndergone(t int) bool {
	k := t - 1
	for ; k >= 0 && k >= t-5 && s.toks[k].sent == s.toks[t].sent && careBeforeFiller.has(s.toks[k].low); k-- {
		if possessiveWords.has(s.toks[k].low) {
			return true // "her dialysis", "his first chemo"
		}
	}
	return k >= 0 && s.toks[k].sent == s.toks[t].sent && undergoVerbs.has(s.toks[k].low)
}

// careBeforeFiller words stand between a verb and the care it tells:
// "starts his first round of dialysis".
var careBeforeFiller = newWordSet([]string{"a", "an", "the", "his", "her", "their", "first", "second", "third", "last", "final",
	"next", "round", "rounds", "of", "session", "sessions", "new", "weekly", "daily", "course", "cycle", "cycles", "dose", "doses"})

// undergoVerbs tell care a person goes through, before its word.
var undergoVerbs = newWordSet([]string{"start", "starts", "started", "starting", "begin", "begins", "began", "beginning",
	"finish", "finishes", "finished", "finishing", "complete", "completes", "completed", "completing", "had", "has", "having",
	"get", "gets", "got", "getting", "undergo", "undergoes", "underwent", "undergoing", "after", "recovering", "needs", "needed",
	"scheduled", "booked", "receiving", "received", "receives", "survived", "done"})

// introducedStaff reports whether person p is a new team member the post
// introduces or a member it says goodbye to: named in a sentence that
// welcomes someone to the team or calls them "our new medical assistant"
// (names/newstaff), or later by the same name ("Dr. Rao completed her
// residency at ..."). The practice's profile lists staff when it is set
// up; a new hire's welcome comes before the list is updated, and the
// hospital, ER or residency of a career is no one's care. Not when the
// post tells anyone's own health news (recovering, a leave for health or
// a birth, a condition, chemo or surgery), nor for a relative in the span.
func (s *scan) introducedStaff(p person) bool {
	if len(s.hitsOf("names/newstaff")) == 0 || s.hasAny(ownHealthWords) || s.hasAny(ownNewsWords) {
		return false
	}
	if p.kind == names.Role && s.toks[p.from].low != "our" && !names.PracticeRole(s.toks[max(p.to-2, p.from)].low, s.toks[p.to-1].low) {
		// "Big welcome to the Mesa Ridge High varsity goalie": the one
		// goalie a team has is welcomed back, not hired ("our new practice
		// manager" is).
		return false
	}
	for _, h := range s.healthHits() {
		if h.Cat == health.Condition || (h.Cat == health.Procedure && s.careUndergone(h.From)) {
			// "He just beat leukemia", "who starts his first round of
			// dialysis with us Monday": someone's health, whoever it is.
			return false
		}
	}
	if !s.introDone {
		s.introDone = true
		s.introNames = s.introNames[:0]
		for _, q := range s.people() {
			if !s.sentenceHas("names/newstaff", s.toks[q.from].sent) {
				continue
			}
			for t := q.from; t < q.to; t++ {
				if w := s.toks[t].low; s.toks[t].kind == tokWord && !staffTitles.has(w) && !honorificWords.has(w) {
					s.introNames = append(s.introNames, w)
				}
			}
		}
	}
	named := false
	for t := p.from; t < p.to; t++ {
		w := s.toks[t].low
		if s.toks[t].kind != tokWord || staffTitles.has(w) || honorificWords.has(w) {
			continue
		}
		if relativeWords.has(w) || !slices.Contains(s.introNames, w) && !s.introShortForm(w) {
			return false
		}
		named = true
	}
	return named
}

// kinPronouns tell whose relative follows: "his" or "her" after a staff
// member's name, or "whose" right after it ("our own Sunny, whose mom got
// her new knee").
var kinPronouns = newWordSet([]string{"his", "her", "whose"})

// addStaffKinByPronoun adds a staff member's relative told by "his",
// "her" or "whose" after the staff member's name: "Our own Faith brought
// her mom in for her check-up", "Kevin is off to be with his dad after
// his surgery", "sarah lopez brought her little brother in for
// stitches", "Congrats to our own Summer, whose mama finished chemo". Staff are no
// one to PRIV-10, but their relative is a person like any other: with a
// health detail beside, the post tells the relative's care. The walk
// starts from the pronoun before a relative word (rare), then looks back
// for the staff name in the same sentence or the one before.
func (s *scan) addStaffKinByPronoun() {
	if len(s.c.allow.staff) == 0 || !(s.words.has("his") || s.words.has("her") || s.words.has("whose")) {
		return
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if !kinPronouns.has(s.toks[t].low) {
			continue
		}
		k := t + 1
		if (kinAdjective.has(s.toks[k].low) || s.toks[k].low == "own") && k+1 < len(s.toks) {
			k++ // "her little brother", "her own dad"
		}
		if !singleKin.has(s.toks[k].low) || s.toks[k].sent != s.toks[t].sent || s.onlyPrevention(s.toks[t].sent) {
			continue
		}
		if s.toks[t].low == "whose" && !s.staffRightBefore(t) {
			continue // "Dr. Patel sees kids whose moms work nights": whose is the kids'
		}
		if s.staffNamedBefore(t) {
			s.persons = appendUnique(s.persons, person{span{t, k + 1}, k, names.Titled})
		}
	}
}

// sentHasWord reports whether sentence si holds a word, not only marks.
func (s *scan) sentHasWord(si int) bool {
	for t := s.sents[si].tokStart; t < s.sents[si].tokEnd; t++ {
		if s.toks[t].kind == tokWord {
			return true
		}
	}
	return false
}

// staffNamedBefore reports whether a staff member's name stands before
// token t in its sentence or the one before, with no other person's name
// nearer: the "his" or "her" at t is theirs.
func (s *scan) staffNamedBefore(t int) bool {
	si := s.toks[t].sent
	prev := si - 1
	if prev >= 0 && !s.sentHasWord(prev) {
		prev-- // "Dr. Greene just became a grandpa!! his granddaughter ...": "!!" ends two sentences, one empty
	}
	for k := t - 1; k >= 0 && k >= t-24 && s.toks[k].sent >= prev; k-- {
		tk := &s.toks[k]
		if tk.kind == tokWord && len(tk.low) == 1 && s.titledDoctor(k) && s.isStaff(k-2, k+1) {
			return true // "Dr. Z just became a grandma!! her granddaughter"
		}
		if tk.kind != tokWord || len(tk.low) < 3 {
			continue
		}
		if s.staffSubject(k) || (s.c.allow.staff[tk.low] && !names.WordToo(tk.low)) {
			return true // "sarah lopez brought her brother in": any case
		}
		if tk.capital && k > s.sents[tk.sent].tokStart && names.First(tk.low) == names.Strong {
			return false // "Kevin met Maria and her mom": Maria's
		}
	}
	return false
}

// staffRightBefore reports whether the "whose" at token t follows a staff
// member's name and its comma ("our own Sunny, whose mom"): only then is
// the relative theirs.
func (s *scan) staffRightBefore(t int) bool {
	k := t - 1
	if k >= 0 && s.toks[k].low == "," {
		k--
	}
	return k >= 0 && s.toks[k].kind == tokWord && s.toks[k].sent == s.toks[t].sent && s.c.allow.staff[s.toks[k].low]
}

// introducedFrom reports a staff name opening sentence si and introduced
// by where its person is from ("Jo from the Acre neighborhood finished
// her chemo here", "Sarah from our moms group delivered a baby boy here"):
// no one introduces a colleague so, and the person is a patient who shares
// the name, or the staff member with their own news; either way the
// health that follows is theirs, not care they gave (session 17, att17:
// a staff short form like "Jo" for Jolene made such a patient staff).
func (s *scan) introducedFrom(i, end, si int) bool {
	se := s.sents[si]
	if i-se.tokStart > 1 || end >= se.tokEnd || s.toks[end].low != "from" {
		return false
	}
	// Health or a birth a few words on, before any care they give:
	// "Sarah from our nursing team helped a patient recovering" is Sarah's
	// work.
	// The news must follow a verb of their own state ("is home", "had",
	// "finished", "came in"), and stops at one of care given or of work
	// ("helped a patient", "is running the cancer 5K", "will talk about
	// diabetes").
	stop, verb := min(se.tokEnd, end+12), -1
	for k := end + 1; k < stop; k++ {
		w := s.toks[k].low
		if verb < 0 && careGivingWords.has(w) {
			return false // "Sarah from our nursing team helped a patient"
		}
		if verb >= 0 && (careGivingWords.has(w) || careGivenNouns.has(w)) {
			stop = k
			break
		}
		if verb < 0 && introducedVerbs.has(w) {
			verb = k
		}
	}
	if verb < 0 {
		return false
	}
	if s.tokensHaveWord(verb, stop, introducedNews) {
		return true
	}
	for _, h := range s.healthHits() {
		if h.From > verb && h.From < stop {
			return true
		}
	}
	return false
}

// introducedVerbs tell the state or the care of the one introduced.
var introducedVerbs = newWordSet([]string{"is", "was", "s", "had", "has", "got", "finished", "completed", "started", "delivered",
	"welcomed", "came", "went", "rang", "underwent", "recovering", "recovered", "home", "back", "admitted", "beat"})

// introducedNews are health news the lexicon may not hold: a birth, a
// course ended, a stay.
var introducedNews = newWordSet([]string{"baby", "twins", "chemo", "chemotherapy", "radiation", "dialysis", "recovering",
	"recovered", "admitted", "hospital", "mammogram", "surgery"})

// careGivingWords say the one named gives care: what follows is a
// patient's, not theirs.
var careGivingWords = newWordSet([]string{"patient", "patients", "helped", "helps", "helping", "saw", "sees", "seeing", "treated",
	"treats", "treating", "cared", "caring", "walked", "led", "leads", "teaches", "taught", "gave", "gives", "running", "walking",
	"raising", "organizing", "hosting", "leading", "offers", "offering", "explains", "answers", "shares", "talks", "about", "call"})
