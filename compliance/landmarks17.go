package compliance

import "strings"

// Landmarks and fellowships named for no patient (session 18, clean
// passing). A town meets "by the Captain Cook statue" and rides "the
// Ferris wheel"; a post points families to "Al-Anon". The words before
// the landmark's noun, and a fellowship's name whose first part is a
// first name ("Al"), read as a person (PRIV-10 warn).

// landmarkNouns close a landmark named for someone: "the Captain Cook
// statue", "the Ferris wheel", "the Dolly mural". A memorial or a plaque
// may honor a neighbour who died, so they are not here.
var landmarkNouns = newWordSet([]string{"statue", "statues", "monument", "mural", "murals", "bust", "wheel", "obelisk"})

// landmarkNamed reports whether tokens [from,to) are the name before a
// landmark's noun after "the": "by the Captain Cook statue". A famous
// whole name ("the Walt Whitman statue") keeps its note (PRIV-10 info,
// famousUntold): addPerson asks famousNamed first.
func (s *scan) landmarkNamed(from, to int) bool {
	if from == 0 || to >= len(s.toks) || s.toks[from-1].low != "the" {
		return false
	}
	next := &s.toks[to]
	return next.kind == tokWord && !next.capital && next.sent == s.toks[from].sent && landmarkNouns.has(next.low)
}

// fellowshipNames are mutual-help groups for the families of people who
// drink, use drugs or gamble, written as one hyphenated word.
var fellowshipNames = []string{"al-anon", "nar-anon", "gam-anon", "co-anon", "alateen"}

// fellowshipNamed reports whether tokens [from,to) are a fellowship's
// name ("Al-Anon meets at St. Patrick's"), not a person called Al.
func (s *scan) fellowshipNamed(from, to int) bool {
	end := to
	for end < len(s.toks) && end < to+2 && s.toks[end].start == s.toks[end-1].end {
		end++ // "Al" found alone: "-Anon" runs on without a space
	}
	written := s.text[s.toks[from].start:s.toks[end-1].end]
	for _, f := range fellowshipNames {
		if strings.EqualFold(written, f) { // no lower-cased copy: this runs for every person found
			return true
		}
	}
	return false
}
