package compliance

import "github.com/practicepost/practicepost/compliance/names"

// familiesListed adds the two names of "the X and Y families" when token
// a opens X and k follows it: two capitalised words joined by "and"
// before "families" are two families, each named by its surname, even
// when no list holds the names ("the Kabasele and Lukusa families"). A
// people, a language, a service or a place word listed so ("the Hmong
// and Karen families", "the Navy and Marine families") names a community,
// not a family.
func (s *scan) familiesListed(a, k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].low != "and" || !s.toks[k+1].capital || s.toks[k+1].kind != tokWord || s.toks[k+2].low != "families" {
		return false
	}
	for _, t := range []int{a, k + 1} {
		w := s.toks[t].low
		if names.People(w) || names.Language(w) || names.Service(w) || names.IsWord(w) || names.NotName(w) || placeWords.has(w) ||
			s.c.allow.addrWords[w] || practiceWord(s, t) || s.community(t, t+1) || s.isStaff(t, t+1) {
			return false
		}
	}
	s.addPerson(person{span{a, a + 1}, a, 0})
	s.addPerson(person{span{k + 1, k + 2}, k + 1, 0})
	return true
}
