package compliance

// att29's attacks on session 29's changes and on what they reach (tests in
// attack29_test.go).

// numberSetOff29 reports whether the jersey number at token n stands
// alone on its right: a comma or a bracket, the sentence's end, or what
// the player did ("a Wolves pitcher, #18, came in", "the Tigers safety,
// #21 limped off"). After a comma, a number followed by a noun is a rank:
// "Tigers safety, #1 priority", "Westside Urgent Care center, #2 in the
// Riverside network" (jersey29.go read them as a player, TestJerseyRankNotPlayer29).
func (s *scan) numberSetOff29(n, si int) bool {
	k := n + 1
	if !s.sameSent(k, si) {
		return true
	}
	w := s.toks[k].low
	return inSet(w, ",", ")", ";", ".", "!", "?", "-", "—", "–") || jerseyVerbs23.has(w)
}
