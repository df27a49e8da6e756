package compliance

// Folk causes and care skipped (MIS-01, issue 11, session 18; tests in
// mythcause17_test.go). Two more shapes of a myth stated as fact:
//
//   - a folk cause: an everyday exposure (ice, a cold drink, wet hair, a
//     draft, cracking knuckles, sugar) said to give an illness ("ice water
//     is what gives you a sore throat", "stop cracking your knuckles,
//     that's how you get arthritis");
//   - care skipped on feeling well: "If you feel fine, your blood pressure
//     is fine" tells readers a silent condition needs no check.
//
// Denied ("cold drinks don't give kids tonsillitis") or quoted to be
// answered, both warn through addMyth's framing.

var (
	// exposureWords are what folk causes blame; "cold" only before what
	// is cold (a drink, the air), never the illness.
	exposureWords = newWordSet([]string{"ice", "iced", "icy", "wet", "damp", "draft", "drafts", "drafty", "fan", "fans",
		"knuckles", "sugar", "sugary", "barefoot", "cold"})
	coldThings = newWordSet([]string{"drink", "drinks", "water", "air", "weather", "wind", "soda", "sodas", "food", "floor",
		"floors", "milk", "juice", "showers", "shower"})
	// giveLinks join a folk cause to its illness: "gives you", "give kids".
	giveLinks = newWordSet([]string{"gives", "give", "gave", "giving"})
	// causedIllnesses are what folk causes are blamed for.
	causedIllnesses = newWordSet([]string{"throat", "throats", "tonsillitis", "tonsils", "cold", "colds", "flu", "pneumonia",
		"arthritis", "diabetes", "bronchitis", "earache", "earaches", "sick"})
)

// folkCause adds the myth of an exposure said to give an illness: an
// exposure before a give link ("is what gives you") or a "how you get"
// ("that's how you get arthritis", the exposure in the sentence or the
// one before), and an illness within four words after, with no "for"
// or "relief" between ("ice packs give relief for arthritis" treats).
func (s *scan) folkCause(add func(conceptHit)) {
	for t := 1; t+1 < len(s.toks); t++ {
		link := giveLinks.has(s.toks[t].low)
		how := !link && s.toks[t].low == "how" && t+2 < len(s.toks) && inSet(s.toks[t+1].low, "you", "u", "kids", "people") &&
			inSet(s.toks[t+2].low, "get", "catch", "end")
		if !link && !how {
			continue
		}
		c := s.illnessGiven(t)
		if c < 0 {
			continue
		}
		e := s.exposureBefore(t, how)
		if e < 0 {
			continue
		}
		if how {
			// The exposure may sit in a question before ("Wet hair?
			// That's how you catch a cold"): the claim is the answer.
			add(conceptHit{from: t, to: c + 1, parts: [][2]int{{t, t + 3}, {c, c + 1}}})
		} else {
			add(conceptHit{from: e, to: c + 1, parts: [][2]int{{e, e + 1}, {t, t + 1}, {c, c + 1}}})
		}
		return
	}
}

// illnessGiven returns the token of an illness within five tokens after
// the link at t in its sentence, or -1.
func (s *scan) illnessGiven(t int) int {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+5 && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if inSet(w, "for", "relief", "from", "away") || clauseBreak(&s.toks[k]) {
			return -1
		}
		if causedIllnesses.has(w) && !(k+1 < len(s.toks) && coldWeather.has(s.toks[k+1].low)) {
			return k
		}
	}
	return -1
}

// exposureBefore returns the token of an exposure before t in its
// sentence (and, for "that's how you get", the sentence before), or -1.
func (s *scan) exposureBefore(t int, how bool) int {
	si := s.toks[t].sent
	from := s.sents[si].tokStart
	if how && si > 0 {
		from = s.sents[si-1].tokStart
	}
	for k := t - 1; k >= from && k >= t-12; k-- {
		w := s.toks[k].low
		if !exposureWords.has(w) {
			continue
		}
		if w == "cold" && !(k+1 < len(s.toks) && coldThings.has(s.toks[k+1].low)) {
			continue
		}
		return k
	}
	return -1
}

var (
	// feelWellWords say the reader feels well.
	feelWellWords = newWordSet([]string{"fine", "ok", "okay", "good", "great", "healthy", "normal"})
	// silentMeasures are numbers a person cannot feel.
	silentMeasures = newWordSet([]string{"pressure", "bp", "sugar", "sugars", "cholesterol", "a1c", "glucose"})
)

// feelFineSkipsCare adds the myth that feeling well means a silent
// condition is fine: "if you feel fine" (or "feeling good") and, in the
// same sentence, a measure said to be fine ("your blood pressure is
// fine", "your sugar is okay").
func (s *scan) feelFineSkipsCare(add func(conceptHit)) {
	for t := 0; t+1 < len(s.toks); t++ {
		if !inSet(s.toks[t].low, "feel", "feeling", "feels") || !feelWellWords.has(s.toks[t+1].low) {
			continue
		}
		se := s.sents[s.toks[t].sent]
		for m := t + 2; m+2 < se.tokEnd; m++ {
			if silentMeasures.has(s.toks[m].low) && inSet(s.toks[m+1].low, "is", "s", "are") && feelWellWords.has(s.toks[m+2].low) {
				add(conceptHit{from: t, to: m + 3, parts: [][2]int{{t, t + 2}, {m, m + 3}}})
				return
			}
		}
	}
}

// viralHere reports a cold or a virus named in sentence si, or asked in
// the question before it when the antibiotic's cure (tokens [t, k]) is
// not denied: "Sick more than 3 days with a cold? Antibiotics can help
// you kick it faster." ("Got a cough? Antibiotics won't knock it out" is
// the fact.)
func (s *scan) viralHere(si, t, k int) bool {
	if s.sentenceHasWord(si, viralWords) {
		return true
	}
	if si == 0 {
		return false
	}
	for j := t; j <= k; j++ {
		if s.isNegator(j) {
			return false
		}
	}
	prev := s.sents[si-1]
	return s.toks[prev.tokEnd-1].low == "?" && s.sentenceHasWord(si-1, viralWords)
}
