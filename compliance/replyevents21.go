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
