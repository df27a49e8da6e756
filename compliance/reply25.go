package compliance

import (
	"strings"
	"unicode"

	"github.com/practicepost/practicepost/post"
)

// The reader greeted at a reply's opening by a name a staff member also
// bears (session 25, t25reply). "Hi Marcus, sorry about the parking.",
// "Hola Leticia, perdón por la espera", "Hey Anita, thanks for the heads
// up": a greeting word opens the sentence and the name follows it before
// a comma or a mark. A practice does not open its public answer to a
// review by greeting its own doctor, so the name is the reviewer's
// display name, and a person checks it (REV-02 warn), as the development
// sets label it (dev142-074, dev144-205: both passed, as Marcus and
// Leticia are staff there). Session 16's staffNameGreeted only read a
// name at the end of its sentence ("Thank you, Miriam!"). "Kevin from
// our billing team will call you" (no greeting), "Hi from Sarah and the
// crew" ("from" before the name) and "Hi Dr. Greene," (a staff title)
// stay staff.

// openingGreetings open a reply's sentence and greet whoever is named
// next: English, Spanish, Portuguese, French, Vietnamese "chào".
var openingGreetings = newWordSet([]string{"hi", "hello", "hey", "dear", "hola", "oi", "olá", "ola", "bonjour", "salut", "chào"})

// openingGreetingBefore reports a name at tokens [from, to) that directly
// follows a greeting word opening its sentence and is followed by a
// comma, an exclamation mark, a dash or the sentence's end.
func (s *scan) openingGreetingBefore(from, to int) bool {
	if from < 1 || to > len(s.toks) || to-from > 2 {
		return false
	}
	g := from - 1
	se := s.sents[s.toks[from].sent]
	if g != se.tokStart || s.toks[g].sent != s.toks[from].sent || !openingGreetings.has(s.toks[g].low) {
		return false
	}
	if to >= se.tokEnd {
		return true
	}
	return inSet(s.toks[to].low, ",", "!", "—", "–", "-")
}

// A reply that tells how the reader's exam came out (session 25,
// t25reply): "Both of them are cleared and ready for soccer season" to a
// review of the kids' sports physicals, "Glad you passed, Dale!" to a CDL
// physical, "All six of your drivers passed their DOT physicals", "¡Qué
// bueno que pasó su examen físico!". A physical, a screening or a
// clearance exam is care, and its result said back tells everyone the
// reader (or their children, their crew) was examined here and how it
// went: every development set labels it block (REV-01); dev143-071 passed
// with no finding. A message passed along, an illness "cleared up"
// (reply24.go's course), a loss ("passed away"), "we passed" and an exam
// no one said (a storm that passed, the lot cleared) stay as they were.

// examOutcomeVerbs25 tell an exam's result: passed, cleared (English),
// pasó, aprobó (Spanish), passou (Portuguese), đạt (Vietnamese, with an
// exam word after it).
var examOutcomeVerbs25 = newWordSet([]string{"passed", "cleared", "pasó", "paso", "pasaron", "aprobó", "aprobo", "aprobaron", "passou",
	"passaram", "đạt"})

// examOutcomeNotAfter25 follow "passed" or "cleared" when nothing was
// examined: "passed along", "passed away", "cleared up" (a course).
var examOutcomeNotAfter25 = newWordSet([]string{"along", "on", "away", "up", "out", "by", "through", "over", "down", "off", "around"})

// examOutcomeWho25 are the reader and the people a review is about, as
// the subject of the result: "you passed", "both of them are cleared",
// "your guys passed", "su examen".
var examOutcomeWho25 = newWordSet([]string{"you", "u", "ya", "your", "ur", "he", "she", "they", "them", "both", "his", "her", "their",
	"su", "sus", "usted", "ustedes", "seu", "sua", "você", "voce", "bạn", "con", "cháu", "em"})

// examOutcomeStop25 end the look back for the subject: another subject
// ("we passed", "it passed") or a clause's mark.
var examOutcomeStop25 = newWordSet([]string{"we", "our", "it", "storm", "snow", "lot", "weather", "bill", "law", "vote", ";", ":"})

// examWords25 name an exam whose result a reply can tell: a physical, a
// screening, a clearance. One must be in the reply's sentence or in the
// review (dev143-071's "sports physicals" is the review's).
var examWords25 = newWordSet([]string{"physical", "physicals", "exam", "exams", "examen", "examenes", "exámenes", "exame", "exames",
	"screening", "screenings", "clearance", "dot", "cdl", "faa", "audiogram", "spirometry", "físico", "fisico", "khám", "kiểm"})

// A death ("passed") is read by examLoss25 (attack25.go): a reply's
// condolences are another kind (review_life.go).

// examOutcome25 reports, in sentence si, the verb of an exam's result
// told of the reader or their people, or -1.
func (s *scan) examOutcome25(si int, reviewExam bool) int {
	se := s.sents[si]
	examHere := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		examHere = examHere || examWords25.has(s.toks[t].low)
	}
	if (!examHere && !reviewExam) || s.examLoss25(si, examHere) { // att25
		return -1
	}
	for v := se.tokStart + 1; v < se.tokEnd; v++ {
		if !examOutcomeVerbs25.has(s.toks[v].low) {
			continue
		}
		if v+1 < se.tokEnd && examOutcomeNotAfter25.has(s.toks[v+1].low) || s.examWentThrough25(v, se.tokEnd) {
			continue
		}
		if s.toks[v].low == "đạt" && (v+1 >= se.tokEnd || !examWords25.has(s.toks[v+1].low)) && !examHere {
			continue
		}
		for k := v - 1; k >= se.tokStart && k >= v-6; k-- {
			w := s.toks[k].low
			if examOutcomeStop25.has(w) || (s.toks[k].kind == tokPunct && w != "'" && w != "’") {
				break
			}
			if examOutcomeWho25.has(w) {
				if s.examThingPassed25(k, v) {
					break // "your feedback has been passed to" (att25)
				}
				return v
			}
		}
	}
	return -1
}

// reviewNamesExam25 reports an exam word in the review.
func (s *scan) reviewNamesExam25() bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s.d.ReviewText), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if examWords25.has(w) {
			return true
		}
	}
	return false
}

// replyExamOutcome25 finds an exam's result told in the sentences still
// open.
func (s *scan) replyExamOutcome25(open []bool) []post.Finding {
	if !s.hasAny(examOutcomeVerbs25) {
		return nil
	}
	c := sentenceFindings{s: s, done: open}
	reviewExam := s.reviewNamesExam25()
	for si := range s.sents {
		if open[si] {
			continue
		}
		if v := s.examOutcome25(si, reviewExam); v >= 0 {
			c.addSentence(si, false, "This reply tells how the reviewer's exam came out: it tells everyone they were examined here.")
		}
	}
	return c.out
}

// Milestones of the reader's pregnancy or recovery said back (session
// 25, t25reply). A reply that looks forward to the reader's baby ("We
// can't wait to meet the little one!", "cannot wait to meet baby number
// three in March", "Only 8 more weeks to go, mama", "no vemos la hora
// de conocer al bebé"),
// or that counts the reader's sober or smoke-free time to a review of
// recovery ("Congratulations on 14 months!", "So proud of your one
// year!", "60 days is HUGE", "Felicidades por sus seis meses"), or names
// the aid and the plan they quit with ("That patch-and-lozenge plan with
// Gatluak", "keep the patches going"), or bids them keep coming to the
// group, tells everyone the practice is caring for their pregnancy or
// their addiction. Every development set labels it block (REV-01); the
// rules only warned on the warmth ("proud of you", "Congratulations") or
// passed. Substance-use care is the most guarded there is (42 CFR Part
// 2). "Proud of you!" alone, a wish for the rest of a pregnancy the
// review told ("I'm 30 weeks", dev8-221: review), a new office or a new
// doctor met, and the counts of a review that tells no recovery stay as
// they were.

// babyAhead25 are the reader's baby, met ahead: "the baby", "the little
// one", "baby number three", "el bebé", "o bebê".
var babyAhead25 = newWordSet([]string{"baby", "babies", "bebé", "bebe", "bebê", "newborn", "twins", "one", "peanut", "bambino"})

// babyAheadVerbs25 meet or know the baby: "meet", "meeting", "conocer",
// "conhecer".
var babyAheadVerbs25 = newWordSet([]string{"meet", "meeting", "conocer", "conhecer"})

// pregnancyWords25 make "N more weeks to go" a pregnancy's: in the reply
// or the review.
var pregnancyWords25 = newWordSet([]string{"pregnancy", "pregnant", "prenatal", "trimester", "expecting", "mama", "mamá", "baby", "bump",
	"embarazo", "embarazada", "gravidez", "grávida", "due"})

// recoveryWords25 tell a review (or the reply) is about recovery from a
// substance: sobriety, quitting, a group.
var recoveryWords25 = newWordSet([]string{"sober", "sobriety", "sobre", "clean", "quit", "quitting", "quitted", "recovery", "relapse",
	"rehab", "suboxone", "buprenorphine", "methadone", "naltrexone", "vivitrol", "vaping", "vape", "smoking", "cigarettes", "chew",
	"drinking", "alcohol", "addiction", "opioid", "opioids", "meth", "sobriedad", "dejé", "deje", "sobrio", "sobria", "parei", "sobriedade"})

// spanUnits25 count a span of time: "14 months", "one year", "60 days".
var spanUnits25 = newWordSet([]string{"day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "días", "dias",
	"semanas", "meses", "mes", "año", "años", "ano", "anos"})

// spanCounts25 are counts written as words.
var spanCounts25 = newWordSet([]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"a", "un", "uno", "una", "dos", "tres", "seis", "um", "dois", "três"})

// celebrateWords25 celebrate a span: "congratulations on", "proud of",
// "huge".
var celebrateWords25 = newWordSet([]string{"congrats", "congratulations", "congratulation", "proud", "huge", "milestone", "celebrate",
	"celebrating", "felicidades", "felicitaciones", "orgullosos", "orgullosas", "parabéns", "parabens", "orgulhosos", "amazing", "incredible"})

// recoveryAids25 are what one quits with: patches, lozenges, the
// medicines of recovery.
var recoveryAids25 = newWordSet([]string{"patch", "patches", "lozenge", "lozenges", "nicotine", "chantix", "varenicline", "suboxone",
	"buprenorphine", "naltrexone", "vivitrol", "methadone", "parches", "chicles"})

// milestoneContext25 reports recovery or pregnancy words in the review or
// the reply (read once per check).
func (s *scan) milestoneContext25() (recovery, pregnancy bool) {
	review := strings.FieldsFunc(strings.ToLower(s.d.ReviewText), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range review {
		pregnancy = pregnancy || pregnancyWords25.has(w)
	}
	// "clean", "quit", "smoking" alone tell no recovery (att25)
	recovery = s.recoveryReview25() || s.hasAny(recoveryWords25) && recoveryToldIn25(s.words25())
	return recovery, pregnancy || s.hasAny(pregnancyWords25)
}

// babyMetAt reports, in tokens [from, to), "wait to meet the baby",
// "look forward to meeting the little one" or "conocer al bebé".
func (s *scan) babyMetAt(from, to int) bool {
	for v := from; v < to; v++ {
		if !babyAheadVerbs25.has(s.toks[v].low) || !s.awaitedBefore25(v, from) {
			continue
		}
		for k := v + 1; k < to && k <= v+3; k++ {
			w := s.toks[k].low
			if w == "one" && s.toks[k-1].low != "little" {
				continue
			}
			if babyAhead25.has(w) {
				return true
			}
			if !inSet(w, "the", "your", "ur", "baby", "little", "al", "el", "a", "o", "su", "seu", "new", "sweet", "tiny") {
				break
			}
		}
	}
	return false
}

// spanAt reports a span of time at token t: a count and a unit, "more"
// between them or not ("14 months", "6 more weeks").
func (s *scan) spanAt(t, to int) bool {
	u := t + 1
	if u < to && s.toks[u].low == "more" {
		u++
	}
	if u >= to || !spanUnits25.has(s.toks[u].low) {
		return false
	}
	return s.toks[t].kind == tokNumber || spanCounts25.has(s.toks[t].low)
}

// recoveryReview25 reports a review that tells of recovery from a
// substance ("The sobriety group saved me"): "keep showing up" to it
// bids the reader back to their group (review_life.go's continuingAt).
func (s *scan) recoveryReview25() bool {
	return s.recoveryReview.get(func() bool {
		// "clean", "quit", "smoking" alone tell no recovery (att25)
		return recoveryToldIn25(strings.FieldsFunc(strings.ToLower(s.d.ReviewText), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}))
	})
}

// milestone25 reports sentence si of a reply telling a milestone of the
// reader's pregnancy or recovery.
func (s *scan) milestone25(si int, recovery, pregnancy bool) bool {
	se := s.sents[si]
	if s.babyMetAt(se.tokStart, se.tokEnd) {
		return true
	}
	span, celebrate, aid, more := false, false, false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if s.spanAt(t, se.tokEnd) {
			span = true
		}
		celebrate = celebrate || celebrateWords25.has(w)
		aid = aid || recoveryAids25.has(w)
		// "weeks to go", or "6 more weeks" beside "mama" or "baby": the
		// span left to a birth, not to the new wing's opening.
		more = more || w == "go" && t >= se.tokStart+2 && s.toks[t-1].low == "to" && spanUnits25.has(s.toks[t-2].low) ||
			w == "more" && t+1 < se.tokEnd && spanUnits25.has(s.toks[t+1].low) && s.sentenceHasWord(si, pregnancyWords25)
	}
	if pregnancy && span && more && !s.countdownToOurs25(si) { // att25
		return true // "Only 8 more weeks to go"
	}
	if !recovery {
		return false
	}
	if span && (celebrate || s.spanExclaimed(si)) && !s.ownSpan25(si) { // att25
		return true
	}
	if aid && !s.reviewHasAid25() {
		return true // "That patch-and-lozenge plan with Gatluak"
	}
	return false
}

// spanExclaimed reports a sentence of a span alone said with "!": "One
// year!!".
func (s *scan) spanExclaimed(si int) bool {
	se := s.sents[si]
	words := 0
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].kind == tokWord || s.toks[t].kind == tokNumber {
			words++
		}
	}
	return words <= 3 && strings.Contains(s.text[se.start:se.end], "!")
}

// reviewHasAid25 reports an aid of recovery the review itself names.
func (s *scan) reviewHasAid25() bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s.d.ReviewText), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if recoveryAids25.has(w) {
			return true
		}
	}
	return false
}

// replyMilestone25 finds a milestone told in the sentences still open.
func (s *scan) replyMilestone25(open []bool) []post.Finding {
	recovery, pregnancy := s.milestoneContext25()
	if !recovery && !pregnancy && !s.hasAny(babyAheadVerbs25) {
		return nil
	}
	c := sentenceFindings{s: s, done: open}
	for si := range s.sents {
		if open[si] {
			continue
		}
		if s.milestone25(si, recovery, pregnancy) {
			c.addSentence(si, false, "This reply tells a milestone of the reviewer's pregnancy or recovery: it tells everyone what they are being cared for.")
		}
	}
	return c.out
}

// awaitWords25 say the meeting is longed for: "can't wait to meet", "look
// forward to meeting", "no vemos la hora de conocer", "ansiosos por".
var awaitWords25 = newWordSet([]string{"wait", "forward", "hora", "ansiosos", "ansiosas", "ansiosa", "ansioso", "esperamos", "ver"})

// awaitedBefore25 reports an await word in the four tokens before v.
func (s *scan) awaitedBefore25(v, from int) bool {
	for k := v - 1; k >= from && k >= v-4; k-- {
		if awaitWords25.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// thingsRemoved25 are what a building's upkeep removes: before "removal"
// they make it a contractor's job, not a procedure ("we've switched snow
// removal contractors", "our trash removal comes at night"; session 25,
// t25reply: dev77-050 and dev127-314, labelled pass, warned). "Mole
// removal", "tattoo removal" and "your wart removal" stay care.
var thingsRemoved25 = newWordSet([]string{"snow", "ice", "trash", "garbage", "debris", "graffiti", "junk", "waste", "leaf", "leaves",
	"stump", "tree", "rubbish", "pest", "mold", "asbestos", "litter", "paint", "furniture", "recycling"})
