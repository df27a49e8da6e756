package compliance

// The page's promise never to post patients' records (PRIV-12; session
// 29, t29clean). "A promise: we never post patient names, photos or
// stories on our pages" and "Our promise: patient names, birthdays and
// photos never appear on this page" name the records the page keeps
// off; with a picture word in the sentence, "patient names" was read as
// a list of patients the picture shows and blocked (dev150-156,
// dev173-310, labelled pass). A promise is a never, or a don't or won't
// (not a didn't: "we didn't mean to post the photo with patient names"
// owns a slip), right before a verb of posting, the record in the same
// clause and no "but" between (tests: promise29_test.go).

// postingVerbs29 put something on a page.
var postingVerbs29 = newWordSet([]string{"post", "posts", "share", "shares", "publish", "publishes", "appear", "appears",
	"show", "shows", "put", "puts", "display", "displays"})

// promiseNegator29 reports a negation at token t that promises (never,
// don't, won't, will not, do not), not one that tells a past slip.
func (s *scan) promiseNegator29(t int) bool {
	switch w := s.toks[t].low; w {
	case "never", "dont", "wont", "doesnt":
		return true
	case "not":
		return t > 0 && inSet(s.toks[t-1].low, "do", "does", "will", "would", "shall")
	case "t":
		return t > 0 && inSet(s.toks[t-1].low, "don", "won", "doesn") && s.isNegator(t)
	}
	return false
}

// promisedOff29 reports whether the record at tokens [from,to) is what a
// promise in its sentence keeps off the page: a promising negation at
// most two words before a posting verb, the record within eight words
// after the verb or before the negation, and nothing between them that
// ends the clause or turns it ("but", "except", a colon, a dash).
func (s *scan) promisedOff29(from, to int) bool {
	si := s.toks[from].sent
	se := s.sents[si]
	for v := se.tokStart + 1; v < se.tokEnd; v++ {
		if !postingVerbs29.has(s.toks[v].low) {
			continue
		}
		neg := -1
		for k := v - 1; k >= se.tokStart && k >= v-3; k-- {
			if s.promiseNegator29(k) {
				neg = k
				break
			}
		}
		if neg < 0 {
			continue
		}
		switch {
		case from > v && from-v <= 8 && s.clauseOpen29(v+1, from):
			return true
		case to <= neg && neg-to <= 8 && s.clauseOpen29(to, neg):
			return true
		}
	}
	return false
}

// clauseOpen29 reports whether tokens [a,b) hold no clause break and no
// word that turns the clause ("but", "except", "unless").
func (s *scan) clauseOpen29(a, b int) bool {
	for k := a; k < b; k++ {
		if clauseBreak(&s.toks[k]) || inSet(s.toks[k].low, "but", "except", "yet", "however", "though") {
			return false
		}
	}
	return true
}
