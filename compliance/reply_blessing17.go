package compliance

// blessingWords finish a holiday blessing after the holiday's name:
// "Ramadan Kareem", "Eid Saeed". Each is also a given name, so alone the
// name data reads a person.
var blessingWords = newWordSet([]string{"kareem", "karim", "saeed", "said", "sa'eed", "mubarak"})

// blessingHolidays are the holidays those blessings follow.
var blessingHolidays = newWordSet([]string{"ramadan", "ramzan", "eid", "jumma", "jummah", "jumu'ah", "jumuah", "mawlid"})

// holidayBlessingAt reports whether the one word at bytes [start,end)
// finishes a holiday blessing ("Ramadan Kareem"): no one's name (REV-02).
func (s *scan) holidayBlessingAt(start, end int) bool {
	t := s.tokenStart(start)
	if t == 0 || t >= len(s.toks) || s.toks[t].end != end || !blessingWords.has(s.toks[t].low) {
		return false
	}
	prev := s.toks[t-1]
	return prev.sent == s.toks[t].sent && blessingHolidays.has(prev.low)
}
