package compliance

import "github.com/practicepost/practicepost/post"

// One household told by where it is (session 19, t19leak): "three
// whooping cough cases this week, all from one household in 50703 right
// by the Elk Run rail crossing", "the household across from Schiller Park
// tested positive", "una familia en la calle Oak, junto a la lavandería,
// tiene tres casos de sarampión". A ZIP code, a street, a landmark or a
// building beside one household, family or home picks out the people in
// it for their neighbours; with a diagnosis or an outbreak detail in the
// sentence it tells their care (PRIV-14 block, Safe Harbor B). An
// outbreak said of a town or a county, an offer to every household in a
// ZIP code, and a family located with no illness are not.

// householdWords are one home and the people in it.
var householdWords = newWordSet(householdWordList)

var householdWordList = []string{"household", "family", "home", "house", "apartment", "apt", "trailer", "duplex",
	"familia", "hogar", "casa", "casita", "apartamento", "departamento", "família", "lar", "maison", "foyer",
	// A few of them, counted: "two families", "both households".
	"households", "families", "homes", "houses", "apartments", "trailers", "familias", "hogares", "casas"}

// householdCompounds after a household word make it a modifier of
// something else: "family medicine", "family practice", "home health",
// "home visit", "house calls".
var householdCompounds = newWordSet([]string{"medicine", "practice", "practices", "doctor", "doctors", "physician", "physicians",
	"planning", "health", "clinic", "clinics", "care", "caregiver", "caregivers", "visit", "visits", "call", "calls", "remedy",
	"remedies", "dentistry", "nurse", "nurses", "nursing", "members", "member", "owned", "run", "friendly", "style", "room",
	"day", "night", "event", "events", "services", "service", "support", "medical", "pharmacy", "game", "games", "court",
	"team", "office", "agency", "medicina", "planificación", "salud"})

// pluralHouseholds are householdWords that count several: a small count
// must stand before them.
var pluralHouseholds = newWordSet([]string{"households", "families", "homes", "houses", "apartments", "trailers", "familias",
	"hogares", "casas"})

// householdPointers before a household word make it one: "one
// household", "the same family", "una familia", "la misma casa".
var householdPointers = newWordSet([]string{"one", "a", "the", "same", "single", "una", "un", "la", "misma", "mismo", "uma",
	"mesma", "une", "même", "that", "this"})

// householdOthers before a household word make it no one home in
// particular, or the writer's: "every household", "our family".
var householdOthers = newWordSet([]string{"every", "each", "any", "all", "our", "your", "my", "his", "her", "their", "cada",
	"toda", "todas", "nuestra", "su", "tu", "mi"})

// landmarkLeads open a place told by what it is near: "right by the
// crossing", "across from Schiller Park", "junto a la lavandería".
var landmarkLeads = newWordSet([]string{"by", "near", "behind", "beside", "next", "across", "off", "past", "junto", "cerca",
	"frente", "detrás", "detras", "enfrente", "atrás", "atras", "lado", "perto", "près"})

// buildingWords before a letter or a number name one building or unit:
// "building C", "unit 4", "edificio B".
var buildingWords = newWordSet([]string{"building", "bldg", "unit", "apt", "edificio", "torre", "lot", "space", "trailer"})

// householdReach is how many tokens either side of the household word a
// locator is looked for.
const householdReach = 10

// locatedHouseholds finds one household told by where it is next to a
// diagnosis or an outbreak detail.
func (s *scan) locatedHouseholds() []post.Finding {
	var out []post.Finding
	asked := -1 // the sentence last asked about, so each is asked once
	for i := 1; i < len(s.toks) && len(out) < maxMatches; i++ {
		if !householdWords.has(s.toks[i].low) || !s.oneHousehold(i) {
			continue
		}
		si := s.toks[i].sent
		if si == asked {
			continue
		}
		asked = si
		at := s.locatorNear(i)
		if at < 0 || s.sentenceHasWord(si, genericClaimWords) || !s.describedCare(si) {
			continue
		}
		from, to := min(i, at), max(i, at)
		f := s.finding(from, to+1, "One household told by where it is (a ZIP code, a street, a landmark, a building) names the people in it to their neighbours, and the post tells their diagnosis.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Give the county or the town, not the household's place; reach the household privately."
		out = append(out, f)
	}
	return out
}

// oneHousehold reports whether the household word at i is one household
// (a pointer right before it, or before "same", and no "every" or
// owner) or a few counted ("two families", "both households").
func (s *scan) oneHousehold(i int) bool {
	if i+1 < len(s.toks) && householdCompounds.has(s.toks[i+1].low) {
		return false // "a family medicine practice", "a home visit": no household
	}
	p := s.toks[i-1].low
	if pluralHouseholds.has(s.toks[i].low) {
		return smallNumbers.has(p) // "two families", "both households"
	}
	if householdOthers.has(p) {
		return false
	}
	if inSet(p, "same", "misma", "mismo", "mesma", "même", "single") && i >= 2 {
		return !householdOthers.has(s.toks[i-2].low)
	}
	return householdPointers.has(p)
}

// locatorNear returns a token of a locator within householdReach tokens
// of the household word at i in its sentence, or -1: a five-digit ZIP
// code, a street ("on Maple Grove Rd", "off Route 23", "calle Oak"), a
// landmark ("right by the crossing", "across from Schiller Park"), a
// building or unit ("building C").
func (s *scan) locatorNear(i int) int {
	se := s.sents[s.toks[i].sent]
	for k := max(se.tokStart, i-householdReach); k < se.tokEnd && k <= i+householdReach; k++ {
		if k != i && s.locatorAt(k, se.tokEnd) {
			return k
		}
	}
	return -1
}

// locatorAt reports whether token k (before end) starts a locator.
func (s *scan) locatorAt(k, end int) bool {
	t := &s.toks[k]
	var n *token
	if k+1 < end {
		n = &s.toks[k+1]
	}
	switch {
	case t.kind == tokNumber && len(t.low) == 5 && k > 0 && inSet(s.toks[k-1].low, "in", "from", "zip", "of", "en", "del"):
		return true // "one household in 50703"
	case n == nil:
		return false
	case t.capital && t.kind == tokWord && streetSuffixes.has(n.low):
		return !s.c.allow.address(s.text[t.start:n.end]) // "Maple Grove Rd"
	case inSet(t.low, "route", "rt", "hwy", "highway", "county", "cr") && n.kind == tokNumber && k > 0 && inSet(s.toks[k-1].low, "off", "on", "along"):
		return true // "off Route 23"
	case inSet(t.low, "calle", "avenida", "rua", "rue", "camino") && n.capital:
		return true // "en la calle Oak"
	case landmarkLeads.has(t.low) && (inSet(n.low, "the", "from", "to", "a", "la", "el", "de", "al") || n.capital && n.kind == tokWord):
		return true // "right by the crossing", "across from Schiller Park"
	case buildingWords.has(t.low) && (n.kind == tokNumber || n.kind == tokWord && len(n.low) == 1 && n.capital):
		return true // "building C", "unit 4"
	}
	return false
}
