package compliance

import (
	"slices"
	"strconv"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// Names that are no one to keep private, told by what the post does with
// them (issue 11, false alarms on clean posts): an item of a ranked list
// of things ("Top 3 coffee shops: 1) Mothership 2) Vesta"), a place named
// by its landform or its event ("over La Veta Pass", "from Salt Lake",
// "the Marine Corps Marathon") and a doctor named by title with no health
// detail anywhere in the post ("Dr. Roy will tell you this"). Each test
// below gives way to a health detail or a patient cue; the cases that must
// still block are in clean_names10_test.go.

// rankCues open a ranked or listed set of things: "Top 5 playgrounds",
// "Ranking this season's king cakes", "Our favorite hikes".
var rankCues = newWordSet([]string{"top", "ranking", "rankings", "ranked", "rank", "ranks", "favorite", "favorites",
	"favourite", "favourites", "best", "list", "picks"})

// rankHeadStops end the head of a ranking: who ranked ("by the front
// desk"), what for ("for burning off energy") and punctuation.
var rankHeadStops = newWordSet([]string{"by", "for", "to", "from", "at", "in", "according", ",", ":", "(", "—", "–", "-", "!", "?"})

// peopleNouns make a ranked list one of people: "Top 3 patients", "our
// favorite nurses". Its items are then people, whatever the list.
var peopleNouns = newWordSet([]string{"people", "person", "persons", "folks", "kids", "children", "babies", "moms", "dads",
	"parents", "families", "nurses", "doctors", "docs", "providers", "staff", "staffers", "members", "employees", "coworkers",
	"teammates", "volunteers", "players", "athletes", "heroes", "friends", "neighbors", "neighbours", "names", "winners",
	"grads", "graduates", "seniors", "teens", "students", "moments", "stories", "survivors", "warriors", "fighters", "cases",
	"visits", "birthdays", "arrivals", "newborns", "recoveries", "transformations", "results", "smiles"})

// rankedThing reports whether p is the whole of one item of a numbered
// list ("1) Mothership 2) Vesta", "1. Honey Butter Chicken Biscuit") whose
// head ranks things, not people ("Top 5 Fayetteville playgrounds",
// "Official ranking of Whataburger orders by the front desk"), with no
// health detail but a visit ("post-appointment lattes"): a shop, a dish, a
// song or a park the staff like, not a patient.
func (s *scan) rankedThing(p person) bool {
	if p.kind == names.Role {
		return false
	}
	// The item may open with a quote, an initial or other capitalised
	// words: "2. 'Sweet Caroline'", "4. J. Bayard Clark".
	start := p.from
	for start > 0 && start > p.from-4 && s.toks[start-1].sent == s.toks[p.from].sent &&
		(s.toks[start-1].capital && s.toks[start-1].kind == tokWord || isQuoteMark(s.toks[start-1].low) || s.toks[start-1].low == "'" ||
			s.toks[start-1].low == "." && start >= 2 && len(s.toks[start-2].low) == 1 && s.toks[start-2].capital) {
		start--
	}
	if !s.listMarkerBefore(start) {
		return false
	}
	// The item runs on to the next marker, the text's end or a
	// punctuation mark in capitalised words only ("Honey Butter Chicken
	// Biscuit"): "1) Maria's knee" tells more than a name.
	for t := p.to; t < len(s.toks); t++ {
		tk := &s.toks[t]
		if tk.kind == tokNumber && t+1 < len(s.toks) && s.listMark(t+1) {
			break
		}
		if tk.kind == tokPunct {
			if isQuoteMark(tk.low) || tk.low == "'" || tk.low == "”" || tk.low == "’" {
				continue // the quote closing a song's title
			}
			break
		}
		if !tk.capital {
			return false
		}
	}
	for _, h := range s.healthHits() {
		if !visitWords.has(s.toks[h.From].low) {
			return false
		}
	}
	// The head: the words before the list's first marker, from a rank cue
	// to the first stop.
	first := -1
	for t := 0; t+1 < len(s.toks) && t < p.from; t++ {
		if s.toks[t].kind == tokNumber && len(s.toks[t].low) <= 2 && s.listMark(t+1) && (t == 0 || s.toks[t-1].low != "top") {
			first = t
			break
		}
	}
	if first < 0 || first == start-2 && !s.laterItem(p.to) {
		return false // one numbered line is no list
	}
	cue := -1
	for t := first - 1; t >= 0 && t >= first-24; t-- {
		if rankCues.has(s.toks[t].low) {
			cue = t
		}
	}
	if cue < 0 {
		return false
	}
	head := 0
	for t := cue + 1; t < first && (!rankHeadStops.has(s.toks[t].low) || s.hyphenInWord(t)); t++ {
		w := s.toks[t].low
		if peopleNouns.has(w) || patientWords.has(w) || staffRoleWords.has(w) || relativeWords.has(w) ||
			visitWords.has(w) || visitorNouns.has(w) {
			return false
		}
		head++
	}
	return head > 0
}

// visitorNouns make a ranked list one of the practice's patients by how
// they come in: "our favorite regulars", "top 3 check-ins", "top 3
// no-shows", "faces we love seeing in the waiting room".
var visitorNouns = newWordSet([]string{"regulars", "faces", "crew", "crews", "squad", "visitors", "guests", "customers",
	"callers", "ins", "shows", "noshows", "charts", "flyers", "fliers", "newbies"})

// hyphenInWord reports whether token t is a hyphen inside a word
// ("check-ins", "no-shows"), not a dash between phrases.
func (s *scan) hyphenInWord(t int) bool {
	return s.toks[t].low == "-" && t > 0 && t+1 < len(s.toks) && s.toks[t-1].end == s.toks[t].start &&
		s.toks[t].end == s.toks[t+1].start
}

// listMark reports whether token t closes a list item's number: "1)",
// "2.", "#1:".
func (s *scan) listMark(t int) bool {
	w := s.toks[t].low
	return s.toks[t].kind == tokPunct && (w == ")" || w == "." || w == ":") && s.toks[t].start == s.toks[t-1].end
}

// listMarkerBefore reports whether a list item's number ends right before
// token t: "1) Vesta", "2. Patty Melt".
func (s *scan) listMarkerBefore(t int) bool {
	return t >= 2 && s.listMark(t-1) && s.toks[t-2].kind == tokNumber && len(s.toks[t-2].low) <= 2
}

// laterItem reports whether another numbered item follows token t.
func (s *scan) laterItem(t int) bool {
	for k := t; k+1 < len(s.toks); k++ {
		if s.toks[k].kind == tokNumber && len(s.toks[k].low) <= 2 && s.listMark(k+1) {
			return true
		}
	}
	return false
}

// landformWords end a place's or an event's name: "La Veta Pass", "Salt
// Lake", "Marine Corps Marathon". Words that are also common surnames
// ("Park", "Hill", "Brooks", "Banks") are left out: "Jisoo Park" is a
// person.
var landformWords = newWordSet([]string{"lake", "pass", "river", "creek", "canyon", "mountain", "mountains", "peak", "trail",
	"trailhead", "valley", "ridge", "hollow", "springs", "falls", "beach", "reservoir", "pond", "butte", "mesa", "bayou",
	"gulch", "prairie", "glacier", "marathon", "festival", "rodeo", "powwow", "wacipi", "fairgrounds", "speedway", "raceway",
	// Ways and buildings named for someone: "the Boone Greenway", "the
	// Lewis & Clark Viaduct", "the Jones House porch".
	"greenway", "greenbelt", "viaduct", "causeway", "turnpike", "expressway", "freeway", "boardwalk", "overpass", "underpass",
	"bikeway", "towpath", "house", "museum", "stadium", "arena", "library"})

// landformNamed reports whether tokens [from,to) end a place's or an
// event's name: a landform or event word closing it, with a capitalised
// word before ("from Salt Lake", "over La Veta Pass"). A first name before
// a surname that is also a landform is a person ("Ricki Lake").
func (s *scan) landformNamed(from, to int) bool {
	last := to - 1
	if !s.toks[last].capital || !landformWords.has(s.toks[last].low) {
		return false
	}
	prev := last - 1
	if prev < 0 || !s.toks[prev].capital || s.toks[prev].kind != tokWord || s.toks[prev].sent != s.toks[last].sent {
		return false
	}
	if prev == from && from >= 2 && inSet(s.toks[from-1].low, "&", "and") && s.toks[from-2].capital && s.toks[from-2].kind == tokWord {
		return true // "the Lewis & Clark Viaduct": a way named for two
	}
	if prev == s.sents[s.toks[prev].sent].tokStart && prev == from {
		return false // "Lake told us...": a sentence's first word is capitalised anyway
	}
	if honorificWords.has(s.toks[prev].low) {
		return false // "Mr Lake had his gallbladder out": a title makes a surname
	}
	first := names.First(s.toks[prev].low) == names.Strong
	if first && prev == from && (from == 0 || !placeBefore.has(s.toks[from-1].low)) {
		// "So proud of Jenna Creek", "Congrats Tyler Pond": a first name
		// and one landform word, with no word that puts a place there
		// ("kayaked the Jordan River", "over Jordan Pass"), is a person.
		return false
	}
	return !(first && names.Surname(s.toks[last].low) == names.Strong)
}

// placeBefore are the words a place's name follows: "from Salt Lake",
// "the Jordan River", "at Bear Creek".
var placeBefore = newWordSet([]string{"the", "from", "over", "at", "to", "near", "on", "along", "up", "down", "across", "via",
	"past", "around", "in", "into", "toward", "towards", "through", "thru", "above", "below", "behind", "beside", "by"})

// doctorByTitle reports whether p is named with a doctor's title ("Dr.
// Roy", "Doc Shaw", "Dr. EJ"): a colleague, a mentor or a new hire the
// staff list lacks. The caller has ruled out a patient cue and a health
// detail in the post.
func (s *scan) doctorByTitle(p person) bool {
	if p.kind == names.Role || !inSet(s.toks[p.from].low, "dr", "doctor", "doc", "dra") || s.fromElsewhere(p.to) {
		return false
	}
	if last := &s.toks[p.to-1]; len(last.low) <= 3 && last.shape.noLower(s.text[last.start:last.end]) {
		// "Dr. QX": initials no staff member's name holds (isStaff
		// matched the practice's own) stay a person to ask about.
		return false
	}
	// A doctor of another practice ("Welcome to the neighborhood, Dr.
	// Ruiz and the team at Ridgeview Dental", "our new neighbor") or a
	// candidate the post backs is someone who has not agreed to be named
	// by this practice: the sets' writers label them review.
	si := s.toks[p.from].sent
	for k := max(0, si-1); k <= si+1 && k < len(s.sents); k++ {
		if s.sentenceHasWord(k, outsideDoctorWords) {
			return false
		}
	}
	return !s.patientNamed()
}

// patientNamed reports whether the post calls someone a patient ("such a
// great patient", "our favorite patient this week"): a doctor in such a
// post may be the practice's patient. "Patient" as a virtue ("thanks for
// being patient", "so patient with kids") is none.
func (s *scan) patientNamed() bool {
	if !s.patientWordDone {
		s.patientWord, s.patientWordDone = s.findPatientNoun(), true
	}
	return s.patientWord
}

// findPatientNoun is patientNamed, read from the text.
func (s *scan) findPatientNoun() bool {
	for t := range s.toks {
		if !inSet(s.toks[t].low, "patient", "patients", "paciente", "pacientes") {
			continue
		}
		if t == 0 || !patientVirtueBefore.has(s.toks[t-1].low) {
			return true
		}
	}
	return false
}

// patientVirtueBefore make "patient" after them an adjective.
var patientVirtueBefore = newWordSet([]string{"be", "being", "been", "is", "are", "was", "were", "so", "very", "too", "stay",
	"more", "most", "really", "super", "always", "remain", "and", "m", "re", "s"})

// outsideDoctorWords place a doctor outside the practice or in politics.
var outsideDoctorWords = newWordSet([]string{"neighbor", "neighbors", "neighbour", "neighbours", "neighborhood", "neighbourhood",
	"door", "competitor", "endorse", "endorses", "endorsed", "endorsing", "elect", "election", "senate",
	"senator", "candidate", "campaign", "council", "district", "ballot", "congress", "governor", "mayor"})

// kinCompounds after a relative word make it a kind of thing, not a
// person: "Doc Shaw's dad jokes", "mom jeans", "dad bod".
var kinCompounds = newWordSet([]string{"joke", "jokes", "bod", "jeans", "guilt", "energy", "vibes", "humor", "humour", "hacks",
	"band", "moves", "dance", "mode", "brain", "tax", "sneakers", "shoes", "hat", "fit", "fits", "pun", "puns"})

// kinCompound reports whether the relative word at token k is the first
// half of such a compound.
func (s *scan) kinCompound(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && kinCompounds.has(s.toks[k+1].low)
}

// prayForUs reports whether the clinical word at token t is a prayer the
// writers ask for themselves ("the coffee machine is broken again, pray
// for us"): no one's illness.
func (s *scan) prayForUs(t int) bool {
	return inSet(s.toks[t].low, "pray", "prayers") && t+2 < len(s.toks) && s.toks[t+1].low == "for" &&
		inSet(s.toks[t+2].low, "us", "me")
}

// introShortForm reports whether w goes by a short form or a nickname
// of a name the post introduces as a new team member: "Welcome to the
// team, Joselito Ramos, RN! Joey comes to our ER from Manila".
func (s *scan) introShortForm(w string) bool {
	if shortFormOf(s.introNames, w) {
		return true
	}
	for _, n := range s.introNames {
		if slices.Contains(nicknames[n], w) {
			return true
		}
	}
	return false
}

// greetingAlone reports whether the word at token t is a greeting that
// makes up its sentence ("... came home to practice. Bienvenido 🦷"): a
// word of welcome, not a person of that name ("Bienvenido had his knee
// done" has more after it).
func (s *scan) greetingAlone(t int) bool {
	if !greetWords.has(s.toks[t].low) {
		return false
	}
	se := s.sents[s.toks[t].sent]
	for k := se.tokStart; k < se.tokEnd; k++ {
		if k != t && s.toks[k].kind == tokWord {
			return false
		}
	}
	return true
}

// dateNamed reports whether the name ending before token to is a date
// read as one: a month, shortened or not, closing it and a day of the
// month after it ("closed Thu Dec 24", "Sat Nov 8").
func (s *scan) dateNamed(to int) bool {
	if to >= len(s.toks) || s.toks[to].kind != tokNumber || len(s.toks[to].low) > 2 {
		return false
	}
	w := s.toks[to-1].low
	if !shortMonths.has(w) && !fullMonths.has(w) {
		return false
	}
	d, err := strconv.Atoi(s.toks[to].low)
	return err == nil && d >= 1 && d <= 31
}

// stormNames are the names the World Meteorological Organization retired
// after the deadliest or costliest Atlantic and Pacific hurricanes (NOAA,
// public domain): clinics date their history by them ("Every October we
// remember Sandy", "after Maria the generator ran for months").
var stormNames = newWordSet([]string{"agnes", "alicia", "allen", "andrew", "audrey", "betsy", "beulah", "camille", "carla",
	"carol", "celia", "charley", "cleo", "connie", "dennis", "diane", "donna", "dorian", "edna", "elena", "eloise", "eta",
	"fabian", "felix", "fiona", "flora", "florence", "floyd", "fran", "frances", "frederic", "georges", "gilbert", "gustav",
	"harvey", "hattie", "hazel", "helene", "hilda", "hortense", "hugo", "ian", "ida", "igor", "ike", "iniki", "iota", "irene",
	"iris", "irma", "isabel", "isidore", "ivan", "janet", "jeanne", "joaquin", "katrina", "keith", "klaus", "laura", "lili",
	"maria", "marilyn", "matthew", "michael", "milton", "mitch", "noel", "opal", "otis", "otto", "paloma", "rita", "roxanne",
	"sandy", "stan", "tomas", "wilma"})

// stormWords tell a storm's work: "under 3 feet of water", "rebuilt".
var stormWords = newWordSet([]string{"hurricane", "hurricanes", "storm", "storms", "superstorm", "flood", "floods", "flooded",
	"flooding", "landfall", "surge", "rebuilt", "rebuild", "rebuilding", "evacuation", "evacuated", "generator", "generators",
	"outage", "underwater", "winds", "tornado", "wreckage", "debris", "fema", "huracán", "huracan", "tormenta", "inundación",
	// What a storm took from a place: "Helene took a lot from these
	// hills", "mucking out a basement".
	"hills", "mountains", "hollers", "mud", "mucking", "basement", "basements", "washed", "bridges"})

// stormNamed reports whether p, one word, is a retired hurricane's name in
// a post that tells a storm's work ("Sandy rebuilt us stronger ... the
// generator is on the roof"), or named as one ("Hurricane Maria"). The
// caller keeps the person when their sentence holds a health detail.
func (s *scan) stormNamed(p person) bool {
	if p.to-p.name != 1 || !stormNames.has(s.toks[p.name].low) || !s.toks[p.name].capital {
		return false
	}
	if p.to < len(s.toks) && s.toks[p.to].low == "s" && p.to+1 < len(s.toks) && relativeWords.has(s.toks[p.to+1].low) {
		return false // "Maria's mom": a person's relative
	}
	if p.name > 0 && inSet(s.toks[p.name-1].low, "hurricane", "superstorm", "storm", "huracán", "huracan") {
		return true
	}
	// Told as a storm: remembered, survived, a time ("since Sandy"), or
	// doing a storm's work ("Sandy rebuilt us stronger").
	before := p.name > 0 && inSet(s.toks[p.name-1].low, "remember", "survived", "after", "since", "before", "during", "post", "despite")
	after := p.to < len(s.toks) && inSet(s.toks[p.to].low, "hit", "hits", "flooded", "rebuilt", "took", "destroyed", "knocked",
		"wiped", "tore", "came", "made", "left", "hammered", "battered")
	if !before && !after {
		return false
	}
	if s.hasAny(stormWords) {
		return true
	}
	// "under 3 feet of water": a flood's depth.
	for k := 2; k < len(s.toks); k++ {
		if s.toks[k].low == "water" && s.toks[k-1].low == "of" && inSet(s.toks[k-2].low, "feet", "ft", "foot", "inches") {
			return true
		}
	}
	return false
}

// orgSuffixes close a firm's name: "Esperanza Inc.", "Ruiz & Sons LLC".
var orgSuffixes = newWordSet([]string{"inc", "llc", "ltd", "corp", "corporation", "co", "company", "foundation", "pllc", "lp",
	"llp", "enterprises", "holdings", "bakery", "cafe", "café", "taqueria", "diner", "kitchen", "catering", "grill"})

// orgNamed reports whether the name in tokens [from,to) is a firm's: a
// firm's suffix after it ("Esperanza Inc."), or a possessive placed on a
// street or in a town ("Rosa's on Main", "Mike's in Guymon"), with no
// health detail in the sentence.
func (s *scan) orgNamed(from, to int) bool {
	if to >= len(s.toks) {
		return false
	}
	if nt := &s.toks[to]; nt.capital && nt.kind == tokWord && orgSuffixes.has(nt.low) {
		return true
	}
	if to+1 < len(s.toks) && s.toks[to].low == "s" && s.toks[to+1].capital && orgSuffixes.has(s.toks[to+1].low) {
		return true // "Anh's Kitchen", "Maria's Cafe"
	}
	if to == from+1 && (s.words.has("inc") || s.words.has("llc") || s.words.has("ltd") || s.words.has("corp")) {
		// "Esperanza Inc. ... Esperanza runs them": the firm named again
		// without its suffix (looked for only when a firm's suffix is
		// there at all).
		for k := 0; k+1 < len(s.toks); k++ {
			if k != from && s.toks[k].low == s.toks[from].low && s.toks[k+1].capital && orgSuffixes.has(s.toks[k+1].low) {
				return true
			}
		}
	}
	if to+2 < len(s.toks) && s.toks[to].low == "s" && s.toks[to].start-s.toks[to-1].end <= 3 && inSet(s.toks[to+1].low, "on", "in") &&
		s.toks[to+2].capital && s.toks[to+2].kind == tokWord && s.toks[to+2].sent == s.toks[from].sent {
		return !s.healthInSentence(s.toks[from].sent)
	}
	return false
}

// respectSuffixes follow a name in lower case as a title of respect or
// kinship: "Jyoti ben", "Ramesh bhai", "Asha ji", "Tanaka san".
var respectSuffixes = newWordSet([]string{"ben", "bhai", "behen", "ji", "didi", "bhaiya", "sahib", "saab", "san", "sama", "chan", "kun", "ssi",
	// Nepali elder brother and sister-in-law, as Bhutanese-Nepali families write them in Latin letters.
	"dai", "daju", "dajyu", "bhauju",
	// Bengali and Urdu older sister and brother, sister-in-law and
	// elder ("Rumana apa", "Farzana apu", "Nasreen baji"), Punjabi older
	// brother ("Harjit paaji"), Persian and Dari lady and sir ("Maryam
	// khanum", "Karim agha"), Turkish older sister and brother, aunt,
	// uncle, lady and sir ("Ayşe teyze", "Mehmet bey") (session 17,
	// t17leak).
	"apa", "apu", "baji", "bhabi", "bhabhi", "paaji", "paji", "veerji", "sahab", "sahiba", "begum", "khanum", "khanom", "agha",
	"abla", "abi", "teyze", "amca", "hanım", "hanim", "bey"})

// respectSuffix reports whether the one-word name at token t is such a
// title after the name it honors: the person is the name before it.
func (s *scan) respectSuffix(t int) bool {
	return t > 0 && !s.toks[t].capital && respectSuffixes.has(s.toks[t].low) && s.toks[t-1].capital && s.toks[t-1].kind == tokWord &&
		s.toks[t-1].sent == s.toks[t].sent
}

// siteWords after a place make it one of the practice's sites: "our
// Edison team", "the Belmar office".
var siteWords = newWordSet([]string{"office", "offices", "clinic", "clinics", "location", "locations", "site", "sites", "campus",
	"branch", "team", "staff", "crew", "front"})

// siteNamed reports whether the one-word name at token t names a site of
// the practice: after "our" or "the", before a site word ("Our Edison
// team will be at ShopRite").
func (s *scan) siteNamed(t int) bool {
	return t > 0 && t+1 < len(s.toks) && inSet(s.toks[t-1].low, "our", "the") && siteWords.has(s.toks[t+1].low) &&
		s.toks[t+1].sent == s.toks[t].sent
}

// cameInNoStory reports whether the PRIV-11 phrase at tokens [from,to) is
// a "came in" that tells no one's visit: a race's last place ("he came in
// last. on purpose.") or a whole group ("To every farmer who came in this
// year", "thanks to everyone who came in today").
func (s *scan) cameInNoStory(from, to int) bool {
	if !inSet(s.toks[from].low, "came", "comes", "walked") || to-from < 3 || s.toks[from+1].low != "in" {
		return false
	}
	if s.toks[to-1].low == "last" && (to >= len(s.toks) || s.toks[to].kind != tokWord || s.toks[to].sent != s.toks[from].sent) {
		return true
	}
	for k := from - 1; k >= 0 && k >= from-4 && s.toks[k].sent == s.toks[from].sent; k-- {
		if inSet(s.toks[k].low, "every", "everyone", "everybody", "anyone", "all", "those") {
			return true
		}
	}
	return false
}

// addRespectTitled adds a person named with a respect title after the
// name ("Parabéns to our Nilesh bhai 🙏 A1c went from 9.8 to 6.9"): the
// title says the capitalised word before it is a person's name, listed
// or not. addPerson leaves staff out ("Jyoti ben's class").
func (s *scan) addRespectTitled() {
	for t := 1; t < len(s.toks); t++ {
		if s.respectSuffix(t) && !names.NotName(s.toks[t-1].low) && !s.isStaff(t-1, t) {
			s.addPerson(person{span{t - 1, t + 1}, t - 1, names.Titled})
		}
	}
}

// slangWords are PROF-02's words that also say a thing or a time is wild
// or silly: "before August gets crazy", "no dumb questions".
var slangWords = newWordSet([]string{"crazy", "insane", "dumb", "lame"})

// slangThings after such a word make it said of a thing: "crazy busy",
// "a dumb question", "insane deals".
var slangThings = newWordSet([]string{"question", "questions", "idea", "ideas", "busy", "week", "weeks", "weekend", "day", "days",
	"month", "year", "season", "schedule", "weather", "traffic", "deal", "deals", "good", "fast", "cold", "hot", "hair", "socks",
	"sweater", "joke", "jokes", "mistake", "mistakes", "luck", "amount", "line", "lines", "wait", "price", "prices", "story", "stories"})

// slangSubjects before "gets crazy", "is insane" are times and things:
// "August gets crazy", "flu season is insane", "the line was crazy".
var slangSubjects = newWordSet([]string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "week", "weekend", "day", "morning", "month", "season", "things", "it", "life", "traffic",
	"weather", "schedule", "line", "lines", "wait", "lobby", "phones", "summer", "winter", "spring", "fall", "holidays", "today"})

// withoutThingSlang drops PROF-02's slang words said of a thing or a time,
// or denied right before ("no dumb question"): they stigmatize no one.
// Said of people ("crazy patients", "that lady was insane") they stay.
func (s *scan) withoutThingSlang(fs []post.Finding) []post.Finding {
	return s.dropFindings(fs, func(from, to int) bool {
		return to == from+1 && slangWords.has(s.toks[from].low) && s.slangOfThing(from)
	})
}

// dropFindings keeps the findings of fs whose token span [from, to) drop
// does not report, in place.
func (s *scan) dropFindings(fs []post.Finding, drop func(from, to int) bool) []post.Finding {
	kept := fs[:0]
	for _, f := range fs {
		if from, to := s.tokenRange(f.Start, f.End); from >= len(s.toks) || !drop(from, to) {
			kept = append(kept, f)
		}
	}
	return kept
}

// slangOfThing reports whether the slang word at token t is denied ("no
// dumb question", "nothing crazy"), describes a thing after it ("crazy
// busy", "dumb questions"), or is said of a time or thing before a verb
// ("August gets crazy", "the phones were insane").
func (s *scan) slangOfThing(t int) bool {
	if t > 0 && inSet(s.toks[t-1].low, "no", "nothing") {
		return true
	}
	if t >= 2 && inSet(s.toks[t-1].low, "us", "me") && inSet(s.toks[t-2].low, "drives", "drive", "driving", "drove", "makes", "making") {
		return true // "it drives us crazy too": the speaker's own frustration
	}
	if t+1 < len(s.toks) && s.toks[t+1].sent == s.toks[t].sent && slangThings.has(s.toks[t+1].low) {
		return true
	}
	if t >= 2 && inSet(s.toks[t-1].low, "gets", "got", "get", "getting", "is", "was", "were", "are", "been") {
		return slangSubjects.has(s.toks[t-2].low) || t >= 3 && slangSubjects.has(s.toks[t-3].low) && s.toks[t-2].kind == tokWord &&
			inSet(s.toks[t-2].low, "s", "will", "can", "always")
	}
	return false
}

// dateEventNouns after a date make it a public event's: "the Dec 3
// flooding", "the March 5 ice storm", "our Oct 12 flu clinic".
var dateEventNouns = newWordSet([]string{"flooding", "flood", "floods", "storm", "storms", "snowstorm", "blizzard", "freeze", "outage",
	"outages", "fire", "wildfire", "closure", "closures", "parade", "festival", "fair", "fundraiser", "gala", "drive", "event",
	"events", "race", "marathon", "5k", "walk", "rally", "meeting", "shutdown", "tornado", "hurricane", "earthquake", "eclipse",
	"potluck", "party", "picnic", "cleanup", "vigil", "ceremony"})

// dateOfEvent reports whether the date ending at byte end is followed by
// an event noun, one word between at most ("the Dec 3 flooding", "the
// Jan 9 ice storm").
func (s *scan) dateOfEvent(end int) bool {
	t := s.tokenStart(end)
	for k := t; k < len(s.toks) && k <= t+1; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
		if dateEventNouns.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// withoutAskedAndDenied drops a promise asked as a question and answered
// no in the next sentence: "Pain-free injections? Not quite — but we use
// numbing cream". The post takes the promise back.
func (s *scan) withoutAskedAndDenied(fs []post.Finding) []post.Finding {
	return s.dropFindings(fs, func(from, _ int) bool {
		si := s.toks[from].sent
		return s.toks[s.sents[si].tokEnd-1].low == "?" && si+1 < len(s.sents) && s.rebuttal(s.sents[si+1].tokStart, s.sents[si+1].tokEnd)
	})
}
