package compliance

import "github.com/practicepost/practicepost/post"

// Session 27 (t27reply): a reply that tells the reviewer's record with the
// practice. "This reviewer no-showed three appointments", "from someone
// who no-shows three times a year", "you've been back 9 times this year",
// "you've been our patient since 2019": in anger or in kindness, the
// reply says the reviewer is a patient and what their file holds (REV-01
// block, as every labelled set has it).

// missedWords27 are the verbs of a visit missed, in English, Spanish,
// Portuguese and Russian ("no" before "show" is taken apart: "no-showed").
var missedWords27 = newWordSet([]string{"missed", "skipped", "noshow", "noshows", "noshowed", "faltó", "falto", "faltaste", "faltado",
	"faltou", "faltaram", "пропустили", "пропустил", "пропустила"})

// countWords27 count the visits missed or made.
var countWords27 = newWordSet([]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "multiple", "several",
	"every", "dos", "tres", "cuatro", "cinco", "varias", "dois", "duas", "três", "quatro", "várias", "два", "две", "три", "четыре",
	"пять", "несколько"})

// recordNouns27 are what the count counts: visits, appointments, times,
// or the stretch of time a habit is told in ("every other month").
var recordNouns27 = newWordSet([]string{"appointments", "appointment", "appts", "appt", "visits", "visit", "times", "sessions",
	"month", "week", "year", "citas", "consultas", "veces", "vezes", "приёма", "приема", "приёмов", "приемов", "визита", "визитов", "раза"})

// generalRecord27 make the record everyone's: a policy or a rule said of
// whoever ("if", "after three missed appointments", "anyone").
var generalRecord27 = newWordSet([]string{"if", "when", "whenever", "after", "policy", "policies", "anyone", "everyone", "anybody",
	"patients", "si", "cuando", "política", "quando", "política", "если"})

// reviewerPointers27 point at the reviewer in a reply that does not say
// "you": "this reviewer", "someone who", "this gentleman".
var reviewerPointers27 = newWordSet([]string{"reviewer", "someone", "somebody", "person", "gentleman", "lady", "usted", "você", "vc",
	"вы", "sir", "ma'am", "maam"})

// reviewerRecord27 reports each sentence of a reply that tells the
// reviewer's visits: a visit missed with a count ("missed two visits",
// "no-shows every other month", "faltou a três consultas"), visits
// counted ("you've been in 6 times"), or years as the practice's patient
// ("our patient since 2012").
func (s *scan) reviewerRecord27() []post.Finding {
	var out []post.Finding
	for si, se := range s.sents {
		if se.tokEnd <= se.tokStart || s.generalRecordIn27(se.tokStart, se.tokEnd) {
			continue
		}
		if !s.sentenceHasWord(si, personWords) && !s.sentenceHasWord(si, reviewerPointers27) {
			continue
		}
		if from, to, ok := s.recordAt27(se.tokStart, se.tokEnd); ok {
			f := s.finding(from, to, "This reply tells the reviewer's record with the practice (visits made or missed, years as a patient): it confirms they are a patient and what their file holds.")
			out = append(out, f)
		}
	}
	return out
}

// generalRecordIn27 reports a word of generalRecord27 in tokens [start,
// end), save "everyone" and "anyone" spoken to ("for everyone reading,
// this reviewer ..."): those readers are not whose record it is.
func (s *scan) generalRecordIn27(start, end int) bool {
	for k := start; k < end; k++ {
		if !generalRecord27.has(s.toks[k].low) {
			continue
		}
		if k+1 < end && inSet(s.toks[k+1].low, "reading", "watching", "out") {
			continue
		}
		return true
	}
	return false
}

// recordAt27 finds the record told in tokens [start, end).
func (s *scan) recordAt27(start, end int) (int, int, bool) {
	at := func(k int, set *wordSet) bool { return k < end && set.has(s.toks[k].low) }
	word := func(k int, words ...string) bool { return k < end && inSet(s.toks[k].low, words...) }
	counted := func(k int) (int, bool) {
		// A count ("three", "3", "every") then, within two words, what it
		// counts ("appointments", "times a year", "every other month").
		if k >= end || !(countWords27.has(s.toks[k].low) || isDigits(s.toks[k].low)) {
			return 0, false
		}
		for j := k + 1; j < end && j <= k+3; j++ {
			if recordNouns27.has(s.toks[j].low) {
				return j + 1, true
			}
		}
		return 0, false
	}
	for t := start; t < end; t++ {
		from := t
		next := t + 1
		switch {
		case word(t, "no") && word(t+1, "show", "showed", "shows", "showing"):
			next = t + 2
		case at(t, missedWords27):
			if t > start && inSet(s.toks[t-1].low, "we", "i", "we've", "ve") {
				continue // "we missed your call": the practice's miss
			}
			if s.staffMissed27b(start, t) {
				continue // "our receptionist missed three days last week" (attack27b.go)
			}
		case word(t, "been") && word(t+1, "back", "in", "here", "seen"):
			next = t + 2
		case word(t, "been") && word(t+1, "our", "a") && word(t+2, "patient") && word(t+3, "since", "for", "of"):
			return from, t + 4, true // "you've been our patient since 2019"
		default:
			continue
		}
		// The count may follow a preposition ("faltó a tres citas").
		for k := next; k < end && k <= next+2; k++ {
			if to, ok := counted(k); ok {
				return from, to, true
			}
			if !word(k, "a", "à", "to", "on", "with", "us", "than", "more") {
				break
			}
		}
	}
	return 0, 0, false
}

// isDigits reports a token of digits ("3", "10").
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
