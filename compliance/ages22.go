package compliance

// A place or a body named in Spanish that turns 90 or more (PRIV-06,
// issue 11, session 22, t22clean; tests in ages22_test.go): "¡Nuestra
// clínica cumple 100 años!", "La Clínica del Valle cumplió 100 años",
// "Nuestra iglesia vecina celebra 100 años" tell an anniversary, as "our
// clinic turns 100" does in English (agedThings), and block no one.
// att21 found the first one blocking and left it open; session 21's
// cumpleOfBody21 reads only "cumple" with no "años" after it.

// spanishBodyAge22 reports the age whose first token is from, counted in
// "años", said of a Spanish body (bodiesThatTurn21) that opens its clause: the body word
// within five tokens before, with no comma, person or relative between,
// and not itself after "de", "en" or "con" (then it only says where
// someone works: "La recepcionista de la clínica cumple 95 años", "Don
// Beto, de la farmacia, cumple 92").
func (s *scan) spanishBodyAge22(from int) bool {
	if from <= 0 || from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	// Spanish only: "años" in the age itself ("cumple 100 años"); an
	// English age beside "hospital" or "club" is read by agedThings.
	years := false
	for k := from; k < len(s.toks) && k < from+3; k++ {
		years = years || inSet(s.toks[k].low, "años", "anos")
	}
	if !years {
		return false
	}
	for j := from - 1; j >= 0 && j >= from-5 && s.toks[j].sent == si; j-- {
		w := s.toks[j].low
		if w == "," || personWords.has(w) || relativeWords.has(w) || calloutNouns.has(w) {
			return false
		}
		if !bodiesThatTurn21.has(w) {
			continue
		}
		k := j - 1
		if k >= 0 && inSet(s.toks[k].low, "la", "el", "los", "las", "nuestra", "nuestro", "nuestras", "nuestros", "mi", "su", "esta", "este") {
			k--
		}
		return k < 0 || s.toks[k].sent != si || !inSet(s.toks[k].low, "de", "del", "en", "con", "para", "a", "al")
	}
	return false
}
