package compliance

// Care offered in a town (session 25, t25clean: block precision). An
// advertisement places the practice's care in the towns or the region it
// serves: "diabetes care in Ardmore", "the best asthma care south of
// Tulsa", "the top-rated diabetes doctor in Northeast PA", "a new
// treatment for sleep apnea now available in Athens". The town is where
// the care is given to anyone, no one's home beside a condition, so it is
// no PRIV-07 identifier; the superlative stays CLAIM-02's or CLAIM-03's
// to warn on. The place must follow the care noun itself, with only
// lowercase words between ("care in", "doctor in", "treatment ... now
// available in"); a person between ("care for Rosa in Ardmore"), a
// pronoun's care ("his diabetes care in Ardmore") or a patient told in
// the sentence keeps the town a home.

// careOfferNouns25 are the care a practice offers in a town.
var careOfferNouns25 = newWordSet([]string{"care", "doctor", "doctors", "treatment", "treatments", "specialist", "specialists",
	"clinic", "clinics", "services", "screenings", "cuidado", "atención", "atencion", "tratamiento"})

// careOfferPlaceWords stand between the care and its town: "in", "near",
// "south of", "available in".
var careOfferPlaceWords25 = newWordSet([]string{"in", "near", "across", "throughout", "around", "en", "of", "north", "south",
	"east", "west", "now", "available", "offered", "right", "here"})

// careOffered25 reports whether the town at token t places care the
// practice offers (see above).
func (s *scan) careOffered25(t int) bool {
	if t == 0 {
		return false
	}
	si := s.toks[t].sent
	if s.patientCue(si) || s.sentenceHasWord(si, thirdPersonWords) || s.sentenceHasWord(si, possessiveWords) || s.careStoryAfter25(t) {
		return false // "our patient in Athens", "his diabetes care in Ardmore"
	}
	k := t - 1
	// The words between the care and the town: "in", "south of", "now
	// available in".
	for n := 0; n < 4 && k > 0 && s.toks[k].sent == si && careOfferPlaceWords25.has(s.toks[k].low) && !s.toks[k].capital; n++ {
		k--
	}
	if k == t-1 || s.toks[k].sent != si || s.toks[k].kind != tokWord {
		return false
	}
	// The care noun itself, or a lowercase condition after it ("treatment
	// for sleep apnea now available in").
	for n := 0; n < 4 && k >= 0 && s.toks[k].sent == si && s.toks[k].kind == tokWord; n++ {
		if careOfferNouns25.has(s.toks[k].low) {
			return true
		}
		if s.toks[k].capital || s.toks[k].low == "s" {
			return false // "care for Rosa in Ardmore", "Rosa's"
		}
		k--
	}
	return false
}
