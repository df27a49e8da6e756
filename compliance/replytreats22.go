package compliance

// Session 22 (t22reply): "treat" in a reply that is no care. A time of
// the reader's life treating them ("hope the crab season treated you
// right", "hope harvest is treating you well") is a wish about their life,
// and "every person treated with respect" is how the office means to
// behave; neither tells that the reader was seen here. The practice, a
// staff member or a treatment treating them still does ("hope Dr. Lee
// treated you well", "hope the new inhaler is treating you well").

// lifeTreaters22 join timeTreaters: more times and places of a reader's
// life that "treat" them ("hope the cherry harvest treats you well").
var lifeTreaters22 = newWordSet([]string{"harvest", "finals", "road", "roads", "travels", "trip", "move", "college", "school", "campus",
	"crop", "crops", "deployment", "vacation", "shift", "shifts", "weekend", "break", "city", "town", "lake", "river", "water",
	"slopes", "trail", "calving", "tour", "internship", "coast", "north", "south", "island"})

// mannerWords22 say how a person is treated, not for what: "treated with
// respect", "with dignity".
var mannerWords22 = newWordSet([]string{"respect", "dignity", "kindness", "courtesy", "compassion", "fairness", "patience", "decency"})

// treatIdiom22 reports a care word "treat", "treats", "treated" or
// "treating" at token from that tells no care: a time of life treating
// "you" (lifeTreats, with lifeTreaters22), or "treated with respect" where
// no one of the practice did it ("we treated your burn with respect ..."
// is care).
func (s *scan) treatIdiom22(from int) bool {
	if from+1 >= len(s.toks) || !inSet(s.toks[from].low, "treat", "treats", "treated", "treating") {
		return false
	}
	next := s.toks[from+1].low
	if inSet(next, "you", "u") {
		return s.lifeTreats(from, from+2)
	}
	if next != "with" || from+2 >= len(s.toks) || !mannerWords22.has(s.toks[from+2].low) {
		return false
	}
	// "We treated ... with respect": the practice's act, read at most
	// three words back.
	for k := from - 1; k >= 0 && k >= from-3 && s.toks[k].sent == s.toks[from].sent; k-- {
		if inSet(s.toks[k].low, "we", "i") {
			return false
		}
	}
	return true
}
