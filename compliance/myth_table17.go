package compliance

// didYouKnow reports a question that opens "Did you know" ("Did you know
// the COVID shots have tracking chips?"): it tells the reader the claim,
// it asks nothing, so it is no question framing a myth (session 17).
func (s *scan) didYouKnow(se sentence) bool {
	t := se.tokStart
	for t < se.tokEnd && s.toks[t].kind == tokPunct {
		t++ // an opening quote or mark
	}
	return t+2 < se.tokEnd && inSet(s.toks[t].low, "did", "didja", "didya") && inSet(s.toks[t+1].low, "you", "u", "ya", "y'all") &&
		inSet(s.toks[t+2].low, "know", "realize", "realise")
}
