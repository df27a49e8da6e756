package compliance

// A reply that meets the reviewer where anyone goes (session 21,
// t21prec). "See you Sunday at church!", "See you Friday at the mosque",
// "nos vemos en el Festival", "So glad you came out!" (to a review of a
// ballpark night the practice gave tickets for): the practice's people
// meet the reviewer at worship or at a town gathering, which tells no
// visit. A weekday after "see you" read as a booked visit, and "you came"
// as a visit (REV-01 block); dev102, dev104 and dev105 label such replies
// review or pass. A visit or care named in the sentence ("see you Sunday
// at church and at your recheck", "glad you came out for your flu shot")
// still blocks.

// worshipGatherings are places and services of worship, where a practice's
// staff meet people who are not their patients: "see you Sunday at
// church", "at Mass", "at the masjid", "at First Baptist".
var worshipGatherings = newWordSet([]string{"church", "masjid", "mosque", "temple", "synagogue", "shul", "gurdwara",
	"chapel", "parish", "congregation", "jummah", "jumuah", "worship", "iglesia", "misa", "culto", "templo", "igreja", "missa",
	"église", "messe", "baptist", "methodist", "lutheran", "presbyterian", "pentecostal", "episcopal", "bingo"})

// gatheringNoVisit reports a sentence about worship or a town event with no
// visit and no health word in it.
func (s *scan) gatheringNoVisit(si int) bool {
	return s.eventNoVisit(si) || s.sentenceHasWord(si, worshipGatherings) && !s.sentenceHasWord(si, visitNouns) && !s.healthInSentence(si) &&
		!s.sentenceHasWord(si, practicePlaces21) // "see you at the mosque Friday, and at our office Monday" (att21)
}

// cameOutToGathering reports the REV-01 phrase "you came" in tokens
// [from, to) followed by "out" ("so glad you came out!"): the reviewer came
// out to an event, said with no visit, no health word and nothing that
// needs care in its sentence.
func (s *scan) cameOutToGathering(from, to int) bool {
	if to-from != 2 || s.toks[from+1].low != "came" || to >= len(s.toks) || s.toks[to].low != "out" {
		return false
	}
	si := s.toks[from].sent
	// "... and saw Kevin", "... and let us check that mole": what they came
	// out for is care (att21's cameOutForCare21).
	return s.toks[to].sent == si && !s.sentenceHasWord(si, visitNouns) && !s.healthInSentence(si) &&
		!s.cameOutForCare21(to+1, s.sents[si].tokEnd)
}
