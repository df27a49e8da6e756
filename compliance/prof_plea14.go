package compliance

// kindnessPlea reports whether the mocking hit at bytes [start, end) is
// people who yelled or screamed at someone ("three people yelled at
// Lupe"), in a post that asks readers for kindness ("please be kind to our
// front desk", "a little kindness goes a long way") with no laugh, eye-roll
// or sarcasm: the practice stands up for its staff and vents, which a
// doctor reads; it mocks no one. (abuseNotice lets a notice of what the
// practice tolerates pass.)
func (s *scan) kindnessPlea(start, end int) bool {
	if !s.hasAny(pleaWords) || contemptOf(s) || s.hasAny(contemptEmoji) || s.sarcastic() {
		return false
	}
	from, to := s.tokenRange(start, end)
	for t := from; t+1 < len(s.toks) && t < to+1; t++ {
		if abuseWords.has(s.toks[t].low) && s.toks[t+1].low == "at" {
			return true
		}
	}
	return false
}

// pleaWords ask for kindness to the staff: "please be kind", "a little
// kindness", "patience with our team".
var pleaWords = newWordSet([]string{"kind", "kindness", "kinder", "patience", "gentle", "nice", "grace"})
