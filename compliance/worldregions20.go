package compliance

// Continents and world regions (session 20). "Hepatitis B is common in
// parts of West Africa", "malaria in sub-Saharan Africa", "partes de Asia
// y África": a region that size holds hundreds of millions, so it is no
// place smaller than a state (PRIV-07, Safe Harbor's units) and no one's
// name, though "Asia" and "Africa" are given names too (PRIV-10). The word
// is read as the region only where it stands as one: after a region word
// ("West", "Southeast", "sub-Saharan", "Latin"), after "the", "in",
// "across", "throughout", "of" or their Spanish, French and Portuguese,
// or listed with another region. A name the post marks as a person (a
// title, "who", her care right after) stays a name.

// continentWords are continents and world regions, in the practices'
// languages.
var continentWords = newWordSet([]string{
	"africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "caribbean", "balkans", "scandinavia",
	"polynesia", "micronesia", "melanesia", "sahel", "levant", "subcontinent",
	"áfrica", "ásia", "europa", "américa", "américas", "caribe", "afrique", "asie", "amérique", "océanie", "caraïbes",
})

// worldRegionLead open a world region: "West Africa", "sub-Saharan
// Africa", "Latin America" ("the Middle East" is read by
// worldRegionEast).
var worldRegionLead = newWordSet([]string{
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
	"southeast", "southwest", "sub", "saharan", "sub-saharan", "latin", "equatorial", "horn", "rural", "coastal",
	"del", "norte", "sur", "oriental", "occidental", "latina", "latine", "subsahariana", "subsaharienne", "noire",
})

// worldRegionBefore place the word after them as somewhere: "in",
// "across", "parts of", "en", "de", "dans".
var worldRegionBefore = newWordSet([]string{
	"the", "in", "across", "throughout", "of", "around", "all", "en", "de", "dans", "em", "na", "da", "toda", "todo",
})

// worldRegionListReach is how many tokens apart two regions of one list
// may stand: "Africa, the Caribbean".
const worldRegionListReach = 4

// worldRegionAt reports whether token t is a continent or a world region
// standing as one (see the file's comment).
func (s *scan) worldRegionAt(t int) bool {
	tk := &s.toks[t]
	if !tk.capital || tk.kind != tokWord {
		return false
	}
	if !continentWords.has(tk.low) && !s.worldRegionEast(t) {
		return false
	}
	sent := tk.sent
	if t > 0 && s.toks[t-1].sent == sent {
		prev := s.toks[t-1].low
		if s.kinOfAt(t) {
			return false
		}
		if worldRegionLead.has(prev) || worldRegionBefore.has(prev) {
			return true
		}
		if prev == "-" && t > 1 && worldRegionLead.has(s.toks[t-2].low) {
			return true // "sub-Saharan Africa" split at its hyphen
		}
	}
	// Listed with another region that stands as one by the word before
	// it: "Asia y África", "Africa, the Caribbean and the Middle East".
	// Two bare names listed are no region: "Asia and America finally went
	// home from the NICU" names twins (att20).
	led := s.regionLedAt(t)
	for k := t + 1; k < len(s.toks) && k <= t+worldRegionListReach && s.toks[k].sent == sent; k++ {
		if continentWords.has(s.toks[k].low) && (led || s.regionLedAt(k)) || s.worldRegionEast(k) {
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-worldRegionListReach && s.toks[k].sent == sent; k-- {
		if continentWords.has(s.toks[k].low) && (led || s.regionLedAt(k)) {
			return true
		}
	}
	return false
}

// regionLedAt reports a region's lead, "the", "in", "of" ... or "from"
// right before token k, and no kin before an "of" (kinOfAt): in a list,
// "families from Africa and Asia".
func (s *scan) regionLedAt(k int) bool {
	if k == 0 || s.toks[k-1].sent != s.toks[k].sent || s.kinOfAt(k) {
		return false
	}
	return worldRegionLead.has(s.toks[k-1].low) || worldRegionBefore.has(s.toks[k-1].low) || s.toks[k-1].low == "from"
}

// kinOfAt reports "of"/"de" right before token t with kin before it:
// "the family of Asia", "la mamá de Asia" name a person (att20).
func (s *scan) kinOfAt(t int) bool {
	return t >= 2 && inSet(s.toks[t-1].low, "of", "de", "da", "do", "del") && s.toks[t-2].sent == s.toks[t].sent &&
		(relativeWords.has(s.toks[t-2].low) || inSet(s.toks[t-2].low, "parents", "padres", "familia", "friends", "amigos", "mãe", "mère", "père"))
}

// worldRegionEast reports "the Middle East", "the Far East" at the token
// "East" (t).
func (s *scan) worldRegionEast(t int) bool {
	return s.toks[t].low == "east" && t > 0 && inSet(s.toks[t-1].low, "middle", "far", "near")
}

// worldRegionName reports whether the name p, tokens [p.from,to), is a
// continent or a world region: every word of it a region's lead or a
// continent, the last standing as a region, and nothing marking a person
// (markedPerson).
func (s *scan) worldRegionName(p person, to int) bool {
	last := to - 1
	if last < p.from || !s.worldRegionAt(last) {
		return false
	}
	for k := p.from; k < last; k++ {
		if !worldRegionLead.has(s.toks[k].low) && !inSet(s.toks[k].low, "-", "middle", "far", "near") {
			return false
		}
	}
	return !s.markedPerson(p, to)
}

// worldRegionPlace reports whether the place starting at token t is a
// continent or a world region: region words, then the region (PRIV-07).
func (s *scan) worldRegionPlace(t int) bool {
	for k := t; k < len(s.toks) && k < t+4; k++ {
		if s.worldRegionAt(k) {
			return true
		}
		if !worldRegionLead.has(s.toks[k].low) && !inSet(s.toks[k].low, "-", "the", "middle", "far", "near") {
			return false
		}
	}
	return false
}
