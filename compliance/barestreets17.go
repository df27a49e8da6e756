package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// Community streets named bare (session 18, clean passing). A practice
// lists the streets around it in its community names with their kind
// ("Renwick Dr", "Warren Avenue", "Glenn Hwy"), and its posts name them
// the way neighbours do, without it: "use the Renwick entrance", "the
// church lot across Renwick", "road work on Warren", "the Glenn is
// slick". Many such streets carry a person's name, so the bare word read
// as one (PRIV-10 warn). Told in a road's context (a road preposition
// before it, a part of a place after it, a road condition told of "the
// Glenn"), it is the street. Titled ("Mr. Renwick") or owning something
// ("Renwick's biopsy") it is still a person, as is the bare word with no
// road around it ("thanks to Warren for fixing the gate").

// communityStreetBare returns the words of a community name that is a
// street, its kind left off ("renwick" for "Renwick Dr"), or nil.
func communityStreetBare(words []string) []string {
	n := len(words)
	if n < 2 || n > 4 || !streetWordSet.has(words[n-1]) || strings.ContainsAny(words[0], "0123456789") || streetWordSet.has(words[0]) {
		return nil
	}
	return words[:n-1]
}

// roadBeforeWords stand before a street named bare: "on Warren",
// "across Renwick", "off Sterling", "en Dexter".
var roadBeforeWords = newWordSet([]string{"on", "across", "off", "onto", "along", "via", "down", "up", "near", "past", "between",
	"en", "por", "sobre"})

// dwellingWords, a word or two before a road preposition and a street
// named bare, make the street someone's home: "the house on Renwick",
// "lives off Warren", "the family right on Renwick".
var dwellingWords = newWordSet([]string{"house", "houses", "home", "homes", "apartment", "apartments", "apt", "trailer", "duplex",
	"lives", "live", "living", "lived", "moved", "resident", "residents", "neighbor", "neighbors", "neighbour", "neighbours",
	"family", "unit", "casa", "vive"})

// roadPartWords follow a street named bare as a part of the place on it:
// "the Renwick entrance", "our Harlan lot", "the Dexter garage".
var roadPartWords = newWordSet([]string{"entrance", "entrances", "exit", "exits", "lot", "lots", "garage", "ramp", "parking",
	"side", "gate", "door", "doors", "bridge", "overpass", "underpass", "closure", "closures", "construction", "traffic",
	"corridor", "lane", "lanes", "location", "site", "office", "clinic", "building", "deck", "corner", "driveway", "end"})

// roadPartBeforeWords stand before "de"/"of" and a street named bare in
// Spanish and English: "la entrada de Harlan", "the corner of Dexter".
var roadPartBeforeWords = newWordSet([]string{"entrada", "salida", "esquina", "calle", "estacionamiento", "corner", "side",
	"entrance", "exit"})

// roadStateWords follow "the" and a street named bare: "The Glenn is
// slick", "the Sterling was closed".
var roadStateWords = newWordSet([]string{"is", "was", "will", "gets", "got", "closed", "backed", "icy", "slick", "flooded"})

// bareCommunityStreet reports whether tokens [from,to) are a community
// street named bare (communityStreetBare) in a road's context, untitled
// and owning nothing.
func (s *scan) bareCommunityStreet(from, to int) bool {
	if !s.c.allow.bareStreetWords[s.toks[from].low] || !s.isBareStreet(from, to) {
		return false
	}
	if from > 0 && (names.Honorific(s.toks[from-1].low) || s.toks[from-1].low == "." && from > 1 && names.Honorific(s.toks[from-2].low)) {
		return false // "Mr. Renwick"
	}
	next := ""
	if to < len(s.toks) {
		next = s.toks[to].low
	}
	if next == "s" {
		return false // "Renwick's biopsy"
	}
	prev := ""
	if from > 0 {
		prev = s.toks[from-1].low
	}
	if roadBeforeWords.has(prev) && s.dwellingBefore(from-1) {
		// "mailed to the wrong house on Renwick", "she lives on Warren":
		// where someone lives is the street as an address, which the
		// rules for addresses and people still weigh.
		return false
	}
	switch {
	case roadBeforeWords.has(prev), roadPartWords.has(next):
		return true
	case (prev == "de" || prev == "of") && from > 1 && roadPartBeforeWords.has(s.toks[from-2].low):
		return true
	case prev == "the" && roadStateWords.has(next):
		return true
	case inSet(prev, "and", "&", "y") && from > 1 && s.bareStreetEndsAt(from-1):
		return true // "between Schaefer and Greenfield"
	}
	return false
}

// isBareStreet reports whether tokens [from,to) are, word for word, one
// of the practice's community streets named bare.
func (s *scan) isBareStreet(from, to int) bool {
	for _, b := range s.c.allow.bareStreets {
		if len(b) != to-from {
			continue
		}
		k := 0
		for k < len(b) && s.toks[from+k].low == b[k] {
			k++
		}
		if k == len(b) {
			return true
		}
	}
	return false
}

// bareStreetEndsAt reports whether a community street named bare ends at
// token end (exclusive): the street before an "and".
func (s *scan) bareStreetEndsAt(end int) bool {
	for _, b := range s.c.allow.bareStreets {
		if from := end - len(b); from >= 0 && s.isBareStreet(from, end) {
			return true
		}
	}
	return false
}

// dwellingBefore reports whether a dwelling word stands one or two words
// before token t in its sentence: "the house on", "the house right on".
func (s *scan) dwellingBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-2 && s.toks[k].sent == s.toks[t].sent; k-- {
		if dwellingWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
