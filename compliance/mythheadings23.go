package compliance

// Two myth headings read as the answer (MIS-01, issue 11, session 23;
// tests in mythheadings23_test.go).
//
// "Old saying: 'Feed a cold, starve a fever.' What really helps: fluids,
// rest, and food when you're hungry." blocked: "really helps" followed by
// a mark was read as the post vouching for the saying ("It really
// helps!"), but "What really helps:" heads the answer. And "Pasma myth:
// washing your hands with cold water after hard work does NOT cause pasma"
// blocked: under a bare "Myth:" a denial is the myth (labelOverDenial),
// but a topic named before "myth" says what the myth is about, and the
// denial after it is the fact. The dev sets label both review.

// whatHelpsHeading reports "what" or "whatever" just before "really" at
// token i: "What really helps:", "what really works".
func (s *scan) whatHelpsHeading(i int) bool {
	return i > 0 && inSet(s.toks[i-1].low, "what", "whatever")
}

// mythAdjectives23 may stand before a bare myth label without naming a
// topic: "Common myth:", "Biggest myth:", "Another myth:".
var mythAdjectives23 = newWordSet([]string{"common", "popular", "old", "big", "bigger", "biggest", "another", "top", "classic",
	"persistent", "dangerous", "new", "favorite", "favourite", "the", "a", "one", "this", "today", "s", "first", "second",
	"third", "last", "final", "weekly", "daily", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"true", "false", "total", "huge", "widespread", "stubborn", "harmful"})

// topicBeforeMyth reports a word before the myth label at token t, in its
// sentence, that names the myth's topic ("Pasma myth:", "Sunscreen
// myth:"), not an adjective of mythAdjectives23.
func (s *scan) topicBeforeMyth(t, start int) bool {
	return t > start && s.toks[t-1].kind == tokWord && !mythAdjectives23.has(s.toks[t-1].low)
}
