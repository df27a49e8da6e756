package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Names that are places (session 18, t18prec). A town, a hospital or the
// place an event is named for is often a first name too ("Bethel",
// "Marion", "Sinai", "Oceana"), and a health word near it made PRIV-10
// block a post that names no one: "if you're flying in from Bethel or
// Nome for an appointment", "Sinai's maternity floor was busy", "our
// Oceana flu drive". How the word stands tells the place: after a verb of
// travel and "from" or "to", before a hospital's floor or wing, before an
// event's noun. A person beside the place keeps their own finding; a
// possessive after the name ("drove to Maria's") is someone's.

// placeNamed reports whether the name p, tokens [p.from,to), stands as a
// town travelled from or to, a hospital owning a unit, or the place an
// event is named for, and the post does not mark it as a person
// (markedPerson). How a word stands says "place" only when nothing says
// "person": "drives out to Mrs. Ortega", "Moving over to Maria, who ...",
// "from Rosa after her mastectomy" are people (session 18, att18).
func (s *scan) placeNamed(p person, to int) bool {
	if !s.placeTravelled(p.from, to) && !s.hospitalPart(p.from, to) && !s.eventPlace(p.from, to) {
		return false
	}
	return !s.markedPerson(p, to)
}

// markedPerson reports whether the name p, tokens [p.from,to), is marked
// as a person whatever its word: a title or a role ("Mrs. Ortega",
// "Grandma Rosa"), a relative clause after it ("Maria, who just
// finished ..."), or their own care told in the next few words ("Rosa
// after her mastectomy", "Rosa's rehab unit after her fall"). A town, a
// hospital or an event has no "who" and no "her surgery". "Their" is
// left out: "patients coming from Beulah for their checkups" are many.
func (s *scan) markedPerson(p person, to int) bool {
	if p.kind == names.Titled || p.kind == names.Role {
		return true
	}
	si := s.toks[p.from].sent
	end := min(s.sents[si].tokEnd, to+personMarkReach)
	k := to
	if k < end && s.toks[k].low == "," {
		k++
	}
	if k < end && inSet(s.toks[k].low, "who", "whose") {
		return true
	}
	for ; k < end; k++ {
		if inSet(s.toks[k].low, "his", "her") && s.healthStartsWithin(k+1, min(end, k+4)) {
			return true
		}
	}
	return false
}

// personMarkReach bounds how far after a name markedPerson looks for the
// name's own care, so a long list of towns stays linear.
const personMarkReach = 10

// healthStartsWithin reports whether a health detail starts in tokens
// [from,to), each found by a binary search of the hits (healthHitAt): a
// short window asked once per name stays linear in the text.
func (s *scan) healthStartsWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if _, ok := s.healthHitAt(k); ok {
			return true
		}
	}
	return false
}

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
	if k < 1 || !inSet(s.toks[k].low, "from", "to") || s.toks[k].sent != si || !s.townList(k+1, to) {
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

// townListTail are the words a list of towns travelled from or to is
// followed by: what the trip is for or when ("from Dayton, Xenia or Troy
// for your colonoscopy", "from Bethel, Nome or Kotzebue this winter").
var townListTail = newWordSet([]string{"for", "to", "on", "in", "at", "this", "that", "these", "every", "each", "next", "last",
	"with", "by", "via", "today", "tonight", "tomorrow", "yesterday", "weekly", "daily", "monthly", "early", "late", "area",
	"and", "or"})

// townList reports whether the capitalised words and joins from token
// start (just after "from" or "to") through the name ending at to, and on
// past it, read as one list of towns. A list has one "and" or "or"; and
// when a comma joins its items, what follows the list is what the trip
// is for or when (townListTail), not the verb of a new clause whose
// subjects the comma opened: "Driving in from Dayton, Maria came for
// her colonoscopy", "Flying in from Bethel and Nome, Mary and Joe had
// their knee surgeries here" name patients (session 18, att18).
func (s *scan) townList(start, to int) bool {
	si := s.toks[start].sent
	end := to
	for n := 0; n < 6 && end+1 < len(s.toks) && s.toks[end+1].sent == si && listJoins.has(s.toks[end].low) &&
		s.toks[end+1].capital && s.toks[end+1].kind == tokWord; n++ {
		end += 2 // "or Xenia", ", Nome"
	}
	comma, finals := false, 0
	for k := start; k < end; k++ {
		switch s.toks[k].low {
		case ",":
			comma = true
		case "and", "&", "or":
			finals++
		}
	}
	if finals > 1 {
		return false
	}
	if !comma || end >= len(s.toks) || s.toks[end].sent != si {
		return true
	}
	return s.toks[end].kind == tokPunct && s.toks[end].low != "," || townListTail.has(s.toks[end].low)
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
	if !wardModifiers.has(s.toks[k+1].low) || !wardParts.has(s.toks[k+2].low) || s.toks[k+2].sent != s.toks[from].sent {
		return false
	}
	// A hospital is no "her": "Rosa's rehab unit after her fall" is
	// Rosa's stay (session 18, att18).
	for t := k + 3; t < len(s.toks) && t <= k+3+personMarkReach && s.toks[t].sent == s.toks[from].sent; t++ {
		if inSet(s.toks[t].low, "his", "her", "him") {
			return false
		}
	}
	return true
}

// eventWhatWords say what an event offers: "our Oceana flu drive", "the
// Marne Week health booth".
var eventWhatWords = newWordSet([]string{"flu", "vaccine", "vaccines", "vaccination", "vax", "shot", "shots", "health", "wellness",
	"screening", "bp", "sports", "physicals", "immunization", "covid", "food", "toy", "coat", "book", "blood", "dental",
	"vision", "hearing", "resource", "community", "family"})

// eventPlaceNouns close an event's name: "drive", "booth", "fair".
var eventPlaceNouns = newWordSet([]string{"drive", "drives", "booth", "booths", "fair", "fairs", "event", "events", "clinic", "clinics",
	"popup", "expo", "outreach", "tent", "table", "festival", "day", "days", "night"})

// eventPlaceLeads come before the place an event is named for: "our
// Oceana flu drive", "at the Frogtown health fair".
var eventPlaceLeads = newWordSet([]string{"our", "the", "this", "their", "a", "an", "annual", "yearly", "at", "in", "to", "for"})

// eventPlace reports whether the name at tokens [from,to) is the place an
// event is named for: what the event offers, then its noun ("our Oceana
// flu drive", "the Marne Week health booth"). A person does not stand
// before "flu drive".
func (s *scan) eventPlace(from, to int) bool {
	// An event's place is said after "our", "the" or "at": "Mateo shot
	// day" and "Big Ava blood drive day" are a child's and a donor's own
	// (session 18, att18).
	if from == 0 || s.toks[from-1].sent != s.toks[from].sent || !eventPlaceLeads.has(s.toks[from-1].low) {
		return false
	}
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
