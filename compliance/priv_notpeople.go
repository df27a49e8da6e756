package compliance

import (
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
)

// Capitalised words PRIV-10 read as people on fresh text (issue 11,
// session 12, read by kind on dev46-dev52): a phone menu's languages,
// streets given as a stretch of road or a crossing, a storm told as a
// time, names listed as names, brands and plant kinds, shops named for
// their cook, and people thanked for work they did beside a health topic.

// menuWords tell a phone menu: "Press 1 for English, 2 for Karen".
var menuWords = newWordSet([]string{"press", "oprima", "presione", "marque", "dial", "menu", "nhấn", "pulse", "tape", "peze"})

// menuFor are the words a menu's option follows its number with, in the
// languages the menus speak: "2 for", "2 para", "3 pou", "4 cho", "5 pa"
// (Cape Verdean Kriolu), "4 rau lus" (Hmong).
var menuFor = newWordSet([]string{"for", "para", "pou", "cho", "en", "pour", "pa", "rau"})

// languageNouns after a language make it one: "Karen pages", "the Chin
// version", "Nepali handouts".
var languageNouns = newWordSet([]string{"page", "pages", "version", "versions", "handouts", "materials", "subtitles", "captions",
	"menu", "website", "forms", "option"})

// menuOption reports whether the one-word name at token t is an option of
// a phone menu ("Press 1 for English, 2 for Karen", "5 Soomaali, 6 ...")
// or a language by a language's word ("tiếng Việt"): in a post with a
// menu word, a number right before it or before its "for".
func (s *scan) menuOption(t int) bool {
	if t > 0 && s.toks[t-1].low == "tiếng" {
		return true // Vietnamese "tiếng X": the X language
	}
	if t == 0 {
		return false
	}
	k := t - 1
	if s.toks[k].low == "lus" && k > 0 {
		k-- // Hmong "rau lus Hmoob": for the Hmong language
	}
	if menuFor.has(s.toks[k].low) {
		k--
	}
	// The option ends its item: a comma, a full stop or the line's end,
	// so "3 for Karen's refill" is no menu. The menu word is looked for
	// last: it needs a pass over the text's words.
	end := t + 1
	return k >= 0 && s.toks[k].kind == tokNumber && s.toks[k].sent == s.toks[t].sent && s.hasAny(menuWords) &&
		(end >= len(s.toks) || s.toks[end].kind == tokPunct && s.toks[end].low != "'" || s.toks[end].sent != s.toks[t].sent) &&
		(end >= len(s.toks) || s.toks[end].low != "s")
}

// roadWords in a sentence make two names joined after "between" or "at"
// streets: "one lane between Benton and Prospect", "a new crosswalk at
// Belt Line and Jupiter".
var roadWords = newWordSet(append([]string{"lane", "lanes", "road", "roads", "closed", "closes", "closing", "closure", "closures",
	"detour", "detours", "construction", "crosswalk", "crosswalks", "intersection", "stoplight", "streetlight", "traffic",
	"corner", "roundabout", "ramp", "exit", "bridge", "paving", "repaving", "pothole", "potholes", "roadwork", "parade",
	"signal", "sidewalk", "turn", "drive", "driving", "street", "streets", "highway", "interstate", "i"}, streetWords...))

// offPlaceWords before "off" make the name after it a street: "the back
// lot off Jupiter", "the entrance off Pershing", "just off Main".
var offPlaceWords = newWordSet([]string{"lot", "lots", "entrance", "entrances", "exit", "exits", "door", "doors", "parking",
	"ramp", "just", "right", "located", "driveway", "garage", "deck", "building", "spaces", "turn", "road", "street"})

// roadPair reports whether tokens [from,to) are one of two streets given
// as a stretch of road or a crossing: joined by "and" or "&" to another
// capitalised name, the pair after "between", "at" or "corner of", in a
// sentence about roads. "Between Lindsey and Porter, the front desk is
// covered" tells no road, and "at Maria and Luis's wedding" has none.
func (s *scan) roadPair(from, to int) bool {
	join := func(k int) bool { return k >= 0 && k < len(s.toks) && inSet(s.toks[k].low, "and", "&") }
	si := s.toks[from].sent
	// The pair's first word: the run of capitalised words before the
	// join when the name is the second street, the name itself otherwise.
	first := from
	switch {
	case join(from - 1):
		first = from - 1
		for n := 0; n < 3 && first > 0 && s.toks[first-1].capital && s.toks[first-1].kind == tokWord && s.toks[first-1].sent == si; n++ {
			first--
		}
		if first == from-1 {
			return false // nothing capitalised before the join
		}
	case join(to) && to+1 < len(s.toks) && s.toks[to+1].capital && s.toks[to+1].kind == tokWord:
		// The name may be the last of a street of two words ("Belt Line").
		for first > 0 && from-first < 2 && s.toks[first-1].capital && s.toks[first-1].kind == tokWord && s.toks[first-1].sent == si {
			first--
		}
	default:
		return false
	}
	if first == 0 || s.toks[first-1].sent != si {
		return false
	}
	opener := s.toks[first-1].low
	if opener != "between" && opener != "at" && !(opener == "of" && first >= 2 && s.toks[first-2].low == "corner") {
		return false
	}
	return s.sentenceHasWord(si, roadWords)
}

// offStreet reports whether the name at token from is a street something
// is off: "the back lot off Jupiter" ("dropped off Winston" is a person).
func (s *scan) offStreet(from int) bool {
	return from >= 2 && s.toks[from-1].low == "off" && offPlaceWords.has(s.toks[from-2].low)
}

// stormTimeNext are the words that open a clause after a time: "Since
// Helene we've ...", "After Ida, the clinic ...".
var stormTimeNext = newWordSet([]string{",", "we", "weve", "we've", "i", "ive", "our", "the", "it", "there", "everyone",
	"everybody", "this", "these", "so", "many", "folks", "people", "half", "most", "a", "lots", "all"})

// stormNewsWords after a storm's name make it a headline: "Helene
// update:", "Ida relief".
var stormNewsWords = newWordSet([]string{"update", "updates", "relief", "cleanup", "damage", "aftermath", "anniversary",
	"donations", "supplies", "survivors"})

// stormTime reports whether p, a retired hurricane's name, is told as a
// time ("Since Helene we've given more tetanus boosters", "After Ida, the
// stitches never stopped") or as a headline with no one's he or she in
// the post ("Helene update: the van is back"): the storm, even beside the
// care it brought. "Since Katrina had her knee replaced" is a person.
func (s *scan) stormTime(p person) bool {
	if p.to-p.name != 1 || !stormNames.has(s.toks[p.name].low) || !s.toks[p.name].capital || p.to >= len(s.toks) {
		return false
	}
	next := s.toks[p.to].low
	if p.name > 0 && inSet(s.toks[p.name-1].low, "since", "after", "before", "during", "post") && stormTimeNext.has(next) {
		// Unless the sentence tells someone's care: "After Maria, we
		// fixed her hernia" is a person.
		return !s.sentenceHasWord(s.toks[p.name].sent, thirdPersonWords)
	}
	return stormNewsWords.has(next) && !s.words.has("she") && !s.words.has("he") && !s.words.has("her") && !s.words.has("his")
}

// namingWords tell a post that speaks of names as names: "if you share a
// last name", "named after", "help us name our rooms", "top baby names".
func (s *scan) namesAsNames() bool {
	if !s.words.has("name") && !s.words.has("names") && !s.words.has("named") && !s.words.has("surname") && !s.words.has("surnames") {
		return false
	}
	for t := 0; t < len(s.toks); t++ {
		switch s.toks[t].low {
		case "surname", "surnames", "namesake":
			return true
		case "name", "names":
			if t+2 < len(s.toks) && s.toks[t+1].low == "of" && inSet(s.toks[t+2].low, "our", "the", "your", "these", "this", "my") &&
				t > 0 && inSet(s.toks[t-1].low, "the", "are", "were") {
				return true // "they're the names of our three exam rooms"
			}
			if t > 0 && inSet(s.toks[t-1].low, "last", "first", "same", "baby", "family", "top", "popular", "middle", "whatever", "which", "what") {
				return true
			}
			if t+1 < len(s.toks) && inSet(s.toks[t+1].low, "our", "the", "your", "this", "these", "their") && t > 0 && !inSet(s.toks[t-1].low, "s", "her", "his", "whose") {
				return true // "help us name our exam rooms"; "her name the nurses ..." is not
			}
		}
		if inSet(s.toks[t].low, "name", "names", "named", "naming") {
			// "named after", "names everything after people".
			for k := t + 1; k < len(s.toks) && k <= t+3; k++ {
				if s.toks[k].low == "after" {
					return true
				}
			}
		}
	}
	return false
}

// listJoins join the items of a list.
var listJoins = newWordSet([]string{",", "and", "&", "or", "/"})

// nameList reports whether the one-word name at token t is an item of a
// list of three or more capitalised single words in its sentence
// ("Kim, Lee, Park, Nguyen", "Frida, Dolores and Cesar").
func (s *scan) nameList(t int) bool {
	si := s.toks[t].sent
	item := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].sent == si && s.toks[k].capital && s.toks[k].kind == tokWord
	}
	n := 1
	for k := t; item(k-2) && listJoins.has(s.toks[k-1].low); k -= 2 {
		n++
	}
	for k := t; item(k+2) && listJoins.has(s.toks[k+1].low); k += 2 {
		n++
	}
	return n >= 3
}

// dropNamesAsNames removes from s.persons the names a post lists as
// names ("Kim, Lee, Park, Nguyen: if you share a last name ..."): no one
// is meant. A list of people told news of has no word about names. Lists
// of places (placeList) go too.
func (s *scan) dropNamesAsNames() {
	if len(s.persons) == 0 {
		return
	}
	asNames := len(s.persons) >= 2 && s.namesAsNames()
	kept := s.persons[:0]
	for _, p := range s.persons {
		if p.to-p.from == 1 && p.kind != names.Role && (asNames && s.nameList(p.from) || s.placeList(p.from)) {
			continue
		}
		kept = append(kept, p)
	}
	s.persons = kept
}

// thingSuffixes make a name an adjective when joined to it by a hyphen:
// "Oscar-worthy", "Kardashian-level".
var thingSuffixes = newWordSet([]string{"worthy", "level", "style", "esque", "like", "approved", "inspired", "themed", "sized",
	"shaped", "famous"})

// plantWords after a name make it a plant's kind: "Fraser firs",
// "Douglas fir", "Meyer lemons".
var plantWords = newWordSet([]string{"fir", "firs", "pine", "pines", "spruce", "spruces", "maple", "maples", "oak", "oaks",
	"cypress", "lemon", "lemons", "pear", "pears", "apple", "apples", "rose", "roses", "tulip", "tulips", "hemlock",
	"hemlocks", "magnolia", "magnolias", "juniper", "cedar", "cedars", "elm", "elms", "grass", "palm", "palms", "peaches"})

// carThingWords in a post make a possessed "old X" a car: "Rusty's old
// Ranger. 340,000 miles".
var carThingWords = newWordSet([]string{"miles", "mileage", "heater", "engine", "transmission", "odometer", "truck", "car",
	"tires", "muffler", "pickup"})

// thingNamed reports whether the one-word name at token from names a
// thing: joined to an adjective's ending ("Oscar-worthy"), a plant's kind
// ("Fraser firs"), a product told by its colour or size ("a purple
// Stanley cup", "size 11 Nike slides") or an old car ("Rusty's old
// Ranger" with its miles).
func (s *scan) thingNamed(from, to int) bool {
	if to-from != 1 {
		return false
	}
	t := &s.toks[from]
	if to < len(s.toks) && s.hyphenJoined(to) && thingSuffixes.has(s.toks[to].low) {
		return true
	}
	nextNoun := to < len(s.toks) && s.toks[to].kind == tokWord && !s.toks[to].capital && s.toks[to].sent == t.sent
	if nextNoun && plantWords.has(s.toks[to].low) {
		return true
	}
	if nextNoun && from > 0 && !inSet(s.toks[to].low, "and", "or", "is", "was", "has", "had", "s") &&
		(colourWords.has(s.toks[from-1].low) || from > 1 && s.toks[from-1].kind == tokNumber && s.toks[from-2].low == "size") {
		return true
	}
	return from >= 2 && inSet(s.toks[from-1].low, "old", "trusty", "beloved") && s.toks[from-2].low == "s" && s.hasAny(carThingWords)
}

// shopWords close a shop's name after its cook's possessive: "Grandma
// Lee's Noodle House", "Auntie Mae's Soul Kitchen".
var shopWords = newWordSet([]string{"house", "kitchen", "cafe", "café", "diner", "bakery", "grill", "pizza", "pizzeria", "tacos",
	"taqueria", "bbq", "barbecue", "shop", "store", "market", "deli", "tavern", "pub", "bar", "salon", "garage", "cantina",
	"pantry", "table", "eatery", "restaurant", "pancakes", "donuts", "burgers"})

// shopNamed reports whether the name in tokens [from,to) opens a shop's
// name: its possessive then capitalised words ending in a shop's word
// ("Grandma Lee's Noodle House", "Auntie Mae's Soul Kitchen"), or after
// "Casa" ("Casa Bonita"), with no health detail in the sentence.
func (s *scan) shopNamed(from, to int) bool {
	if from > 0 && s.toks[from-1].low == "casa" && s.toks[from-1].capital && s.toks[from-1].sent == s.toks[from].sent {
		return true
	}
	if to+1 >= len(s.toks) || s.toks[to].low != "s" {
		return false
	}
	for k := to + 1; k < len(s.toks) && k <= to+3 && s.toks[k].capital && s.toks[k].kind == tokWord; k++ {
		if shopWords.has(s.toks[k].low) {
			return !s.healthInSentence(s.toks[from].sent)
		}
	}
	return false
}

// serviceVerbs tell work someone did for the practice or the town,
// after "thanks ... for": "for translating our handouts".
var serviceVerbs = newWordSet([]string{"translating", "interpreting", "organizing", "organising", "hosting", "opening",
	"lending", "running", "teaching", "leading", "coordinating", "sponsoring", "donating", "volunteering", "cooking",
	"baking", "driving", "providing", "sewing", "building", "printing", "designing", "presenting", "emceeing", "filming",
	"photographing", "catering", "setting", "cleaning", "painting", "making", "offering", "sharing", "helping", "getting",
	"staying", "working", "bringing", "dropping", "covering"})

// thankedOwnWords in a thanked clause tell that the work was done through
// the person's own care: "for running the 5K after her knee surgery".
var thankedOwnWords = newWordSet([]string{"his", "her", "their", "him", "he", "she", "own", "my", "me", "your", "after",
	"despite", "while", "since", "during", "through", "post", "survivor", "surviving", "beating", "battling", "fighting",
	"story", "journey", "experience",
	// Spanish, Portuguese and French: "por venir a su cita".
	"su", "sus", "mi", "tu", "seu", "sua", "son", "sa", "ses", "después", "despues", "depois", "après"})

// thanksOpeners open a thanks: "Thank you to", "Big thanks to", "Shoutout
// to", and thanks in the families' languages ("Hvala", "Merci",
// "Obrigado", "Asante", "Salamat", "Mahalo").
var thanksOpeners = newWordSet([]string{"thank", "thanks", "shoutout", "shout", "kudos", "gracias", "grateful", "thankful",
	"hvala", "merci", "obrigado", "obrigada", "asante", "salamat", "mahalo", "danke", "shukran", "mahadsanid", "dziękujemy"})

// thanksFor are the words that say what someone is thanked for: "for",
// Spanish and Portuguese "por", French "pour", Bosnian "za".
var thanksFor = newWordSet([]string{"for", "por", "pour", "za"})

// givenOpeners open a thing given after "for": "for the care packages",
// "por la comida".
var givenOpeners = newWordSet([]string{"the", "all", "those", "these", "our", "a", "an", "some", "el", "la", "los", "las", "le", "les"})

// careTakenVerbs, after "for", tell what someone did as a patient, not
// work done: "for trusting us with", "for being so brave in the chair".
var careTakenVerbs = newWordSet([]string{"trusting", "choosing", "letting", "allowing", "being", "coming", "visiting", "seeing",
	"enduring", "bearing", "sitting", "waiting", "recovering", "healing", "fighting", "beating", "surviving", "battling",
	// A patient's own milestone: "for finishing chemo", "for losing 40 lbs".
	"finishing", "completing", "quitting", "losing", "reaching", "hitting", "ringing", "graduating", "passing", "celebrating",
	"turning"})

// thankedWork reports whether token t, after "for" or "por", opens the
// work or the gift someone is thanked for: a verb of doing ("hauling",
// "prestarnos"), or a thing given ("the care packages").
func (s *scan) thankedWork(t int) bool {
	w := s.toks[t].low
	if serviceVerbs.has(w) || givenOpeners.has(w) {
		return true
	}
	if careTakenVerbs.has(w) {
		return false // "for trusting us with the twins' first shots": care they got
	}
	if s.toks[t].kind != tokWord || utf8.RuneCountInString(w) < 5 {
		return false
	}
	// "hauling", "lugging"; Spanish infinitives, bare or with a pronoun
	// ("prestarnos", "ayudarnos", "traer").
	for _, end := range []string{"ing", "ar", "er", "ir", "arnos", "ernos", "irnos"} {
		if strings.HasSuffix(w, end) {
			return !s.careObject(t)
		}
	}
	return false
}

// careObject reports a health detail right after the verb at token t,
// as its object: "for finishing chemo", "for doing physical therapy".
// "for hauling 40 boxes of flu vaccine" carries the care word further on.
func (s *scan) careObject(t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+2 && s.toks[k].sent == s.toks[t].sent; k++ {
		if s.inHealth(k) {
			return true
		}
	}
	return false
}

// thankedForService reports whether p is thanked for work ("Thank you,
// Mr. Nowak, for translating our diabetes handouts") and every health
// detail of the post is the topic of that work: in the thanked clause,
// which tells nothing of anyone's own care, or in a sentence that speaks
// to everyone. "for sharing your cancer story" is their own.
func (s *scan) thankedForService(p person) bool {
	si := s.toks[p.from].sent
	se := s.sents[si]
	thanked := false
	for k := se.tokStart; k < p.from; k++ {
		// "Quyana to Elder Martha for ...": thanks in the families'
		// languages too (session 18).
		if thanksOpeners.has(s.toks[k].low) || names.ThanksAbroad(s.toks[k].low) {
			thanked = true
			break
		}
	}
	if !thanked {
		return false
	}
	// "for" may come after where they are from: "Ms. Latrice from Metro
	// Schools for helping us ...", "Pastor Gene and the good folks of Mt.
	// Zion Freewill Baptist for ...".
	k := p.to
	for k < se.tokEnd && k < p.to+thankedReach && !thanksFor.has(s.toks[k].low) {
		k++
	}
	if k+1 >= se.tokEnd || !thanksFor.has(s.toks[k].low) || !s.thankedWork(k+1) {
		return false
	}
	// "Linda at the pharmacy counter for ...": where they work, tokens
	// (workplace, workEnd). A dash or a comma ends it: "Mama Kiki from
	// Kalihi Valley Homes — A1c under 7 for the first time" tells care.
	workplace, workEnd := -1, k
	for h := p.to; h < k; h++ {
		if workplace < 0 && inSet(s.toks[h].low, "at", "from", "of", "de", "da", "do") {
			workplace = h
		} else if workplace >= 0 && workEnd == k && s.toks[h].kind == tokPunct && s.toks[h].low != "." {
			workEnd = h
		}
		if s.inHealth(h) && (workplace < 0 || h >= workEnd) {
			return false
		}
	}
	verb := k + 1
	if s.toks[verb].low == "sharing" && verb+1 < se.tokEnd && inSet(s.toks[verb+1].low, "your", "his", "her", "their") {
		return false
	}
	for t := verb + 1; t < se.tokEnd; t++ {
		if thankedOwnWords.has(s.toks[t].low) && !s.timeWithoutCare(t) {
			return false
		}
	}
	for _, h := range s.healthHits() {
		if workplace >= 0 && h.From > workplace && h.To <= workEnd {
			continue // "at the Hy-Vee pharmacy counter": their workplace's name (session 18)
		}
		j := s.toks[h.From].sent
		if j == si && h.From <= verb || j != si && !s.generalSentence(j, true) {
			return false
		}
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.from].sent == si && h.from <= verb {
			return false // "Thanks to Ana, back from the hospital, for ...": care before the work
		}
	}
	return true
}

// thankedTimeWords, among thankedOwnWords, tell when the work was done;
// they tell the worker's own care only with a health word right after
// them ("while recovering from surgery", "through chemo").
var thankedTimeWords = newWordSet([]string{"after", "despite", "while", "since", "during", "through"})

// timeWithoutCare reports whether token t is a word of thankedTimeWords
// with no health detail in the few words after it: "for staying late
// during the ice storm so everyone's refills went through" tells when,
// not whose care (session 18).
func (s *scan) timeWithoutCare(t int) bool {
	if !thankedTimeWords.has(s.toks[t].low) {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
		if s.inHealth(k) {
			return false
		}
	}
	return true
}

// thankedReach is how many words after the name thankedForService looks
// for the "for" of the work: past a place they are from or a church's
// folks thanked with them ("and the good folks of Mt. Zion Freewill
// Baptist for"), bounded so a long sentence stays linear.
const thankedReach = 12

// hyphenJoined reports whether token t is joined to the one before it
// by a hyphen with no space ("Oscar-worthy").
func (s *scan) hyphenJoined(t int) bool {
	return t > 0 && s.toks[t].start == s.toks[t-1].end+1 && s.text[s.toks[t-1].end] == '-'
}

// letterUnitWords take a letter as a part of a building: "Suite B", "Unit C".
var letterUnitWords = newWordSet([]string{"suite", "ste", "apt", "unit", "bldg", "building", "room", "rm", "wing", "gate", "door",
	"lot", "exit", "hall", "floor", "tower", "pod", "zone", "section"})

// campusInitials before a town make it a campus: "UT Austin", "CU
// Boulder" (an all-capital "U..." of two or three letters is a state's
// university).
var campusInitials = newWordSet([]string{"cu", "su", "ou", "csu", "lsu", "asu", "osu", "msu", "psu", "fsu", "ksu", "tcu", "smu", "byu"})

// spanishOpeners open a Spanish question or exclamation and are no one's
// name, though "Ha" is a surname: "¿Ha escuchado...?".
var spanishOpeners = newWordSet([]string{"ha", "has", "han", "he", "hay", "es", "sabe", "sabia", "sabía", "sabias", "sabías",
	"tiene", "puede", "quiere", "usted", "conoce", "sabes", "eres", "son"})

// communityNouns after a list of towns make it the towns' people:
// "Laurel, Delmar and Milton friends".
var communityNouns = newWordSet([]string{"friends", "neighbors", "neighbours", "folks", "families", "residents", "parents",
	"readers", "locals", "areas", "communities", "schools", "students", "patients", "neighborhoods", "towns", "counties"})

// listInstitutionWords close a list item that is a hospital or a health
// system: "Riley, IU Health, Eskenazi".
var listInstitutionWords = newWordSet([]string{"health", "hospital", "hospitals", "clinic", "medical", "healthcare", "center",
	"centre", "university", "college", "school",
	// "Stephen F. Austin Elementary, Lamar and Wolflin": schools, one
	// with its kind (session 18, placenames17.go).
	"elementary", "academy", "intermediate"})

// noOneByKind reports whether tokens [from,to), found as a name, are by
// their kind word or their marks no one:
//   - a letter after a unit word ("Suite B. Same phone"), a campus after
//     its university's initials ("UT Austin"), the second half of a
//     compound whose first half is no name ("Medi-Cal", "Tri-County"), a
//     race or a model by its number ("Indy 500s");
//   - a name that fills a pair of quotes, with no health detail in its
//     sentence: a song, a character, a word ("the chorus of \"Rocky
//     Top\"", "the 'Mrs. Garcia' in our video");
//   - a Spanish question's first word ("¿Ha escuchado...?"), the Virgin
//     of a feast ("la Virgen de Guadalupe").
func (s *scan) noOneByKind(from, to int) bool {
	first := &s.toks[from]
	if letterUnitWords.has(first.low) && from+1 < to && len(s.toks[from+1].low) == 1 ||
		from > 0 && len(first.low) == 1 && letterUnitWords.has(s.toks[from-1].low) {
		return true
	}
	if from > 0 {
		prev := &s.toks[from-1]
		if n := prev.end - prev.start; prev.capital && prev.kind == tokWord && n >= 2 && n <= 3 && prev.end < first.start &&
			prev.shape.noLower(s.text[prev.start:prev.end]) && (prev.low[0] == 'u' || campusInitials.has(prev.low)) {
			return true
		}
		if s.hyphenJoined(from) && prev.capital && prev.kind == tokWord && names.First(prev.low) != names.Strong &&
			names.Surname(prev.low) != names.Strong {
			return true
		}
		if inSet(prev.low, "la", "the", "nuestra") && inSet(first.low, "virgen", "virgin") ||
			from >= 2 && inSet(prev.low, "de", "of") && inSet(s.toks[from-2].low, "virgen", "virgin", "lady", "señora", "senora") {
			return true // "la Virgen de Guadalupe", "Our Lady of Lourdes"
		}
	}
	if to-from == 1 && to < len(s.toks) && s.toks[to].start == first.end+1 && len(s.toks[to].low) >= 3 && digitsAt(s.toks[to].low, 0, 3) {
		return true // "Indy 500", "Daytona 500s"
	}
	if to-from == 1 && first.start > 0 && strings.HasSuffix(s.text[:first.start], "¿") || strings.HasSuffix(s.text[:first.start], "¡") {
		if spanishOpeners.has(first.low) {
			return true
		}
	}
	if s.nameAsWord(from, to) {
		return true
	}
	return s.quotedWhole(from, to) && !s.healthInSentence(first.sent)
}

// namedCrowd are the many a name is shared by: "people named Deng".
var namedCrowd = newWordSet([]string{"people", "folks", "kids", "patients", "guys", "women", "men", "babies", "families",
	"others", "lot", "lots"})

// conditionWords open a sentence about anyone's case: "If your Bà Nội
// takes a blood thinner".
var conditionWords = newWordSet([]string{"if", "when", "whether", "whenever"})

// nameAsWord reports whether tokens [from,to), found as a name, are
// spoken of as a name or a kin word: shared by many ("people named
// Deng"), before "name" ("if your Karen name is short"), a placeholder
// ("John Doe", "Jane Doe"), the reader's own elder in a sentence that
// supposes ("If your Bà Nội or your Abuela takes a blood thinner"), or
// the name a pet or a thing was given ("the fish tank finally has a name:
// Boudreaux").
func (s *scan) nameAsWord(from, to int) bool {
	si := s.toks[from].sent
	if from >= 2 && s.toks[from-1].low == "named" && namedCrowd.has(s.toks[from-2].low) {
		return true
	}
	if to < len(s.toks) && inSet(s.toks[to].low, "name", "names") && s.toks[to].sent == si {
		return true
	}
	if s.toks[to-1].low == "doe" && to-from >= 2 && inSet(s.toks[to-2].low, "john", "jane") {
		return true
	}
	if from > 0 && inSet(s.toks[from-1].low, "your", "ur") && s.sents[si].tokStart < from-1 &&
		conditionWords.has(s.toks[s.sents[si].tokStart].low) && (to >= len(s.toks) || s.toks[to].kind != tokWord || !s.toks[to].capital) {
		return true
	}
	if from >= 2 && s.toks[from-1].low == ":" && inSet(s.toks[from-2].low, "name", "named") {
		return s.sentenceHasWord(si, petWords) || s.sentenceHasWord(si, namedThings) || s.sentenceHasWord(si, tankWords)
	}
	return false
}

// tankWords hold a pet: "the fish tank finally has a name".
var tankWords = newWordSet([]string{"tank", "aquarium", "terrarium", "cage", "hutch"})

// quotedWhole reports whether tokens [from,to), with the capitalised
// words next to them ("Sweet" of "Sweet Caroline"), fill a pair of quotes.
func (s *scan) quotedWhole(from, to int) bool {
	si := s.toks[from].sent
	capWord := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].sent == si && s.toks[k].capital && s.toks[k].kind == tokWord
	}
	for n := 0; n < 2 && capWord(from-1) && s.toks[from-1].end+1 == s.toks[from].start; n++ {
		from--
	}
	for n := 0; n < 2 && capWord(to) && s.toks[to-1].end+1 == s.toks[to].start; n++ {
		to++
	}
	start, end := s.toks[from].start, s.toks[to-1].end
	if start == 0 || end >= len(s.text) {
		return false
	}
	// A title or a character is "the" one or "of" something ("the chorus
	// of \"Rocky Top\"", "the 'Tri' in Tri-Creek"); a nickname in quotes
	// after who they are ("our buddy \"Big Lou\"") is a person.
	k := from - 1
	if k >= 0 && isQuoteMark(s.toks[k].low) {
		k--
	}
	// A song the reader is told to sing, or counted: "sing 'Frère
	// Jacques' twice", "one 'Las Mañanitas'" (session 16). Told of a
	// person ("remembers her singing 'Cielito Lindo'") the quoted words
	// may be a name, and stay one.
	if k < 0 || !inSet(s.toks[k].low, "the", "a", "of", "one", "sing", "hum") && !s.titleVerbAt(k) {
		return false
	}
	open, _ := utf8.DecodeLastRuneInString(s.text[:start])
	closing, _ := utf8.DecodeRuneInString(s.text[end:])
	switch open {
	case '"':
		return closing == '"'
	case '“':
		return closing == '”' || closing == '"'
	case '\'', '‘':
		return closing == '\'' || closing == '’'
	}
	return false
}

// placeList reports whether the name at token t is an item of a list of
// three or more capitalised items (of up to three words) that are places:
// the towns of a community noun after the list ("Laurel, Delmar and
// Milton friends"), or hospitals, one of which carries its kind ("Riley,
// IU Health, Eskenazi").
func (s *scan) placeList(t int) bool {
	si := s.toks[t].sent
	word := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].sent == si && (s.toks[k].capital && s.toks[k].kind == tokWord || s.toks[k].low == ".")
	}
	join := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].sent == si && listJoins.has(s.toks[k].low)
	}
	inst := false
	// The item holding t, then items to the left and to the right.
	lo, hi := t, t+1
	for word(lo-1) && t-lo < 3 {
		lo--
	}
	for word(hi) && hi-t < 3 {
		hi++
	}
	items := 1
	inst = s.institutionItem(hi - 1)
	for k := lo - 1; join(k); {
		if join(k - 1) {
			k-- // ", and"
		}
		j := k - 1
		if !word(j) {
			break
		}
		for n := 0; word(j-1) && n < 2; n++ {
			j--
		}
		items++
		inst = inst || s.institutionItem(k-1)
		k = j - 1
	}
	end := hi
	for k := hi; join(k); {
		if join(k + 1) {
			k++
		}
		j := k + 1
		if !word(j) {
			break
		}
		for n := 0; word(j+1) && n < 2; n++ {
			j++
		}
		items++
		inst = inst || s.institutionItem(j)
		end, k = j+1, j+1
	}
	return items >= 3 && (inst || end < len(s.toks) && communityNouns.has(s.toks[end].low))
}

// institutionItem reports whether the list item ending at token k is an
// institution or a firm: its kind word ("IU Health") or its initials of
// three letters or more ("SAIC", "GDIT").
func (s *scan) institutionItem(k int) bool {
	t := &s.toks[k]
	return listInstitutionWords.has(t.low) || t.end-t.start >= 3 && t.shape.noLower(s.text[t.start:t.end])
}

// streetPlurals after names joined make them streets: "Lincoln and
// Jefferson streets", "Monroe and Madison avenues".
var streetPlurals = newWordSet([]string{"streets", "sts", "avenues", "aves", "roads", "rds", "boulevards", "blvds"})

// schoolWords close a school's name: "Smith High", "Jamestown Middle".
var schoolWords = newWordSet([]string{"high", "middle", "elementary", "academy", "prep", "charter", "intermediate", "junior"})

// schoolCrowds after names joined make them schools: "Shea and Tolman
// athletes" ("the Garcia and Lopez families" are people).
var schoolCrowds = newWordSet([]string{"athletes", "players", "teams", "fans", "students", "grads", "graduates", "alumni",
	"seniors", "cheerleaders", "wrestlers", "swimmers", "runners"})

// planWords after names joined make them insurers: "Fidelis and
// Healthfirst plans".
var planWords = newWordSet([]string{"plans", "policies", "insurance", "coverage", "networks"})

// eponymNouns after a name's "s" make it a condition named for whoever
// described it: "Bell's palsy", "Graves' disease", "Ewing's sarcoma".
// Nouns a patient's own care takes too ("Jake's fracture", "Ana's
// cyst") are left out.
var eponymNouns = newWordSet([]string{"palsy", "disease", "syndrome", "sarcoma", "lymphoma", "ataxia", "chorea", "phenomenon",
	"contracture", "neuroma", "dystrophy", "thyroiditis", "maneuver", "manoeuvre"})

// eponymFirstNames are describers of conditions whose names are common
// first names too: "Addison's disease", "Wilson's disease", "Ewing's
// sarcoma", "Turner syndrome".
var eponymFirstNames = newWordSet([]string{"addison", "wilson", "ewing", "gehrig", "hunter", "turner", "tay", "still", "conn",
	"cushing", "graves", "bell", "hodgkin", "kaposi", "barrett", "reiter", "marfan", "lyme"})

// eponym reports whether the one-word name at token t names a condition
// or a maneuver by its describer ("Bell's palsy", "Graves' disease", "the
// Heimlich maneuver"): no one's care. "Bell's surgery" is a person's.
func (s *scan) eponym(t int) bool {
	if w := s.toks[t].low; names.First(w) == names.Strong && !eponymFirstNames.has(w) {
		return false // "Lucy's disease", "Marco's syndrome": a person's
	}
	k := t + 1
	if k < len(s.toks) && s.toks[k].low == "s" && s.toks[k].start-s.toks[t].end <= 3 {
		k++
	}
	// Without the "s" a condition's name is written as the describer's
	// name before the noun ("Hodgkin lymphoma", "Tourette syndrome",
	// "Kaposi sarcoma"): no first name stands before a sarcoma.
	return k < len(s.toks) && eponymNouns.has(s.toks[k].low)
}

// utilityNouns after a firm's name tell its work: "the Con Ed work",
// "the Cal Am water notice".
var utilityNouns = newWordSet([]string{"water", "gas", "power", "electric", "notice", "notices", "work", "outage", "outages",
	"bill", "bills", "crew", "crews", "trucks", "meter", "meters", "construction", "shutoff", "repairs"})

// utilityNamed reports whether tokens [from,to), with the capitalised
// words before them, follow "the" and come before a utility's work or
// notice in a sentence that tells no health: "the Con Ed work", "the Cal
// Am water notice". A person is not "the Ed".
func (s *scan) utilityNamed(from, to int) bool {
	if to >= len(s.toks) || !utilityNouns.has(s.toks[to].low) || s.toks[to].capital {
		return false
	}
	si := s.toks[from].sent
	k := from
	for k > 0 && from-k < 2 && s.toks[k-1].capital && s.toks[k-1].kind == tokWord && s.toks[k-1].sent == si {
		k--
	}
	return k > 0 && s.toks[k-1].low == "the" && !s.healthInSentence(si)
}

// countyWords after a name, or after two joined, make them places:
// "Davidson and Rutherford counties".
var countyWords = newWordSet([]string{"county", "counties", "parish", "parishes", "township", "townships", "borough", "boroughs"})

// institutionOn are the offices a street is given for with "on": "the
// health department on Lafayette"; shopOn are the shops, whose street is
// one only when the sentence tells no one's care ("the Safeway on Van
// Dorn: your blood pressure ..." may point at someone).
var (
	institutionOn = newWordSet([]string{"department", "clinic", "hospital", "pharmacy", "library", "office", "offices", "center",
		"centre", "station", "school", "church", "mosque", "temple", "courthouse", "campus", "location"})
	shopOn = newWordSet([]string{"spot", "store", "shop", "market", "restaurant", "cafe", "bakery", "diner", "place", "truck",
		// "a grocery on Warren", "the barbershop on Vernor" (session 18).
		"grocery", "bodega", "deli", "salon", "barbershop", "laundromat", "pizzeria", "taqueria", "bookstore",
		"supermarket", "gym", "pub", "bar", "mall"})
)

// placeByWord reports whether tokens [from,to), found as a name, are a
// place or a program by the word next to them: counties ("Warren and
// Morgan counties"), a street an office or a shop is on ("the health
// department on Lafayette"), a road named for someone ("Chief Eddie
// Hoffman Highway"), a state's children's plan ("Denali KidCare"), a
// region's nickname ("NoVA"), a holiday's greeting ("Nowruz Mubarak") or
// a team after "home team" ("home team Legia Warsaw").
func (s *scan) placeByWord(from, to int) bool {
	k := to
	// The name may be one of a list: "Washington, Lincoln and Jefferson
	// streets". A list ends with "and": "Fatima Al-Sayed, Lehman High's
	// valedictorian" is a person and her school.
	listed := from >= 2 && inSet(s.toks[from-1].low, "and", "&") && s.toks[from-2].capital && s.toks[from-2].kind == tokWord
	for n := 0; n < 3 && k+1 < len(s.toks) && inSet(s.toks[k].low, "and", "&", ",") && s.toks[k+1].capital && s.toks[k+1].kind == tokWord; n++ {
		listed = s.toks[k].low != ","
		k += 2
	}
	if k < len(s.toks) && (countyWords.has(s.toks[k].low) || listed && streetPlurals.has(s.toks[k].low)) {
		return true
	}
	if listed && k < len(s.toks) && s.toks[k].capital && schoolWords.has(s.toks[k].low) && (k+1 >= len(s.toks) || s.toks[k+1].low != "s") {
		return true // "Dudley and Smith High": two schools sharing their kind word
	}
	if listed && k < len(s.toks) && (schoolCrowds.has(s.toks[k].low) || planWords.has(s.toks[k].low)) && s.toks[k].sent == s.toks[from].sent {
		return true // "Shea and Tolman athletes": the schools' teams; "Fidelis and Healthfirst plans": insurers
	}
	if from >= 2 && s.toks[from-1].low == "on" &&
		(institutionOn.has(s.toks[from-2].low) || shopOn.has(s.toks[from-2].low) && !s.healthInSentence(s.toks[from].sent)) {
		return true
	}
	if to < len(s.toks) && s.toks[to].capital && streetWordSet.has(s.toks[to].low) && s.toks[to].sent == s.toks[from].sent &&
		!(inSet(s.toks[to].low, "st", "dr") && to+1 < len(s.toks) && s.toks[to+1].capital) {
		return true // "Chief Eddie Hoffman Highway"; "St. Jude", "Dr. Lee" name a saint and a doctor
	}
	last := &s.toks[to-1]
	if w := last.low; len(w) >= 7 && w[len(w)-4:] == "care" {
		return true // "Denali KidCare", "TennCare"
	}
	if to-from == 1 && last.end-last.start >= 4 && last.end-last.start <= 6 && last.capital {
		w := s.text[last.start:last.end]
		if n := len(w); isUpperASCII(w[n-1]) && isUpperASCII(w[n-2]) && w[n-3] >= 'a' && w[n-3] <= 'z' {
			return true // "NoVA": a region by its state's code
		}
	}
	first := &s.toks[from]
	if first.low == "mubarak" && from > 0 && s.toks[from-1].capital && s.toks[from-1].kind == tokWord {
		return true // "Eid Mubarak", "Nowruz Mubarak": a greeting
	}
	return from >= 2 && s.toks[from-1].low == "team" && inSet(s.toks[from-2].low, "home", "favorite", "favourite", "hometown")
}

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// thankedCrowd are the many thanks go to: "to everyone who came", "to all
// our volunteers".
var thankedCrowd = newWordSet([]string{"everyone", "everybody", "all", "you", "yall", "y'all", "each", "every", "our", "the",
	"those", "this", "these", "anyone", "whoever"})

// thanksToCrowd reports whether the word at token t is thanks in another
// language said to many, English-style: "Asante to everyone who came!",
// "Merci to all our volunteers". "Asante" and "Merci" are names too;
// "Thanks to Asante for ..." and "Asante broke her wrist" are people.
func (s *scan) thanksToCrowd(t int) bool {
	return t+2 < len(s.toks) && names.ThanksAbroad(s.toks[t].low) && inSet(s.toks[t+1].low, "to", "for") &&
		thankedCrowd.has(s.toks[t+2].low) && (t == 0 || s.toks[t-1].sent != s.toks[t].sent || s.toks[t-1].kind == tokPunct)
}

// outingDays follow a place's name told as an outing: "Jordan Lake on
// Sunday", "Falls Lake this weekend".
var outingDays = newWordSet([]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "weekend",
	"sat", "sun", "morning", "afternoon", "night"})

// spiritWords close a school's cheer: "Aggie Pride!", "Husker Nation!".
var spiritWords = newWordSet([]string{"pride", "nation"})

// noOneByPlace reports whether tokens [from,to), found as a name, are a
// place or a cheer by how they stand: a YMCA branch ("the Spears Y"), a
// school's cheer making up its sentence ("Aggie Pride!"), or a lake or a
// park visited on a day, in a sentence that tells no health ("Jordan Lake
// on Sunday with the whole staff"; "Jordan Lake on Sunday had her
// gallbladder out" is a person).
func (s *scan) noOneByPlace(from, to int) bool {
	if to-from >= 2 && s.toks[from+1].low == "y" && s.toks[from+1].capital && from > 0 && s.toks[from-1].low == "the" {
		return true
	}
	si := s.toks[from].sent
	last := &s.toks[to-1]
	if to-from == 2 && spiritWords.has(last.low) && last.capital && s.sents[si].tokStart == from {
		alone := true
		for k := to; k < s.sents[si].tokEnd && alone; k++ {
			alone = s.toks[k].kind == tokPunct
		}
		if alone {
			return true
		}
	}
	named := to-from >= 2 || from > 0 && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && s.toks[from-1].sent == si
	if named && last.capital && landformWords.has(last.low) && to+1 < len(s.toks) && s.toks[to].sent == si {
		day := s.toks[to].low == "on" && outingDays.has(s.toks[to+1].low) ||
			inSet(s.toks[to].low, "this", "last", "next") && outingDays.has(s.toks[to+1].low)
		return day && !s.healthInSentence(si)
	}
	return false
}
