package compliance

// Vietnamese myth-busting labels (MIS-01, issue 11, session 24; tests in
// mythheadings24_test.go). "Lầm tưởng:" (a mistaken belief) heads a myth
// as "Myth:" does, and mythHeading already read it as a heading; but the
// label before the claim (labelBefore) read only one-word labels, so
// "Lầm tưởng: cạo gió chữa được cảm. Sự thật: cảm do virus ..." blocked
// its own myth (dev126-285, labelled review). The two-word label now
// counts as a myth label only as a heading, with its colon: "lầm tưởng"
// inside a sentence is only "mistakenly think".

// vietnameseLabel reports the two-word label first second at token t
// (its second word) followed by a colon: "Lầm tưởng:".
func (s *scan) vietnameseLabel(t int, first, second string) bool {
	return s.toks[t].low == second && t > 0 && s.toks[t-1].low == first && t+1 < len(s.toks) && s.toks[t+1].low == ":"
}
