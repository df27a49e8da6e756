package compliance

// "We'll do better" said of ourselves (session 27, t27clean: clean
// passing). "Y'all told us our last post sounded a little snippy. Fair!
// We'll do better 💙": "do better" is a contempt marker (PROF-03/marker)
// in a post about people, for the scolding "Do better, Syracuse." or
// "y'all need to do better"; with "we" or "I" as its subject it is the
// practice's own promise, and "y'all" elsewhere in the post made it a
// block. Only a first-person subject, a few helper words before "do"
// ("we'll", "we will", "we can", "we want to", "we're going to"), clears
// it; "you", "y'all", a crowd or nothing before it stays a marker.

// betterHelpers27 may stand between the subject and "do better".
var betterHelpers27 = newWordSet([]string{"ll", "will", "can", "could", "must", "should", "want", "wants", "to", "going", "gonna",
	"re", "are", "promise", "try", "always", "just", "d", "would", "need", "have", "got", "and", "working", "commit"})

// selfBetter27 reports whether the match at bytes [start,end) is "do
// better" with "we", "I" or "us" (of "let us") as its subject.
func (s *scan) selfBetter27(start, end int) bool {
	from, to := s.tokenRange(start, end)
	if to-from != 2 || s.toks[from].low != "do" || s.toks[from+1].low != "better" {
		return false
	}
	si := s.toks[from].sent
	for k, m := from-1, 0; k >= 0 && m < 4 && s.toks[k].sent == si; k, m = k-1, m+1 {
		w := s.toks[k].low
		if inSet(w, "we", "i", "us", "let") {
			return w != "us" || k >= 1 && s.toks[k-1].low == "let"
		}
		if !betterHelpers27.has(w) && w != "'" && w != "’" {
			return false
		}
	}
	return false
}
