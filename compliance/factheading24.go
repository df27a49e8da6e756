package compliance

// "Fact:" over the fact alone (MIS-01, issue 11, session 24; tests in
// factheading24_test.go). A true fact that mirrors a myth ("the flu
// vaccine can't give you the flu", "antibiotics treat bacteria, not
// viruses") passes when the practice says it plainly, and warns when the
// post frames itself as a debunk (mythmirror17.go). "fact" is one of the
// debunk cues, for "Myth: ... Fact: ..." and "fact check"; but "Fact:"
// heading a post that quotes no myth labels what the practice says, as
// the readable dev sets do: "Fact: Flu shots are made with inactivated
// virus or no virus at all and cannot cause flu illness. Get yours at
// either office this week." is labelled pass (dev132-253), and so is
// every other "Fact:" post of dev..dev141 that states a truth.

// factHeadingOnly24 reports whether every debunk cue of the post is
// "fact" or "facts" opening a sentence and followed by a colon: "Fact:",
// "FACT:". Any other cue ("myth", "says", "check" after it) and the post
// stays framed as a debunk.
func (s *scan) factHeadingOnly24() bool {
	for _, w := range s.words.list {
		if w != "fact" && w != "facts" && debunkCues.has(w) {
			return false
		}
	}
	for t := range s.toks {
		if w := s.toks[t].low; w != "fact" && w != "facts" {
			continue
		}
		if t > 0 && s.toks[t-1].sent == s.toks[t].sent || t+1 >= len(s.toks) || s.toks[t+1].low != ":" {
			return false
		}
	}
	return true
}
