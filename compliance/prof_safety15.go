package compliance

// PROF-09 on advice that is no emergency (issue 11, session 15, read by
// kind on dev..dev77, posts labelled pass): advice that sends the reader
// to care when a symptom comes ("if leg cramps come with chest pain, call
// us", "stop if you get chest pain"), heat stroke named in heat-safety
// advice, and an overdose named as a town's loss or a reason to carry
// naloxone.

// conditionWords are read here too: "if", "when" open the situation a
// piece of advice is for.

// careNouns after "call your" or "see a" are whom a reader is sent to:
// "call your cardiology office", "see a doctor".
var careNouns = newWordSet([]string{"doctor", "doctors", "office", "clinic", "provider", "providers", "nurse", "nurses", "team",
	"pcp", "pediatrician", "cardiologist", "practice", "line", "physician", "dentist", "midwife", "ob", "obgyn"})

// safetyFacts are what PROF-09's exceptions read of one sentence, found
// once per sentence: the urgent hits of a post come in text order, so a
// long sentence of symptoms is read once, not once per symptom.
type safetyFacts struct {
	si       int  // the sentence read (-1: none yet)
	cond     bool // an "if" or "when"
	act      int  // the first care action other than "stop" (-1: none)
	stop     int  // the first "stop" with an "if" or "when" after it (-1: none)
	someones bool // warning signs, or whose or when an overdose was
}

// read fills f for sentence si unless it holds it already.
func (f *safetyFacts) read(s *scan, si int) {
	if f.si == si {
		return
	}
	*f = safetyFacts{si: si, act: -1, stop: -1}
	se := s.sents[si]
	lastCond := -1
	for k := se.tokStart; k < se.tokEnd; k++ {
		w := s.toks[k].low
		if conditionWords.has(w) {
			f.cond, lastCond = true, k
		}
		f.someones = f.someones || s.hitAt("PROF-09/symptom", k) || relativeWords.has(w) || kidWords.has(w) || overdoseOnes.has(w)
	}
	for k := se.tokStart; k < se.tokEnd && (f.act < 0 || f.stop < 0); k++ {
		if !s.careActionAt(k, se.tokEnd) || k > se.tokStart && negators.has(s.toks[k-1].low) {
			continue // "won't call us for chest pain" sends no one
		}
		if s.putOff(k, se.tokEnd) {
			break // "call us next week": care put off, and so is all after
		}
		switch {
		case s.toks[k].low != "stop":
			if f.act < 0 {
				f.act = k
			}
		case k < lastCond && f.stop < 0:
			f.stop = k
		}
	}
}

// careLineFor reports whether the sentence of PROF-09 hit h sends the
// reader to care, or to stop, when the symptom comes: a care action in
// the sentence ("call us", "call your cardiology office", "get help")
// with an "if" or "when", or before the
// symptom ("Call us for ... trouble breathing"); or "stop" before the
// symptom it is for ("stop if you feel chest tightness"). "If you get
// chest pain, rest" sends no one to care.
func (s *scan) careLineFor(h hit, f *safetyFacts) bool {
	f.read(s, s.toks[h.from].sent)
	return f.act >= 0 && (f.cond || f.act < h.from) || f.stop >= 0 && f.stop < h.from
}

// putOffWords after a care action put the care off: "call us next
// week", "get checked at your next visit".
// "A baby under 3 months" tells an age, not when: a bare "week" or
// "month" is no putting off.
var putOffWords = newWordSet([]string{"next", "tomorrow", "later", "eventually", "sometime", "someday", "whenever", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

// putOff reports whether the words after the care action at token k (to
// the sentence's end) put the care off.
func (s *scan) putOff(k, end int) bool {
	for j := k + 1; j < end && j <= k+8; j++ {
		if putOffWords.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// negators before a care action undo it: "won't come in", "never call".
var negators = newWordSet([]string{"not", "never", "won't", "wont", "don't", "dont", "doesn't", "didn't", "t"})

// careActionAt reports whether a care action starts at token k (before
// token end): "call us", "call your ... office", "get help", "seek care"
// or "stop". "See us" and "come in" are left out: they are as often put
// off ("rest and see us next week"), which is no safety line.
func (s *scan) careActionAt(k, end int) bool {
	next := func(n int) string {
		if k+n < end {
			return s.toks[k+n].low
		}
		return ""
	}
	switch s.toks[k].low {
	case "call", "phone", "text":
		if next(1) == "us" {
			return true
		}
		if inSet(next(1), "your", "the", "a") {
			for n := 2; n <= 6 && k+n < end; n++ {
				if careNouns.has(next(n)) {
					return true
				}
			}
		}
	case "get", "seek":
		return inSet(next(1), "help", "checked", "seen", "care")
	case "stop":
		return true
	}
	return false
}

// hazardNamed reports whether PROF-09 hit h names a hazard, not symptoms
// to act on, in a sentence with no "if" or "when": heat stroke in
// heat-safety advice ("know the signs of heat stroke", "heat stroke can
// happen in 15 minutes in a parked car"), or an overdose as a loss or a
// topic ("a rough year for overdoses", "naloxone reverses overdoses")
// with no warning signs told ("know the signs of an overdose: blue lips"
// still asks for the 911 line) and no one's own overdose ("after losing a
// friend to overdose", "overdose #3 tonight").
func (s *scan) hazardNamed(h hit, f *safetyFacts) bool {
	si := s.toks[h.from].sent
	if f.read(s, si); f.cond {
		return false
	}
	switch s.toks[h.from].low {
	case "stroke", "strokes":
		return h.from > 0 && inSet(s.toks[h.from-1].low, "heat", "sun")
	case "overdose", "overdoses":
		if h.to < len(s.toks) && s.toks[h.to].sent == si && (s.toks[h.to].low == "#" || s.toks[h.to].kind == tokNumber) ||
			h.from > 0 && s.toks[h.from-1].sent == si && (s.toks[h.from-1].kind == tokNumber || overdoseCounts.has(s.toks[h.from-1].low)) {
			return false // "overdose #3 tonight", "4 overdoses this weekend": counted, someone's
		}
		return !f.someones
	}
	return false
}

// overdoseCounts count events: "two overdoses", "several overdoses".
var overdoseCounts = newWordSet([]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
	"multiple", "dozen", "another", "second", "third", "fourth", "fifth"})

// overdoseOnes tell whose overdose or when it happened: "after losing a
// friend to overdose", "the same kid overdosed again tonight" is someone's
// event, not a topic.
var overdoseOnes = newWordSet([]string{"friend", "friends", "he", "she", "his", "her", "him", "patient", "pt", "woman", "lady",
	"tonight", "today", "yesterday", "morning", "night", "weekend", "again", "i", "my", "me"})
