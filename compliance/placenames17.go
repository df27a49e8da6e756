package compliance

// Names that are places (session 18, t18prec). A town, a hospital or the
// place an event is named for is often a first name too ("Bethel",
// "Marion", "Sinai", "Oceana"), and a health word near it made PRIV-10
// block a post that names no one: "if you're flying in from Bethel or
// Nome for an appointment", "Sinai's maternity floor was busy", "our
// Oceana flu drive". How the word stands tells the place: after a verb of
// travel and "from" or "to", before a hospital's floor or wing, before an
// event's noun. A person beside the place keeps their own finding; a
// possessive after the name ("drove to Maria's") is someone's.

// travelVerbs carry someone from or to a place with no particle between:
// "driving from Xenia", "flew to Bethel".
var travelVerbs = newWordSet([]string{"fly", "flying", "flew", "flies", "drive", "driving", "drove", "drives", "travel", "traveling",
	"travelling", "traveled", "travelled", "travels", "commute", "commuting", "commuted", "commutes", "move", "moving", "moved",
	"moves", "relocated", "relocating", "ride", "riding", "rode", "head", "heading", "headed", "boating", "trek", "trekking"})

// arriveVerbs carry someone only with a particle after them ("coming in
// from Bethel", "came down from Marion"): "the flowers came from Maria"
// is a gift.
var arriveVerbs = newWordSet([]string{"come", "comes", "coming", "came"})

// travelParticles stand between a verb of travel and "from" or "to":
// "flying in from", "coming all the way from", "driving back to".
var travelParticles = newWordSet([]string{"in", "down", "up", "over", "out", "back", "here", "home", "all", "the", "way"})

// placeTravelled reports whether the name at tokens [from,to), alone or
// in a list of capitalised words ("from Dayton or Xenia"), is where
// someone travels from or to: a verb of travel, its particles, then
// "from" or "to". A possessive after the name is someone's ("drove over
// to Marion's house").
func (s *scan) placeTravelled(from, to int) bool {
	if to < len(s.toks) && s.toks[to].low == "s" {
		return false
	}
	si := s.toks[from].sent
	// Back over the list's earlier items: a few capitalised words and
	// joins ("Dayton or", "Bethel, Nome and").
	k := from - 1
	for n := 0; k >= 0 && n < 6 && s.toks[k].sent == si && (listJoins.has(s.toks[k].low) || s.toks[k].capital && s.toks[k].kind == tokWord); n++ {
		k--
	}
	if k < 1 || !inSet(s.toks[k].low, "from", "to") || s.toks[k].sent != si {
		return false
	}
	particles := 0
	for k--; k >= 0 && particles < 4 && s.toks[k].sent == si && travelParticles.has(s.toks[k].low); k-- {
		particles++
	}
	if k < 0 || s.toks[k].sent != si {
		return false
	}
	return travelVerbs.has(s.toks[k].low) || particles > 0 && arriveVerbs.has(s.toks[k].low)
}

// wardModifiers say which part of a hospital a floor or a wing is:
// "Sinai's maternity floor", "Lenox's cardiac wing", "Mercy's north
// tower".
var wardModifiers = newWordSet([]string{"maternity", "cardiac", "cardiology", "cancer", "oncology", "surgical", "surgery",
	"pediatric", "pediatrics", "peds", "labor", "birthing", "psych", "psychiatric", "rehab", "ortho", "orthopedic", "neuro",
	"trauma", "emergency", "icu", "nicu", "picu", "dialysis", "transplant", "burn", "stroke", "medical", "north", "south",
	"east", "west", "new", "main", "old"})

// wardParts are the parts of a hospital a modifier names.
var wardParts = newWordSet([]string{"floor", "floors", "wing", "wings", "ward", "wards", "unit", "units", "tower", "campus",
	"annex", "pavilion"})

// hospitalPart reports whether the name at tokens [from,to) owns a part
// of a hospital by its kind: "Sinai's maternity ward", "Lenox's cardiac
// wing". "Maria's room" is a patient's; a person owns no maternity floor.
func (s *scan) hospitalPart(from, to int) bool {
	k := to
	if k+2 >= len(s.toks) || s.toks[k].low != "s" || s.toks[k].start-s.toks[to-1].end > 3 {
		return false
	}
	return wardModifiers.has(s.toks[k+1].low) && wardParts.has(s.toks[k+2].low) && s.toks[k+2].sent == s.toks[from].sent
}

// eventWhatWords say what an event offers: "our Oceana flu drive", "the
// Marne Week health booth".
var eventWhatWords = newWordSet([]string{"flu", "vaccine", "vaccines", "vaccination", "vax", "shot", "shots", "health", "wellness",
	"screening", "bp", "sports", "physicals", "immunization", "covid", "food", "toy", "coat", "book", "blood", "dental",
	"vision", "hearing", "resource", "community", "family"})

// eventPlaceNouns close an event's name: "drive", "booth", "fair".
var eventPlaceNouns = newWordSet([]string{"drive", "drives", "booth", "booths", "fair", "fairs", "event", "events", "clinic", "clinics",
	"popup", "expo", "outreach", "tent", "table", "festival", "day", "days", "night"})

// eventPlace reports whether the name at tokens [from,to) is the place an
// event is named for: what the event offers, then its noun ("our Oceana
// flu drive", "the Marne Week health booth"). A person does not stand
// before "flu drive".
func (s *scan) eventPlace(from, to int) bool {
	k := to
	if k+1 >= len(s.toks) || !eventWhatWords.has(s.toks[k].low) || s.toks[k].capital {
		return false
	}
	if k+1 < len(s.toks) && eventWhatWords.has(s.toks[k+1].low) && !s.toks[k+1].capital {
		k++ // "the Kalihi blood pressure booth": two words of what
	}
	k++
	return k < len(s.toks) && eventPlaceNouns.has(s.toks[k].low) && !s.toks[k].capital && s.toks[k].sent == s.toks[from].sent
}

// schoolAdmitted are the places one is admitted to that are no
// hospital: "admitted to the University of Arkansas medical school",
// "admitted to the state bar".
var schoolAdmitted = newWordSet([]string{"university", "college", "school", "academy", "bar", "program", "programme",
	"institute", "seminary", "conservatory", "fellowship", "residency", "society", "fraternity", "sorority", "class"})

// careAdmitted are the places an admission is a stay for care:
// "admitted to the University Hospital ICU".
var careAdmitted = newWordSet([]string{"hospital", "icu", "nicu", "picu", "er", "ed", "unit", "ward", "floor", "rehab",
	"hospice", "psych", "psychiatric", "observation", "emergency", "infirmary", "clinic", "center", "home", "facility"})

// admittedToSchool reports whether "admitted" at token t is followed,
// within a few words, by a school, a bar or a program and by no place
// of care: an admission to study or practise, no one's hospital stay.
func (s *scan) admittedToSchool(t int) bool {
	if !inSet(s.toks[t].low, "admitted", "admit", "admits", "admission", "admissions") || t+2 >= len(s.toks) || s.toks[t+1].low != "to" {
		return false
	}
	school := false
	for k := t + 2; k < len(s.toks) && k <= t+9 && s.toks[k].sent == s.toks[t].sent; k++ {
		if careAdmitted.has(s.toks[k].low) {
			return false
		}
		school = school || schoolAdmitted.has(s.toks[k].low)
	}
	return school
}
