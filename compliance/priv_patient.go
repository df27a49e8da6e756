package compliance

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

var (
	// streetRE is a numbered street: "123 Oak St", "500 W 34th St Apt 4B".
	streetRE = mustAnchor(`\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][A-Za-z]+|\d{1,3}(?:st|nd|rd|th))\.?\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Trl|Trail|Sq|Square|Str|Pike|Plaza|Crescent|Alley|Loop)\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[A-Za-z0-9-]+)?`, 128)
	// unitRE is a unit of a building or a park: "Apt 4B", "Suite 310",
	// "Lot 17", "Space 22", "Trailer 9".
	unitRE = mustAnchor(`\b(?:Apt|apt|APT|Apartment|apartment|Unit|UNIT|Suite|Ste|Lot|lot|Space|space|Trailer|trailer)\.?\s*#?(?:\d+[A-Za-z]?|[A-Z]\d{0,3})\b`, 24)
	// namedFirstRE is a street whose type comes first, as in Spanish,
	// Portuguese, French and Italian: "Calle Ocho", "Av. Reforma 222",
	// "Rua das Flores 88", "Via Roma 12". A particle may join the words.
	namedFirstRE = mustAnchor(`\b(?:Calle|Avenida|Avda|Av|Rua|Rue|Via|Viale|Paseo|Camino|Carrera)\.?\s+(?:(?:de|del|da|do|dos|das|la|las|los|le|du|des|di|dei|della)\s+)*(?:\p{Lu}[\p{L}'-]*|\d{1,3}[A-Za-z]?)(?:\s+(?:(?:de|del|da|do|dos|das|la|las|los|le|du|des|di|dei|della)\s+)*\p{Lu}[\p{L}'-]*){0,3}(?:\s+#?\s?\d{1,5}[A-Za-z]?(?:-\d{1,4})?)?`, 96)
	// namedFirstLowRE is namedFirstRE written in lower case, as casual
	// posts write it: then a house number must follow ("calle sol 22",
	// "rua das flores 120") or come first ("22 calle sol"). "via" is left
	// out: "via text 3 days before" is English.
	namedFirstLowRE = mustAnchor(`(?i)\b(?:(?:calle|avenida|avda|rua|rue|paseo|camino|carrera)\.?\s+(?:(?:de|del|da|do|dos|das|la|las|los|le|du|des|di|dei|della)\s+)*\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}?\s+#?\d{1,5}[a-z]?\b|\d{1,5}\s+(?:calle|avenida|rua|rue)\s+(?:(?:de|del|da|do|dos|das|la|las|los|le|du|des|di|dei|della)\s+)*\p{L}[\p{L}'-]*)`, 96)
	// poBoxRE is a post office box or military mail: "P.O. Box 1432",
	// "PSC 1437, Box 3833".
	poBoxRE = mustAnchor(`\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|PSC)\s+\d{1,6}(?:,?\s+Box\s+\d{1,6})?`, 48)
	zipRE   = regexp.MustCompile(`\b\d{5}(?:-\d{4})?\b`)
	// placeRE is "lives in Dayton", "from Green County", "resident of Oak
	// Park": a place named as where someone lives.
	placeRE        = mustAnchor(`\b(?:lives|living|lived|resident|residents|residing|from|of|in|near)\s+(?:in\s+|of\s+)?((?:[A-Z][a-z]+\s+){0,2}(?:County|Township|Parish|Heights|Village|Springs|Falls)|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)\b`, 64)
	stateAbbrZipRE = regexp.MustCompile(`\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`)
	// streetNameRE is a street named without a house number ("on Elm
	// Street", "out to Moose Lake Rd"): enough to place a person in a
	// small town.
	streetNameRE = mustAnchor(`\b(?:on|off|near|along|at|by|past|behind|from|of|down|up|to|onto)\s+((?:[NSEW]\.?\s+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Circle|Cir|Boulevard|Blvd|Terrace|Trail|Pike|Parkway|Pkwy|Highway|Hwy|Crescent|Loop))\b`, 64)
)

// streetWords are the street types streetRE ends with: a text without one
// holds no street address.
var streetWords = []string{"st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane", "ct", "court",
	"way", "pl", "place", "ter", "terrace", "pkwy", "parkway", "hwy", "highway", "cir", "circle", "trl", "trail", "sq", "square",
	"str", "pike", "plaza", "crescent", "alley", "loop"}

// streetWordSet is streetWords as a set, for scan.hasAny.
var streetWordSet = newWordSet(streetWords)

// placeAnchor finds the words placeRE starts with.
var placeAnchor = wordAnchor("lives", "living", "lived", "resident", "residents", "residing", "from", "of", "in", "near")

// Anchors of the street, unit and place expressions, built once.
var (
	streetAnchor = func(s *scan, i int) bool {
		return isNumberWord(s.toks[i].low) && i+1 < len(s.toks) && (s.toks[i+1].capital || ordinalNumber(s.toks[i+1].low))
	}
	unitAnchor = wordAnchor("apt", "apartment", "unit", "suite", "ste", "lot", "space", "trailer")
	// namedFirstWords are the street types namedFirstRE starts with.
	namedFirstWords  = []string{"calle", "avenida", "avda", "av", "rua", "rue", "via", "viale", "paseo", "camino", "carrera"}
	namedFirstAnchor = allAnchor(wordAnchor(namedFirstWords...), func(s *scan, i int) bool { return s.toks[i].capital })
	poBoxAnchor      = wordAnchor("p", "po", "post", "psc")
	// namedFirstLowAnchor starts namedFirstLowRE: the street word, or a
	// number before one.
	namedFirstLowAnchor = func(s *scan, i int) bool {
		t := &s.toks[i]
		if t.kind == tokNumber {
			return i+1 < len(s.toks) && namedFirstSet.has(s.toks[i+1].low)
		}
		return !t.capital && t.low != "via" && namedFirstSet.has(t.low)
	}
	placeStart = allAnchor(placeAnchor, placeFollows)
)

// streetNameAnchor finds the words streetNameRE starts with.
var streetNameAnchor = allAnchor(wordAnchor("on", "off", "near", "along", "at", "by", "past", "behind", "from", "of", "down", "up", "to", "onto"),
	func(s *scan, i int) bool {
		// a capitalized word, an ordinal ("5th") or a compass letter ("W 5th St") follows
		return i+1 < len(s.toks) && (s.toks[i+1].capital || ordinalNumber(s.toks[i+1].low))
	})

// beforeCapital matches tokens followed by a capitalized word.
func beforeCapital(s *scan, i int) bool { return i+1 < len(s.toks) && s.toks[i+1].capital }

// placeFollows matches tokens followed by a capitalized word, directly or
// after "in" or "of" ("living in Dayton").
func placeFollows(s *scan, i int) bool {
	return beforeCapital(s, i) || (i+1 < len(s.toks) && inSet(s.toks[i+1].low, "in", "of") && beforeCapital(s, i+1))
}

// notPlaces are capitalized words placeRE would otherwise take for towns.
var notPlaces = map[string]bool{
	"The": true, "Our": true, "We": true, "This": true, "That": true, "It": true, "Her": true, "His": true,
	"Their": true, "Your": true, "January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Health": true, "Care": true, "Pediatrics": true, "Dentistry": true,
	"Family": true, "Medicine": true, "Emergency": true, "Urgent": true, "English": true, "Spanish": true,
	"Christmas": true, "Thanksgiving": true, "Halloween": true, "Easter": true,
	// Languages: "symptoms in Vietnamese, Yoruba and Urdu" places no one.
	"Vietnamese": true, "Yoruba": true, "Igbo": true, "Urdu": true, "Hindi": true, "Punjabi": true, "Bengali": true,
	"Tagalog": true, "Samoan": true, "Tongan": true, "Amharic": true, "Tigrinya": true, "Somali": true, "Swahili": true,
	"Korean": true, "Mandarin": true, "Cantonese": true, "Chinese": true, "Japanese": true, "Arabic": true, "Farsi": true,
	"Dari": true, "Pashto": true, "Russian": true, "Ukrainian": true, "Polish": true, "Portuguese": true, "French": true,
	"German": true, "Italian": true, "Creole": true, "Haitian": true, "Hmong": true, "Khmer": true, "Lao": true,
	"Nepali": true, "Burmese": true, "Marshallese": true, "Chuukese": true, "ASL": true, "Braille": true,
	// "Hawaiʻi" as the tokenizer cuts it at the ʻokina: a state.
	"Hawai": true,
	// Peoples, not places: "kidney disease in Pacific Islander
	// communities", "in Native Hawaiian families", "in Black women".
	"Pacific": true, "Native": true, "Indigenous": true, "Black": true, "Latino": true, "Latina": true, "Latinx": true,
	"Hispanic": true, "Asian": true, "African": true, "Filipino": true, "Micronesian": true, "Polynesian": true,
}

// stateNames may be named freely: Safe Harbor allows places as large as a
// state.
func init() {
	for _, st := range strings.Split("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New North South West Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming America United Canada Mexico", " ") {
		notPlaces[st] = true
	}
}

// personalCondition reports whether the sentence holding byte b names a
// condition and is not advice to the reader or to everyone: "check for
// ticks after hiking in Pine Hollow and call us if you see a rash" names a
// place and a condition, and no one who has it.
func (s *scan) personalCondition(b int) bool {
	if !s.conditionInSentence(b) {
		return false
	}
	t := s.tokenStart(b)
	if t < len(s.toks) && (s.sentenceHasWord(s.toks[t].sent, spreadWords) || s.reportedCases(s.toks[t].sent)) {
		return false // "RSV is going around in Knox County": a town's, no one's
	}
	if t < len(s.toks) && s.readerQuestion(s.toks[t].sent) {
		return false // "Pregnant and commuting on the 2/5?": the reader's, if anyone's
	}
	return t >= len(s.toks) || !s.sentenceSpeaksTo(s.toks[t].sent, true, false) || s.yourRelativeNews(s.toks[t].sent)
}

// testOutcomeWords say a test came out one way: the news of a result.
var testOutcomeWords = newWordSet([]string{"positive", "negative", "normal", "abnormal", "results", "result", "benign", "malignant",
	"elevated", "positivo", "positiva", "negativo", "negativa", "resultados", "resultado", "positif", "négatif", "résultats"})

// resultToOne reports whether the post tells one person's result or
// condition next to the identifier at byte b: a health detail in the
// identifier's sentence, or a result word beside a health detail anywhere,
// and the identifier's sentence neither a condition ("if you live in
// 34759") nor an event's or a town's ("free screenings in 34759", "flu
// cases in 34759 are up").
func (s *scan) resultToOne(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	told := s.sentenceHasWord(si, testOutcomeWords) // "positive colon screening" is a result, not a screening event
	if (!told && s.sentenceHasWord(si, eventWords)) || s.sentenceHasWord(si, spreadWords) || s.sentenceHasWord(si, populationWords) ||
		s.sentenceHasWord(si, conditionalWords) || s.areaStatistic(si) {
		return false
	}
	if s.healthInSentence(si) {
		return true
	}
	if !s.hasAny(testOutcomeWords) {
		return false
	}
	for _, h := range s.healthHits() {
		for k := max(0, h.From-3); k < min(len(s.toks), h.To+3); k++ {
			if testOutcomeWords.has(s.toks[k].low) && s.toks[k].sent == s.toks[h.From].sent && !s.sentenceHasWord(s.toks[k].sent, conditionalWords) {
				return true
			}
		}
	}
	return false
}

// conditionalWords make a sentence about anyone it fits: "if you live in
// ...", "whether your results ...".
var conditionalWords = newWordSet([]string{"if", "whether", "anyone", "everyone", "si", "cualquier"})

// yourRelativeNews reports whether sentence si gives news of the reader's
// relative ("ur son's strep culture came back"), not advice ("if your son
// has a fever, call us").
func (s *scan) yourRelativeNews(si int) bool {
	se := s.sents[si]
	found := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if w == "if" || w == "when" {
			return false
		}
		if (w == "your" || w == "ur") && t+1 < se.tokEnd && relativeWords.has(s.toks[t+1].low) {
			found = true
		}
	}
	return found
}

// reportedCases reports whether sentence si says an illness "has been
// reported" (or "was", "were"): a public-health notice about a place.
func (s *scan) reportedCases(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if s.toks[t].low == "reported" && inSet(s.toks[t-1].low, "been", "was", "were") {
			return true
		}
	}
	return false
}

// spreadWords say an illness is a community's, not a person's: "going
// around", "an outbreak", "cases are up".
var spreadWords = newWordSet([]string{"around", "outbreak", "outbreaks", "cases", "spreading", "season", "rates",
	"widespread", "circulating", "epidemic", "surge", "surging",
	// A county's counts: "overdose deaths in Tug Fork County dropped 30%".
	"deaths", "hospitalizations"})

// unitWords are the words unitRE needs one of.
var unitWords = newWordSet([]string{"apt", "apartment", "unit", "suite", "ste", "lot", "space", "trailer"})

// namedFirstSet is namedFirstWords as a gate.
var namedFirstSet = newWordSet(namedFirstWords)

// checkGeography is PRIV-07: places smaller than a state. A street address,
// ZIP code or home town in patient context blocks; a street address that is
// not the practice's elsewhere is noted.
func checkGeography(s *scan) []post.Finding {
	var out []post.Finding
	add := func(start, end int, always bool) {
		if overlapsAny(out, start, end) || s.c.allow.address(s.text[start:end]) {
			return
		}
		if (s.bytesInPatientContext(start, end) || s.personalCondition(start) || s.homeAddressCare(start) || always && s.personAtAddress(start)) &&
			!s.crowdAt(start) {
			out = append(out, post.Finding{Start: start, End: end, Message: "A street, town or ZIP code next to a patient's story can identify the patient.",
				Suggestion: "Leave the place out; the state is fine."})
		} else if always && s.someonesHome(start) {
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityWarn,
				Message: "Someone's home address identifies them.", Suggestion: "Leave the address out."})
		} else if always {
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
				Message: "An address that is not the practice's. Fine for an event venue; never a patient's home."})
		}
	}
	// addLocator is add for a street with no house number that was found
	// in a patient's story or pointing at someone's care: it blocks.
	addLocator := func(start, end int) {
		if !overlapsAny(out, start, end) && !s.c.allow.address(s.text[start:end]) && !s.crowdAt(start) {
			out = append(out, post.Finding{Start: start, End: end, Message: "A street, town or ZIP code next to a patient's story can identify the patient.",
				Suggestion: "Leave the place out; the state is fine."})
		}
	}
	for _, m := range s.findAtIf(s.hasAny(streetWordSet), streetRE, streetAnchor) {
		add(m[0], m[1], true)
	}
	for _, m := range s.findAtIf(s.hasAny(unitWords), unitRE, unitAnchor) {
		// "Lot 17 at Sunny Acres, the nurse will check your leg wound": a
		// home's unit pointing at someone's care (an office's suite is no
		// one's home).
		if low := strings.ToLower(s.text[m[0]:min(m[1], m[0]+3)]); low != "sui" && low != "ste" && s.locatorCare(m[0]) {
			addLocator(m[0], m[1])
			continue
		}
		add(m[0], m[1], true)
	}
	for _, m := range s.findAtIf(s.hasAny(namedFirstSet), namedFirstRE, namedFirstAnchor) {
		if s.namedFirstStreet(m[0], m[1]) {
			add(m[0], m[1], true)
		}
	}
	if s.hasAny(namedFirstSet) {
		for _, m := range s.findAt(namedFirstLowRE, namedFirstLowAnchor) {
			add(m[0], m[1], true)
		}
	}
	for _, m := range s.findAtIf(s.hasWord("box", "psc"), poBoxRE, poBoxAnchor) {
		add(m[0], m[1], true)
	}
	// The two capitals sit left of the digit run, so the window is widened;
	// a match must still start a word in the whole text, not only in it.
	for _, m := range s.findNumeric(stateAbbrZipRE, islandNeed{digits: 5, run: 5, before: 3}) {
		if m[0] == 0 || !isWordByte(s.text[m[0]-1]) {
			add(m[0], m[1], true)
		}
	}
	for _, m := range s.findNumeric(zipRE, islandNeed{digits: 5, run: 5}) {
		if numberBoundary(s.text, m[0], m[1]) {
			// A bare five-digit number is a ZIP code only in patient context
			// or when the text says so ("zip 43215").
			// The practice's own ZIP is a patient's too when the ZIP stands
			// alone in their story ("our patient from 04915 had a stroke"):
			// the allowlist clears it only as part of the practice's address.
			if s.c.allow.address(s.text[m[0]:m[1]]) && !inAddress(s.text, m[0]) && !overlapsAny(out, m[0], m[1]) &&
				(s.bytesInPatientContext(m[0], m[1]) || s.personalCondition(m[0])) {
				out = append(out, post.Finding{Start: m[0], End: m[1], Message: "A ZIP code next to a patient's story can identify the patient, even the practice's own.",
					Suggestion: "Leave the place out; the state is fine."})
				continue
			}
			// A ZIP the text labels, or one heading a notice ("40211, Cecil
			// Ave — the gentleman we saw..."), locates the one person a
			// result or a notice is for.
			labelled := s.nearWords(m[0], m[1], []string{"zip", "postal", "postcode"}, 3)
			if ((labelled && s.resultToOne(m[0])) || ((labelled || s.headsNotice(m[0], m[1])) && s.locatorCare(m[0]))) && !overlapsAny(out, m[0], m[1]) {
				// "Zip 34759, positive strep culture, we've tried your phone
				// 3x": a ZIP given to find the one a result belongs to.
				out = append(out, post.Finding{Start: m[0], End: m[1], Message: "A ZIP code given with someone's test result or condition identifies them.",
					Suggestion: "Leave the place out; reach the patient privately."})
				continue
			}
			if s.zipOfMany(m[0], m[1]) {
				continue // "kids living in 38106, 38109 or 38114": a program's area
			}
			add(m[0], m[1], labelled)
		}
	}
	// Cases counted on one street (streets24.go).
	for _, f := range s.streetClusters24() {
		if !overlapsAny(out, f.Start, f.End) && !s.c.allow.address(s.text[f.Start:f.End]) {
			out = append(out, f)
		}
	}
	for _, sp := range s.intersections() {
		a, b := s.span(sp.from, sp.to)
		if s.bytesInPatientContext(a, b) || s.personalCondition(a) {
			add(a, b, false)
		}
	}
	streets := s.hasAny(streetWordSet)
	for _, sp := range s.blockStreets(streets) {
		a, b := s.span(sp.from, sp.to)
		if s.bytesInPatientContext(a, b) || s.personalCondition(a) || s.streetLocator(a, b) {
			addLocator(a, b)
		}
	}
	for _, m := range s.findAtIf(streets, streetNameRE, streetNameAnchor) {
		if s.titleNotStreet(m[3]) {
			continue // "from Cedar St. Mary's", "at Smith Dr Jones": a title
		}
		if s.shopOnStreet(m[2]) {
			continue // "the barbershop on Bell Rd" and no one's health: a venue
		}
		if s.bytesInPatientContext(m[2], m[3]) || s.personalCondition(m[2]) || s.streetLocator(m[2], m[3]) {
			addLocator(m[2], m[3])
		}
	}
	// A town names a patient's home only in a patient's story or beside a
	// condition. The town is looked for first: finding the conditions
	// (healthHits: every health term of the text) costs far more than
	// placeRE, and most texts name no town ("lives in Millbrook").
	places := s.findAt(placeRE, placeStart)
	if len(places) > 0 && !slices.Contains(s.patientSent, true) && !s.anyCondition() {
		places = nil
	}
	for _, m := range places {
		name := s.text[m[2]:m[3]]
		first := name
		for i, r := range name {
			if r == ' ' {
				first = name[:i]
				break
			}
		}
		if notPlaces[first] || s.c.allow.addrWords[normalizeName(first)] || s.isStaffText(name) || names.Language(strings.ToLower(first)) {
			continue
		}
		if from, to := s.tokenRange(m[2], m[3]); from < to && s.personAt(from) {
			continue // "from Maria": PRIV-10's job
		}
		ti := min(len(s.toks)-1, s.tokenStart(m[2]))
		si := s.toks[ti].sent
		if s.roomOfPractice(ti) || s.roomInTown(ti) || s.measuredProduct(ti) || s.readerQuestion(si) || s.diseaseNamedFor(ti) || s.illnessDrivenOut(ti) || s.tripPlace(ti) {
			// "the eye chart in Room 2", "a spoonful of Vicks", "Just back
			// from Lagos with a fever? Come in.": a room, a product and a
			// question to every reader place no one.
			continue
		}
		if s.regionOfState(ti) || s.worldRegionPlace(ti) || s.institutionAt(ti) && !s.noticeCare(si) {
			// "in Middle Tennessee", "across West Africa"
			// (worldregions20.go), "Ms. Latrice from Metro Schools
			// translated our forms": no one's home. "Three kids from
			// Jefferson Middle School caught measles" tells care: a group
			// that small is known.
			continue
		}
		if !s.patientSent[si] && !s.personalCondition(m[2]) {
			continue
		}
		if s.townSpan(ti) && !s.patientCue(si) {
			continue // "from Hollister to Gilroy": the towns served, not a home
		}
		if s.careOffered25(ti) {
			continue // "diabetes care in Ardmore": the care offered there (careoffered25.go)
		}
		if s.historical(si) && !s.patientCue(si) || s.populationOf(ti) || s.madeUp() || s.countyWide(ti) {
			// "In 1948 Dr. García founded the Forum in Corpus Christi",
			// "1 in 4 adults in Hidalgo County has diabetes": history's
			// town, or the one a share of everyone is counted in. "Our
			// patient who has lived in Pharr since 1970" dates the
			// patient's past, not history: the town is still theirs.
			continue
		}
		if !s.patientCue(si) && (!s.healthAbout(si) || s.sentenceHasWord(si, gatheringWords)) {
			// "Faith and her husband bought a house in Spanaway", "the
			// trauma-informed care training in Spokane": a relative's or
			// a greeted person's town, or an event's, with no one's care.
			continue
		}
		add(m[2], m[3], false)
	}
	s.attributedTowns(out) // "'...' — a patient from Stow": testimonial21.go
	return out
}

// streetLocator reports whether the street at bytes [a,b) points at
// someone's care (locatorCare) and is no part of a name: "Maple Street
// Family Medicine", "the Canal St office" are places everyone goes.
func (s *scan) streetLocator(a, b int) bool {
	if t := s.tokenStart(b); t < len(s.toks) && s.toks[t].start == b+1 && s.toks[t].kind == tokWord && (s.toks[t].capital || eventWords.has(s.toks[t].low)) {
		return false
	}
	return s.locatorCare(a)
}

// headsNotice reports whether the number at bytes [a,b) opens its
// sentence and a colon, comma or dash follows: a notice's head ("15120,
// Tuesday: the man in the gray jacket..."). A round count ("12000, that's
// how many shots we gave") is no ZIP.
func (s *scan) headsNotice(a, b int) bool {
	t := s.tokenStart(a)
	if t >= len(s.toks) || s.sents[s.toks[t].sent].tokStart != t || strings.HasSuffix(s.text[a:b], "000") {
		return false
	}
	return t+1 < len(s.toks) && inSet(s.toks[t+1].low, ",", ":", "—", "-", "–")
}

// madeUp reports whether the post says the person in it is made up: "not
// a real person", "a composite", "composite story", "a fictional
// patient", "hypothetical". ("Not her real name" hides a real person.)
func (s *scan) madeUp() bool {
	return s.hasWord("composite", "fictional", "hypothetical") ||
		(s.hasWord("real") && (s.lowerContains("not a real person") || s.lowerContains("not a real patient"))) ||
		// "Made-up case for teaching: a 52-year-old contractor ...".
		(s.hasWord("made") && s.hasWord("up") && (s.lowerContains("made-up case") || s.lowerContains("made up case") ||
			s.lowerContains("made-up example") || s.lowerContains("made-up patient")))
}

// populationWords are the groups a share of a town is counted in: "1 in
// 4 adults in Hidalgo County", "half of the seniors in Starr County".
var populationWords = newWordSet([]string{"adults", "people", "residents", "seniors", "kids", "children", "teens", "women",
	"men", "families", "households", "babies", "infants", "workers", "students", "cases", "deaths", "latinos", "hispanics"})

// populationOf reports whether the town at token t follows a group counted
// in it ("adults in", "residents of"): everyone's town, no one's home.
func (s *scan) populationOf(t int) bool {
	return t >= 2 && (s.toks[t-1].low == "in" || s.toks[t-1].low == "of") && populationWords.has(s.toks[t-2].low)
}

// crowdWords, before "of", count cases by the crowd: "a lot of
// sunburns", "dozens of stings".
var crowdWords = newWordSet([]string{"lot", "lots", "dozens", "hundreds", "thousands", "tons", "bunch", "plenty", "loads"})

// manyTreated reports whether sentence si counts its cases as a crowd ("we
// treated a lot of sunburns after the festival") and names no one: the
// place there is where many were, not anyone's home.
func (s *scan) manyTreated(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if crowdWords.has(s.toks[t].low) && s.toks[t+1].low == "of" {
			return !s.personInSentence(si)
		}
	}
	return false
}

// crowdAt reports whether the sentence holding byte b counts its cases as
// a crowd (manyTreated).
func (s *scan) crowdAt(b int) bool {
	t := s.tokenStart(b)
	return t < len(s.toks) && s.manyTreated(s.toks[t].sent)
}

// homeWords say an address is where someone lives: "Mark lives at 42 Elm
// Street", "her address: 77 Lakeview Drive".
var homeWords = newWordSet([]string{"lives", "live", "living", "lived", "resides", "reside", "residing", "moved", "address",
	"addresses", "home", "vive", "viven", "casa", "domicilio", "dirección", "direccion"})

// someonesHome reports whether the sentence holding byte b says the address
// there is someone's home. Asked only of an address found.
func (s *scan) someonesHome(b int) bool {
	t := s.tokenStart(b)
	return t < len(s.toks) && s.sentenceHasWord(s.toks[t].sent, homeWords)
}

// namedFirstStreet reports whether the namedFirstRE match [a,b) is a
// street: "via" and "av" are English words ("via Zoom") and "Carrera" a car,
// so those need a house number before or after the name.
func (s *scan) namedFirstStreet(a, b int) bool {
	t := s.tokenStart(a)
	if t >= len(s.toks) || !inSet(s.toks[t].low, "via", "viale", "av", "carrera") {
		return true
	}
	if t > 0 && s.toks[t-1].kind == tokNumber {
		return true
	}
	return strings.ContainsAny(s.text[a:b], "0123456789")
}

// titleNotStreet reports whether the street type ending at byte e is a
// title before a name ("St. Mary's", "Dr Jones") rather than a street.
func (s *scan) titleNotStreet(e int) bool {
	low := strings.ToLower(s.text[max(0, e-2):e])
	if low != "st" && low != "dr" {
		return false
	}
	t := s.tokenStart(e)
	for t < len(s.toks) && s.toks[t].kind == tokPunct && s.toks[t].low == "." {
		t++
	}
	return t < len(s.toks) && s.toks[t].capital && s.toks[t].kind == tokWord
}

// gatheringWords make a town an event's place: "the trauma-informed care
// training in Spokane", "the diabetes walk in Lakewood".
var gatheringWords = newWordSet([]string{"training", "trainings", "conference", "conferences", "workshop", "workshops", "seminar",
	"summit", "course", "class", "classes", "certification", "symposium", "webinar", "walk", "5k", "10k", "marathon", "fundraiser",
	"gala", "fair", "expo", "convention", "meeting", "retreat", "festival", "tournament"})

// patientCue reports whether sentence si holds a patient-context cue other
// than a relative ("her husband") or an honorific name: "our patient",
// "came in", "was treated".
func (s *scan) patientCue(si int) bool {
	for _, h := range s.hitsOf("context/patient") {
		if s.toks[h.from].sent == si && !possessiveWords.has(s.toks[h.from].low) {
			return true
		}
	}
	return false
}

// inAddress reports whether the ZIP code at byte b ends a written address:
// a state's two capitals before it ("Bayport, ME 04915").
func inAddress(text string, b int) bool {
	i := b
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i >= 3 && strings.EqualFold(text[i-3:i], "zip") && (i == 3 || !isWordByte(text[i-4])) {
		return false // "ZIP 48212": the ZIP said alone, no address's state
	}
	return i >= 2 && i < b && text[i-1] >= 'A' && text[i-1] <= 'Z' && text[i-2] >= 'A' && text[i-2] <= 'Z'
}

// cornerWords are the words a street corner needs one of.
var cornerWords = newWordSet([]string{"and", "&", "corner"})

// intersections finds street corners: "47th & 6th", "5th and Main",
// "the corner of Oak and 3rd". In a small place a corner is an address.
func (s *scan) intersections() []span {
	// A corner needs an ordinal ("47th"), a word with digits and letters
	// (mayHaveMixedWord), unless the text says "corner of".
	if !s.hasAny(cornerWords) || !s.words.has("corner") && !s.mayHaveMixedWord() {
		return nil
	}
	var out []span
	street := func(t int) bool {
		return t < len(s.toks) && (ordinalNumber(s.toks[t].low) || (s.toks[t].capital && s.toks[t].kind == tokWord && !names.NotName(s.toks[t].low)))
	}
	for t := 1; t+1 < len(s.toks) && len(out) < maxMatches; t++ {
		if w := s.toks[t].low; w != "and" && w != "&" { // for every token: no inSet list built
			continue
		}
		corner := t >= 3 && s.toks[t-2].low == "of" && s.toks[t-3].low == "corner"
		if (ordinalNumber(s.toks[t-1].low) || corner && street(t-1)) && street(t+1) && (corner || ordinalNumber(s.toks[t+1].low) || ordinalNumber(s.toks[t-1].low)) {
			if t+2 < len(s.toks) && notStreetAfter.has(s.toks[t+2].low) {
				continue // "2nd and 3rd graders", "1st and 2nd doses"
			}
			out = append(out, span{t - 1, t + 2})
		}
	}
	return out
}

// notStreetAfter words after two ordinals make them something other than
// streets.
var notStreetAfter = newWordSet([]string{"grade", "grades", "graders", "floor", "floors", "place", "places", "year", "years",
	"time", "times", "dose", "doses", "trimester", "trimesters", "shift", "shifts", "period", "periods", "birthday",
	"birthdays", "round", "rounds", "week", "weeks", "quarter", "quarters", "team", "teams", "child", "kids", "baby", "babies"})

// ordinalNumber reports whether w is an ordinal in digits ("47th", "3rd"),
// as numbered streets are named.
func ordinalNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 3 && inSet(w[n:], "st", "nd", "rd", "th")
}

func (s *scan) isStaffText(name string) bool {
	for _, w := range tokenizePhrase(name) {
		if s.c.allow.staff[w] {
			return true
		}
	}
	return false
}

// ownEventWords tell a health event as someone's own: "back after his
// heart attack", "recovering from her stroke", "just finished chemo".
var ownEventWords = newWordSet([]string{"his", "her", "their", "he", "she", "recovering", "recovery", "finished", "diagnosed",
	"battling", "beat", "survived", "undergoing", "underwent"})

// roleElsewhere reports whether the role p is held at a place named in
// it or after it that is not the practice ("the deli manager at
// Kowalski's Market", "the Utica Comets' equipment manager"): a town's one
// person, not the office's own manager or receptionist.
func (s *scan) roleElsewhere(p person) bool {
	for k := p.from + 1; k < p.to; k++ {
		if t := &s.toks[k]; t.capital && t.kind == tokWord && !practiceWord(s, k) && !s.c.allow.addrWords[t.low] {
			return true // "the Utica Comets' equipment manager": the team's, named before the role
		}
	}
	at := p.to
	if at < len(s.toks) && inSet(s.toks[at].low, "out", "over", "up", "down") {
		at++
	}
	if at+1 >= len(s.toks) || !inSet(s.toks[at].low, "at", "of", "from") {
		return false
	}
	k := at + 1
	if s.toks[k].low == "the" && k+1 < len(s.toks) {
		k++
	}
	for n := 0; n < 2 && k+1 < len(s.toks) && s.toks[k].capital && s.c.allow.addrWords[s.toks[k].low] && s.toks[k+1].capital &&
		s.toks[k+1].kind == tokWord && s.toks[k+1].sent == s.toks[k].sent && !institutionWords.has(s.toks[k+1].low) && !inSet(s.toks[k+1].low, "office", "site", "campus", "location"); n++ {
		// "the Waipahu Foodland": a shop in the practice's town is still
		// not the practice; "the Waipahu Clinic" may be (session 18).
		k++
	}
	t := &s.toks[k]
	return t.capital && t.kind == tokWord && t.sent == s.toks[p.from].sent && !practiceWord(s, k) && !s.c.allow.addrWords[t.low]
}

// personAt reports whether a person PRIV-10 found starts at token t.
func (s *scan) personAt(t int) bool {
	for _, p := range s.people() {
		if p.from == t {
			return true
		}
	}
	return false
}

// checkNames is PRIV-10: people who are not staff. Anyone named next to a
// patient cue or a health detail (in the same sentence or anywhere in the
// post) blocks: "Congrats to Darnell Brooks on his new knee!" needs no word
// "patient". Anyone else named is a question for a person (warn); a
// one-person role ("the fire chief") with no health detail is only noted.
func checkNames(s *scan) []post.Finding {
	out := append(s.ruleOut(), s.khmerKinCare()...)
	out = append(out, s.kinAloneCare23()...) // "Pops is home after his bypass" (names23.go)
	for _, p := range s.people() {
		if s.introducedStaff(p) {
			// "Meet our new front desk coordinator, Tamika! She spent six
			// years at the county hospital.": a career, no one's care.
			f := s.finding(p.from, p.to, "A new team member? Add them to the practice's staff list so their name is known.")
			f.Severity = post.SeverityInfo
			out = append(out, f)
			continue
		}
		if si := s.toks[p.from].sent; !s.cueSent[si] && (s.rankedThing(p) || s.stormNamed(p) && !s.healthInSentence(si)) || s.stormTime(p) {
			// "Top 3 coffee shops: 1) Mothership 2) Vesta": an item of a
			// ranked list of things; "Every October we remember Sandy":
			// a hurricane.
			continue
		}
		// A kin word with no health detail anywhere is family news
		// (familyNewsOnly), as is a staff member's relative in a post that
		// tells no care (staffKinNewsOnly): the name goes to a person
		// below, not blocked.
		patient := s.nameInPatientContext(p.from, p.to) && !s.familyNewsOnly() && !s.staffKinNewsOnly(p) || s.visitOf(p)
		// A staff member's "her mom" (addStaffKinByPronoun) is a patient
		// cue by its own words; only a health detail in its sentence makes
		// it the relative's care ("his wife on their wedding! The cake
		// budget never recovered" is not).
		kinByPronoun := p.kind == names.Titled && p.name == p.to-1 && kinPronouns.has(s.toks[p.from].low)
		if kinByPronoun {
			patient = false
		}
		if !patient && s.staffKinAtVisit(p) {
			// "Summer's mom was in for her annual physical": a staff
			// member's relative who is a patient here.
			patient = true
		}
		// Asked only where the answer matters: a name in a patient's story
		// needs neither.
		si := s.toks[p.from].sent
		sentHealth := func() bool { return s.healthInSentence(si) }
		postHealth := func() bool { return s.healthAbout(si) }
		if p.kind == names.Role && p.to-p.from >= 2 && names.PracticeRole(s.toks[p.to-2].low, s.toks[p.to-1].low) &&
			!(sentHealth() && s.sentenceHasWord(si, ownEventWords)) && !s.roleElsewhere(p) {
			// "Our receptionist will call you", "our head nurse explains
			// what to expect after a heart attack": the office at work,
			// not anyone's own health.
			continue
		}
		f := s.finding(p.from, p.to, "")
		switch {
		case s.madeUp():
			// "Meet \"Maria\" — not a real person, a composite of many of
			// our members": the post says no one is meant.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A made-up person, the post says. Make sure no real patient's details are in it."
		case !s.cueSent[si] && (s.historical(si) && !s.sentenceHasWord(si, livingNow) && !s.presentCareAfter22(si) || s.figure(p) && !s.careNewsOf(si) && !s.figureNearby(p) && !s.figureCareNow(si, p) || s.public(p) || s.famed(p, sentHealth() || postHealth()) || s.toldAsTrivia(p) && !s.triviaCareHere23(si) ||
			s.honoredOrRead(p, sentHealth()) || s.figureByDeed(p) && !sentHealth() && !s.deedCareTold(si) ||
			s.communityEponym(p) && !sentHealth() && !s.deedCareTold(si) || s.bornLongAgo(p) || s.publicFrame(p)):
			// "Frederick Banting, who helped discover insulin in 1921": a
			// figure of history, not a patient; "Paul Tsongas fought to
			// create the park" for the town's Tsongas Center: the figure a
			// community place is named for (eponyms17.go); "Happy
			// birthday, Duke Kahanamoku! Born Aug 24, 1890": born a
			// lifetime ago (bornlongago17.go).
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A person from history? Make sure this is not a patient."
		case !patient && s.famousUntold(p):
			// "Bette Davis was born in Lowell", "George Eastman's house is
			// a 10-minute drive from our office": a famous person's whole
			// name (WordNet) in a sentence with no health and no patient
			// cue. Health told elsewhere in the post may still be theirs
			// if they are a patient of the same name: a doctor looks.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A famous person? Make sure this is not a patient who shares the name."
			if postHealth() {
				f.Severity = post.SeverityWarn
				f.Message = "A famous person's name in a post with a health detail. Make sure the detail is not about a patient who shares the name."
			}
		case p.kind == names.Role && !patient && s.askedOf(p.from):
			// "Ask the pharmacist about shingles shots": whom to ask, not
			// whose health.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "This points at one person. Make sure nothing in the post is about their health."
		case p.kind == names.Role && !patient && sentHealth() && s.visitOnly(s.toks[p.from].sent):
			// "the dad who carried three kids through the snow to his appointment":
			// someone described, with a visit but no clinical detail.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This points at one person next to a visit. Make sure it does not tell anyone who is a patient."
		case s.reviewMode() && p.kind != names.Role && s.greetedOnly(p):
			// "Thank you, Daniel. We hope you're on the mend": the reviewer,
			// greeted in a sentence that tells no care. REV-02 weighs the
			// name and REV-01 the care told elsewhere.
			continue
		case p.kind == names.Role && !patient && sentHealth() && s.groupCareOnly(s.toks[p.from].sent):
			// "Coral Gables High's head coach brought the whole team in
			// for sports physicals": care a group got, with the one who
			// brought them.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This points at one person next to care a group got. Make sure it does not tell their own health."
		case kinByPronoun && !sentHealth():
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A staff member's relative. Fine for family news; never with their health."
		case s.thankedOwnCare25(p):
			// "Mil gracias a Don Pancho for the tamales! And yes, your
			// blood pressure was perfect today": the one thanked is told
			// their own care (thanked25.go).
			f.Message = "This thanks or greets a person it names and tells them of their own care: everyone reading learns they are a patient, and of what."
			f.Suggestion = "Thank them without the care, and tell them their care privately (by phone or the patient portal)."
		case p.kind == names.Role && s.roleShot26(p):
			// "Even the mayor rolled up a sleeve at our flu clinic this
			// morning!": the one person in that office got a shot here
			// (rolecare26.go).
			f.Message = "This points at one person (a role only one person has) getting a shot at the practice: everyone in town knows who it is, and now that they are a patient."
			f.Suggestion = "Leave out who it is, or link their signed authorization."
		case s.namedSleeve29(p) || p.kind == names.Role && s.vocativeShot29(p):
			// "Even Father Jim from Corpus Christi rolled up his sleeve",
			// "Thank you, Mayor, for getting your shingles shot"
			// (knownshot29.go).
			f.Message = "This names a person the town knows getting a shot at the practice: everyone reading learns they are a patient, and of what."
			f.Suggestion = "Leave out who it is, or link their signed authorization."
		case (!patient || !s.cueSent[si] && !s.visitOf(p)) && (patient || sentHealth()) && s.thankedForService(p):
			// A care word near the name ("for the care packages for our
			// dialysis families") is the work's topic when no patient cue
			// is in the sentence: thankedForService reads where it stands.
			// "Thank you, Mr. Nowak, for translating our diabetes
			// handouts": the health word is the work's topic, not theirs.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This names a person thanked for their work next to a health topic. Make sure nothing in the post is about their own health, and that they agreed to be named."
		case s.giftCareOnly(p):
			// "Grandma Opal knitted 30 beanies for our newborn bags": the
			// care word names whom the gift is for, not the giver's care.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This names a person thanked for something they gave, next to a care word about the gift. Make sure nothing in the post is about their own health, and that they agreed to be named."
		case s.candidate(p):
			// "We back Jim Oduya for county commissioner: he'll fight for
			// rural hospitals", "Senator Kowalski's bill to cap insulin":
			// a candidate or an office holder's policy, the health words
			// the policy's (politics16.go). Politics goes to a person.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "A candidate or office holder named in a political post. Make sure any health topic is their policy, not their own health."
		case s.civicAct(p):
			// "Mayor Galvez cut the ribbon on our new ramp. Accessible for
			// wheelchairs!": an office holder whose sentence tells no
			// health, in a post that tells no one's own.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "An office holder in their public role. Make sure nothing in the post is about their own health."
		case s.staffAppositive(p) && !s.sentenceHasWord(si, staffEventWords):
			// "Linh, our pharmacist, is teaching a class on reading
			// medication labels": one of the practice's own at work, the
			// health word the work's topic; a health event of theirs
			// ("is out after her knee surgery") still blocks below.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A team member? Add them to staff_names so their name is known."
		case patient || sentHealth() || (postHealth() && (p.kind != names.Role || s.healthNextAbout(si) || s.jerseyHealthChain29(p, si))) || p.kind == names.Role && s.wishedBodyPart(si):
			f.Message = "This names a person next to a health detail: it reads as a patient's (or a relative's) name. Names must not appear with a patient's story."
			f.Suggestion = "Remove the name (and anything else that points at the person), or link their signed authorization."
			if p.kind == names.Role {
				f.Message = "This points at one person (a role only one person has) next to a health detail: everyone in town knows who it is."
				f.Suggestion = "Leave out who it is."
			}
		case p.kind == names.Role:
			if !postHealth() {
				f.Severity, f.NeedsHuman = post.SeverityInfo, true
				f.Message = "This points at one person. Make sure nothing in the post is about their health."
			} else {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				f.Message = "This points at one person in a post with a health detail. Make sure the detail is not about them."
			}
		case s.reviewMode():
			continue // REV-02 reports names in a reply; a reviewer's own name alone is theirs to use
		case p.kind == names.Titled && (p.name == p.to-1 || p.name == p.from && p.to-p.from >= 3) && (relativeWords.has(s.toks[p.name].low) || childWords.has(s.toks[p.name].low) && p.to-p.from >= 3 && s.toks[p.from+1].low == "s"):
			// "Dr. Wei's daughter won the science fair", "a mãe da Dawn
			// fez um bolo": a staff member's relative, unnamed, with no
			// health detail.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A staff member's relative. Fine for family news; never with their health."
		case s.doctorByTitle(p):
			// "Dr. Roy will tell you this at every opportunity", "tips
			// from Dr. EJ": a doctor the staff list lacks (a colleague, a
			// mentor, a new hire), with no health detail and no patient
			// cue anywhere in the post (the cases above).
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A doctor not on the staff list? Add them to staff_names so their name is known."
		case s.staffIntro(s.toks[p.from].sent) || (p.kind != names.Role && s.staffByRole(p)):
			// "Happy birthday to our own Sissy at the front desk", "Teddy,
			// our respiratory therapist": told as staff, with no health
			// detail anywhere in the post (the cases above).
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A new team member? Add them to staff_names so their name is known."
		case p.kind != names.Role && s.staffWedding(p):
			// "Congrats to Brandi and Luis on their wedding!": the one a
			// staff member marries, in family news that tells no health.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
			f.Message = "A staff member's partner? Fine for family news; never with their health."
		default:
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "A person's name that is not on the staff list. Make sure this is not a patient, and that they agreed to be named."
			f.Suggestion = "Remove the name, or add staff to staff_names and your town, schools and partners to community_names."
		}
		out = append(out, f)
	}
	out = append(out, s.staffHealth()...)
	for _, f := range append(append(s.getWellToStaff(), s.staffGreetedCare()...), s.staffOwnDiagnosis()...) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	for _, f := range s.staffSignedHealth() {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	out = append(out, s.writerOwnHealth(out)...)
	out = append(out, s.consentNamedCare24()...) // "he asked us to share his story" (consent24.go)
	// "this year's eating champ came in for heartburn meds" (describedvisit26.go)
	for _, f := range s.describedVisits26() {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	// "the Tulsa paramedic who pulled two kids out of the flood was in for his tetanus shot" (describedvisit27.go)
	for _, f := range s.describedAfterVisits27() {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	// "Remember the Garrison Avenue pile-up? Both drivers came to us for follow-up" (incident28.go)
	for _, f := range s.incidentPersonCare28() {
		out = replaceNotBlocks28(out, f)
	}
	for _, f := range append(append(s.agedStrangers(), s.pseudonyms()...), s.indefiniteDescribed()...) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	for _, h := range s.handles() {
		if h.from <= 3 && s.takenPrivate() {
			continue // "Replying to @x: ... please call our nurse line": the account that asked, sent to a private channel
		}
		if len(s.healthHits()) > 0 || s.inPatientContext(h.from, h.to) {
			f := s.finding(h.from, h.to, "This tags a person's account next to a health detail: it names the patient.")
			if f.Start > 0 && s.text[f.Start-1] == '@' {
				f.Start-- // the @
			}
			f.Suggestion = "Remove the tag."
			out = append(out, f)
		}
	}
	return s.keepOut(out)
}

// weddingWords tell a wedding or an engagement, in the languages the
// practices post in.
var weddingWords = []string{"wedding", "married", "marry", "marries", "engaged", "engagement", "honeymoon", "newlywed",
	"newlyweds", "bride", "groom", "fiance", "fiancé", "fiancee", "fiancée", "boda", "casaron", "casamento", "casaram", "mariés"}

// staffWedding reports whether the post tells a staff member's wedding or
// engagement ("Nurse Mercy just got married! ... congrats to you and
// Jun"), so that p, named beside them, is their partner. The caller has
// ruled out a health detail and a patient cue; a partner the post calls
// a patient anywhere ("they met when Raj was her patient", "thanks for
// being such a great patient") is one.
func (s *scan) staffWedding(p person) bool {
	if !s.hasWord(weddingWords...) || s.hasWord("patient", "patients", "pt") || s.welcomedBack(p) && s.kinWeddingsOnly() {
		return false
	}
	for t := range s.toks {
		if (t < p.from || t >= p.to) && s.toks[t].kind == tokWord && s.c.allow.staff[s.toks[t].low] {
			return true
		}
	}
	return false
}

// welcomedBack reports "welcome back" in the three words before p in its
// sentence (att19): someone coming back ("Welcome back Tom Baker, great
// to see you up and around"). When the only wedding told is a relative's
// (kinWeddingsOnly), they are no staff member's partner; the staff
// member back from her own wedding ("Welcome back, Mrs. Adeyemi-Cole")
// still is.
func (s *scan) welcomedBack(p person) bool {
	si := s.toks[p.from].sent
	for k := p.from - 1; k >= 1 && k >= p.from-3 && s.toks[k].sent == si; k-- {
		if s.toks[k].low == "back" && s.toks[k-1].low == "welcome" {
			return true
		}
	}
	return false
}

// greetedOnly reports a name a reply addresses ("Thank you, Daniel.",
// "Hope the training goes well, Sgt. Oduya 🫡") in a sentence with no
// patient cue and no care told: only a wish, if anything.
func (s *scan) greetedOnly(p person) bool {
	si := s.toks[p.from].sent
	start, end := s.span(p.from, p.to)
	if s.cueSent[si] || s.sentenceHas("context/clinical", si) && !s.getWellOnly(si) && !s.wishedStateOnly(si) && !s.warmLineOnly(start) ||
		!s.vocative(start, end) && !s.replyAddressed(start, end) {
		return false
	}
	return !s.healthInSentence(si) || s.wishOnly(start) || s.warmLineOnly(start)
}

// getWellOnly reports a sentence whose only clinical words are the
// get-well wish it opens with ("Get well soon, Tammy!").
func (s *scan) getWellOnly(si int) bool {
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.from].sent == si && h.from != s.sents[si].tokStart {
			return false
		}
	}
	return s.getWellOpens(si)
}

// wishedStateOnly reports a sentence whose only clinical words are a
// state wished for the reader: "Wishing you a smooth recovery, Darnell!",
// "Thanks, Kayla — get well and good luck with finals!". The wish names
// no care, so the name greeted is the reviewer's (REV-02 weighs it, REV-01
// the wish); "Hope your biopsy goes well, Dan" names care and is not one.
func (s *scan) wishedStateOnly(si int) bool {
	wish := s.sentenceHasWord(si, wishWords) && !s.sentenceHasWord(si, factWords)
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.from].sent != si {
			continue
		}
		switch w := s.toks[h.from].low; {
		case w == "get" && h.to-h.from == 2:
			// "get well" said as a bidding is a wish by itself.
		case wish && inSet(w, "recovery", "recovering"):
		default:
			return false
		}
	}
	return true
}

// askedOf reports whether the role at token t is whom the reader is told
// to ask ("ask the pharmacist", "talk to the school nurse", "check with
// your coach").
func (s *scan) askedOf(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		switch s.toks[k].low {
		case "ask", "asking", "see", "call":
			return true
		case "to", "with":
			return k > 0 && inSet(s.toks[k-1].low, "talk", "speak", "check")
		}
	}
	return false
}

// visitOf reports whether a named person's visit follows the name
// ("Mateo's last visit with us", "Ana's checkup"): that names a patient.
func (s *scan) visitOf(p person) bool {
	if p.kind == names.Role || p.to+1 >= len(s.toks) || s.toks[p.to].low != "s" || s.toks[p.to].start-s.toks[p.to-1].end > 3 {
		return false
	}
	for t := p.to + 1; t < len(s.toks) && t <= p.to+3; t++ {
		w := s.toks[t].low
		if inSet(w, "visit", "visits", "appointment", "appt", "checkup", "physical", "cleaning") || recordWords.has(w) ||
			(w == "x" && t+1 < len(s.toks) && s.toks[t+1].low == "ray") {
			// "Mrs. Kang's chart on the monitor", "Carol's x-ray": their
			// record is their health.
			return true
		}
		if s.toks[t].kind != tokWord || !inSet(w, "last", "first", "final", "next", "big", "annual", "yearly", "well", "baby",
			"6", "six", "month", "12", "year", "dental", "sports", "school", "medical", "lab", "blood", "test", "insurance", "patient") {
			return false
		}
	}
	return false
}

// recordWords after a person's "s" are their record: a chart, labs, a
// scan, results.
var recordWords = newWordSet([]string{"chart", "charts", "records", "record", "labs", "xray", "xrays", "scan", "scans",
	"results", "file", "paperwork", "prescription", "prescriptions", "referral", "intake", "bloodwork", "diagnosis", "mri"})

// visitOnly reports whether the health details of sentence si are all a
// visit ("his appointment", "her checkup"): that someone came, not why.
func (s *scan) visitOnly(si int) bool {
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && !visitWords.has(s.toks[h.From].low) {
			return false
		}
	}
	return true
}

// groupCareOnly reports whether every health detail of sentence si is
// prevention many people got at once: "sports physicals", "flu shots",
// "screenings" (a plural), not "his flu shot".
func (s *scan) groupCareOnly(si int) bool {
	if !s.onlyPrevention(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si {
			continue
		}
		if w := s.toks[h.To-1].low; !preventionWords.has(w) || w[len(w)-1] != 's' {
			return false
		}
	}
	return true
}

// visitWords are health details that say only that someone came in.
var visitWords = newWordSet([]string{"appointment", "appointments", "appt", "appts", "checkup"})

// historical reports whether sentence si dates what it tells to a year
// at least 40 years back ("in 1921"): its people are figures of history.
func (s *scan) historical(si int) bool {
	return s.sentenceFact(factHistorical, si, s.findHistorical)
}

// findHistorical is historical, read from the text.
func (s *scan) findHistorical(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		// "the man who invented the polio vaccine": what history tells.
		if inventedWords.has(s.toks[t].low) {
			return true
		}
	}
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		// A year told as one ("in 1921", "since 1950"), not four digits of
		// a phone number or a date.
		w := s.toks[t].low
		if len(w) == 5 && w[4] == 's' && digitsAt(w, 0, 4) && (s.toks[t-1].low == "the" || yearWords.has(s.toks[t-1].low)) {
			w = w[:4] // "in the 1850s": a decade
		} else if s.toks[t].kind != tokNumber || len(w) != 4 || !(yearWords.has(s.toks[t-1].low) || s.afterMonthDay(t)) {
			continue
		}
		if y, err := strconv.Atoi(w); err == nil && y >= 1000 && y <= s.d.Now.Year()-40 {
			return true
		}
	}
	return false
}

// afterMonthDay reports whether the year at token t closes a date
// ("April 15, 1947").
func (s *scan) afterMonthDay(t int) bool {
	if t < 3 || s.toks[t-1].low != "," || s.toks[t-2].kind != tokNumber || len(s.toks[t-2].low) > 2 {
		return false
	}
	// "Dec 31, 1972", "Sept. 11, 2001": the month cut short, its period
	// a token of its own.
	m := t - 3
	if s.toks[m].low == "." && m > 0 {
		m--
	}
	return fullMonths.has(s.toks[m].low) || shortMonths.has(s.toks[m].low)
}

// livingNow tell that the one a sentence dated to long ago lives on
// today ("had his first heart attack in 1979 and still jogs"): a
// patient's history, not history's.
// ("Today in history", "what is now Rochester" are history's own words).
var livingNow = newWordSet([]string{"still", "currently", "recently", "lately", "nowadays", "yesterday", "tonight"})

// shortMonths are the months cut short.
var shortMonths = newWordSet([]string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})

// fullMonths are the months written out.
var fullMonths = newWordSet([]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"})

// careCongrats congratulate someone on care; careToday date it to now.
var (
	careCongrats = newWordSet([]string{"congrats", "congratulations", "kudos"})
	careToday    = newWordSet([]string{"today", "tonight", "yesterday"})
)

// careNewsOf reports whether sentence si congratulates someone on care
// or dates their care to now ("Congrats to Jackie Robinson on finishing
// chemo today!", "Willie Nelson rang the bell today after his last round
// of radiation"): news of a patient, whatever famous person shares the
// name. A figure's health told as history or as what they live with
// ("told the world he had HIV in 1991 and is still thriving today") is
// not news of care.
func (s *scan) careNewsOf(si int) bool {
	if !s.healthInSentence(si) {
		return false
	}
	return s.sentenceHasWord(si, careCongrats) || s.reviewOrVisit(si) ||
		s.sentenceHasWord(si, careToday) && !s.historical(si) && !s.sentenceHasWord(si, livingNow)
}

// reviewOrVisit reports a thanks for "kind words" or a visit ("in for",
// "came in", "stopped in", "with us") in sentence si: "Thanks to George
// Washington for the kind words about his knee replacement", "We loved
// having Abraham Lincoln in for his physical" tell a patient's care here,
// whatever figure of history shares the name.
func (s *scan) reviewOrVisit(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		w, next := s.toks[t].low, s.toks[t+1].low
		switch {
		case w == "kind" && inSet(next, "words", "review", "note"),
			w == "in" && next == "for" && t > se.tokStart && !inSet(s.toks[t-1].low, "stand", "stood", "stands", "filled", "fill", "fills"),
			inSet(w, "came", "come", "comes", "coming", "stopped", "stops", "popped") && inSet(next, "in", "by"),
			w == "with" && next == "us":
			return true
		}
	}
	return false
}

// figure reports whether p is named as a figure of medicine's history or
// public health ("Jonas Salk", "Nightingale"; names.Figure).
func (s *scan) figure(p person) bool {
	if p.kind == names.Role {
		return false
	}
	var buf [6]string
	words := buf[:0]
	// The name may go on past the mention: "Dr. Martin Luther" of "Dr.
	// Martin Luther King Jr.", "Michael J." of "Michael J. Fox".
	for t := p.name; t < len(s.toks) && len(words) < len(buf) && t < p.to+4; t++ {
		if t >= p.to && s.toks[t].kind == tokWord && !s.toks[t].capital {
			break
		}
		if s.toks[t].kind == tokWord {
			words = append(words, s.toks[t].low)
		} else if s.toks[t].low != "." {
			break
		}
	}
	for len(words) > 1 {
		if names.Figure(words) {
			return true
		}
		words = words[:len(words)-1]
	}
	return names.Figure(words)
}

// public reports whether p is named as someone who told their own health
// in public ("Michael Phelps has talked openly about ADHD", "Like Selena
// Gomez, many people live with lupus"): a public figure, whom a post may
// cite; a practice's patient did not give interviews.
func (s *scan) public(p person) bool {
	if p.kind == names.Role || p.kind == names.Titled {
		return false
	}
	se := s.sents[s.toks[p.from].sent]
	if p.from == se.tokStart+1 && s.toks[se.tokStart].low == "like" && p.to < len(s.toks) && s.toks[p.to].low == "," {
		return true
	}
	for t := p.to; t < se.tokEnd && t < p.to+4; t++ {
		w := s.toks[t].low
		if publicityWords.has(w) && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "about", "openly", "publicly", "up", "candidly", "public") {
			return true
		}
	}
	return false
}

// fameWords say what made someone known to everyone: "author Robin
// Roberts", "Olympic gymnast Kerri Strug", "Jane Goodall, the
// primatologist". officeWords are the offices whose holders the public
// knows ("Governor Mike DeWine", "Mayor Ginther"); their health is their
// own, so only without a health detail are they public.
var (
	fameWords = newWordSet([]string{"author", "novelist", "poet", "singer", "songwriter", "rapper", "actor", "actress", "comedian",
		"musician", "olympian", "gymnast", "legend", "icon", "astronaut", "laureate", "journalist", "anchor", "activist",
		"superstar", "star", "primatologist", "physicist", "inventor", "pioneer", "hall-of-famer", "famer", "medalist",
		"tennis", "golfer", "boxer", "sprinter", "ballerina", "playwright", "filmmaker", "broadcaster", "philanthropist"})
	officeWords = newWordSet([]string{"mayor", "governor", "gov", "senator", "sen", "congressman", "congresswoman",
		"representative", "rep", "president", "councilmember", "councilman", "councilwoman", "secretary", "commissioner"})
	// localWords make a fame word a neighbour's: "local author", "our
	// own Olympian".
	localWords = newWordSet([]string{"local", "our", "my", "hometown", "own", "town", "town's", "neighborhood", "aspiring", "young", "your"})
)

// famed reports whether p is named with what made them known to everyone:
// a fame word just before the name ("author Robin Roberts", "NBA legend
// Bill Walton") or as an appositive after it ("Jane Goodall, the
// primatologist,"), or a public office as their title ("Governor DeWine")
// when the sentence tells no health. A local author or a greeted one is a
// neighbour, not a public figure.
func (s *scan) famed(p person, sentHealth bool) bool {
	if p.kind == names.Role {
		return false
	}
	si := s.toks[p.from].sent
	se := s.sents[si]
	if s.greets(si) {
		return false
	}
	for t := p.from; t < p.name; t++ {
		if officeWords.has(s.toks[t].low) {
			// "Call Senator Ramírez and tell her to vote yes on Medicaid
			// coverage": an office holder asked to act on a policy, whose
			// health the policy's words are not.
			asked := t > se.tokStart && inSet(s.toks[t-1].low, "call", "email", "write", "tell", "urge", "thank", "text", "contact")
			return (!sentHealth || asked) && !(t > se.tokStart && localWords.has(s.toks[t-1].low))
		}
	}
	for t := p.from - 1; t >= se.tokStart && t >= p.from-4; t-- {
		w := s.toks[t].low
		if localWords.has(w) {
			return false
		}
		if fameWords.has(w) || (officeWords.has(w) && !sentHealth) {
			for k := t - 1; k >= se.tokStart && k >= t-3; k-- {
				if localWords.has(s.toks[k].low) {
					return false
				}
			}
			return true
		}
		if s.toks[t].kind == tokPunct && w != "-" {
			break
		}
	}
	// "Jane Goodall, the primatologist, ...": an appositive after the name.
	t := p.to
	if t < se.tokEnd && s.toks[t].low == "," {
		t++
		if t < se.tokEnd && inSet(s.toks[t].low, "the", "a", "an") {
			t++
		}
		for k := t; k < se.tokEnd && k < t+3; k++ {
			if localWords.has(s.toks[k].low) {
				return false
			}
			if fameWords.has(s.toks[k].low) {
				return true
			}
		}
	}
	return false
}

// publicityWords, before "about", "openly" or "publicly", tell health
// told in public.
var publicityWords = newWordSet([]string{"talked", "talks", "spoken", "spoke", "speaks", "opened", "opens", "written",
	"wrote", "writes", "gone", "went", "been", "posted", "shared", "told"})

// figureInSentence reports whether sentence si names a figure of history
// or public health.
func (s *scan) figureInSentence(si int) bool {
	for _, p := range s.people() {
		if s.toks[p.from].sent == si && s.figure(p) {
			return true
		}
	}
	return false
}

// inventedWords tell what a figure of history did.
var inventedWords = newWordSet([]string{"invented", "pioneered", "patented"})

// yearWords come before a year told as one.
var yearWords = newWordSet([]string{"in", "since", "from", "until", "by", "of", "year", "around", "circa", "during", "before", "after"})

// staffIntro reports whether sentence si (or the one before it)
// introduces a team member: "Meet our new medical assistant, Keisha!",
// "Keisha joins our team Monday".
func (s *scan) staffIntro(si int) bool {
	for k := max(0, si-1); k <= si+1 && k < len(s.sents); k++ {
		se := s.sents[k]
		for t := se.tokStart; t+1 < se.tokEnd; t++ {
			a, b := s.toks[t].low, s.toks[t+1].low
			// "our team" alone is no introduction ("thanks for feeding our
			// team"); joining it, being welcomed to it or meeting it is.
			joinsTeam := b == "team" && (inSet(a, "joins", "joined", "joining") ||
				(inSet(a, "our", "the") && t > se.tokStart && inSet(s.toks[t-1].low, "to", "joins", "joined", "joining", "meet", "welcome", "join")))
			if (a == "our" && (b == "new" || b == "newest") && s.staffRoleAfter(t+2, se.tokEnd)) || joinsTeam ||
				(a == "new" && inSet(b, "hire", "hires", "provider", "providers", "colleague", "staff")) {
				return true
			}
		}
	}
	return false
}

// staffByRole reports whether p is told as one of the practice's own:
// "our own Sissy", "Teddy, our respiratory therapist", "our paramedic
// Bubba Dale". A patient, a client or a baby is no role here.
func (s *scan) staffByRole(p person) bool {
	if p.from >= 2 && s.toks[p.from-1].low == "own" && s.toks[p.from-2].low == "our" || s.staffTenure() {
		return true
	}
	role := func(from, to int) bool {
		found := false
		for k := max(0, from); k < to && k < len(s.toks); k++ {
			w := s.toks[k].low
			if patientWords.has(w) || relativeWords.has(w) {
				return false
			}
			found = found || staffRoleWords.has(w) || ownStaffWords.has(w)
		}
		return found
	}
	// "Teddy, our respiratory therapist,": the appositive after the name.
	if t := p.to; t+2 < len(s.toks) && s.toks[t].low == "," && s.toks[t+1].low == "our" && role(t+2, t+5) {
		return true
	}
	// "our respiratory therapist Teddy": the role before it.
	for k := p.from - 1; k >= 0 && k >= p.from-4 && s.toks[k].sent == s.toks[p.from].sent; k-- {
		if s.toks[k].low == "our" {
			return role(k+1, p.from)
		}
	}
	return false
}

// staffEventWords tell something that happened to a staff member
// introduced by role ("had", "out after", "her"): then the health word
// near them may be theirs.
var staffEventWords = newWordSet(append([]string{"had", "has", "got", "gets", "out", "after", "since", "back", "leave", "him",
	"them", "was", "were"}, ownEventWords.list()...))

// staffAppositive reports whether p and a role of the practice's own
// stand beside each other between commas: "Linh, our pharmacist," or
// "our dietitian, Priya," (p the name or the role, either way).
func (s *scan) staffAppositive(p person) bool {
	ownRole := func(from int) bool {
		if from < 0 || from+1 >= len(s.toks) || s.toks[from].low != "our" {
			return false
		}
		for k := from + 1; k < len(s.toks) && k <= from+3; k++ {
			w := s.toks[k].low
			if patientWords.has(w) || relativeWords.has(w) || w == "," || w == "." {
				return false
			}
			if staffRoleWords.has(w) || ownStaffWords.has(w) {
				return true
			}
		}
		return false
	}
	if p.kind != names.Role {
		t := p.to
		return t+1 < len(s.toks) && s.toks[t].low == "," && ownRole(t+1) && s.toks[t+1].sent == s.toks[p.from].sent
	}
	if !ownRole(p.from) {
		return false
	}
	// The name before it ("Linh, our pharmacist") or after it ("our
	// pharmacist, Linh,").
	if b := p.from; b >= 2 && s.toks[b-1].low == "," && s.toks[b-2].capital && s.toks[b-2].kind == tokWord && s.toks[b-2].sent == s.toks[b].sent {
		return true
	}
	a := p.to
	return a+1 < len(s.toks) && s.toks[a].low == "," && s.toks[a+1].capital && s.toks[a+1].kind == tokWord && s.toks[a+1].sent == s.toks[p.from].sent
}

// ownStaffWords are the practice's people staffRoleWords leaves out. A
// volunteer is not one: the sets' writers label a named volunteer
// "review" (someone who has not agreed to be named as staff).
var ownStaffWords = newWordSet([]string{"paramedic", "emt", "custodian", "janitor", "chaplain",
	"interpreter", "receptionists", "doula", "scheduler", "ceo", "cfo", "coo", "cmo", "founder", "cofounder", "owner", "chief"})

// staffTenure reports a post counting someone's years on the team:
// "32 years at our front desk", "20 years with us", "15 years of
// service". The people it greets are staff.
func (s *scan) staffTenure() bool {
	if !s.words.has("years") {
		return false
	}
	for t := 1; t+2 < len(s.toks); t++ {
		if s.toks[t].low != "years" || s.toks[t-1].kind != tokNumber {
			continue
		}
		a, b := s.toks[t+1].low, s.toks[t+2].low
		if (inSet(a, "with", "at", "on") && inSet(b, "us", "our")) || (a == "of" && b == "service") || a == "here" {
			return true
		}
	}
	return false
}

// staffRoleAfter reports whether a staff role or a name comes within two
// words from token t, before end: "our new medical assistant", "our
// newest Dr. Lee", not "our new lobby art" (a thing is no one joining).
func (s *scan) staffRoleAfter(t, end int) bool {
	for k := t; k < end && k < t+2; k++ {
		if patientWords.has(s.toks[k].low) {
			return false // "meet our new patient Darnell Brooks": no one joining the team
		}
		if s.toks[k].capital {
			// "our new Dr. Ruiz", but "our new Henderson office", "our new
			// San Luis exam rooms": a place the practice opened.
			e := k
			for e < end && s.toks[e].capital {
				e++
			}
			return e >= end || !newPlaceWords.has(s.toks[e].low)
		}
		if staffRoleWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// newPlaceWords, after "our new" and a place's name, say the practice
// opened a place, not that someone joined it.
var newPlaceWords = newWordSet([]string{"office", "offices", "clinic", "clinics", "location", "site", "building", "wing", "room",
	"rooms", "exam", "suite", "lobby", "space", "van", "unit", "center", "centre", "campus", "waiting", "branch"})

// patientWords name the ones a practice cares for, never a team member.
var patientWords = newWordSet([]string{"patient", "patients", "client", "clients", "pt", "baby", "babies", "arrival", "arrivals"})

// staffRoleWords are the jobs a practice introduces a new member in.
var staffRoleWords = newWordSet([]string{"assistant", "ma", "receptionist", "coordinator", "nurse", "rn", "lpn", "np", "pa",
	"doctor", "doc", "dr", "physician", "pediatrician", "dentist", "hygienist", "phlebotomist", "specialist", "manager", "biller",
	"scribe", "technician", "tech", "therapist", "dietitian", "provider", "providers", "midwife", "front", "office", "billing",
	"medical", "dental", "team", "staff", "hire", "hires", "member", "members", "addition", "colleague", "intern", "resident",
	"fellow", "optometrist", "surgeon", "counselor", "psychologist", "psychiatrist", "aide", "partner", "practitioner", "pharmacist",
	"administrator", "director", "lead", "associate", "clinician", "cna", "lpn", "educator", "navigator", "worker", "employee"})

// handles finds @handles that are not the practice's: a tag names a person
// as surely as a name does.
func (s *scan) handles() []span {
	out := s.networkHandles() // "'gardengranny1934' on IG": no "@" (priv_roles16.go)
	if !s.words.has("@") {
		return out // no tag without an "@": most texts
	}
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		at := &s.toks[i-1]
		if t.kind == tokPunct || at.low != "@" || at.end != t.start || (at.start > 0 && isWordByte(s.text[at.start-1])) {
			continue
		}
		// The handle runs on over glued underscores and words ("@big_mike"),
		// and over a dot between words ("@miss.lupita.nails"), which
		// Instagram handles allow; a dot that ends the sentence is not glued
		// to a word after it.
		end := i + 1
		for end < len(s.toks) && s.toks[end].start == s.toks[end-1].end {
			if e := &s.toks[end]; e.kind == tokPunct && e.low != "_" &&
				(e.low != "." || end+1 >= len(s.toks) || s.toks[end+1].start != e.end || s.toks[end+1].kind == tokPunct) {
				break
			}
			end++
		}
		h := s.text[t.start:s.toks[end-1].end]
		low := strings.ToLower(h)
		if first, _, dotted := strings.Cut(low, "."); dotted && (s.c.allow.handles[first] || s.c.allow.domain(low)) {
			continue // "@ourpractice.example": the practice's own account or site
		}
		if !s.c.allow.handles[low] && !orgHandle(low) && !businessHandle(low) && !s.c.allow.staffHandle(low) {
			out = append(out, span{i, end})
		}
		i = end - 1
	}
	return out
}

// orgWords in a handle say it is an organization's account, not a person's
// ("@ColumbusHealthDept", "@LincolnElementary").
var orgWords = []string{"health", "dept", "county", "city", "clinic", "hospital", "school", "library", "ymca", "fire",
	"police", "news", "gov", "official", "team", "club", "foundation", "church", "center", "elementary", "district",
	"cdc", "who", "fda", "nih", "red", "cross", "pharmacy", "medical", "council", "association", "society", "univ", "college"}

func orgHandle(h string) bool {
	// "red" alone is a person's as often ("@bham_bigred_77"): the Red
	// Cross writes "cross" too.
	if strings.Contains(h, "red") && !strings.Contains(h, "cross") {
		h = strings.ReplaceAll(h, "red", "")
	}
	for _, w := range orgWords {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// healthWords returns every token's low, for the health package, built
// once per scan.
func (s *scan) healthWords() []string {
	if len(s.lowWords) != len(s.toks) {
		// Sized first and filled by index: appended one by one, the slice
		// header was stored back to s at every token.
		lows := slices.Grow(s.lowWords[:0], len(s.toks))[:len(s.toks)]
		for i := range s.toks {
			lows[i] = s.toks[i].low
		}
		s.lowWords = lows
	}
	return s.lowWords
}

// noHealthIn reports that sentence si surely holds no health detail: the
// details are not found yet, and no word of si can start one
// (health.MayStart). A question about one sentence then costs a look-up per
// word of it, once per sentence, rather than a search of the whole text.
// False means only that healthHits must be asked.
func (s *scan) noHealthIn(si int) bool {
	if s.healthDone {
		return false
	}
	if len(s.sentHealth) != len(s.sents) {
		s.sentHealth = append(s.sentHealth[:0], make([]sentenceHealth, len(s.sents))...)
	}
	if s.sentHealth[si] == healthUnasked {
		s.sentHealth[si] = healthNone
		words := s.healthWords()
		for t := s.sents[si].tokStart; t < s.sents[si].tokEnd; t++ {
			if health.MayStart(words, t) {
				s.sentHealth[si] = healthMaybe
				break
			}
		}
	}
	return s.sentHealth[si] == healthNone
}

// healthHits returns the health details in the text (compliance/health),
// found once per scan.
func (s *scan) healthHits() []health.Hit {
	if s.healthDone {
		return s.health
	}
	hs := health.Find(s.healthWords(), s.healthBuf[:0])
	// "Riverside Hospital", "Lincoln Cancer Center": a health word inside
	// a capitalized name is an organization, not anyone's health.
	kept := hs[:0]
	for i, h := range hs {
		if t := h.From; t > 0 && s.toks[t].capital && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && s.toks[t-1].sent == s.toks[t].sent &&
			!s.shouted(t-1, t) && !inSet(s.toks[t-1].low, "your", "ur", "my", "his", "her", "our", "their", "the", "a", "an") {
			continue // "Your Pap smear came back": a sentence's first word is capitalized, no name's
		}
		if (h.Cat == health.Procedure || h.Cat == health.Medicine) && s.serviceNotCare(h.From) {
			continue
		}
		if h.To == h.From+1 && (s.slangSick(h.From) || s.everydaySense(h.From)) {
			continue // "that sick kickflip", "the drone shots of our sign" (senses17.go)
		}
		if s.careNamesThing(h.From, h.To) {
			continue
		}
		if s.vaccineStock27(h.From, h.To) || s.careDuty27(h.From, h.To) {
			continue // "the vaccine delivery", "boosters are back in stock", "on chemo call" (stock27.go)
		}
		if s.sugarNotReading24(h.From, h.To) {
			continue // "his sugar's the secret to his pecan pie" (attack24.go)
		}
		if s.jokeResult26(h.From, h.To, hs[i+1:]) {
			continue // "tested positive for being the best dad" (jokeresult26.go)
		}
		kept = append(kept, h)
	}
	s.health, s.healthBuf, s.healthDone = kept, kept, true
	return s.health
}

// careNamesThing reports whether the health words at tokens [from,to)
// only say what kind of staff, supplies or event follow them, which no
// one owns: "the dialysis nurses", "naloxone kits", "the hospice garden
// party", "the fertility center waiting room", "the cancer center staff".
// A care place may stand between ("center", "unit"). Owned, they are
// someone's care again: "her dialysis nurses", "Mateo's chemo team".
func (s *scan) careNamesThing(from, to int) bool {
	k := to
	if k < len(s.toks) && petWords.has(s.toks[k].low) && s.toks[k].sent == s.toks[from].sent {
		return true // "his therapy dog", "her service dog": an animal's job, even owned
	}
	if k < len(s.toks) && careRooms.has(s.toks[k].low) {
		k++
		if s.newPlaceBefore(from) {
			return true // "our new Norman physical therapy gym": a place opened, no one's care
		}
	}
	if k >= len(s.toks) || !careStaffOrThings.has(s.toks[k].low) || s.toks[k].sent != s.toks[from].sent {
		return false
	}
	if s.reviewMode() {
		return false // a reply's "our eating disorder team" is the reviewer's care
	}
	// The owner may stand a few words back: "your post-laser aftercare kit".
	for j := from - 1; j >= 0 && j >= from-4 && s.toks[j].sent == s.toks[from].sent; j-- {
		if w := s.toks[j].low; possessiveWords.has(w) || w == "s" || w == "your" || w == "ur" {
			return false
		}
	}
	return true
}

// newPlaceBefore reports whether "new" stands up to four words before
// token from, in its sentence, after "our" or "the": the care room named
// from there on is one the practice opened ("our new Norman physical
// therapy gym").
func (s *scan) newPlaceBefore(from int) bool {
	for j := from - 1; j >= 1 && j >= from-4 && s.toks[j].sent == s.toks[from].sent; j-- {
		if s.toks[j].low == "new" && (s.toks[j-1].low == "our" || s.toks[j-1].low == "the") {
			return true
		}
	}
	return false
}

// careStaffOrThings after a word of care make it a kind of staff, supply
// or event: the care is the practice's line of work or a cause, not a
// person's treatment.
var careStaffOrThings = newWordSet([]string{"nurse", "nurses", "staff", "team", "crew", "volunteers", "techs", "kit", "kits",
	"supplies", "party", "fair", "fundraiser", "gala", "walk", "garden", "mural", "waiting", "lobby", "fridge", "breakroom",
	"awareness", "drive", "bake", "raffle", "flyer", "flyers", "poster", "posters", "brochure", "brochures", "handout",
	"handouts", "pamphlet", "video", "explainer", "campaign", "sign", "signs",
	// "our ambulance crews", "the new ambulance bay", "the hospice fleet".
	"crews", "bay", "bays", "garage", "fleet", "district",
	// "the state primary care conference": care as a meeting's topic.
	"conference", "conferences", "summit", "symposium", "forum", "webinar", "panel", "expo"})

// slangSick reports whether token t is "sick" praising a thing in slang
// ("the sick kickflip", "sick moves"): no illness.
func (s *scan) slangSick(t int) bool {
	if s.toks[t].low != "sick" || t+1 >= len(s.toks) {
		return false
	}
	// "We're sick of Albany's budget cuts", "sick and tired of the
	// wait": fed up, not ill.
	next := s.toks[t+1].low
	return slangPraised.has(next) || next == "of" || (next == "and" && t+2 < len(s.toks) && s.toks[t+2].low == "tired") ||
		timeOff.has(next)
}

// timeOff are what "sick" names as time off work, no illness: "the barn
// doesn't take sick days", "sick leave", "sick pay".
var timeOff = newWordSet([]string{"day", "days", "leave", "pay", "time", "note", "notes", "bank", "policy", "hours"})

// slangPraised are the things "sick" praises in slang: "a sick kickflip",
// "sick moves", "that sick save".
var slangPraised = newWordSet([]string{"kickflip", "kickflips", "trick", "tricks", "move", "moves", "beat", "beats", "goal", "goals",
	"save", "saves", "dunk", "dunks", "catch", "play", "plays", "pass", "ride", "fit", "fits", "outfit", "kicks", "sneakers", "jump",
	"flip", "flips", "skills", "ollie", "grind", "wheelie", "throw", "spike", "serve", "combo", "track", "mix", "set", "view", "views"})

// shouted reports whether tokens a and b are both written in capitals
// ("ON BEATING CANCER"): a shouted sentence, not the name of a "Cancer
// Center".
func (s *scan) shouted(a, b int) bool {
	return s.toks[a].end-s.toks[a].start > 1 && isUpperWord(s.text[s.toks[a].start:s.toks[a].end]) &&
		s.toks[b].end-s.toks[b].start > 1 && isUpperWord(s.text[s.toks[b].start:s.toks[b].end])
}

// serviceNotCare reports whether the procedure or medicine at token t is
// care the practice offers or someone organizes, not anyone's own: "our
// blood pressure screening", "our free flu shots", "hosting our screening",
// "teaching CPR to our staff".
func (s *scan) serviceNotCare(t int) bool {
	n, _ := health.At(s.healthWords(), t)
	if t+n < len(s.toks) && careAlumni.has(s.toks[t+n].low) {
		return false // "our NICU graduate" is a person who was there
	}
	if t >= 2 && n > 0 && s.toks[t+n-1].low == "chair" && s.toks[t-1].low == "our" && inSet(s.toks[t-2].low, "in", "into") {
		return false // "sat in our vein chair": someone's care, told by the seat
	}
	if t >= 1 && possessiveWords.has(s.toks[t-1].low) {
		return false // "letting us share that his kidney transplant went well": his own
	}
	if s.careReady26(t, n) || n == 1 && t >= 1 && inSet(s.toks[t-1].low, "no", "sin") && visitWords.has(s.toks[t].low) {
		return true // "Your flu shot is waiting", "no appointment needed" (careready26.go)
	}
	if t >= 1 && s.toks[t-1].low == "our" {
		return true
	}
	if n > 0 && t+n < len(s.toks) && noticeNouns.has(s.toks[t+n].low) {
		// "mail 500 flu shot reminders", "hung the flu shot posters": a
		// notice of the service, no one's care (session 16, att16).
		return true
	}
	if t >= 2 && s.toks[t-2].low == "our" && s.toks[t-1].kind == tokWord && !s.toks[t-1].capital && !notOffered.has(s.toks[t-1].low) {
		return true
	}
	si := s.toks[t].sent
	for k := t - 1; k >= 0 && k >= t-10 && s.toks[k].sent == si; k-- {
		if organizerWords.has(s.toks[k].low) && !s.consentAt24(k) && !s.careLetAt24(k) {
			return true // "letting us share" is consent, no event (consent24.go)
		}
	}
	return false
}

// noticeNouns after a procedure or a medicine make it a notice's subject:
// "flu shot reminders", "mammogram flyers".
var noticeNouns = newWordSet([]string{"reminder", "reminders", "flyer", "flyers", "postcard", "postcards", "poster", "posters",
	"sign", "signs", "campaign", "campaigns", "supplies", "brochure", "brochures", "mailer", "mailers"})

// careAlumni words after a place or kind of care make a person of it.
var careAlumni = newWordSet([]string{"graduate", "graduates", "grad", "grads", "alum", "alumni", "baby", "babies", "patient",
	"patients", "warrior", "warriors", "survivor", "survivors", "kid", "kids", "baby's"})

// notOffered words between "our" and a procedure make it someone's ("our
// Dave's surgery" has a name; "our patient's surgery", "our own").
var notOffered = newWordSet([]string{"patient", "patients", "s", "own", "had", "has", "got", "is", "was"})

// organizerWords before a procedure make it an event someone runs.
var organizerWords = newWordSet([]string{"hosting", "hosted", "hosts", "organizing", "organized", "organizes", "teaching",
	"taught", "teaches", "directing", "sponsoring", "sponsored", "volunteering", "volunteered", "volunteers", "letting",
	"lending", "lent", "feeding", "donating", "providing", "cooking", "baking", "leads", "leading", "offers", "offering"})

// anyCondition reports whether the text names a condition anywhere.
func (s *scan) anyCondition() bool {
	for _, h := range s.healthHits() {
		if h.Cat == health.Condition {
			return true
		}
	}
	return false
}

// tokenStart returns the index of the token holding or following byte b.
func (s *scan) tokenStart(b int) int {
	from, _ := s.tokenRange(b, b+1)
	return from
}

// healthStartsAt reports whether a health detail starts at token t.
func (s *scan) healthStartsAt(t int) bool {
	if !s.healthDone && !health.MayStart(s.healthWords(), t) {
		return false // no search of the whole text for one word
	}
	for _, h := range s.healthHits() {
		if h.From == t {
			return true
		}
	}
	return false
}

// inHealth reports whether token t is part of a health detail
// ("Alzheimer" of "Alzheimer's disease").
func (s *scan) inHealth(t int) bool {
	if !s.healthDone && !health.MayCover(s.healthWords(), t) {
		return false // no search of the whole text for one word
	}
	hs := s.healthHits()
	if len(hs) > healthCoverFrom {
		// Many details: one pass marks the tokens they cover, so a long
		// post's every word does not read every detail (quadratic).
		if !s.healthCoverDone {
			s.healthCover, s.healthCoverDone = falses(s.healthCover, len(s.toks)), true
			for _, h := range hs {
				for k := h.From; k < h.To && k < len(s.healthCover); k++ {
					s.healthCover[k] = true
				}
			}
		}
		return t >= 0 && t < len(s.healthCover) && s.healthCover[t]
	}
	for _, h := range hs {
		if t >= h.From && t < h.To {
			return true
		}
	}
	return false
}

// healthCoverFrom is how many health details a post needs before inHealth
// marks the tokens they cover: a short post's few are quicker read in turn.
const healthCoverFrom = 8

// healthAbout reports whether a health detail in the post can be about
// someone named in sentence si: one in that sentence, or in another
// sentence that is not advice to the reader or to everyone ("Congrats
// Darnell! The new knee looks great" is; "Happy birthday, Ngozi! Flu
// shots are in, book yours" is not). When si greets the person ("Get well
// soon, Coach!"), "you" in the others is that person.
func (s *scan) healthAbout(si int) bool {
	greeted := s.greets(si) || s.addressed(si)
	for _, h := range s.healthHits() {
		j := s.toks[h.From].sent
		if j == si || !s.generalSentence(j, !greeted) || greeted && s.resultNews(h) {
			return true
		}
	}
	return false
}

// healthNextAbout reports whether the sentence after si goes on about one
// person ("he", "she", "his", "her" in its first words) and holds a health
// detail told as theirs, not advice to everyone: "The pastor at Grace
// Lutheran asked us to share the news. His bypass went well." Then the
// one-person role in si is whose care it is.
func (s *scan) healthNextAbout(si int) bool {
	if si+1 >= len(s.sents) || !s.healthInSentence(si+1) || s.generalSentence(si+1, true) {
		return false
	}
	se := s.sents[si+1]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+4; t++ {
		if inSet(s.toks[t].low, "he", "she", "his", "her") {
			return true
		}
	}
	return false
}

// resultNews reports whether the health detail h is told as a result that
// came out one way ("your Pap came back normal, no need to call"): news
// for the one greeted, though the sentence also tells them what to do.
func (s *scan) resultNews(h health.Hit) bool {
	si := s.toks[h.From].sent
	for k := max(0, h.From-3); k < min(len(s.toks), h.To+4); k++ {
		if testOutcomeWords.has(s.toks[k].low) && s.toks[k].sent == si {
			return !s.sentenceHasWord(si, conditionalWords)
		}
	}
	return false
}

// audienceWords say a sentence speaks to everyone, not about one person;
// adviceWords that it tells the reader what to do.
var (
	audienceWords = newWordSet([]string{"everyone", "anyone", "everybody", "anybody", "people", "adults", "parents",
		"kids", "children", "folks", "families", "teens", "seniors", "women", "men", "babies", "most", "many", "all"})
	adviceWords = newWordSet([]string{"if", "ask", "book", "call", "schedule", "remember", "don", "dont", "make", "get",
		"stay", "keep", "check", "try", "join", "register", "rsvp"})
)

// generalSentence reports whether sentence j speaks to everyone (or, when
// you counts, to the reader): advice, an offer or a reminder.
func (s *scan) generalSentence(j int, you bool) bool {
	return s.sentenceSpeaksTo(j, you, true)
}

// sentenceSpeaksTo reports whether sentence j, which speaks of no "he" or
// "she", gives advice (or, when you counts, speaks to the reader, and when
// audience counts, to a group: "kids need more sleep").
func (s *scan) sentenceSpeaksTo(j int, you, audience bool) bool {
	se := s.sents[j]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if w == "he" || w == "she" || w == "his" || w == "him" || w == "hers" {
			return false // about someone in particular
		}
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if adviceWords.has(w) || (audience && audienceWords.has(w)) || (you && youWords.has(w) && w != "re" && w != "ve" && w != "ll") {
			return true
		}
	}
	return false
}

// greetWords open a sentence said to one person.
var greetWords = newWordSet([]string{"congrats", "congratulations", "happy", "get", "welcome", "thanks", "thank",
	"shoutout", "shout", "proud", "hugs", "sending", "dear", "hi", "hey", "hello", "cheers", "kudos", "love", "prayers", "praying",
	// Spanish and Portuguese: "¡Felicidades, doña Carmen!", "Bem-vinda de volta, Dona Lúcia!"
	"felicidades", "felicitaciones", "bienvenida", "bienvenido", "gracias", "parabéns", "parabens", "bem", "obrigado", "obrigada",
	// Other languages' greetings: "Talofa Sefo!", "Bonjour Amadou,", "Добрий день, Тарас!"
	"hola", "olá", "ola", "aloha", "mahalo", "talofa", "bula", "malo", "bonjour", "salut", "ciao", "hallo", "hej", "shalom",
	"salaam", "salam", "namaste", "jambo", "kumusta", "привіт", "привет", "вітаю", "здравствуйте", "добрий", "добрый", "доброе",
	// More of the families' languages (names.greetingOther): "Zdravo Mirsada!", "Hafa Adai Tåsi!", "Mbote Kiese!"
	"zdravo", "merhaba", "marhaba", "cześć", "czesc", "ahoj", "szia", "hujambo", "habari", "mbote", "sawubona", "chào", "chao",
	"mingalaba", "annyeong", "bonjou", "hafa", "yokwe", "buenos", "buenas", "bom", "boa"})

// greets reports whether sentence si opens with a greeting.
func (s *scan) greets(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
		if greetWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// healthInSentence reports whether sentence si holds a health detail.
func (s *scan) healthInSentence(si int) bool {
	if s.noHealthIn(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si {
			return true
		}
	}
	return false
}

// askWords tell that a patient asked something; whyWords open what was
// asked.
var (
	askedWords = newWordSet([]string{"asked", "asks", "wondered", "wonders", "wanted", "wants", "asking"})
	whyWords   = newWordSet([]string{"why", "how", "what", "whether", "if", "about", "when", "which", "who", "where"})
)

// questionHook reports whether sentence si opens a teaching post with an
// unnamed patient's question and tells nothing of their health: "A
// patient asked me today why we ask about salt at every visit." The
// question is everyone's; "a patient asked me today why her chemo makes
// her tired" tells her treatment and is a story.
func (s *scan) questionHook(si int) bool {
	if !s.hasAny(askedWords) {
		return false // no patient asked anything: most texts (a gateSet, no walk)
	}
	se := s.sents[si]
	found := false
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		// "patient" first: one comparison rejects nearly every token.
		if s.toks[t+1].low == "patient" && inSet(s.toks[t].low, "a", "one") && askedWords.has(s.toks[t+2].low) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	// Care owned by the patient ("her chemo", "his stitches") makes it
	// their story; care asked about in general ("at every visit", "a
	// tetanus booster") does not.
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && h.From > 0 && possessiveWords.has(s.toks[h.From-1].low) {
			return false
		}
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.from].sent == si && h.from > 0 && possessiveWords.has(s.toks[h.from-1].low) {
			return false
		}
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		if whyWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// locatedPatients finds a patient told by where they lie, with their
// care in the same sentence: "pt in 4B post-op c-section doing great",
// "bed 12 is finally off oxygen", "the lady in room 3 had her twins". The
// room or bed is as good as a name to everyone on the floor; a room
// painted or cleaned tells no one's care.
func (s *scan) locatedPatients(msg string, found []post.Finding) []post.Finding {
	if !s.hasWord("pt", "patient", "room", "rm", "bed", "bay") {
		return nil
	}
	var out []post.Finding
	for t := 1; t < len(s.toks); t++ {
		if s.toks[t].shape&classDigit == 0 {
			continue // most words: no room without a digit
		}
		prev := s.toks[t-1].low
		if !roomCode(s.toks[t].low) || !inSet(prev, "in", "room", "rm", "bed", "bay") {
			continue
		}
		si := s.toks[t].sent
		if prev == "in" && (t < 2 || !inSet(s.toks[t-2].low, "pt", "patient", "lady", "guy", "man", "woman", "kid", "baby", "mom")) {
			continue // "in 2024", "in 3D": no one placed
		}
		if !s.healthInSentence(si) || s.roomOfNoOne(si) {
			continue // "sick visits move to Room 5": a room, no one in it
		}
		a, b := s.span(t-1, t+1)
		if !overlapsAny(found, a, b) && !overlapsAny(out, a, b) {
			out = append(out, s.finding(t-1, t+1, msg))
		}
	}
	return out
}

// roomCode reports whether w reads as a room or a bed: a number of one to
// four digits, with a letter before or after ("4B", "212", "b7").
func roomCode(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z':
			letters++
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 4 && letters <= 1
}

// checkNarrative is PRIV-11: a story about one patient even with no name
// ("a patient came in today with...").
// Besides the phrase list, a sentence with a patient-context cue and a
// time cue ("in room 3 this morning", "one we removed last Tuesday") is a
// narrative too.
func checkNarrative(s *scan) []post.Finding {
	const msg = "This tells a story about a particular patient. Even without a name, the timing and details can identify them."
	out := s.phraseFindings("PRIV-11", msg, "")
	// "we just" tells a story only about care: "we just added Saturday
	// hours", "we just want you to vote" tell none.
	kept := out[:0]
	for _, f := range out {
		from, to := s.tokenRange(f.Start, f.End)
		if s.cameInNoStory(from, to) || s.storyPolicy(from, to) || s.patientCompound(from, to) {
			continue // "came in last", "When we share a patient story ...", "our patient portal"
		}
		if to-from == 2 && s.toks[from].low == "we" && s.toks[from+1].low == "just" {
			si := s.toks[from].sent
			if !s.healthInSentence(si) && !s.sentenceHas("context/clinical", si) && !s.sentenceHas("context/patient", si) {
				continue
			}
		}
		kept = append(kept, f)
	}
	out = kept
	out = append(out, s.locatedPatients(msg, out)...)
	for _, h := range s.hitsOf("context/temporal") {
		si := s.toks[h.from].sent
		if !s.sentenceHas("context/patient", si) || s.questionHook(si) || s.roomOfNoOne(si) {
			continue
		}
		if !s.patientCue(si) && !s.careInSentence(si) {
			// "Congrats to Grant and his wife on their wedding last
			// weekend": a relative, a time and no care tell no story.
			continue
		}
		se := s.sents[si]
		if !overlapsAny(out, se.start, se.end) {
			out = append(out, s.finding(h.from, h.to, msg))
		}
	}
	return out
}

// checkMediaCues is PRIV-12: attached images and video, and text that says
// a picture shows someone. An image the author marked as showing a patient
// warns; one marked as not showing a patient is noted for a second look.
func checkMediaCues(s *scan) []post.Finding {
	var out []post.Finding
	if s.channel == "" {
		for _, m := range s.d.Media {
			f := post.Finding{Match: m.Name, Message: "This image shows a patient (as marked). Faces, charts, screens and wristbands all identify."}
			if !m.ShowsPatient {
				f.Severity = post.SeverityInfo
				f.Message = "An image is attached and marked as not showing a patient. Check for faces, charts, screens and name tags in the background."
			}
			out = append(out, f)
		}
	}
	// The screen that shows a named person or today's patients, then every
	// other record, surface and face the text says the picture shows.
	exposed := s.mediaExposure(s.screenShowsPatients())
	for _, f := range s.namedCaptures() { // captures19.go
		if !overlapsAny(exposed, f.Start, f.End) {
			exposed = append(exposed, f)
		}
	}
	for _, f := range s.phraseFindings("PRIV-12", "The text says a picture or scan shows someone. If it is a patient, it needs their written authorization.", "") {
		if !overlapsAny(exposed, f.Start, f.End) && !s.negatedMedia(s.toks[s.tokenStart(f.Start)].sent) && !s.photoOfThing(f.End) && !s.tripPhotos(f.End) &&
			!s.mediaRefused(s.tokenStart(f.Start)) {
			out = append(out, f)
		}
	}
	return s.bracketedMediaWarnings(append(out, exposed...))
}

// displayWords are what a photo of a clinic catches in the background:
// a screen, a board, a sheet ("sheet" only as a sign-in sheet).
var displayWords = []string{"whiteboard", "monitor", "screen", "computer", "clipboard", "printout", "wristband", "sheet"}

// listedWords say what a display shows is patients: their names, charts
// or visits.
var listedWords = newWordSet([]string{"names", "chart", "charts", "rm", "appts", "records", "labs", "diagnosis", "diagnoses"})

// patientsListed reports whether token t is "patients" said of the day's
// own ("today's patients", "this morning's patients"), as a board lists
// them; "helping patients" is anyone.
func (s *scan) patientsListed(t int) bool {
	return (s.toks[t].low == "patients" || s.toks[t].low == "patient") && t > 0 &&
		(s.toks[t-1].low == "s" || s.toks[t-1].low == "todays")
}

// rosterBoardKinds before "board" make it a board of patients: "our new
// scheduling board", "the patient board", "check-in board". A board of
// directors or "board certified" is no display.
var rosterBoardKinds = newWordSet([]string{"scheduling", "schedule", "patient", "patients", "tracking", "census", "in", "assignment",
	"status", "erase", "appointment", "appointments", "triage"})

// rosterBoard reports a board at token t that lists patients by its kind.
func (s *scan) rosterBoard(t int) bool {
	return s.toks[t].low == "board" && t > 0 && rosterBoardKinds.has(s.toks[t-1].low)
}

// hiddenNameWords say the names a picture shows are not anyone's:
// "names are blurred", "a test account", "no real data".
var hiddenNameWords = newWordSet([]string{"blurred", "hidden", "covered", "redacted", "fake", "test", "demo", "dummy", "sample",
	"fictional", "made", "pixelated", "cropped", "real"})

// namesHidden reports sentence si saying the names shown are hidden or
// made up ("names are blurred", "from a test account, no real data").
func (s *scan) namesHidden(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if hiddenNameWords.has(s.toks[t].low) {
			return true
		}
	}
	return s.negatedMedia(si)
}

// displayWordSet is displayWords as a gate.
var displayWordSet = newWordSet(displayWords)

// photoWords say a photo was taken.
var photoWords = newWordSet([]string{"photo", "pic", "picture", "behind", "background", "bts", "selfie", "video", "candid", "pics", "photos"})

// screenShowsPatients is the block half of PRIV-12: a photo whose screen,
// board or sheet shows patients ("the whiteboard behind us lists today's
// patients", "Mrs. Kang's chart on the monitor"): what the camera caught is
// disclosed like any text.
func (s *scan) screenShowsPatients() []post.Finding {
	if !(s.hasAny(displayWordSet) || s.words.has("board")) || !(s.hasAny(photoWords) || strings.Contains(s.text, "📸")) {
		return nil
	}
	for i := range s.toks {
		if !(slices.Contains(displayWords, s.toks[i].low) || s.rosterBoard(i)) || (s.toks[i].low == "sheet" && (i == 0 || s.toks[i-1].low != "in")) {
			continue
		}
		si := s.toks[i].sent
		se := s.sents[si]
		end := min(se.tokEnd, i+9)
		if si+1 < len(s.sents) && !s.namesHidden(si+1) {
			// "Sneak peek of our new scheduling board! (names in the
			// background are from this morning's class)": what the
			// display shows, said in the next sentence.
			end = s.sents[si+1].tokEnd
		}
		for t := max(se.tokStart, i-8); t < end; t++ {
			if t == i || (!listedWords.has(s.toks[t].low) && !s.personAt(t) && !s.patientsListed(t)) {
				continue
			}
			if t >= se.tokEnd && s.toks[t].low != "names" {
				continue // the next sentence counts for the names it says are shown
			}
			if s.toks[t].low == "names" && s.namesHidden(s.toks[t].sent) {
				continue // "names blurred", "test names": no one's
			}
			f := s.finding(min(i, t), max(i, t)+1, "A screen, board or sheet in the picture shows patients: their names, charts or visits can be read in a photo as in text.")
			f.Severity = post.SeverityBlock
			f.Suggestion = "Retake or crop the picture so no screen, board or paper with patient information shows, and say nothing about it."
			if s.surfaceOnlyThere(si) {
				// "Kaylee at the front desk; a monitor behind her is on,
				// screen blurry": a person before a screen nothing on
				// which is said to be legible (media15.go).
				f.Severity = post.SeverityWarn
				f.Message = "The picture this text describes shows a screen, board or sheet. Nothing on it is said to be legible; check the picture before posting."
			}
			return []post.Finding{f}
		}
	}
	return nil
}

// checkRarity is PRIV-14: rare cases and "the only..." next to a patient's
// story; rarity alone can identify.
func checkRarity(s *scan) []post.Finding {
	var out []post.Finding
	for _, h := range s.hitsOf("PRIV-14") {
		if h.from > 0 && s.toks[h.from].low == "the" && s.isNegator(h.from-1) {
			// "sobriety isn't the only win", "you're not the only one
			// who ...": a denied "only" says there are many.
			continue
		}
		// "The only set of triplets born in our county had their checkup
		// with us": rarity next to care identifies as surely as next to
		// the word "patient".
		if w := s.toks[h.from].low; (w == "first" || w == "last") && h.to > h.from+1 && inSet(s.toks[h.from+1].low, "baby", "babies", "newborn", "birth", "delivery") {
			// A birth's own rarity: ours and now, or history's.
			if s.oneBirth(h.from, h.to) {
				out = append(out, s.finding(h.from, h.to, "A rare case or a \"first/only\" detail can identify the patient on its own."))
			}
			continue
		}
		if s.inPatientContext(h.from, h.to) || s.healthInSentence(s.toks[h.from].sent) {
			out = append(out, s.finding(h.from, h.to, "A rare case or a \"first/only\" detail can identify the patient on its own."))
		}
	}
	if s.words.has("baby") {
		// "the first baby Jo caught at our birth suite": the one who
		// delivered it named between.
		for i := 0; i+3 < len(s.toks); i++ {
			if s.oneBirth(i, i+2) && s.toks[i+2].capital && inSet(s.toks[i+3].low, "caught", "delivered", "delivers", "catches") && !overlapsAny(out, s.toks[i].start, s.toks[i+3].end) {
				out = append(out, s.finding(i, i+4, "A rare case or a \"first/only\" detail can identify the patient on its own."))
			}
		}
	}
	for _, f := range s.smallCells() {
		// The block replaces the phrase's warning on the same words.
		out = slices.DeleteFunc(out, func(g post.Finding) bool { return g.Start < f.End && f.Start < g.End })
		out = append(out, f)
	}
	out = append(out, s.describedHomes()...)
	out = append(out, s.describedPeople()...)
	// An incident the town heard about, then our care (incidents24.go).
	for _, f := range s.incidentCare24() {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	// One person told by a description, one household by its place
	// (described19.go, located19.go).
	if s.hasAny(pickedOutCues) {
		for _, f := range append(s.describedOnes(), s.locatedHouseholds()...) {
			if !overlapsAny(out, f.Start, f.End) {
				out = append(out, f)
			}
		}
	}
	// One person told by what they are, pointed at and narrowed
	// (described21.go).
	for _, f := range s.describedByWork() {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	// A notice of care to one person addressed at the opening (notice20.go).
	if f, ok := s.addressedNotice(); ok && !overlapsAny(out, f.Start, f.End) {
		out = append(out, f)
	}
	for _, f := range s.pointedOnes() {
		// The block replaces a warning on the same words ("whoever drove
		// the silver Silverado" warned as a car with no care).
		out = slices.DeleteFunc(out, func(g post.Finding) bool {
			return g.Severity != post.SeverityBlock && g.Start < f.End && f.Start < g.End
		})
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// oneBirth reports whether the rarity phrase in tokens [from, to) is the
// first or last baby of a year or a birth suite ("the first baby born at
// our birth suite this year"): a birth is care, and its mother and child
// are known in town by it. The reader's own ("your first baby at home")
// is anyone's.
func (s *scan) oneBirth(from, to int) bool {
	if w := s.toks[from].low; w != "first" && w != "last" {
		return false
	}
	if from > 0 && inSet(s.toks[from-1].low, "your", "ur", "a", "my", "their", "his", "her") {
		return false
	}
	if from+1 >= to || !inSet(s.toks[from+1].low, "baby", "babies", "newborn", "birth", "delivery") {
		return false
	}
	if inSet(s.toks[from+1].low, "delivery", "birth") && from+3 < len(s.toks) && s.toks[from+2].low == "of" && !s.birthTimeAfter(from+3) {
		return false // "the last delivery of flu vaccine": a shipment
	}
	// Not history's: "In 1978 Louise Brown became the first baby born
	// through IVF" has a year 15 or more years back in its sentence. The
	// year is looked for near the phrase, so a long sentence of such
	// phrases is read in linear time.
	se := s.sents[s.toks[from].sent]
	now := s.d.Now.Year()
	if s.d.Now.IsZero() {
		now = time.Now().Year()
	}
	for t := max(se.tokStart, from-birthYearReach); t < min(se.tokEnd, to+birthYearReach); t++ {
		if s.toks[t].kind == tokNumber && len(s.toks[t].low) == 4 {
			if y, err := strconv.Atoi(s.toks[t].low); err == nil && y >= 1800 && y <= now-15 {
				return false
			}
		}
	}
	return true
}

// birthYearReach is how many tokens either side of a first or last birth
// are read for the year that makes it history's.
const birthYearReach = 24

// birthTimes, after "the first delivery of", make it a birth's: "of the
// year", "of the night", "of 2027".
var birthTimes = newWordSet([]string{"year", "decade", "century", "night", "day", "month", "week", "shift", "season", "summer",
	"winter", "spring", "fall", "holidays", "suite", "unit", "hospital", "center"})

// birthTimeAfter reports whether the words from t (after "of") name a
// time or the birth suite ("of the year", "of 2027"), not a thing
// delivered ("of flu vaccine").
func (s *scan) birthTimeAfter(t int) bool {
	for k := t; k < len(s.toks) && k < t+4; k++ {
		if s.toks[k].kind == tokNumber || birthTimes.has(s.toks[k].low) {
			return true
		}
		if !inSet(s.toks[k].low, "the", "this", "our", "new", "a", "last", "first") && !s.toks[k].capital {
			return false
		}
	}
	return false
}

// checkSensitive is PRIV-15: mental health, HIV, substance use,
// reproductive and genetic details about a patient. With a name it blocks.
func checkSensitive(s *scan) []post.Finding {
	var out []post.Finding
	named := s.hasPatientName()
	for _, h := range s.hitsOf("PRIV-15") {
		if !s.inPatientContext(h.from, h.to) {
			continue
		}
		f := s.finding(h.from, h.to, "A sensitive health detail (mental health, HIV, substance use, reproductive or genetic) about a patient.")
		if named {
			f.Severity = post.SeverityBlock
			f.Message += " Together with a name, this must not be posted."
		}
		out = append(out, f)
	}
	return out
}

// regionWords open a region of a state: "Middle Tennessee", "Western
// North Carolina", "Upstate New York".
var regionWords = newWordSet([]string{"northern", "southern", "eastern", "western", "central", "middle", "upper", "lower",
	"upstate", "downstate", "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
	"northeastern", "northwestern", "southeastern", "southwestern", "coastal", "rural"})

// stateTailWords end a state's name: "Tennessee", "North Carolina", "New
// York", "South Jersey".
var stateTailWords = newWordSet(strings.Fields("alabama alaska arizona arkansas california colorado connecticut delaware " +
	"florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan " +
	"minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont " +
	"virginia washington wisconsin wyoming carolina dakota york jersey hampshire mexico"))

// regionOfState reports whether the place starting at token t is a region
// of a state: region words, then the state ("Western North Carolina",
// "Middle Tennessee"). Such a region holds millions: Safe Harbor's
// smallest units are far smaller, and it places no one.
func (s *scan) regionOfState(t int) bool {
	if !regionWords.has(s.toks[t].low) {
		return false
	}
	k := t + 1
	for k < len(s.toks) && k < t+3 && regionWords.has(s.toks[k].low) {
		k++
	}
	for ; k < len(s.toks) && k < t+4 && s.toks[k].capital; k++ {
		if stateTailWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// bodyWords close an institution's or public body's name: "Metro
// Schools", "Lakeview Public Library", "Eastside Community Hospital".
var bodyWords = newWordSet([]string{"schools", "school", "library", "libraries", "church", "hospital", "university",
	"college", "academy", "elementary", "district", "department", "dept", "police", "fire", "ems", "council", "foundation",
	"museum", "ymca", "rotary", "chamber", "parks", "bank", "clinic", "center", "centre", "cathedral", "mosque", "temple",
	"synagogue", "seminary", "institute", "association", "society", "club", "radio", "herald", "gazette", "times"})

// institutionAt reports whether the capitalised run starting at token t
// names an institution ("from Metro Schools", "of Lakeview Public
// Library"): where someone works or volunteers, not where they live.
func (s *scan) institutionAt(t int) bool {
	for k := t; k < len(s.toks) && k < t+4 && s.toks[k].capital; k++ {
		if bodyWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// townSpan reports whether the town at token t opens a span of towns
// ("from Hollister to Gilroy"): the ground a practice covers.
func (s *scan) townSpan(t int) bool {
	if t == 0 || s.toks[t-1].low != "from" {
		return false
	}
	for k := t + 1; k < len(s.toks) && k < t+4; k++ {
		if s.toks[k].low == "to" {
			return k+1 < len(s.toks) && s.toks[k+1].capital
		}
		if !s.toks[k].capital {
			return false
		}
	}
	return false
}

// venueNouns before "on", "off" or "at" a street make it a shop's or a
// venue's place: "the barbershop on Bell Rd", "the bakery on Thompson
// Road".
var venueNouns = newWordSet([]string{"barbershop", "salon", "shop", "store", "bakery", "cafe", "café", "diner",
	"restaurant", "place", "market", "deli", "grill", "taqueria", "pupuseria", "panaderia", "church", "mosque", "temple",
	"gym", "library", "school", "station", "pharmacy", "bank", "bar", "pub", "brewery", "garage", "laundromat", "truck",
	"stand", "booth", "park", "plant", "mall", "theater", "theatre", "studio", "office", "warehouse"})

// shopOnStreet reports whether the street at byte b places a shop or a
// venue ("the pizza place on Oak Rd") in a sentence that tells no one's
// health: a street everyone goes to, no one's home. "The barber on Oak
// Rd" is a person.
func (s *scan) shopOnStreet(b int) bool {
	t := s.tokenStart(b)
	if t < 2 || t >= len(s.toks) || !inSet(s.toks[t-1].low, "on", "off", "at") {
		return false
	}
	// "Uncle Tony's Pizza on Dexter St": a name's possessive before a
	// capitalized word is a firm's name, whatever it sells.
	firm := t >= 4 && s.toks[t-2].capital && s.toks[t-3].low == "s" && inSet(s.text[s.toks[t-4].end:s.toks[t-3].start], "'", "’")
	if !venueNouns.has(s.toks[t-2].low) && !firm {
		return false
	}
	return !s.healthInSentence(s.toks[t].sent)
}

// buildingParts, capitalized and numbered ("in Room 2", "from Exam 3",
// "at Gate 12"), name a part of a building, not a town.
var buildingParts = newWordSet([]string{"room", "rm", "exam", "bay", "bed", "chair", "operatory", "op", "cubicle", "building",
	"bldg", "wing", "floor", "gate", "door", "window", "station", "pod", "lab", "hall", "studio", "classroom", "suite", "lobby"})

// roomOfPractice reports whether the town placeRE found at token t is a
// numbered part of a building ("the eye chart in Room 2"): PRIV-14 asks
// whether someone is in it.
func (s *scan) roomOfPractice(t int) bool {
	return buildingParts.has(s.toks[t].low) && t+1 < len(s.toks) && roomNumber(&s.toks[t+1])
}

// measureWords, before "of", measure out a product: "a spoonful of Vicks",
// "a capful of Listerine", "a bottle of Gatorade".
var measureWords = newWordSet([]string{"spoon", "spoonful", "spoonfuls", "teaspoon", "teaspoons", "tablespoon", "tablespoons", "tsp",
	"tbsp", "cup", "cups", "glass", "glasses", "bottle", "bottles", "jar", "jars", "dab", "dabs", "dose", "doses", "shot", "shots", "sip",
	"sips", "drop", "drops", "pinch", "splash", "can", "cans", "pack", "packs", "packet", "packets", "box", "boxes", "tube", "tubes",
	"bag", "bags", "bowl", "bowls", "slice", "slices", "piece", "pieces", "handful", "squirt", "capful", "nip", "swig", "tin", "scoop",
	"scoops", "pill", "pills", "tablet", "tablets", "gummy", "gummies", "layer", "coat", "smear", "dollop", "spray", "sprays", "mug"})

// measuredProduct reports whether the town placeRE found at token t
// follows a measure and "of" ("a spoon of Vicks in hot tea"): a product
// named by its brand, no place.
func (s *scan) measuredProduct(t int) bool {
	return t >= 2 && s.toks[t-1].low == "of" && measureWords.has(s.toks[t-2].low)
}

// questionOpeners open a question about someone in particular: "Guess
// who's back from Lagos with malaria?", "Remember the man from ...?".
var questionOpeners = newWordSet([]string{"guess", "remember", "who", "whose", "whom", "recognize", "recognise", "know"})

// readerQuestion reports whether sentence si is a question put to every
// reader ("Just back from Kinshasa with a fever?", "Traveling to Manila
// this summer?"): it ends in a question mark, speaks of no one else (no
// third person, no person named, no patient cue) and does not ask who
// someone is. The condition in it is the reader's, if they have it.
func (s *scan) readerQuestion(si int) bool {
	se := s.sents[si]
	if se.tokEnd-se.tokStart < 2 || s.toks[se.tokEnd-1].low != "?" || s.patientCue(si) {
		return false
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if questionOpeners.has(w) || thirdPersonWords.has(w) || oneDescribed.has(w) || relativeWords.has(w) ||
			inSet(w, "they", "them", "their", "someone", "somebody", "anyone", "anybody", "everyone", "whoever") {
			return false
		}
	}
	return !s.personInSentence(si)
}

// areaStatWords rank or rate a place against others: "the highest asthma
// rate", "the fewest visits per person".
var areaStatWords = newWordSet([]string{"rate", "rates", "percent", "percentage", "average", "median", "fewest", "highest", "lowest",
	"least", "ranks", "ranked", "ranking", "worst", "capita", "%"})

// areaStatistic reports whether sentence si tells a statistic of a place
// ("The 27405 ZIP code has some of the fewest primary care visits per
// person in the county") and names no one: the place is everyone's
// there, no one's home.
func (s *scan) areaStatistic(si int) bool {
	if !s.sentenceHasWord(si, areaStatWords) {
		se := s.sents[si]
		per := false
		for t := se.tokStart; t+1 < se.tokEnd && !per; t++ {
			per = s.toks[t].low == "per" && (s.toks[t+1].kind == tokNumber || inSet(s.toks[t+1].low, "person", "resident", "household", "adult", "child", "capita"))
		}
		if !per {
			return false
		}
	}
	if s.patientSent[si] || s.personInSentence(si) || s.sentenceHasWord(si, thirdPersonWords) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		// "one of the lowest rates" ranks; "one" alone may be a person.
		if oneDescribed.has(s.toks[t].low) && (s.toks[t].low != "one" || t+1 >= se.tokEnd || s.toks[t+1].low != "of") {
			return false
		}
	}
	return true
}

// personAtAddress reports whether the address at byte b places one person
// ("our friend at 412 Fairview St", "the family at 22 Mill Lane") and its
// sentence or the next tells their care ("your prenatal vitamins are
// ready"): the address says who the care is for.
func (s *scan) personAtAddress(b int) bool {
	t := s.tokenStart(b)
	if t < 2 || t >= len(s.toks) || !inSet(s.toks[t-1].low, "at", "on", "from") {
		return false
	}
	if w := s.toks[t-2].low; !oneDescribed.has(w) && !homePeopleWords.has(w) && !inRoomPersonWords.has(w) {
		return false
	}
	si := s.toks[t].sent
	for j := si; j <= min(si+1, len(s.sents)-1); j++ {
		if s.locatorCrowd(j) {
			return false
		}
		if s.noticeCare(j) {
			return true
		}
	}
	return false
}

// wishedBodyPart reports whether sentence si names a body part as one
// person's ("not his gallbladder", "her appendix, she swears") in a post
// that bids someone get well ("Heal up, chief!"): the wish says the part
// is ailing, though no hurt word stands beside it. Asked only for a
// one-person role whose sentence holds no health detail.
func (s *scan) wishedBodyPart(si int) bool {
	se := s.sents[si]
	words := s.healthWords()
	owned := false
	for t := se.tokStart + 1; t < se.tokEnd && !owned; t++ {
		if inSet(s.toks[t-1].low, "his", "her", "their") {
			n, cat := health.At(words, t)
			owned = n > 0 && cat == health.BodyPart
		}
	}
	if !owned {
		return false
	}
	for sj, se := range s.sents {
		t := se.tokStart
		for t < se.tokEnd && s.toks[t].kind != tokWord {
			t++ // ") Heal up, chief!": after an aside in brackets
		}
		if sj != si && s.getWellAt(t, se.tokEnd) {
			return true
		}
	}
	return false
}
