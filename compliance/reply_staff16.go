package compliance

import "github.com/practicepost/practicepost/post"

// A staff member told with the reader (session 16, t16reply). A reply in
// which someone of the practice's staff says, asks, notices or does
// something about the reviewer ("Hope says you were a champ", "Dawn asked
// you to come back fasting", "Kiese loved working with you", "Tuan called
// the generic in for you") tells everyone that staff member looked after
// them: only a patient is known to a nurse, asked by a doctor or called
// in for by a pharmacist. Whether the sentence holds a care word or not,
// the reply confirms the reviewer is a patient (REV-01 block). Greetings
// and thanks passed on ("Dawn says hi and hopes you're on the mend", "Dr.
// Ahmadzai sends his salaam", "says thank you") and a staff member who
// reads the review ("Dr. Xiong sees this") tell no care.

// staffToldVerbs, right after a staff member's name, tell of the reader:
// a report, a question, a memory or something done for them.
var staffToldVerbs = newWordSet([]string{"says", "said", "say", "mentioned", "mentions", "told", "tells", "asked", "asks",
	"noticed", "notices", "remembers", "remembered", "called", "calls", "loved", "loves", "enjoyed", "enjoys", "wanted", "wants",
	"thinks", "thought", "worked", "works", "dice", "dijo", "diz", "disse"})

// staffToldAdverbs may stand between the name and the verb: "Sarah
// really loved", "Dr. Lee also says".
var staffToldAdverbs = newWordSet([]string{"also", "always", "just", "even", "still", "personally", "really", "actually", "totally"})

// staffPassedOn, in the words after the verb, make it a greeting or
// thanks passed on to the reader: "says hi", "sends you her best", "says
// thank you", "wants you to know".
var staffPassedOn = newWordSet([]string{"hi", "hello", "hey", "thanks", "thank", "gracias", "love", "hugs", "hug", "regards", "greetings",
	"salaam", "salam", "best", "congrats", "congratulations", "blessings", "welcome", "know", "saludos", "hola", "xoxo", "read", "reading",
	"sees", "saw",
	// A wish passed on: "Sunny says she hopes you and the little one are well".
	"hopes", "hope", "hoping", "wishes", "wish", "wishing"})

// staffFlattered, in the words right after the reader, make the line a
// staff member's answer to the review itself: "Sarah says you made her
// week", "Kevin says you're too kind", "Dr. Lee thinks you're the best".
// Praise of how the reader did in care ("you were a champ") is no
// answer to the review and still tells it.
var staffFlattered = newWordSet([]string{"made", "make", "makes", "too", "sweet", "sweetest", "kind", "kindest", "best",
	"awesome", "amazing", "deserve", "deserves", "always", "lovely", "wonderful"})

// staffReader are the reader as a staff member speaks of them: "you",
// its slang and contraction, and Spanish and Portuguese "usted", "você".
var staffReader = newWordSet([]string{"you", "youre", "u", "ya", "yall", "usted", "você", "voce"})

// staffToldWindow bounds how far past the verb the reader is looked for,
// so a long sentence of names costs a pass per name of a few words only.
const staffToldWindow = 12

// replyStaffTold finds, in the sentences not yet reported (done), a staff
// member said or doing something about the reader.
func (s *scan) replyStaffTold(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for si, se := range s.sents {
		for t := se.tokStart; t < se.tokEnd && !done[si]; t++ {
			v, ok := s.staffVerbAt(t, se.tokStart, se.tokEnd)
			if !ok {
				continue
			}
			if to, ok := s.readerAfterStaffVerb(v, se.tokEnd); ok {
				c.add(si, t, to, false, "This reply says what a staff member said, asked or did about the reviewer: it tells everyone they were looked after here.")
			}
		}
	}
	return c.out
}

// staffVerbAt returns the telling verb after the staff member named at
// token t ("Hope says", "Dr. Barros asked", "Sarah really loved").
func (s *scan) staffVerbAt(t, start, end int) (int, bool) {
	w := s.toks[t].low
	if s.toks[t].kind != tokWord || personWords.has(w) || notStaffWords.has(w) {
		return 0, false
	}
	titled := t > start && staffTitles.has(s.toks[t-1].low) ||
		t > start+1 && s.toks[t-1].low == "." && staffTitles.has(s.toks[t-2].low)
	if !(len(w) > 1 && s.c.allow.isStaff([]string{w})) && !(len(w) == 2 && s.c.allow.staffInitialPair(w)) &&
		!(titled && len(w) == 1 && s.c.allow.staffInitial(w)) {
		return 0, false
	}
	if t > start && inSet(s.toks[t-1].low, "hope", "we", "i") && !titled {
		return 0, false // "we hope Dawn ...": a wish, and the name may be a word
	}
	v := t + 1
	if v < end && staffToldAdverbs.has(s.toks[v].low) {
		v++
	}
	if v >= end || !staffToldVerbs.has(s.toks[v].low) {
		return 0, false
	}
	return v, true
}

// readerAfterStaffVerb returns the end of the reader named within a few
// words after the verb at v, in the same clause ("Sarah said the lot
// opens Monday, so you'll ..." tells the lot, not the reader), unless the
// words first pass on a greeting or thanks.
func (s *scan) readerAfterStaffVerb(v, end int) (int, bool) {
	for k := v + 1; k < end && k <= v+staffToldWindow; k++ {
		w := s.toks[k].low
		switch {
		case staffPassedOn.has(w) || inSet(w, ",", ";", ":", "—", "–"):
			return 0, false
		case staffReader.has(w):
			if s.flatteredAfter(k+1, end) {
				return 0, false
			}
			return k + 1, true
		}
	}
	return 0, false
}

// flatteredAfter reports whether one of the four words from k on
// answers the review ("you're too kind", "you made her week") or passes
// on a greeting ("wants you to know", "said to tell you congrats").
func (s *scan) flatteredAfter(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if staffFlattered.has(s.toks[j].low) || staffPassedOn.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
