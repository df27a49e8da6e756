package compliance

// Remedies asserted (MIS-01, issue 11, session 18; tests in
// mythremedy17_test.go). Beside remedyCures (myth_cures.go), two more ways
// a post vouches for a kitchen remedy: it "works like" a drug ("Garlic in
// honey works just like penicillin"), and a cure verb after a remedy the
// post in fact tells readers to cut back on ("Cut back on salt; it
// prevents high blood pressure") is no remedy at all.

// cutBackWords, just before a remedy, tell the reader to have less of it.
var cutBackWords = newWordSet([]string{"cut", "cutting", "limit", "limiting", "less", "reduce", "reducing", "avoid", "avoiding",
	"skip", "skipping", "quit", "without", "low", "lower", "fewer", "ditch"})

// remedyCutBack reports a cut-back word up to three words before the
// remedy at r in its sentence: "cut back on salt", "less sugar".
func (s *scan) remedyCutBack(r int) bool {
	for k := r - 1; k >= 0 && k >= r-3 && s.toks[k].sent == s.toks[r].sent; k-- {
		if cutBackWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// likeWords compare a remedy to a drug: "works like", "just like", "as
// good as", "better than", "same as".
var likeWords = newWordSet([]string{"like", "as", "than"})

// drugWords are the drugs a remedy is said to equal.
var drugWords = newWordSet([]string{"penicillin", "antibiotic", "antibiotics", "amoxicillin", "insulin", "metformin", "tylenol",
	"ibuprofen", "advil", "motrin", "tamiflu", "statin", "statins", "medicine", "medicines", "medication", "meds", "pills",
	"prescription", "prescriptions", "chemo", "vaccine", "vaccines", "shot", "shots", "antidepressants", "inhaler"})

// remedyLikeDrug adds the myth of a remedy said to work like a drug: a
// remedy, then "works" or "is", then a comparison word and a drug a few
// words on ("Garlic in honey works just like penicillin", "Turmeric is
// as good as ibuprofen"). Denied ("doesn't work like insulin") it warns
// through addMyth's framing; hedged ("may work like") it is no claim.
func (s *scan) remedyLikeDrug(add func(conceptHit)) {
	for t := 1; t < len(s.toks); t++ {
		if !inSet(s.toks[t].low, "works", "work", "is", "s", "acts") || inSet(s.toks[t-1].low, "may", "might", "could") {
			continue
		}
		// The comparison and its drug first (a few look-ups), the
		// remedy after: most "is" compare nothing.
		d := s.drugComparedAfter(t)
		if d < 0 {
			continue
		}
		r := s.remedyBefore(t)
		if r < 0 || r >= t || s.medicineBefore(r) || s.remedyCutBack(r) {
			continue
		}
		add(conceptHit{from: r, to: d + 1, parts: [][2]int{{r, r + 1}, {t, t + 1}, {d, d + 1}}})
		return
	}
}

// drugComparedAfter returns the token of a drug a comparison word up to
// four words after t compares to ("just like penicillin", "as good as
// ibuprofen"), or -1.
func (s *scan) drugComparedAfter(t int) int {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == si; k++ {
		if !likeWords.has(s.toks[k].low) {
			continue
		}
		for d := k + 1; d < len(s.toks) && d <= k+3 && s.toks[d].sent == si; d++ {
			if drugWords.has(s.toks[d].low) || s.medicineAt(d) {
				return d
			}
		}
		return -1
	}
	return -1
}
