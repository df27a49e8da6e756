package compliance

// seriesHeading reports a myth label that heads a series post, its colon
// a few words on ("Myth Monday: ...", "Myth #4 in our series: ...",
// "Myth of the week: ..."), in a post that then labels the fact after
// the colon ("Fact:", "Reality:", "The truth:"): the pair makes it a
// myth-busting post whatever the myth is (session 18).
func (s *scan) seriesHeading(t int) bool {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+6 && s.toks[k].sent == si; k++ {
		if s.toks[k].low != ":" {
			continue
		}
		for f := k + 1; f < len(s.toks); f++ {
			if factLabels[s.toks[f].low] && f+1 < len(s.toks) && s.toks[f+1].low == ":" {
				return true
			}
		}
		return false
	}
	return false
}
