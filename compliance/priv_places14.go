package compliance

import "github.com/practicepost/practicepost/compliance/health"

// Places PRIV-07 found that are no one's home (issue 11, session 14).

// diseaseNamedFor reports whether the town placeRE found at token t starts
// the name of a condition ("a breakthrough in Valley fever care"): the
// disease's name, no place anyone lives.
func (s *scan) diseaseNamedFor(t int) bool {
	if t+1 >= len(s.toks) || s.noHealthIn(s.toks[t].sent) {
		return false
	}
	for _, h := range s.healthHits() {
		if h.From == t && h.To > t+1 && h.Cat == health.Condition {
			return true
		}
	}
	return false
}

// illnessDrivenOut reports whether the town at token t is what an illness
// is driven out of ("help us kick the flu out of Brainerd", "let's keep
// measles out of Millbrook"): a town's campaign, in a sentence with no
// patient cue and no one in it. "We flew the patient with a stroke out of
// Akiak" has its patient.
func (s *scan) illnessDrivenOut(t int) bool {
	if t < 3 || s.toks[t-1].low != "of" || s.toks[t-2].low != "out" {
		return false
	}
	si := s.toks[t].sent
	if s.patientCue(si) || s.personInSentence(si) || s.sentenceHasWord(si, oneDescribed) {
		return false
	}
	for _, h := range s.healthHits() {
		if h.Cat == health.Condition && h.To <= t-2 && h.To >= t-5 && s.toks[h.From].sent == si {
			return true
		}
	}
	return false
}

// roomInTown reports whether the town at token t follows a numbered room
// and "in" ("Room 3 in Hibbing is getting a lift"): the practice's room in
// the town where its office is, no one's home.
func (s *scan) roomInTown(t int) bool {
	return t >= 3 && s.toks[t-1].low == "in" && roomNumber(&s.toks[t-2]) && buildingParts.has(s.toks[t-3].low)
}

// areaOfferWords make a sentence an offer to everyone in an area: "can
// get a free lead test", "qualify for home visits".
var areaOfferWords = newWordSet([]string{"qualify", "qualifies", "eligible", "free", "offer", "offers", "available", "program", "programs"})

// zipOfMany reports whether the ZIP code at bytes [a, b) is one of several
// listed ("living in 38106, 38109 or 38114") or the home of a group ("kids
// living in 38106", "families in ZIP codes 60623"): an area a program
// serves, no one's home.
func (s *scan) zipOfMany(a, b int) bool {
	from, to := s.tokenRange(a, b)
	if from >= len(s.toks) {
		return false
	}
	// "Two kids in 43085 caught measles": a group's illness told, and a
	// group that small is known. An offer to an area's families ("qualify
	// for free asthma home visits") tells no one's.
	if s.conditionInSentence(a) && !s.sentenceHasWord(s.toks[from].sent, areaOfferWords) {
		return false
	}
	zip := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].kind == tokNumber && len(s.toks[k].low) == 5 && s.toks[k].sent == s.toks[from].sent
	}
	joins := func(k int) bool { return k >= 0 && k < len(s.toks) && inSet(s.toks[k].low, ",", "or", "and", "/", "&") }
	if joins(from-1) && (zip(from-2) || joins(from-2) && zip(from-3)) || joins(to) && (zip(to+1) || joins(to+1) && zip(to+2)) {
		return true
	}
	// "kids (who are) living in 38106", "families in ZIP codes 60623".
	for k := from - 1; k >= 0 && k >= from-5 && s.toks[k].sent == s.toks[from].sent; k-- {
		w := s.toks[k].low
		if populationWords.has(w) {
			return true
		}
		if !inSet(w, "in", "living", "live", "who", "that", "are", "zip", "zips", "code", "codes", "of", "from") {
			return false
		}
	}
	return false
}

// tripPlaceWords say a town was a trip's destination: "back from vacation in
// Ponce", "his honeymoon in Tulum", "a week in Cancun".
var tripPlaceWords = newWordSet([]string{"vacation", "vacationing", "vacay", "trip", "honeymoon", "holiday", "holidays", "cruise",
	"getaway", "sabbatical", "travels", "traveling", "travelling", "visiting", "week", "weekend"})

// tripPlace reports whether the town at token t follows a word of
// tripPlaceWords and "in" ("back from vacation in Ponce"), in a sentence with
// no patient cue: where someone travelled, not their home. "Our patient
// is back from vacation in Ponce with dengue" tells a patient's care.
func (s *scan) tripPlace(t int) bool {
	if t < 2 || !inSet(s.toks[t-1].low, "in", "to", "at") || s.patientCue(s.toks[t].sent) {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if tripPlaceWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
