package compliance

// Price and rank words that claim nothing of the practice's care (issue
// 11, session 16, t16clean; read by kind on the posts labelled pass of
// dev..dev79): care free at or through a public body ("TB testing is
// free at the Metro health department", "a lead test through the city
// program at no charge"), CLAIM-07; and a state or a city ranked for its
// own statistics, laws or past ("Kentucky has one of the highest lung
// cancer rates in the country", "Massachusetts has one of the strongest
// infertility insurance mandates", "Sioux City's stockyards were once
// among the biggest in the world"), CLAIM-02.

// publicBodyHeads name a public body that gives care itself by its last
// word, after the word before it in publicBodyLeads: "health
// department", "health dept", "city program", "county clinic". A library
// or a fire station is left out: it is where the practice's own free
// shots are often given ("Free flu shots ... at the library!").
var (
	publicBodyHeads = newWordSet([]string{"department", "dept", "district", "program", "programs", "clinic"})
	publicBodyLeads = map[string]*wordSet{
		"health":  newWordSet([]string{"department", "dept", "district"}),
		"city":    newWordSet([]string{"program", "programs", "clinic"}),
		"county":  newWordSet([]string{"program", "programs", "clinic"}),
		"state":   newWordSet([]string{"program", "programs"}),
		"federal": newWordSet([]string{"program", "programs"}),
	}
	// publicBodyWays put the care at or through the body.
	publicBodyWays = newWordSet([]string{"at", "through", "from", "via", "by"})
)

// freeAtPublicBody reports whether the price word at byte start is in a
// sentence that puts the care at or through a public body ("at the Metro
// health department", "through the city program") and says nothing of the practice ("our", "we", "us"): the
// body's care, priced by the body. Memoised by sentence: every "free" of
// a sentence asks it.
func (s *scan) freeAtPublicBody(start int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	m := &s.freeMemo
	if m.publicSent != si+1 {
		m.publicSent, m.public = si+1, s.publicBodyIn(si)
	}
	return m.public
}

// publicBodyIn is freeAtPublicBody for sentence si, without the memo.
func (s *scan) publicBodyIn(si int) bool {
	if s.sentenceHasWord(si, ourWords) || s.practiceNamedIn(si) {
		// "Free flu shots at the health department and at Maple Family
		// Medicine": the practice named is its "our" (session 16, att16).
		return false
	}
	se := s.sents[si]
	for k := se.tokStart + 1; k < se.tokEnd; k++ {
		w := s.toks[k].low
		if !publicBodyHeads.has(w) {
			continue
		}
		if heads, ok := publicBodyLeads[s.toks[k-1].low]; !ok || !heads.has(w) {
			continue
		}
		// The way in comes a few words before the body: "at the Metro
		// health department", "through the city program".
		for j := k - 2; j >= se.tokStart && j >= k-6; j-- {
			if publicBodyWays.has(s.toks[j].low) {
				return true
			}
		}
	}
	return false
}

// practiceNamedIn reports the practice's name in sentence si: its first two
// words in a row ("Maple Family"), or its one word, capitalised.
func (s *scan) practiceNamedIn(si int) bool {
	name := tokenizePhrase(s.c.profile.PracticeName)
	if len(name) == 0 {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !s.toks[t].capital || s.toks[t].low != name[0] {
			continue
		}
		if len(name) == 1 || t+1 < se.tokEnd && s.toks[t+1].low == name[1] {
			return true
		}
	}
	return false
}

// rankMemo keeps what the rank words of one sentence ask of the whole
// sentence (session 16, att16): a text of one long sentence of ranks read
// the sentence again at each, and grew with the square of its length.
// Sentences are one more than their index (0: none yet).
type rankMemo struct {
	creditSent, statSent, noCareSent, placeSent int
	credit, stat, noCare                        bool
	// block and place are the sentence's first token that makes a rank the
	// practice's ("we", "my", "our" before no area word) and its first
	// place (an area word, a ZIP code, a state); len(s.toks) when none.
	block, place int
}

// rankSentence returns the memo with sentence si's first block and place.
func (s *scan) rankSentence(si int) *rankMemo {
	m := &s.freeMemo.rank
	if m.placeSent == si+1 {
		return m
	}
	m.placeSent, m.block, m.place = si+1, len(s.toks), len(s.toks)
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd && (m.block == len(s.toks) || m.place == len(s.toks)); t++ {
		w := &s.toks[t]
		if m.block == len(s.toks) && (inSet(w.low, "we", "us", "i", "my") || w.low == "our" && (t+1 >= se.tokEnd || !areaWords.has(s.toks[t+1].low))) {
			m.block = t
		}
		if m.place == len(s.toks) && (areaWords.has(w.low) || w.kind == tokNumber && len(w.low) == 5 || s.stateNamed(t)) {
			m.place = t
		}
	}
	return m
}

// placeRuleWords are what a place has by law: "the strongest
// paid-leave laws", "one of the strongest infertility mandates".
var placeRuleWords = newWordSet([]string{"law", "laws", "mandate", "mandates", "protections", "statutes", "requirements"})

// stateNamed reports whether token t is a state's name, capitalised
// ("Kentucky", "Carolina" of "North Carolina").
func (s *scan) stateNamed(t int) bool {
	return s.toks[t].capital && stateTailWords.has(s.toks[t].low)
}

// lawRanked reports whether the rank at token from ranks a law: a rule
// word in the few words after it, before any "and" or comma ("the
// strongest paid-leave laws", "one of the strongest infertility insurance
// mandates"). A law named elsewhere in the sentence ranks nothing else:
// "Ohio has the strictest privacy laws and the best family doctors" ranks
// doctors (session 16, att16).
func (s *scan) lawRanked(from int) bool {
	se := s.sents[s.toks[from].sent]
	for t := from; t < se.tokEnd && t <= from+8; t++ {
		w := s.toks[t].low
		if placeRuleWords.has(w) {
			return true
		}
		if t > from && (inSet(w, "and", "&", ",", ";", ":") || providerNouns[w]) {
			return false
		}
	}
	return false
}

// placeRankedNoCare reports whether sentence si, whose subject is a place
// (the caller's), ranks the place for something that is no care: its
// laws, or anything at all when the sentence names no health, no care
// and no provider ("Sioux City's stockyards were once among the biggest
// in the world").
func (s *scan) placeRankedNoCare(si, from int) bool {
	if s.lawRanked(from) {
		return !s.personInSentence(si) && !s.patientSent[si]
	}
	m := &s.freeMemo.rank
	if m.noCareSent != si+1 {
		m.noCareSent, m.noCare = si+1, s.noCareIn(si)
	}
	return m.noCare
}

// noCareIn is placeRankedNoCare's reading of sentence si when no law is
// ranked, without the memo.
func (s *scan) noCareIn(si int) bool {
	if s.careInSentence(si) || s.sentenceHas("CLAIM-07/service", si) || s.personInSentence(si) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if providerNouns[s.toks[t].low] {
			return false
		}
	}
	return true
}
