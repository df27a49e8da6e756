package compliance

import (
	"sort"
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// A staff member who signs a post ("Rusty here —", "Dr. W here.", "—
// JB") and tells their own surgery, illness or leave in the first person
// ("I'm out through the 15th for my knee replacement", "back after my own
// round with COVID") shares their health news as surely as a post that
// says "Rusty is out for his knee replacement": it blocks (PRIV-10) with
// a doctor's override, as docs/COMPLIANCE.md decides for staff health. A
// first-person post nobody on staff signs is the page's own voice and is
// left to the other rules: it names no one.

// signGreetings may open a post before the signer's name: "Hi, Rusty
// here", "Hey all, it's Dr. W here".
var signGreetings = newWordSet([]string{"hi", "hey", "hello", "hiya", "howdy", "aloha", "hola", "it", "s", "this", "is", "all",
	"everyone", "folks", "friends", "yall"})

// signDashes come between a post and the name it is signed with.
const signDashes = "-—–~"

// staffSigner returns the tokens [from,to) of the staff member who signs
// the post, at its start ("Nurse Hope here", "JB here") or at its end
// ("— Sarah", "-KT"), and whether there is one.
func (s *scan) staffSigner() (from, to int, ok bool) {
	if len(s.sents) == 0 || len(s.c.allow.staff) == 0 {
		return 0, 0, false
	}
	if from, to, ok = s.signedAtStart(); ok {
		return from, to, true
	}
	if from, to, ok = s.signedHereFirst(); ok {
		return from, to, true
	}
	if from, to, ok = s.noteFromFirst(); ok {
		return from, to, true
	}
	return s.signedAtEnd()
}

// signedAtStart finds "<staff> here" in the first words of the post.
func (s *scan) signedAtStart() (from, to int, ok bool) {
	end := min(s.sents[0].tokEnd, len(s.toks))
	k := 0
	for n := 0; k < end && n < 4 && (s.toks[k].kind == tokPunct || signGreetings.has(s.toks[k].low)); n++ {
		k++
	}
	for h := k + 1; h < end && h <= k+8; h++ {
		if s.toks[h].low != "here" && s.toks[h].low != "aquí" && s.toks[h].low != "aqui" {
			continue
		}
		// "Rusty here", "Dr. W here"; "Rusty from the front desk here",
		// "Kaylee, your front desk lead, here".
		for e := min(h, k+4); e > k; e-- {
			if (e == h || inSet(s.toks[e].low, "from", ",", "at", "on", "in", "your", "the")) && s.staffRef(k, e) {
				return k, e, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// signedHereFirst finds "Aquí <staff>" opening the post, the name
// followed by a mark: "Aquí Marisol — ...".
func (s *scan) signedHereFirst() (from, to int, ok bool) {
	if len(s.toks) < 3 || s.toks[0].low != "aquí" && s.toks[0].low != "aqui" {
		return 0, 0, false
	}
	for to = 2; to < len(s.toks) && to <= 4; to++ {
		if s.toks[to].kind == tokPunct {
			return 1, to, s.staffRef(1, to)
		}
	}
	return 0, 0, false
}

// noteWords head a post a staff member writes as a note: "Quick note
// from Dr. Zainab:", "A message from Nurse Hope —", "Update from Rusty:".
var noteWords = newWordSet([]string{"a", "quick", "short", "little", "personal", "note", "message", "word", "update", "news",
	"letter"})

// noteFromFirst finds "<note> from <staff>:" opening the post (session
// 17, t17leak): the words before "from" head a note (noteWords, one of
// them "note", "message", "word", "update", "news" or "letter") and the
// staff name ends at a colon or a dash. What follows in the first person
// is the signer's.
func (s *scan) noteFromFirst() (from, to int, ok bool) {
	k := 0
	noun := false
	for k < len(s.toks) && k < 4 && noteWords.has(s.toks[k].low) {
		noun = noun || inSet(s.toks[k].low, "note", "message", "word", "update", "news", "letter")
		k++
	}
	if !noun || k >= len(s.toks) || s.toks[k].low != "from" {
		return 0, 0, false
	}
	from = k + 1
	for to = from + 1; to < len(s.toks) && to <= from+4; to++ {
		if w := s.toks[to].low; w == ":" || strings.ContainsAny(w, signDashes) {
			return from, to, s.staffRef(from, to)
		}
	}
	return 0, 0, false
}

// signedAtEnd finds a staff name after a dash as the last words of the
// post, with at most a few marks or emoji after it.
func (s *scan) signedAtEnd() (from, to int, ok bool) {
	to = len(s.toks)
	for n := 0; to > 0 && n < 4 && s.toks[to-1].kind == tokPunct && !strings.ContainsAny(s.toks[to-1].low, signDashes); n++ {
		to--
	}
	for from = to - 1; from >= 0 && from >= to-3; from-- {
		if s.toks[from].kind == tokPunct && s.toks[from].low != "." {
			break
		}
		if from > 0 && (s.dashBefore(from) || s.closingBefore(from)) {
			return from, to, s.staffRef(from, to)
		}
	}
	return 0, 0, false
}

// dashBefore reports whether a dash stands between token t and the one
// before it, as a token or glued to the name ("-KT").
func (s *scan) dashBefore(t int) bool {
	return strings.ContainsAny(s.text[s.toks[t-1].start:s.toks[t].start], signDashes)
}

// staffRef reports whether tokens [from,to) name a staff member the way
// one signs: a name or short form ("Rusty", "Nurse Hope", "Dr. Deng"), a
// doctor's initial ("Dr. W") or two capital initials ("JB").
func (s *scan) staffRef(from, to int) bool {
	if to-from == 1 {
		t := &s.toks[from]
		if t.kind != tokWord {
			return false
		}
		if len(t.low) == 2 && t.capital && isUpperWord(s.text[t.start:t.end]) && s.c.allow.staffInitialPair(t.low) {
			return true
		}
		return t.capital && len(t.low) >= 3 && s.c.allow.staffWords.has(t.low) && s.c.allow.isStaff([]string{t.low})
	}
	return s.isStaff(from, to)
}

// staffSignedHealth finds a staff-signed post whose first-person words
// tell the signer's own health news; the finding is on the signature.
func (s *scan) staffSignedHealth() []post.Finding {
	if !s.hasAny(selfTellers) {
		return nil
	}
	from, to, ok := s.staffSigner()
	if !ok {
		return nil
	}
	for t := range s.toks {
		se := s.sents[s.toks[t].sent]
		if !s.selfTellerAt(t, se.tokStart) || s.cueSent[s.toks[t].sent] && s.hasAny(patientNouns) ||
			strings.ContainsAny(s.text[se.start:se.end], "\"“”") {
			// A patient cue is the signer's own news when it is their
			// diagnosis ("I was diagnosed with colon cancer"); with a
			// patient or a client in the post, it is a patient's story,
			// and words in quotation marks are someone else's ("'After my
			// knee replacement I'm walking again!' — Kevin T.").
			continue
		}
		if s.ownHealthAfter(max(t-3, se.tokStart), se.tokEnd, true) {
			f := s.finding(from, to, "This shares the health news of the staff member who signs it (an illness, a surgery, a recovery or a leave). It is their health information: post it only with their written OK.")
			f.Suggestion = "Leave the health detail out (\"I'm out until the 15th\"), or have a doctor approve it with the staff member's written OK as the reason."
			return []post.Finding{f}
		}
	}
	return nil
}

// selfTellers are the words a signer's own health news starts a walk
// at: "I", "my", a milestone ("two years cancer-free"), and a sentence
// that opens with the signer away or back ("Out next week for knee
// surgery", "Back from my leave").
var selfTellers = newWordSet([]string{"i", "my", "mi", "free", "survivor", "out", "off", "back", "home"})

// selfTellerAt reports whether the walk of a signed post starts at token
// t, in a sentence starting at token start.
func (s *scan) selfTellerAt(t, start int) bool {
	switch s.toks[t].low {
	case "i", "my", "mi", "free", "survivor":
		return true
	case "out", "off", "back", "home":
		return t == start
	}
	return false
}

// detailFillers stand between a possessive and the health detail it owns:
// "my own bout with pneumonia", "his last round of chemo".
var detailFillers = newWordSet([]string{"own", "round", "rounds", "bout", "bouts", "battle", "fight", "case", "course", "cycle",
	"session", "of", "with", "a", "an", "the"})

// courseOrdinals before a procedure make it one of many a doctor does ("his
// first robotic hip replacement"), unless a round or a session says it is
// a course of care they went through.
var courseOrdinals = newWordSet([]string{"first", "second", "third", "last", "next", "final"})

// detailAfter returns the token where the health detail owned by the
// possessive at t starts, past at most three fillers and modifiers, and
// whether an ordinal was passed with no round or session.
func (s *scan) detailAfter(t, to int) (k int, ordinal bool) {
	k = t + 1
	course := false
	for n := 0; n < 3 && k < to && (detailFillers.has(s.toks[k].low) || ownModifier.has(s.toks[k].low) ||
		plannedModifiers.has(s.toks[k].low) && !s.healthStartsAt(k)); n++ {
		w := s.toks[k].low
		ordinal = ordinal || courseOrdinals.has(w)
		course = course || inSet(w, "round", "rounds", "bout", "course", "cycle", "session")
		k++
	}
	return k, ordinal && !course
}

// healthHitAt returns the health detail that starts at token k, found by a
// binary search of the hits (in text order), so the walks that ask about
// one token stay linear in the text.
func (s *scan) healthHitAt(k int) (health.Hit, bool) {
	hs := s.healthHits()
	i := sort.Search(len(hs), func(i int) bool { return hs[i].From >= k })
	if i < len(hs) && hs[i].From == k {
		return hs[i], true
	}
	return health.Hit{}, false
}

// conditionEnding returns the condition that ends at token t (exclusive),
// found by a binary search of the hits: "cancer" of "cancer-free".
func (s *scan) conditionEnding(t int) (health.Hit, bool) {
	hs := s.healthHits()
	i := sort.Search(len(hs), func(i int) bool { return hs[i].From >= t-8 })
	for ; i < len(hs) && hs[i].From < t; i++ {
		if hs[i].To == t && hs[i].Cat == health.Condition {
			return hs[i], true
		}
	}
	return health.Hit{}, false
}

// freeOfCondition reports whether token t, "free" ending a condition
// ("cancer-free"), tells a milestone of the person before it: "5 years
// cancer-free" (spanned), "is officially cancer-free"; not "the
// Cancer-Free 5K".
func (s *scan) freeOfCondition(t int) (ok, spanned bool) {
	if s.toks[t].low != "free" {
		return false, false
	}
	h, found := s.conditionEnding(t + 1)
	if !found || h.From >= t {
		h, found = s.conditionEnding(t)
		if !found {
			return false, false
		}
	}
	if s.timeSpanBefore(h.From) {
		return true, true
	}
	return h.From > 0 && inSet(s.toks[h.From-1].low, "is", "s", "m", "am", "officially", "now", "finally", "been", "was"), false
}

// undergoneAt reports whether the possessive at t follows a verb of care
// gone through ("finished her", "started his", "finally completed my").
func (s *scan) undergoneAt(t int) bool {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		w := s.toks[k].low
		if undergoVerbs.has(w) && w != "after" {
			return true
		}
		if !inSet(w, "just", "finally", "officially", "already", "who", "has", "have", "had") {
			return false
		}
	}
	return false
}

// afterI reports whether token t follows "I" with only the words of a
// first-person tense between: "I'm", "I was just", "I've had".
func (s *scan) afterI(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		w := s.toks[k].low
		if w == "i" {
			return true
		}
		if !inSet(w, "m", "am", "was", "ve", "have", "has", "had", "d", "just", "finally", "also", "recently", "been", "now",
			"officially", "got", "beat", "survived", "diagnosed", "with") {
			return false
		}
	}
	return false
}

// roleAfterCondition are words after a condition that make it the field a
// person works in: "diabetes educator", "cancer nurse".
var roleAfterCondition = newWordSet([]string{"educator", "educators", "nurse", "nurses", "coach", "coaches", "counselor",
	"counselors", "doctor", "doctors", "advocate", "advocates", "researcher", "navigator", "navigators", "certificate",
	"certification", "fellowship", "board", "boards"})

// fieldAfter reports whether the detail ending at token end is followed
// by a word that makes it what a person runs or works in.
// A care word may come between: "my hip replacement patients".
func (s *scan) fieldAfter(end int) bool {
	for t := end; t < len(s.toks) && t <= end+1 && s.toks[t].kind == tokWord; t++ {
		if careGivenNouns.has(s.toks[t].low) || roleAfterCondition.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// ownedDetail reports whether the possessive at t ("his", "her", "my")
// owns a health detail told as the person's own: a condition, a new or
// hurt body part, a pregnancy scan, or a procedure gone through
// ("finished her breast cancer treatment"); not what they run ("her
// diabetes class") or one of the many a doctor does ("his first robotic
// hip replacement").
func (s *scan) ownedDetail(t, to int, self bool) bool {
	k, ordinal := s.detailAfter(t, to)
	if weeks := s.weeksAt(k, to); weeks > 0 {
		// "her 20-week ultrasound": a pregnancy scan
		if h, ok := s.healthHitAt(k + weeks); ok && h.Cat == health.Procedure || k+weeks < to && pregnancyVisits.has(s.toks[k+weeks].low) {
			return true
		}
	}
	h, ok := s.healthHitAt(k)
	if !ok || h.To > to || s.fieldAfter(h.To) {
		return false
	}
	if s.vaccination(h) || s.modelledScreening(h) {
		return false // "my flu shot", "her COVID booster", "my mammogram — have you?": the example they set
	}
	if ordinal {
		return false // "my last hip replacement of the year": one of many
	}
	switch h.Cat {
	case health.Condition:
		return true
	case health.BodyPart:
		return !self || k > t+1 // "my new hip"; "my back" alone is an idiom as often
	case health.Procedure:
		// "finished her chemo", "back after her knee surgery"; signed,
		// "out Friday for my colonoscopy".
		return (s.undergoneAt(t) || t > 0 && (inSet(s.toks[t-1].low, "after", "from", "since", "following") ||
			self && inSet(s.toks[t-1].low, "for", "por", "tras", "de", "desde")))
	}
	return false
}

// pregnancyVisits after a week count are a pregnancy's check: "her
// 12-week scan", "her 36-week appointment".
var pregnancyVisits = newWordSet([]string{"scan", "sono", "sonogram", "appointment", "appt", "checkup", "visit", "anatomy"})

// weeksAt returns how many tokens a week count takes at k ("20-week",
// "12 week"), or 0.
func (s *scan) weeksAt(k, to int) int {
	if k+1 < to && s.toks[k].kind == tokNumber && inSet(s.toks[k+1].low, "week", "wk") {
		return 2
	}
	return 0
}

// milestoneBefore reports whether a health milestone of the person named
// at token i comes before the name in its sentence: "Happy 10 years
// cancer-free to our own Hope!".
func (s *scan) milestoneBefore(i int) bool {
	start := max(s.sents[s.toks[i].sent].tokStart, i-12)
	for t := start; t < i; t++ {
		if _, spanned := s.freeOfCondition(t); spanned {
			return true
		}
	}
	return false
}

// ownedCondition reports whether a condition starts at token t and is not
// the field a person works in: "pregnant", "lupus"; not "diabetes
// educator".
func (s *scan) ownedCondition(t, to int) bool {
	h, ok := s.healthHitAt(t)
	return ok && h.Cat == health.Condition && h.To <= to && !s.fieldAfter(h.To)
}

// weeksAlong reports whether "weeks" at token t tells how far along a
// pregnancy is: "is 36 weeks and ...", "is 20 weeks today!"; not "is 6
// weeks from retirement" or "2 weeks into her new job".
func (s *scan) weeksAlong(t, to int) bool {
	if t < 2 || s.toks[t-1].kind != tokNumber || !inSet(s.toks[t-2].low, "is", "s", "m", "am") {
		return false
	}
	return t+1 >= to || s.toks[t+1].kind == tokPunct || inSet(s.toks[t+1].low, "and", "pregnant", "along", "today", "now", "with")
}

// roleNamedAfter reports whether a staff role (staffRoleWords) comes
// within two words after token k, before to: "our favorite NP", "our own
// nurse", as a post calls the one it has just named.
func (s *scan) roleNamedAfter(k, to int) bool {
	for t := k; t < to && t <= k+2; t++ {
		if staffRoleWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// vaccination reports whether the health detail h is a vaccination ("flu
// shot", "COVID booster"), not the illness a vaccine is named for: "my
// own round with COVID" and "my flu test" are not. A shot is the example
// a practice's staff set on purpose, so both staff rules ask this.
func (s *scan) vaccination(h health.Hit) bool {
	if h.Cat == health.Condition {
		return h.To < len(s.toks) && vaccineWords.has(s.toks[h.To].low)
	}
	for j := h.From; j < h.To; j++ {
		if w := s.toks[j].low; vaccineWords.has(w) && w != "covid" && w != "flu" {
			return true
		}
	}
	return false
}

// signOffs close a post before the name it is signed with: "xo, Marisol",
// "Love, Nurse Hope".
// ("Thanks, Kevin" thanks Kevin more often than he signs it.)
var signOffs = newWordSet([]string{"xo", "xoxo", "love", "cheers", "hugs", "best", "warmly", "sincerely"})

// closingBefore reports whether a sign-off, with or without its comma,
// comes right before token t.
func (s *scan) closingBefore(t int) bool {
	k := t - 1
	if k > 0 && s.toks[k].low == "," {
		k--
	}
	return k >= 0 && signOffs.has(s.toks[k].low)
}

// patientNouns make a patient cue in a signed post a patient's story.
var patientNouns = newWordSet([]string{"patient", "patients", "pt", "pts", "client", "clients"})

// screeningWords are the checks everyone is told to get.
var screeningWords = newWordSet([]string{"mammogram", "mammograms", "colonoscopy", "colonoscopies", "pap", "screening",
	"screenings", "checkup", "checkups", "physical", "physicals", "exam", "exams", "cleaning", "cleanings"})

// modelledScreening reports whether the health detail h is a screening
// told as an example to the reader ("got my mammogram today, have you?",
// "my colonoscopy was easy, book yours"): preventive care a staff member
// models, not their health news. Without the reader the same screening
// is news of their own ("out Friday for my colonoscopy").
func (s *scan) modelledScreening(h health.Hit) bool {
	if !s.words.has("you") && !s.words.has("your") && !s.words.has("yours") && !s.words.has("u") {
		return false
	}
	screening := false
	for j := h.From; j < h.To; j++ {
		screening = screening || screeningWords.has(s.toks[j].low)
	}
	if !screening {
		return false
	}
	// "my mammogram came back clear": a result is their health news.
	for j := h.To; j < len(s.toks) && j < h.To+4; j++ {
		if screeningResults.has(s.toks[j].low) {
			return false
		}
	}
	return true
}

// screeningResults after a screening tell what it found.
var screeningResults = newWordSet([]string{"clear", "normal", "negative", "positive", "results", "result", "found", "showed",
	"abnormal", "benign", "polyp", "polyps"})

// afterAppositive reports whether token t follows an appositive that
// opens at from: "Kaylee Jensen, our front desk lead, had a mastectomy".
func (s *scan) afterAppositive(from, t int) bool {
	if from >= len(s.toks) || s.toks[from].low != "," || t-from > 10 {
		return false
	}
	for k := t - 1; k > from && k >= t-2; k-- {
		if s.toks[k].low == "," {
			return true
		}
	}
	return false
}
