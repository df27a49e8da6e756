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

// examLossWords25 make "passed" a death: a reply's condolences are
// another kind (review_life.go).
var examLossWords25 = newWordSet([]string{"sorry", "loss", "condolences", "memory", "rest", "peace", "lo", "siento", "sentimos"})

// examOutcome25 reports, in sentence si, the verb of an exam's result
// told of the reader or their people, or -1.
func (s *scan) examOutcome25(si int, reviewExam bool) int {
	se := s.sents[si]
	examHere, loss := false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		examHere = examHere || examWords25.has(s.toks[t].low)
		loss = loss || examLossWords25.has(s.toks[t].low)
	}
	if loss || (!examHere && !reviewExam) {
		return -1
	}
	for v := se.tokStart + 1; v < se.tokEnd; v++ {
		if !examOutcomeVerbs25.has(s.toks[v].low) {
			continue
		}
		if v+1 < se.tokEnd && examOutcomeNotAfter25.has(s.toks[v+1].low) {
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
