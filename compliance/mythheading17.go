package compliance

// seriesHeading reports a myth label that heads a series post, its colon
// a few words on ("Myth Monday: ...", "Myth #4 in our series: ...",
// "Myth of the week: ..."), in a post that then labels the fact within
// two sentences ("Fact:", "Reality:", "The truth:"): the pair makes it a
// myth-busting post whatever the myth is (session 18).
func (s *scan) seriesHeading(t int) bool {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+6 && s.toks[k].sent == si; k++ {
		if s.toks[k].low != ":" {
			continue
		}
		// The fact label within the next two sentences: bounded, so a
		// long post of labels stays linear.
		for f := k + 1; f+1 < len(s.toks) && s.toks[f].sent <= si+2; f++ {
			if factLabels[s.toks[f].low] && s.toks[f+1].low == ":" {
				return true
			}
		}
		return false
	}
	return false
}

// causeAskWords ask whether something causes or cures an illness: "Is
// diabetes caused by eating too much sugar?", "Can you catch diabetes
// from sweets?". Answered no ("Not exactly", "Nope"), the question quotes
// a myth to bust it (session 18).
var causeAskWords = newWordSet([]string{"caused", "cause", "causes", "catch", "cure", "cures", "gives", "give"})
