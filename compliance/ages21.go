package compliance

import "strconv"

// Ages over 89 said in other ways (issue 11, session 21, t21names). The
// older PRIV-06 patterns read digits with "years old", a birthday, or an
// age between commas after a name. A post also says an age:
//   - spelled out as the subject of a sentence about her or him:
//     "Ninety-three and still doing the crossword in pen" after "her flu
//     shot", "One hundred and one, and she didn't flinch";
//   - between commas after someone told by what they do rather than by
//     name: "Our oldest beekeeper, 96, came in for his booster" (a he or
//     she after the age says it is a person's, not "Our oldest exam table,
//     95, is retiring");
//   - in Spanish as a birthday wish: "¡Feliz cumple 93 a Doña Chela!"
//     ("cumple 90 días" counts days).
// The age before its person ("our 104-year-old neighbor from Clark
// County") is thingsAge's business: the noun the age is glued to decides.

// spelledAge reads an age of 90 to 119 spelled out at token t: the fold
// (fold.go) turns "Ninety-three" or "One hundred and one" into digits, so
// the token is a number whose written text starts with a letter. It
// returns the age and the token after it; 0 when none starts there.
func (s *scan) spelledAge(t int) (age, next int) {
	tk := &s.toks[t]
	if tk.kind != tokNumber || s.fold == nil {
		return 0, t // no fold: the digits are as written
	}
	if a, _ := s.fold.original(tk.start, tk.end); a >= len(s.written) || !isLetterByte(s.written[a]) {
		return 0, t
	}
	age, err := strconv.Atoi(tk.low)
	if err != nil || age < 90 || age >= 120 {
		return 0, t
	}
	return age, t + 1
}

// spelledAgeFollowers end a spelled age that is someone's: "Ninety-three
// and still ...", "One hundred and one, and she ...", "Ninety-six!".
var spelledAgeFollowers = newWordSet([]string{"and", ",", "!", ".", "—", "–", "years", "year", "yrs", "y"})

// spelledAgeCounted are what an "and" after a spelled number counts on
// with, not a person: "Ninety-four and counting", "a hundred and fifty".
var spelledAgeCounted = newWordSet([]string{"counting", "growing", "climbing", "a", "half", "fifty", "twenty", "thirty", "forty",
	"sixty", "seventy", "eighty", "ninety", "percent"})

// spelledAgeOpening finds a spelled age of 90 or more that opens a
// sentence with a he or she in it or in the sentence before or after.
func (s *scan) spelledAgeOpening(si int) (a, b int, ok bool) {
	se := s.sents[si]
	t := se.tokStart
	if t < se.tokEnd && (s.toks[t].low == "¡" || s.toks[t].low == "\"") {
		t++
	}
	if t >= se.tokEnd {
		return 0, 0, false
	}
	age, next := s.spelledAge(t)
	if age < 90 {
		return 0, 0, false
	}
	if next < se.tokEnd {
		f := s.toks[next].low
		if !spelledAgeFollowers.has(f) {
			return 0, 0, false // "Ninety-five percent", "One hundred shots"
		}
		if f == "and" && (next+1 >= se.tokEnd || spelledAgeCounted.has(s.toks[next+1].low) || s.toks[next+1].kind == tokNumber) {
			return 0, 0, false
		}
		if s.spelledSpanOrCount21(f, next, se.tokEnd) {
			return 0, 0, false // "One hundred years ago ...", "Ninety-five, that's how many ..." (att21)
		}
	}
	third := false
	for k := max(0, si-1); k < len(s.sents) && k <= si+1 && !third; k++ {
		third = s.sentenceHasWord(k, thirdPersonWords)
	}
	if !third {
		return 0, 0, false
	}
	a, b = s.span(t, next)
	return a, b, true
}

// apposedDescribedAge finds an age of 90 or more between commas right
// after a description of someone ("Our oldest beekeeper, 96, came in for
// his booster", "The sweetest crossing guard in town, 92, finished her
// therapy"): the words before open with a determiner and end in a
// lower-case word, and a he or she follows the age in its sentence.
func (s *scan) apposedDescribedAge(si int) (a, b int, ok bool) {
	se := s.sents[si]
	lastThird := -1
	for t := se.tokStart; t < se.tokEnd; t++ {
		if thirdPersonWords.has(s.toks[t].low) {
			lastThird = t
		}
	}
	for k := se.tokStart + 2; k+3 <= lastThird; k++ {
		if s.toks[k].low != "," || s.toks[k+1].kind != tokNumber {
			continue
		}
		a, b, ok := s.apposedAge(k)
		if !ok {
			continue
		}
		head := &s.toks[k-1]
		if head.kind != tokWord || head.capital {
			continue
		}
		// "The oldest exam table, 95,": a thing, unless it only closes a
		// place the person is in ("the sweetest crossing guard in town").
		if agedThings.has(head.low) && !inSet(s.toks[k-2].low, "in", "at", "on", "from", "of") {
			continue
		}
		if numberedHeads21.has(head.low) {
			continue // "in the back room, 101, and she ...": a room's number (att21)
		}
		det := false
		for t := k - 2; t >= se.tokStart && t >= k-7 && !det; t-- {
			det = inSet(s.toks[t].low, "our", "my", "the", "this", "that", "a", "an", "your")
		}
		if det {
			return a, b, true
		}
	}
	return 0, 0, false
}

// cumpleAge finds a Spanish birthday of 90 or more said with "cumple" and
// no "años" ("¡Feliz cumple 93 a Doña Chela!", "cumpleaños número 95"):
// the number must not count days, weeks or months.
func (s *scan) cumpleAge(si int) (a, b int, ok bool) {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if !inSet(s.toks[t].low, "cumple", "cumpleaños", "cumpleanos") {
			continue
		}
		k := t + 1
		if inSet(s.toks[k].low, "número", "numero", "no") && k+1 < se.tokEnd {
			k++
		}
		if s.toks[k].kind != tokNumber {
			continue
		}
		if age, err := strconv.Atoi(s.toks[k].low); err != nil || age < 90 || age >= 120 {
			continue
		}
		if k+1 < se.tokEnd && inSet(s.toks[k+1].low, "días", "dias", "semanas", "meses", "horas", "%", "por", "veces") {
			continue
		}
		if s.cumpleOfBody21(t, k, se.tokStart, se.tokEnd) {
			continue // "El hospital cumple 95 años de servicio" (att21)
		}
		a, b = s.span(t, k+1)
		return a, b, true
	}
	return 0, 0, false
}

// otherAges21 returns the byte spans of the ages above, one a sentence
// at most for each shape.
func (s *scan) otherAges21() [][2]int {
	var out [][2]int
	// The apposed and "cumple" shapes need a number from 90 up in digits;
	// most posts have none, and are not read for them sentence by sentence.
	digits := s.oldAgeInDigits()
	cumple := digits && (s.words.has("cumple") || s.words.has("cumpleaños") || s.words.has("cumpleanos"))
	for si := range s.sents {
		shapes := [...]func(int) (int, int, bool){s.spelledAgeOpening, s.apposedDescribedAge, s.cumpleAge}
		asked := shapes[:1]
		if cumple {
			asked = shapes[:]
		} else if digits {
			asked = shapes[:2]
		}
		for _, f := range asked {
			if a, b, ok := f(si); ok {
				out = append(out, [2]int{a, b})
			}
		}
	}
	return out
}

// oldAgeInDigits reports a number token from 90 to 129 ("095" too):
// the only ages apposedAge and cumpleAge read.
func (s *scan) oldAgeInDigits() bool {
	for t := range s.toks {
		if w := s.toks[t].low; s.toks[t].kind == tokNumber && len(w) >= 2 {
			if n, err := strconv.Atoi(w); err == nil && n >= 90 && n < 130 {
				return true
			}
		}
	}
	return false
}

// ageOfPerson21 reports whether the age in tokens [from, to) of sentence
// si is glued to a person ("104-year-old neighbor") or follows a patient
// earlier in its sentence.
func (s *scan) ageOfPerson21(from, to, si int) bool {
	if to < len(s.toks) && s.toks[to].sent == si && to > 0 && s.toks[to-1].low == "old" {
		if w := s.toks[to].low; oneDescribed.has(w) || relativeWords.has(w) || addressedPeople.has(w) {
			return true
		}
	}
	se := s.sents[si]
	for t := se.tokStart; t < from && t < se.tokStart+8; t++ {
		if inSet(s.toks[t].low, "patient", "paciente") {
			return true
		}
	}
	return false
}
