package compliance

// Superlatives of a town's history (session 18, clean passing): "Lowell
// was once the biggest cotton-textile center in the country", "By 1928
// Henry Ford's Rouge complex was the largest factory in the world". A
// post that tells its town's past ranks the town or a mill, not the
// practice: no reader is misled about care. The rank is history when
// "was" or "were" stands a few words before it, with "once" between or
// a year long gone in the sentence (scan.historical), and the sentence
// does not name the practice before the rank ("our clinic was once the
// busiest", "We were the biggest clinic in the county", the practice's
// own name): those stay CLAIM-02.

// pastSubjectWords is how far before a rank pastRanked looks for the
// practice as its subject.
const pastSubjectWords = 12

// pastRanked reports whether the superlative at token i ranks something
// in the town's past, not the practice.
func (s *scan) pastRanked(i int) bool {
	si := s.toks[i].sent
	start := s.sents[si].tokStart
	was := -1
	for k := i - 1; k >= start && k >= i-4; k-- {
		if inSet(s.toks[k].low, "was", "were") {
			was = k
			break
		}
	}
	if was < 0 {
		return false
	}
	once := false
	for k := was + 1; k < i; k++ {
		once = once || s.toks[k].low == "once"
	}
	if !once && !s.historical(si) {
		return false
	}
	// The subject stands a few words before the rank; a bounded look keeps
	// a long sentence of many ranks linear.
	for k := max(start, i-pastSubjectWords); k < i; k++ {
		if inSet(s.toks[k].low, "we", "our", "us", "ours") || practiceWord(s, k) {
			return false
		}
	}
	return true
}
