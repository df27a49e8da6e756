package compliance

import (
	"sort"
	"strings"
)

// Public bodies and a county's season read as people or as a home
// (PRIV-10, PRIV-07; issue 11, session 21, t21clean). "The NH QuitLine,
// 1-800-QUIT-NOW", "the Massachusetts Smokers' Helpline": a state's
// phone line written as one word no word list holds read as a first
// name beside "smoking". "The Stearns County Sheriff's Office drop box":
// the office, not the officer, takes the pills. "Spring allergies start
// early in Stearns County": the season's illness is the county's, no
// one's.

// Public service lines and offices named after their officer (session
// 21: t21prec wrote them in services21.go, t21clean here, in parallel;
// session 22 folded the two into one reading). A capitalised word no
// name list holds beside a phone, or an officer's title owning an
// office, was read as a person, and the health word in the sentence as
// their care (PRIV-10 block; dev102, dev109 and dev110 label them pass).
// A line is a telephone service, and "the Sheriff's Office" is a
// building; a person there ("Madeline from the QuitLine", "the sheriff
// after his surgery") is found by their own name or title and keeps the
// block.

// phoneLineHeads, before "line" or "lines" in one word, make a phone or
// text line: "QuitLine", "Helplines", "Warmline", "Nurseline". Given
// names that end the same way (Caroline, Madeline) have no such head.
var phoneLineHeads = newWordSet([]string{"quit", "help", "warm", "text", "care", "nurse", "health", "crisis", "tip", "hot", "life",
	"info", "advice", "support", "peer", "vet", "teen", "parent", "family", "drug", "poison"})

// officerWords are the offices a county, a town or a state names for
// its officer: "the Sheriff's Office", "the Medical Examiner's Office",
// "the Fire Department". A person's name before an office ("Rep.
// Marlowe's office") is still the person.
var officerWords = newWordSet([]string{"sheriff", "sheriffs", "coroner", "clerk", "assessor", "treasurer", "marshal", "attorney",
	"recorder", "auditor", "mayor", "governor", "commissioner", "commissioners", "prosecutor", "constable", "examiner", "fire", "police"})

// officerOfficeWords after an officer's possessive make the officer's
// office: "the Sheriff's Office", "the sheriff's department", "the
// Sheriff's drop box", "the Sheriff's Facebook page".
var officerOfficeWords = newWordSet([]string{"office", "offices", "department", "dept", "station", "substation", "lobby", "building",
	"headquarters", "hq", "drop", "dropbox", "deputies", "website", "facebook", "page"})

// publicServiceNamed reports whether tokens [from, to), found as a
// person, are a phone line ("QuitLine", "the Smokers' Helpline") or an
// officer's title owning an office ("the Stearns County Sheriff's
// Office"): a public body, no one. The officer's own news ("the
// Sheriff's knee surgery") has no office word after the possessive.
func (s *scan) publicServiceNamed(from, to int) bool {
	if to-from == 1 {
		w := s.toks[from].low
		head, ok := strings.CutSuffix(w, "lines")
		if !ok {
			head, ok = strings.CutSuffix(w, "line")
		}
		if ok && phoneLineHeads.has(head) || w == "helpdesk" {
			return true
		}
	}
	// The possessive's apostrophe, straight or curly, is all that may
	// stand between the title and its "s".
	return to+1 < len(s.toks) && officerWords.has(s.toks[to-1].low) && s.toks[to].low == "s" &&
		s.toks[to].start-s.toks[to-1].end <= len("’") && officerOfficeWords.has(s.toks[to+1].low)
}

// countyOneWords in a sentence point at one person or family: "a
// teacher", "her", "our patient".
var countyOneWords = newWordSet([]string{"a", "an", "one", "our", "my", "your", "his", "her", "he", "she", "him", "their", "they",
	"who", "whose", "patient", "resident", "man", "woman", "boy", "girl", "child", "kid", "baby", "family"})

// countyWide reports whether the town PRIV-07 found at token ti is a
// county (or parish, borough) where the sentence's own first words name
// the illness ("Spring allergies start early in Stearns County", "Flu is
// up in Benton County"), with no person, no patient cue and no word that
// points at one person or family ("a teacher", "her", "our patient") in
// the sentence: a season's illness of the whole county, no one's home.
func (s *scan) countyWide(ti int) bool {
	// The place's last word is a county word.
	last := ti
	for last+1 < len(s.toks) && s.toks[last+1].capital && s.toks[last+1].kind == tokWord && last-ti < 3 {
		last++
	}
	if !countyWords.has(s.toks[last].low) || ti == 0 || !inSet(s.toks[ti-1].low, "in", "across", "throughout", "around") {
		return false
	}
	si := s.toks[ti].sent
	m := &s.county21
	if m.sent != si+1 {
		m.sent, m.health = si+1, s.countyIllnessOpens(si)
	}
	return m.health >= 0 && m.health < ti && !s.oneNamedNext21(si)
}

// countyMemo keeps countyWide's answer for one sentence: the places of a
// long sentence ask the same question, and reading the sentence for each
// made it cost the square of its length. sent is one more than the
// sentence's index (0: none yet).
type countyMemo struct {
	sent, health int
}

// countyIllnessOpens returns the token of the health word that opens
// sentence si (within its first three words), or -1 when none does or the
// sentence points at a person.
func (s *scan) countyIllnessOpens(si int) int {
	se := s.sents[si]
	if s.patientCue(si) || s.personInSentence(si) {
		return -1
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		if countyOneWords.has(s.toks[t].low) {
			return -1
		}
	}
	// The hits come in text order: the first at or after the sentence's
	// start is found by halving, not by reading every hit before it.
	hs := s.healthHits()
	k := sort.Search(len(hs), func(i int) bool { return hs[i].From >= se.tokStart })
	if k < len(hs) && hs[k].From < se.tokEnd && hs[k].From-se.tokStart < 3 {
		return hs[k].From
	}
	return -1
}
