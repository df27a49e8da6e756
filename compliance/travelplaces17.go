package compliance

// Places a trip goes to or comes from (session 18, clean passing): "just
// got back from visiting family in Mae Sot", "if you're flying in from
// Bethel", "the herbal ones your auntie sent from Sài Gòn". A town whose
// name is, or looks like, a person's read as one (PRIV-10). After "in" or
// "from" with a word of travel just before, the capitalized words are the
// place. A person met there comes after "with" ("visiting with Marisol"),
// and a home is owned ("back from Marisol's"). An occasion's place
// ("the wedding in Tulsa", "graduation in Ames") reads the same (session 19).

// travelWords tell a trip or a thing carried from afar.
var travelWords = newWordSet([]string{"visiting", "visit", "visited", "visits", "trip", "flew", "flying", "fly", "flies",
	"traveled", "travelled", "traveling", "travelling", "vacation", "vacationing", "sent", "shipped", "mailed", "moved",
	"returned", "drove", "driving", "back", "family", "relatives", "home"})

// travelPlace reports whether tokens [from,to), capitalized words with
// no title, follow "in" or "from" after a word of travel at most three
// words back, and own nothing.
func (s *scan) travelPlace(from, to int) bool {
	if from < 2 || !inSet(s.toks[from-1].low, "in", "from") || to < len(s.toks) && s.toks[to].low == "s" {
		return false
	}
	for k := from; k < to; k++ {
		if s.toks[k].kind != tokWord || !s.toks[k].capital || honorificWords.has(s.toks[k].low) {
			return false
		}
	}
	si := s.toks[from].sent
	if kinEvents.has(s.toks[from-2].low) && s.toks[from-1].low == "in" && s.toks[from-2].sent == si && !s.emojiInside(from, to) {
		return true // "her daughter's graduation in Ames": an occasion's place (staffkinnews19.go)
	}
	for k := from - 2; k >= 0 && k >= from-4 && s.toks[k].sent == si; k-- {
		if travelWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
