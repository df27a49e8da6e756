package compliance

// Session 17: a practice that says it gives nothing for reviews ("We don't
// filter, buy or reward reviews on this page", "No rewards for reviews
// here, ever") offers no reward; ENDORSE-03 read the reward word beside
// the review word and blocked the denial itself.

// rewardDenied reports whether sentence si denies a reward for reviews:
// "we" then a negator ("we don't", "we never", "we do not", "we will
// never") before the first reward word, or "no" right before it ("no
// rewards"), with no "but" or "unless" between the denial and the reward
// ("We don't usually do this, but leave a review and win…" offers one).
func (s *scan) rewardDenied(si int) bool {
	se := s.sents[si]
	denied := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case rewardWords.has(w):
			return denied || (t > se.tokStart && s.toks[t-1].low == "no")
		case inSet(w, "but", "unless", "except", "however", "yet"):
			denied = false
		case w == "we" && s.weDeny(t+1, se.tokEnd):
			denied = true
		}
	}
	return false
}

// weDeny reports whether the words from t (after "we") deny: a negator
// within three words, past helpers ("do", "will", "would", "ever").
func (s *scan) weDeny(t, end int) bool {
	for k := t; k < end && k < t+4; k++ {
		if s.isNegator(k) {
			return true
		}
		if !inSet(s.toks[k].low, "do", "don", "will", "won", "would", "can", "ca", "ever", "really", "absolutely", "'", "’") {
			return false
		}
	}
	return false
}
