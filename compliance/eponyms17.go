package compliance

import (
	"slices"

	"github.com/practicepost/practicepost/compliance/names"
)

// Figures a community place is named for (session 18, clean passing). A
// town names its centers, museums and holidays for its figures of
// history, and the practice lists those places in its community names
// ("Tsongas Center", "Bishop Museum", "Jose Rizal Day"). A post that
// tells the figure ("Paul Tsongas fought to create Lowell National
// Historical Park", "Bishop Museum was founded by Charles Reed Bishop",
// "a reading corner about Rizal") names history, not a patient. The name
// must carry more than the surname the place shares (a whole name, or a
// place that holds the given name too: "Jose Rizal Day"), and the post
// must tell a founding deed or name the place itself: a neighbour who
// shares the surname ("Thanks to Ben Whitcomb for fixing our gate") is
// still a person, as is the owner of a shop named for them ("Kwame
// Mensah of Mensah Frame Shop"), and checkNames asks that the sentence
// tell no health.

// foundingWords tell what a figure of history did for a town: "fought to
// create the park", "founded by", "in memory of".
var foundingWords = newWordSet([]string{"founded", "founder", "co-founded", "fought", "created", "create", "built", "build",
	"established", "donated", "endowed", "pioneered", "memory", "started", "namesake"})

// eponymPlaceKinds end the names of places and days a town names for its
// figures: "Tsongas Center", "Bishop Museum", "Jose Rizal Day". A shop
// or a firm carries its living owner's name, and a street anyone's.
var eponymPlaceKinds = newWordSet([]string{"center", "centre", "museum", "day", "park", "library", "hall", "memorial",
	"monument", "statue", "bridge", "auditorium", "stadium", "arena", "field", "institute", "college", "university",
	"school", "elementary", "academy", "festival", "homestead", "theater", "theatre", "gardens", "garden"})

// communityEponym reports whether p names the figure one of the
// practice's community places (not a street) is named for.
func (s *scan) communityEponym(p person) bool {
	if p.kind == names.Role || s.courtesyTitled(p.from) || s.courtesyTitled(p.name) {
		return false // "Mr. Marston founded the chess club": a neighbour
	}
	si := s.toks[p.from].sent
	// The name may go on past the mention: "Princess Bernice Pauahi
	// Bishop" is found as its first three words.
	end := p.to
	for end < len(s.toks) && end < p.to+2 && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == si {
		end++
	}
	last := s.toks[end-1].low
	if len(last) < 3 {
		return false // "Jamal T.": an initial is no surname a place carries
	}
	whole := end-p.name >= 2
	for _, cn := range s.c.allow.community {
		i := slices.Index(cn, last)
		if i < 0 || len(cn) < 2 || !eponymPlaceKinds.has(cn[len(cn)-1]) {
			continue // "Mensah Frame Shop": a business its owner runs
		}
		if !whole && i == 0 {
			continue // "Lamar" of "Lamar Elementary": anyone's surname alone
		}
		if s.sentenceHasWord(si, foundingWords) || s.namesCommunity(cn) {
			return true
		}
	}
	return false
}

// namesCommunity reports whether the post names the community place cn
// word for word: "Jose Rizal Day is Dec 30".
func (s *scan) namesCommunity(cn []string) bool {
	for t := 0; t+len(cn) <= len(s.toks); t++ {
		if s.toks[t].low != cn[0] {
			continue
		}
		k := 1
		for k < len(cn) && s.toks[t+k].low == cn[k] {
			k++
		}
		if k == len(cn) {
			return true
		}
	}
	return false
}
