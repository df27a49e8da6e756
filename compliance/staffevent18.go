package compliance

// A staff member's own health event in frames the staff walk did not read
// (session 18, t18leak): "is home resting after an emergency
// appendectomy", "ran the marathon 8 months after getting a stent", "5
// years sober this month for our practice manager Denny", "finished his
// last chemo", "rang the bell ... last chemo DONE", "is expecting in May".
// Each is their health news (docs/COMPLIANCE.md, staff's own health); the
// walk in ownHealthAfter asks these helpers token by token, each looking
// a few words on, so the walk stays linear.

// restingWords tell someone resting or healing up: what they rest after is
// what they went through ("resting after knee surgery").
var restingWords = newWordSet([]string{"resting", "recovering", "recuperating", "healing", "convalescing"})

// restedAfterAt reports whether the word at t opens a rest after a health
// detail of the subject's own: "resting after knee surgery", "home
// resting after an emergency appendectomy", "back recovering from a hip
// replacement"; not "resting after the health fair" (no health detail)
// nor "helps people recovering after surgery" (recoveryFromAt's helpers
// are asked by the walk's other cases first).
func (s *scan) restedAfterAt(t, to int) bool {
	k := t
	if inSet(s.toks[k].low, "home", "back") && k+1 < to && restingWords.has(s.toks[k+1].low) {
		k++ // "home resting after"
	}
	if !restingWords.has(s.toks[k].low) || k+2 >= to {
		return false
	}
	k++
	if inSet(s.toks[k].low, "up", "comfortably") && k+2 < to {
		k++ // "resting up after"
	}
	if !inSet(s.toks[k].low, "after", "following", "from") {
		return false
	}
	return s.ownDetailFrom(k+1, to)
}

// ownDetailFrom reports whether a health detail of the subject's own
// starts at k, past an owner or an article and the modifiers detailAfter
// skips ("an emergency appendectomy", "her gallbladder surgery").
func (s *scan) ownDetailFrom(k, to int) bool {
	if k < to && ownersBeforeDetail.has(s.toks[k].low) {
		k, _ = s.detailAfter(k, to)
	}
	return k < to && s.ownDetailAt(k)
}

// undergoneVerbs after "after" tell care the subject went through:
// "months after getting a stent", "a year after having a stroke".
var undergoneVerbs = newWordSet([]string{"getting", "having", "receiving", "undergoing", "surviving"})

// careUndergoneAfterAt reports whether "after" at t, a span of time after
// a deed ("8 months after", "only a year after"), opens care the subject
// went through: "finished the marathon 8 months after getting a stent".
// The span makes it their story; "what to expect after getting a stent"
// is a lesson.
func (s *scan) careUndergoneAfterAt(t, to int) bool {
	if s.toks[t].low != "after" || t+2 >= to || !undergoneVerbs.has(s.toks[t+1].low) || !s.timeSpanBefore(t) {
		return false
	}
	return s.ownCareAt(t+2, to, false)
}

// courseEndedAt reports whether the course verb at t, a few words after
// the name ending at from, ends or starts a course of treatment of the
// subject's own: "finished his last chemo", "completed her final round of
// radiation"; not "finished the chemo consults" (care given), nor a
// course verb far from the name.
func (s *scan) courseEndedAt(t, from, to int) bool {
	if !courseVerbs.has(s.toks[t].low) || t-from > 3 || t+1 >= to {
		return false
	}
	k := t + 1
	for n := 0; n < 5 && k < to && (ownersBeforeDetail.has(s.toks[k].low) || courseOrdinals.has(s.toks[k].low) || detailFillers.has(s.toks[k].low)); n++ {
		k++
	}
	if k >= to || !courseTreatments.has(s.toks[k].low) {
		return false
	}
	return k+1 >= to || !careGivenNouns.has(s.toks[k+1].low) && !s.fieldAfter(k+1) && !courseStudyNouns.has(s.toks[k+1].low)
}

// courseStudyNouns after a treatment make it a field studied or worked
// in: "finished his last radiation safety course", "completed her chemo
// certification" (session 18, att18).
var courseStudyNouns = newWordSet([]string{"safety", "course", "courses", "certification", "certificate", "exam", "exams",
	"module", "modules", "seminar", "conference", "physics", "therapist", "therapists", "tech", "techs", "nurse", "nurses",
	"unit", "suite", "room", "center", "department", "badge", "license", "licence", "competency", "orientation"})

// bellVerbs ring the bell that ends a course of cancer treatment.
var bellVerbs = newWordSet([]string{"rang", "ring", "rings", "ringing", "rung"})

// rangTheBellAt reports whether the word at t rings "the bell" (or "the
// chemo bell") in a post that names a course of treatment: the bell a
// patient rings on the last day of chemo or radiation. A bell rung with no
// treatment in the post opens a market or a school day.
func (s *scan) rangTheBellAt(t, to int) bool {
	if !bellVerbs.has(s.toks[t].low) || t+2 >= to || s.toks[t+1].low != "the" {
		return false
	}
	k := t + 2
	if courseTreatments.has(s.toks[k].low) && k+1 < to {
		k++ // "rang the chemo bell"
	}
	return s.toks[k].low == "bell" && (k > t+2 || s.courseEndNear(k))
}

// courseEndNear reports a course of treatment told as ended within
// bellReach tokens of the bell at b: a treatment or "cancer" with an end
// word beside it ("Last chemo DONE", "after her last round of chemo",
// "cancer FREE"), or rung at a cancer center ("the bell at the cancer
// center"). A bell rung "to open our new chemo infusion suite" or "at the
// stock exchange for our cancer center's fundraiser" ends no one's
// course (session 18, att18).
func (s *scan) courseEndNear(b int) bool {
	for c := max(0, b-bellReach); c < len(s.toks) && c <= b+bellReach; c++ {
		w := s.toks[c].low
		if !courseTreatments.has(w) && w != "cancer" {
			continue
		}
		if w == "cancer" && c > b && c <= b+4 && c+1 < len(s.toks) && s.toks[c+1].low == "center" {
			return true // "rang the bell at the cancer center today"
		}
		for e := max(0, c-3); e < len(s.toks) && e <= c+3; e++ {
			if courseEndWords.has(s.toks[e].low) {
				return true
			}
		}
	}
	return false
}

// bellReach bounds how far from the bell courseEndNear looks for the
// course it ends, so a post of many bells stays linear.
const bellReach = 16

// courseEndWords tell a course of treatment ended.
var courseEndWords = newWordSet([]string{"last", "final", "done", "over", "finished", "finishing", "complete", "completed",
	"free", "after", "through", "ended"})

// soberBefore reports whether a span of sobriety comes before the name at
// token i in its sentence: "5 years sober this month for our practice
// manager Denny", "Ten years clean today for Denny". A time span before
// the word makes it the sobriety of someone, and the sentence's only
// person is the one it is told of.
func (s *scan) soberBefore(i int) bool {
	start := max(s.sents[s.toks[i].sent].tokStart, i-12)
	for t := start; t < i; t++ {
		if inSet(s.toks[t].low, "sober", "sobriety", "clean") && s.timeSpanBefore(t) && !s.cleanOfThing(t) {
			return true
		}
	}
	return false
}

// dueWhen reports whether "expecting" followed by the tokens at k tells
// when a baby is due: "in May", "this spring", "next month". Not "a busy
// flu season": that is no time the baby comes.
func (s *scan) dueWhen(k, to int) bool {
	if k+1 >= to || !inSet(s.toks[k].low, "in", "this", "next", "early", "late") {
		return false
	}
	w := s.toks[k+1].low
	if k+2 < to && inSet(s.toks[k+2].low, "to", "will", "be") {
		return false // "expecting this winter to be rough": a forecast
	}
	return fullMonths.has(w) || shortMonths.has(w) || inSet(w, "spring", "summer", "fall", "autumn", "winter", "month")
}

// healthLeaveAfter reports whether a leave for health or a birth
// ("maternity leave", "medical leave") comes within a dozen words after
// the staff name ending at from, in sentence si: "Mai has been pumping
// between patients since coming back from maternity leave". The patients
// on the way are the ones the staff member sees; a health leave is no
// care given, so the sentence is their own news whatever cue it holds.
func (s *scan) healthLeaveAfter(from, si int) bool {
	end := min(s.sents[si].tokEnd, from+12)
	for t := from + 3; t < end; t++ {
		if s.toks[t].low != "leave" || !leaveWords.has(s.toks[t-1].low) {
			continue
		}
		// Told as the subject's own: "back from maternity leave", "is on
		// medical leave"; not "families on maternity leave".
		before, lead := s.toks[t-2].low, s.toks[t-3].low
		if before == "from" && lead == "back" || before == "on" && inSet(lead, "is", "s", "was", "been", "went", "goes", "going", "be") {
			return true
		}
	}
	return false
}

// soberAfterWords may follow "sober" or "clean" told of a person: "5
// years sober this month", "2 years clean today", "clean and sober".
var soberAfterWords = newWordSet([]string{"today", "this", "for", "and", "as", "since", "now", "yesterday", "on", "in", "tomorrow",
	"&", "y", "coming", "last",
	// "Happy 1 year sober to our own Alvin!" (session 22, t22staff)
	"to"})

// cleanOfThing reports whether "sober" or "clean" at t describes the noun
// after it, no one's sobriety: "10 years clean audits in a row", "5
// years clean driving record" (session 18, att18).
func (s *scan) cleanOfThing(t int) bool {
	n := t + 1
	if n >= len(s.toks) || s.toks[n].sent != s.toks[t].sent || s.toks[n].kind != tokWord {
		return false
	}
	return !s.toks[n].capital && !soberAfterWords.has(s.toks[n].low)
}
