package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one token of a text, as the caller tokenized it.
type Word struct {
	Low     string // lower-case text
	Capital bool   // starts with an upper-case letter
	Acronym bool   // two or more letters, all upper case ("JAMA", "YMCA"): not a name
	Punct   bool   // a punctuation mark
	Sent    int    // index of the sentence holding it
	// NoTitleOrRole says the caller knows Low is no Opener: Find then
	// skips looking for a titled name or a role at it. Most words open
	// neither, and a caller that looks every word up once anyway (the
	// compliance lexicon) saves Find asking its sets again. The zero value
	// makes Find ask.
	NoTitleOrRole bool
	// NoKnownName says the caller knows Low is no KnownName (a number, or
	// a word of its own vocabulary it asked KnownName about once): Find
	// then skips the name data's look-up for it. The zero value makes
	// Find look.
	NoKnownName bool
}

// Kind says what made a mention a person.
type Kind uint8

const (
	// FullName: a first name with a surname or initial ("Darnell Brooks",
	// "Maria L.").
	FullName Kind = iota + 1
	// FirstName: a first name alone ("Maria turned 95").
	FirstName
	// Titled: an honorific or title with a name ("Coach Ruiz", "Mrs. Lee",
	// "Grandma Rose").
	Titled
	// Role: a one-person role ("the fire chief", "our mail carrier", "the
	// principal at the middle school").
	Role
)

// Mention is a person found at words [From, To). Name is the index of the
// first word of the name itself (after any honorific); Name == To for a
// role.
type Mention struct {
	From, To, Name int
	Kind           Kind
}

// Find returns the people words mention, in text order and without
// overlaps. It appends to out (which may be nil) and returns it.
func Find(words []Word, out []Mention) []Mention {
	last := 0 // words before last are inside a mention already
	for i := 0; i < len(words); i++ {
		if i < last {
			continue
		}
		w := &words[i]
		if w.Punct {
			if w.Low == "#" {
				// "the #12 kid", "our #7 with the green cleats": a player
				// told by a jersey number.
				if m, ok := jersey(words, i); ok {
					out = append(out, m)
					last = m.To
				}
			}
			continue
		}
		if w.Low == "s" && i > 0 {
			// "hylebos creek's starting goalie", "Lakeside High's
			// quarterback": the one person a team or a school has in a role.
			if m, ok := teamPossessive(words, i, last); ok {
				out = append(out, m)
				last = m.To
				continue
			}
		}
		if (w.Low == "your" || w.Low == "ur") && i+2 < len(words) && starPlayer.has(words[i+1].Low) {
			// "Hilltoppers fans: your starting goalie is cleared": the one
			// player a team has, told to its fans.
			if e := teamRoleEnd(words, i+1); e > i+1 && (sportRole.has(words[e-1].Low) || playerRole.has(words[e-1].Low)) {
				out = append(out, Mention{From: i, To: e, Name: e, Kind: Role})
				last = e
				continue
			}
		}
		if w.Low == "number" || (w.Low == "no" && i+1 < len(words) && words[i+1].Low == ".") {
			if m, ok := jerseyNumber(words, i); ok {
				out = append(out, m)
				last = m.To
				continue
			}
		}
		if w.Low[0] >= 0xe3 && w.Low[0] <= 0xed {
			// Korean, Chinese and Japanese: a title after the name or in
			// the same run of letters ("민지 씨", "田中さん", "王先生").
			if m, ok := cjkPerson(words, i, last); ok {
				out = append(out, m)
				last = m.To
			} else if m, ok := latinBeforeCJKTitle(words, i, last); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if w.Low[0] == 0xe0 && len(w.Low) > 1 && (w.Low[1] == 0xa4 || w.Low[1] == 0xa5) {
			// Nepali and Hindi: a kin word or a title of respect after
			// the name ("सुनिता दिदीको", "शर्मा जी").
			if m, ok := devanagariKin(words, i, last); ok {
				out = append(out, m)
				last = m.To
			} else if m, ok := scriptSubject(words, i, last); ok { // "राम had his cataract surgery" (session 22)
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if w.Low[0] >= 0xd8 && w.Low[0] <= 0xdb {
			// Arabic: an elder's or a relative's title before a name
			// ("الحاجة زينب", "للحاج محمود", "أم خالد").
			if m, ok := arabicTitled(words, i, last); ok {
				out = append(out, m)
				last = m.To
			} else if m, ok := scriptSubject(words, i, last); ok { // "محمد got his knee replaced" (session 22)
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if otherScript(w.Low) {
			// Bengali, Gurmukhi, Gujarati, Ethiopic and Burmese: a name
			// opening an English clause ("አበበ is home after his surgery").
			if m, ok := scriptSubject(words, i, last); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if w.Capital && (i == 0 || words[i-1].Sent != w.Sent) && (wordAbroadHere(words, i) || openerBeforeName(words, i)) {
			// "Ella tiene cita", "Tal vez": a word of Spanish, not the
			// name; "Can Maria drive ...?", "Sana Rowena feels better":
			// the name is the word after.
			continue
		}
		if !w.NoTitleOrRole {
			if m, ok := guardedTitled(words, i); ok { // "Ate Joy", "Hajj Ali" (titles18.go)
				out = append(out, m)
				last = m.To
				continue
			}
			if m, ok := titled(words, i); ok {
				out = append(out, m)
				last = m.To
				continue
			}
			if m, ok := role(words, i); ok {
				out = append(out, m)
				last = m.To
				continue
			}
		}
		if w.Capital && (i == 0 || !words[i-1].Capital || words[i-1].Punct || words[i-1].Sent != w.Sent) {
			// "NPSU Huskies starting QB", "the Red Pine Band's tribal
			// chairman": one person a group named in capitals has.
			if m, ok := groupRole(words, i); ok {
				out = append(out, m)
				last = m.To
				continue
			}
			if m, ok := bigNickname(words, i); ok { // "Big Swede is walking without his cane"
				out = append(out, m)
				last = m.To
				continue
			}
		}
		if !w.Capital && !w.Acronym {
			// A word in lower case, most words: of the shapes below only
			// a known name (uncasedName) needs no capital, so the others
			// are not asked; and no name is shorter than knownName's three
			// bytes ("to", "in" are not asked either).
			if len(w.Low) < 3 || w.NoKnownName {
				continue // uncasedName would ask knownName, which says no
			}
			if m, ok := uncasedName(words, i); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		opens := i == 0 || words[i-1].Sent != w.Sent
		if opens && w.Low == "will" && w.Capital && actsAsPerson(words, i) {
			// "Will just finished his last round": the name, not the verb
			// ("Will your kids need shots?").
			out = append(out, Mention{From: i, To: i + 1, Name: i, Kind: FirstName})
			last = i + 1
			continue
		}
		if m, ok := initialSurname(words, i); ok {
			out = append(out, m)
			last = m.To
			continue
		}
		if w.Acronym && !shouting(words, i) {
			// "Get well soon MARIA LOPEZ": a full name in capitals in a
			// text that is not shouted (a shouted one reads as uncased).
			if m, ok := capitalsName(words, i); ok {
				out = append(out, m)
				last = m.To
				continue
			}
		}
		if !w.Capital || (w.Acronym && (shouting(words, i) || afterPatient(words, i) || cued(words, i))) {
			// "congrats to darnell on his new knee", "GET WELL SOON
			// MARCUS": a post in lower case or in capitals writes names
			// the same way; a known name with a greeting before it or a
			// person's verb after it is still a person.
			m, ok := uncasedName(words, i)
			if !ok && w.Acronym {
				m, ok = shoutedName(words, i)
			}
			if !ok && w.Acronym {
				m, ok = initialsNickname(words, i) // "Congrats to TJ, who ..."
			}
			if ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if w.Acronym {
			// "JJ", "TJ": a boy called by two initials, greeted or followed
			// by who he is.
			if m, ok := initialsNickname(words, i); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if weekdays29.has(w.Low) {
			continue // "open Saturdays", "Tuesdays and Thursdays": days, no one's name
		}
		if weekday.has(w.Low) {
			// "Sunday Adeyemi", "Happy birthday, Sunday! She ...": a
			// first name that is a day.
			if m, ok := weekdayName(words, i); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if notSurname.has(w.Low) || contraction(words, i) || placeNoun.has(w.Low) || serviceWord.has(w.Low) && !oneMember(words, i) {
			continue // a place noun ("Creek" of "Willow Creek Signs") starts no name
		}
		if romanceArticle.has(w.Low) && i+1 < len(words) && words[i+1].Sent == w.Sent && !words[i+1].Capital && !words[i+1].Punct {
			continue // "REALIDAD: La limpieza dental es segura": an article before a noun, not "La" the name
		}
		if w.Low == "doc" || w.Low == "doctor" {
			continue // a doctor's title with no name after it: "Ask the Doc"
		}
		if i >= 2 && words[i-1].Low == "." && words[i-2].Low == "st" && words[i-2].Capital {
			continue // "St. Jude", "St. Luke's": a saint, a hospital or a church
		}
		if i >= 1 && petWord.has(words[i-1].Low) && !words[i-1].Capital {
			continue // "Dawn's dog Pierogi": a pet
		}
		if streetType.has(w.Low) && i > 0 && words[i-1].Capital && !words[i-1].Punct && words[i-1].Sent == w.Sent {
			continue // "Railroad Ave", "Main St": a street, not "Ave" the person
		}
		if i > 0 && words[i-1].Sent == w.Sent && (stormWord.has(words[i-1].Low) || w.Low == "storm" && inList(words[i-1].Low, "tropical", "winter")) {
			continue // "Hurricane Irma", "Tropical Storm Maria": a storm's name
		}
		if feastWords.has(w.Low) && i > 0 && words[i-1].Capital && !words[i-1].Punct && words[i-1].Sent == w.Sent {
			continue // "Durga Puja", "Gyalpo Losar": the feast word of a feast's name (session 22)
		}
		// One look-up for what the data says of the word: its strength as
		// a first name, whether it is a word too, and rareName's question.
		in := nameData.get(w.Low)
		st := in.first
		if st == Strong && in.wordToo && opens {
			st = Weak // "Ginger tea helps nausea", "Infant car seats": the word
		}
		if notAlone(words, i) || afterArticleOrHoliday(words, i) || crossStreet(words, i) {
			continue
		}
		if holiday.has(w.Low) {
			// "Summer Kowalczyk" is a person; "Summer hours", "Christmas
			// Eve" are not: a holiday word needs a known surname after it.
			if e := surnameEnd(words, i+1, w.Sent); st == None || e == i+1 || !strongSurname(words, i+1, e) {
				if st == None || !seasonName.has(w.Low) || !congratulatedOne(words, i) {
					continue
				}
			}
		}
		if st == None && isCyrillic(w.Low) {
			// "Галина", "Оксана Шевченко": a name in Cyrillic.
			if m, ok := cyrillicName(words, i); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		if st == None {
			// A name the data does not know ("Oluwaseun", "Szabina") is
			// still a name where only a name can stand: after "my name is"
			// or a greeting, or before an initial and a surname.
			if m, ok := unknownName(words, i); ok {
				out = append(out, m)
				last = m.To
			} else if m, ok := unlistedName(words, i); ok {
				out = append(out, m)
				last = m.To
			} else if m, ok := rareName(words, i, in.rare); ok {
				out = append(out, m)
				last = m.To
			}
			continue
		}
		end := surnameEnd(words, i+1, w.Sent)
		switch {
		case end > i+1 && i > 0 && inList(words[i-1].Low, "at", "in") && compass.has(words[end-1].Low):
			continue // "shift change at Jefferson North": a site
		case end > i+1 && feastName(words, i, end):
			continue // "Sonam Losar", "Durga Puja": a feast (session 22)
		case end > i+1 && placedAt(words, i):
			continue // "Marisol is from Santo Domingo", "grew up near Yuma"
		case end > i+1 && (st == Strong || strongSurname(words, i+1, end)):
			out = append(out, Mention{From: i, To: end, Name: i, Kind: FullName})
		case st == Strong && !business(words, i) && (!(i > 0 && inList(words[i-1].Low, "at", "in", "en")) && !placedAt(words, i) || i > 0 && words[i-1].Low == "at" && ownedTold(words, i)) &&
			!(i > 0 && words[i-1].Low == "the" && i+1 < len(words) && words[i+1].Low == "of"):
			// "at Lincoln", "in Austin", "near Yuma": a place; "Joe's
			// Pizza": a shop; "the Blessing of the Fleet": a feast.
			out = append(out, Mention{From: i, To: i + 1, Name: i, Kind: FirstName})
		case st == Weak && (cued(words, i) || (opens && actsAsPerson(words, max(end, i+1)-1))):
			// "Faith Young had her gallbladder out": what the name does comes
			// after its surname.
			out = append(out, Mention{From: i, To: max(end, i+1), Name: i, Kind: FirstName})
		default:
			continue
		}
		last = out[len(out)-1].To
	}
	return out
}

// initialSurname finds an initial and a known surname: "R. Delgado", "the
// label says J. Okafor". An initial after another initial ("U.S. Navy")
// is an abbreviation.
func initialSurname(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if len(w.Low) != 1 || !w.Capital || w.Punct || i+2 >= len(words) || words[i+1].Low != "." {
		return Mention{}, false
	}
	if i >= 2 && words[i-1].Low == "." && len(words[i-2].Low) == 1 {
		return Mention{}, false
	}
	k := i + 2
	s := &words[k]
	if !s.Capital || s.Punct || s.Acronym || notSurname.has(s.Low) || (k+1 < len(words) && words[k+1].Low == ".") {
		return Mention{}, false
	}
	switch Surname(s.Low) {
	case None:
		return Mention{}, false
	case Strong:
		if First(s.Low) != None {
			return Mention{}, false
		}
	default:
		if First(s.Low) == Strong {
			return Mention{}, false
		}
		// A surname that is also a word ("J. Hill", "A. Park", "T. Rice")
		// only where an initial leads to a name: opening the sentence or
		// after "to", "with", "congrats"; not "vitamin D. Sun", "Plan B.
		// Call", nor before another capitalized word ("A. Park Ave").
		lead := i == 0 || words[i-1].Sent != w.Sent || (words[i-1].Punct && words[i-1].Low != ".") || initialLeads.has(words[i-1].Low)
		if !lead || (k+1 < len(words) && words[k+1].Capital && !words[k+1].Punct) {
			return Mention{}, false
		}
	}
	return Mention{From: i, To: k + 1, Name: i, Kind: FullName}, true
}

// initialLeads are the words before a person's initial: "congrats to T.
// Rice", "with J. Hill".
var initialLeads = set("to", "and", "with", "for", "from", "by", "of", "congrats", "congratulations", "thanks", "thank",
	"welcome", "meet", "love", "hi", "hey")

// actsAsPerson reports whether a name that is also a word, opening its
// sentence at i, is followed by what a person does and then an age or a
// "she" or "he" later in the sentence: "Grace had her baby girl on Sunday", "Hope is
// home after her knee replacement", "Faith from the walking group got her
// new hip". "Hope is a powerful thing" and "Grace under pressure" are the
// words.
func actsAsPerson(words []Word, i int) bool {
	j := i + 1
	if j < len(words) && words[j].Low == "(" {
		// "Ifeoma (our Saturday regular!) is 6 weeks out": what the
		// name does comes after the aside.
		for k := j + 1; k < len(words) && k <= j+16; k++ {
			if words[k].Low == ")" {
				j = k + 1
				break
			}
		}
	}
	if j+1 < len(words) && words[j].Low == "," && words[j+1].Sent == words[i].Sent && (words[j+1].Low == "who" || isNumber(words[j+1].Low)) {
		return true // "Sue, who walks her dog past our office", "Hazel, 91,"
	}
	if j >= len(words) || !personVerb.has(words[j].Low) {
		return false
	}
	if j+1 < len(words) && isNumber(words[j+1].Low) {
		// "Hazel turned 91 last week"; a kit that "is 48 hours" late is
		// measured, not aged.
		return j+2 >= len(words) || !measureUnit.has(words[j+2].Low)
	}
	// A few dozen words on at most: a text of one long sentence of
	// "Ohio has ..." would read its whole rest again at each (session 16,
	// att16).
	for k := j + 1; k < len(words) && k <= j+32 && words[k].Sent == words[j].Sent; k++ {
		if thirdPerson.has(words[k].Low) {
			return true
		}
		if k <= j+6 && bodyOnlyCare.has(words[k].Low) && (k+1 >= len(words) || !careGivenAfter.has(words[k+1].Low)) {
			return true // "Lito is in the ICU after heat stroke", "Houa had knee surgery"
		}
	}
	return false
}

// bodyOnlyCare words a few words after "is", "had" or "was" say that a
// person is told of: only a person has surgery, a stay in the ICU or a
// year sober, where a brand or a town "is" or "has" many things (session
// 16).
var bodyOnlyCare = set("surgery", "icu", "hospitalized", "hospitalised", "sober", "chemo", "chemotherapy", "pregnant",
	"stitches", "intubated", "cirugía", "embarazada", "hospitalizado", "hospitalizada")

// careGivenAfter words after a care word make it a service, not a
// person's care: "Unum has a surgery benefit", "the ICU wing".
var careGivenAfter = set("center", "centers", "centre", "benefit", "benefits", "coverage", "program", "programs", "unit", "wing",
	"team", "department", "orientation", "schedule", "clinic", "floor", "ward", "staff", "class", "classes")

// measureUnit words after a number measure a thing, not a person's age.
var measureUnit = set("hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min", "seconds", "secs", "miles", "mile",
	"mi", "km", "feet", "ft", "inches", "degrees", "percent", "dollars", "bucks", "cents", "am", "pm")

// placeNoun words end a place's name: "Sabino Canyon", "Sierra Vista",
// "Pier 3" ("pier"), "Battleship Cove".
// romanceArticle are the articles of Spanish, French, Portuguese and
// Italian, which open a clause after a colon or a dash with a capital
// ("MITO: ... REALIDAD: La limpieza ..."); "La", "Le" and "Lo" are names
// in the name data too. Before a lower-case word they are the article; a
// name goes on with a capital ("La Toya", "Lo Nguyen") or stands alone.
var romanceArticle = set("la", "el", "los", "las", "le", "les", "lo", "un", "una", "des", "du", "il", "gli", "os", "as")

// serviceWord are the armed services and their members, capitalized by
// custom ("Happy birthday, Marines!", "every Marine, Sailor, Soldier,
// Airman and Guardian", "our Navy families"): a service, no one's name.
var serviceWord = set("marine", "marines", "navy", "army", "sailor", "sailors", "soldier", "soldiers", "airman", "airmen",
	"guardian", "guardians", "seabee", "seabees", "corpsman", "corpsmen", "coastie", "coasties", "guardsman", "guardsmen",
	// The last word of a service of two: "Coast Guard", "Air Force", "Marine Corps".
	"guard", "force", "corps")

// memberWord are the words for one member of a service.
var memberWord = set("marine", "sailor", "soldier", "airman", "guardian", "seabee", "corpsman", "coastie", "guardsman")

// oneMember reports whether the service word at i is one member spoken to
// or pointed at ("Welcome home, Sailor!", "The Marine we treated"), where
// the name data reads it as it reads any name; a member among the others
// ("every Marine, Sailor and Soldier"), after "every" or "each", or before
// a capitalized word ("Marine Corps", "Soldier Field") is the service.
func oneMember(words []Word, i int) bool {
	if !memberWord.has(words[i].Low) {
		return false
	}
	if i > 0 && words[i-1].Sent == words[i].Sent && (inList(words[i-1].Low, "every", "each", "any", "all", "no", "and", "or") ||
		serviceWord.has(words[i-1].Low)) {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+2 && words[k].Sent == words[i].Sent; k++ {
		if serviceWord.has(words[k].Low) || k == i+1 && words[k].Capital && !words[k].Punct {
			return false // "Marine, Sailor", "Sailor and Marine", "Marine Corps"
		}
	}
	return true
}

// Service reports whether low is an armed service or its member
// ("navy", "marines", "airman"): capitalized by custom, no one's name.
func Service(low string) bool { return serviceWord.has(low) }

// placeNoun words start no name and, after a capitalized word, end a
// place's or an event's name: "Sabino Canyon", "the Winter Gala", "the
// Y-K Delta", "Othello Station".
var placeNoun = set("site", "sites", "location", "locations", "campus", "branch", "program", "programs", "scholarship",
	"scholarships", "award", "awards", "prize", "initiative", "act", "canyon", "canyons", "creek", "pier", "wharf", "harbor", "harbour", "bay", "cove", "beach", "island", "islands",
	"valley", "ridge", "mesa", "springs", "falls", "peak", "mountain", "mountains", "marina", "landing", "vista", "butte",
	"bluffs", "hollow", "gulch", "wash", "dunes", "lagoon", "reservoir", "pond", "estates", "acres", "terrace", "commons",
	"delta", "gala", "festival", "fest", "parade", "concert", "fundraiser", "carnival", "station")

// placedAt reports whether the capitalized word at i follows what only a
// place follows: "near", "outside" or "around", or "from" after "is",
// "was" or a verb of travel ("Marisol is from Santo Domingo", "the fans
// who drive from Sierra Vista"). "A card from Maria" is a person's.
func placedAt(words []Word, i int) bool {
	if i == 0 || words[i-1].Sent != words[i].Sent {
		return false
	}
	if words[i-1].Capital && placeLead.has(words[i-1].Low) {
		return true // "Santo Domingo", "San Diego", "New Bedford", "Fort Worth"
	}
	switch words[i-1].Low {
	case "near", "outside", "around":
		return true
	case "from":
		return i >= 2 && inList(words[i-2].Low, "is", "s", "was", "are", "were", "drive", "drives", "drove", "moved", "immigrated",
			"hails", "flew", "commute", "commutes", "travel", "travels", "traveled")
	}
	return false
}

// placeLead words open a place's name before a word a name list holds:
// "Santo Domingo", "San Diego", "Santa Isabel", "New Bedford", "Fort
// Worth", "Port Arthur", "Mount Vernon", "Cape May".
var placeLead = set("san", "santo", "santa", "são", "sao", "saint", "new", "fort", "ft", "port", "mount", "mt", "cape", "lake",
	"point", "north", "south", "east", "west", "upper", "lower", "grand", "glen", "palm", "del", "los", "las")

// compass words after a name said of a place ("at Jefferson North",
// "in Lincoln East") make it a site: a plant, a school, a side of town.
var compass = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central")

// isNumber reports whether w is all ASCII digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// personVerb words follow a person's name that opens a sentence.
var personVerb = set("is", "was", "has", "had", "just", "finally", "turned", "turns", "got", "gets", "finished", "started",
	"celebrated", "welcomed", "delivered", "went", "came", "stopped", "lost", "beat", "quit", "gave", "dropped", "kicked",
	"ran", "walked", "from", "and", "completed", "survived", "underwent", "broke", "tore", "hurt", "passed", "sends", "says", "said",
	"sent", "brought", "wrote", "texted", "shared") // "Nyibol sent us a pic ... she's doing great" (session 16)

// thirdPerson words point back at one person.
var thirdPerson = set("she", "her", "hers", "herself", "he", "his", "him", "himself")

// afterArticleOrHoliday reports whether the capitalized word at i follows
// "a" or "an" ("walk with a Doc": a kind, not a person) or a capitalized
// holiday word ("Eid Mubarak", "Ramadan Kareem": a greeting).
func afterArticleOrHoliday(words []Word, i int) bool {
	if i == 0 || words[i-1].Sent != words[i].Sent {
		return false
	}
	p := &words[i-1]
	if p.Low == "a" && i >= 2 && spanishTo.has(words[i-2].Low) {
		return false // "felicidades a Marisol": Spanish "to", not an article
	}
	return p.Low == "a" || p.Low == "an" || (p.Capital && holiday.has(p.Low) && p.Low != "new" && p.Low != "all" && p.Low != "everyone")
}

// spanishTo words are followed by the Spanish "a" (to) before a name.
var spanishTo = set("felicidades", "felicitaciones", "gracias", "saludos", "abrazos")

// surnameEnd returns the end of the surname after a first name at from-1:
// one or two capitalized words, or an initial ("L."), in sentence sent; from
// itself when there is none.
func surnameEnd(words []Word, from, sent int) int {
	end := from
	for end < len(words) && end < from+2 && words[end].Sent == sent && words[end].Capital && !words[end].Punct && !words[end].Acronym && !notSurname.has(words[end].Low) {
		if len(words[end].Low) == 1 { // an initial; its period belongs to it
			end++
			if end < len(words) && words[end].Low == "." {
				end++
			}
			break
		}
		end++
	}
	return end
}

// contraction reports whether the word at i is the start of "Aren't" or
// "Don't" (the apostrophe split off or dropped by the caller's tokenizer).
// A capital "T" after a word not in capitals is an initial, not the "t"
// of "n't": "Mike T. is one year sober", "congrats Rosa T" (session 16).
func contraction(words []Word, i int) bool {
	j := i + 1
	if j < len(words) && (words[j].Low == "'" || words[j].Low == "’") {
		j++
	}
	return j < len(words) && words[j].Low == "t" && (!words[j].Capital || words[i].Acronym)
}

// business reports whether the name at i owns a capitalized word that is
// not a relative ("Joe's Pizza", "Rosa's Bakery"): a shop's name.
func business(words []Word, i int) bool {
	return i+2 < len(words) && words[i+1].Low == "s" && words[i+2].Capital && !words[i+2].Punct && !relatives.has(words[i+2].Low) &&
		!(words[i+2].Acronym && shouted.has(words[i+2].Low))
}

// shouted words in capitals after a name's "s" are emphasis, not a shop's
// name ("Mateo's LAST visit").
var shouted = set("last", "first", "final", "big", "new", "best", "little", "only", "very", "whole")

// strongSurname reports whether words [from,to) hold a known surname or an
// initial: what a weak first name ("Grace", "Will") needs to be a person.
func strongSurname(words []Word, from, to int) bool {
	for i := from; i < to; i++ {
		if Surname(words[i].Low) == Strong || len(words[i].Low) == 1 {
			return true
		}
	}
	return false
}

// notAlone reports whether the capitalized name at i is part of a longer
// proper noun that is not a person: a school, street, holiday or place
// ("Lincoln Elementary", "Martin Luther King Day", "Jackson Street").
func notAlone(words []Word, i int) bool {
	for j := i + 1; j < len(words) && j <= i+6 && words[j].Sent == words[i].Sent; j++ {
		if j == i+1 && surnamePlace(words, i) {
			continue // "Jun Park starts dialysis", "Sarah Hall, 52,": a surname
		}
		if j == i+1 && verbAfterModal(words, i) {
			break // "Can Maria drive", "Should Dale park out back": the verb
		}
		if nameEnder.has(words[j].Low) || (words[j].Low == "&" && j+1 < len(words) && words[j+1].Capital) {
			return true // "Lincoln Elementary", "Kessler Feed & Seed", "Sabino Canyon"
		}
		if !words[j].Capital && words[j].Low != "." && words[j].Low != "'" && words[j].Low != "s" && !transitWords.has(words[j].Low) {
			break
		}
	}
	return false
}

// nameEnder is institution, business2 and placeNoun in one set: notAlone
// asks about each word after a capitalized one, one look-up where three
// were.
var nameEnder = union(institution, business2, placeNoun)

// stormWord come before a storm's given name.
var stormWord = set("hurricane", "typhoon", "cyclone", "storm", "superstorm")

// transitWords stand between a stop's name and "station" or "stop": "the
// Othello light rail station", "the Fruitvale BART station", "Davis
// Square T stop". They go on to a place word or end nothing.
var transitWords = set("light", "rail", "bus", "train", "transit", "subway", "metro", "bart", "ferry", "streetcar", "trolley", "link")

// placeSurnames are words of a place's name that are also common
// surnames: Park (the third most common Korean one), Hall, Church, Field
// and Lane.
var placeSurnames = set("park", "hall", "church", "field", "lane")

// parkBefore words put a place after them: "at Lincoln Park", "the
// Jefferson Hall stage", "to Grant Park" (but "congrats to Sarah Hall").
var parkBefore = set("at", "in", "on", "to", "into", "near", "from", "by", "across", "around", "through", "the", "of",
	"toward", "towards", "behind", "past", "outside", "inside", "via", "our", "off", "along", "visit", "visiting")

// warmWelcome reports whether "a big (warm, huge) welcome" ends at word
// k: said to a person ("a big welcome to Jun Park"), where "Welcome to
// Grant Park" is a place's sign.
func warmWelcome(words []Word, k int) bool {
	return k >= 1 && words[k].Low == "welcome" && inList(words[k-1].Low, "big", "warm", "huge", "hearty", "special")
}

// placeVerbs are said of a place right after its name.
var placeVerbs = set("hosts", "hosted", "hosting", "opens", "opened", "reopens", "reopened", "closes", "closed")

// surnamePlace reports whether the first name at i and a place word that
// is also a surname after it ("Jun Park", "Sarah Hall") are a person:
// nothing before them puts a place there, no capitalized word goes on with
// the place's name ("Lincoln Park Zoo"), and the sentence does not say
// "its" of it ("Jefferson Park had its fountain repaired").
func surnamePlace(words []Word, i int) bool {
	j := i + 1
	if j >= len(words) || !placeSurnames.has(words[j].Low) || !words[j].Capital || First(words[i].Low) == None {
		return false
	}
	if i > 0 && words[i-1].Sent == words[i].Sent && (parkBefore.has(words[i-1].Low) && !(words[i-1].Low == "to" && (cued(words, i) || warmWelcome(words, i-2))) ||
		(words[i-1].Capital && !words[i-1].Punct)) {
		return false
	}
	if j+1 < len(words) && words[j+1].Sent == words[j].Sent && words[j+1].Capital && !words[j+1].Punct {
		return false
	}
	if j+1 < len(words) && placeVerbs.has(words[j+1].Low) {
		return false // "Lincoln Park hosts free flu shots"
	}
	for k := j + 1; k < len(words) && words[k].Sent == words[i].Sent; k++ {
		if words[k].Low == "its" {
			return false
		}
	}
	return true
}

// cued reports whether a weak name at i is greeted, congratulated or prayed
// for ("Happy birthday, Summer", "congrats to Grace"): then it is a person.
func cued(words []Word, i int) bool {
	k := i - 1
	for k > 0 && k >= i-2 && words[k].Capital && !words[k].Punct {
		k-- // "Welcome to Gig Harbor": back over the place's first word
	}
	if k >= 1 && words[k].Low == "to" && words[k-1].Low == "welcome" {
		return false // a place
	}
	for j := i - 1; j >= 0 && j >= i-4 && words[j].Sent == words[i].Sent; j-- {
		if greeting.has(words[j].Low) {
			return true
		}
	}
	return false
}

// unknownName finds a capitalized word the data does not know standing
// where only a name can: right after an identity cue ("my name is",
// "named", "Name:") or a personal greeting ("Congrats to", "Get well soon,",
// "Happy birthday,"), or before an initial and a capitalized word ("Janka M.
// Szász").
func unknownName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if len(w.Low) < 2 || w.Acronym || notSurname.has(w.Low) || honorific.has(w.Low) || Place(w.Low) {
		// Place: "Prayers up for Tulsa" prays for a town (session 16).
		return Mention{}, false
	}
	if i+2 < len(words) && len(words[i+1].Low) == 1 && words[i+1].Capital && words[i+1].Sent == w.Sent {
		// "Janka M. Szász", "Ravil G Yefimov": an initial, then the
		// surname (a period after the initial may have ended the sentence).
		k := i + 2
		if words[k].Low == "." {
			k++
		}
		if k < len(words) && words[k].Capital && !words[k].Punct && !words[k].Acronym && !notSurname.has(words[k].Low) {
			return Mention{From: i, To: surnameEnd(words, k, words[k].Sent), Name: i, Kind: FullName}, true
		}
	}
	end := surnameEnd(words, i+1, w.Sent)
	// The cue: skip back over "to", "for" and punctuation.
	j := i - 1
	for j >= 0 && words[j].Sent == w.Sent && (words[j].Punct || words[j].Low == "to" || words[j].Low == "for" || words[j].Low == "is" ||
		(j == i-1 && littleWord.has(words[j].Low))) {
		j-- // "Happy birthday to little Aputi", "Welcome to the world, baby Kahiau"
	}
	if j < 0 || words[j].Sent != w.Sent {
		return Mention{}, false
	}
	cue := strongGreeting.has(words[j].Low) || (greetingOther.has(words[j].Low) && addressedAfter(words, i))
	if !cue && j >= 1 {
		switch words[j-1].Low + " " + words[j].Low {
		case "my name", "last name", "first name", "full name", "get well", "well soon", "welcome back", "shout out", "happy birthday", "pray for",
			"our guy", "our girl", "our boy", "our friend", "our buddy", "our pal", "rest easy", "felicidades a", "felicitaciones a", "gracias a",
			"prayers up": // "Prayers up for Lito" (session 16)
			cue = true
		case "our beloved", "my beloved", "our dear", "our dearest":
			// "Everyone at the center knows our beloved Xatuun — she's
			// recovering": a person held dear, where "our beloved Elm
			// Street office" goes on to the thing's noun (session 17).
			cue = endsNamed(words, i)
		case // Ukrainian and Russian "good day (morning, evening)": "Добрий день, Тарас!"
			"добрий день", "добрый день", "добрий ранок", "доброе утро", "добрий вечір", "добрый вечер":
			cue = addressedAfter(words, i)
		}
	}
	if !cue && memberAfter(words, i+1) && !(i == 0 || words[i-1].Sent != w.Sent) {
		cue = true // "Big cheers for Mesfin from our Thursday diabetes group"
	}
	if !cue && (greetedLast(words, i) || kinTitledUnknown(words, i)) && !IsWord(w.Low) {
		cue = true // "Welcome back from Bosnia, Hajrudin!", "Mama Nyibol"
	}
	if !cue && (words[j].Low == "name" || words[j].Low == "named" || words[j].Low == "called") {
		cue = true
	}
	if !cue && kin.has(words[j].Low) && j >= 1 && (words[j-1].Low == "s" || inList(words[j-1].Low, "his", "her", "their", "my", "our", "your")) &&
		!(regionTitleSet.has(words[j].Low) && regionTitledPlace(words, i, end)) {
		cue = true // "Dr. Femi's wife Bisi", "her son Tayo": a relative named; "our Didi Ayurvedic booth" is a shop (att17)
	}
	if !cue {
		return Mention{}, false
	}
	kind := FirstName
	if end > i+1 {
		kind = FullName
	}
	from := i
	if kinTitledUnknown(words, i) {
		from = i - 1 // "Mama Nyandeng": the title is said with the name
	}
	return Mention{From: from, To: max(end, i+1), Name: i, Kind: kind}, true
}

// endsNamed reports whether the word at i ends what is said of it: the
// text or the sentence ends, punctuation follows, or a verb of a person
// ("is", "has", "who"). A lower-case noun after it makes it a place's or
// a thing's name ("our beloved Elm office").
func endsNamed(words []Word, i int) bool {
	k := i + 1
	if k >= len(words) || words[k].Sent != words[i].Sent {
		return pronounSoon(words, k)
	}
	return words[k].Punct && words[k].Low != "&" && words[k].Low != "-" && pronounSoon(words, k) ||
		inList(words[k].Low, "is", "was", "has", "had", "who", "just", "finally", "s")
}

// pronounSoon reports "she", "he" or their forms among the few words
// from k: what ends at a stop or a comma after "our beloved" is a person
// when the post goes on about them ("our beloved Xatuun — she's
// recovering"), and a neighbourhood or a town the practice thanks or
// greets when it does not ("Our beloved Kalihi, thank you for 20 years!",
// "To our beloved Waipahu: we're open late"; session 17, att17).
func pronounSoon(words []Word, k int) bool {
	for j := k; j < len(words) && j < k+15; j++ {
		if inList(words[j].Low, "she", "he", "her", "his", "him", "hers", "ella", "él") {
			return true
		}
	}
	return false
}

// littleWord stand between a greeting and a child's name.
var littleWord = set("little", "lil", "baby", "sweet", "tiny")

// greetingOther are greetings of other languages said to one person
// before their name ("Talofa Sefo!", "Bonjour Amadou,", "Привіт, Тарас"):
// a word the name lists do not hold after one, spoken to ("your"), is a
// name, as after "Hi".
var greetingOther = set("talofa", "aloha", "bula", "malo", "mālō", "ora", "salaam", "salam", "shalom", "namaste", "bonjour",
	"bonsoir", "salut", "ciao", "hallo", "hej", "hola", "olá", "ola", "mahalo", "ahéhee", "ahehee", "jambo", "kumusta",
	"привіт", "привет", "вітаю", "здравствуйте", "здрастуйте", "merci", "gracias", "obrigado", "obrigada",
	// Bosnian and Serbian, Turkish and Arabic, Polish, Czech and Slovak,
	// Hungarian, Swahili, Lingala, Zulu, Vietnamese, Burmese, Korean,
	// Haitian Creole, CHamoru ("Hafa Adai"), Marshallese, and a greeting's
	// time of day ("Buenos días", "Bom dia"): said before a name as "Hi" is.
	"zdravo", "merhaba", "marhaba", "cześć", "czesc", "ahoj", "szia", "hujambo", "habari", "mbote", "sawubona", "chào", "chao",
	"mingalaba", "annyeong", "bonjou", "adai", "yokwe", "días", "dias", "dia", "tardes", "noches")

// addressedAfter reports whether "you" or "your" follows the word at i
// within six words: the greeted word is whom the post speaks to ("Talofa
// Sefo! Glad your dialysis ..."), where "Aloha Maui! We're open" greets a
// place.
func addressedAfter(words []Word, i int) bool {
	for k := i + 1; k < len(words) && k <= i+6; k++ {
		if inList(words[k].Low, "you", "your", "ur", "u", "yours") {
			return true
		}
	}
	return false
}

// kin are relatives whose name may follow them ("his wife Bisi").
var kin = union(set(regionKin...), set("wife", "husband", "son", "daughter", "mom", "dad", "mother", "father", "sister", "brother", "grandma", "grandpa",
	"grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "fiance", "fiancé", "fiancee", "partner", "grandson", "granddaughter"))

func inList(w string, list ...string) bool {
	for _, x := range list {
		if w == x {
			return true
		}
	}
	return false
}

// notPerson words after a title are a joke, not a person ("Dr. Google").
var notPerson = set("google", "internet", "youtube", "tiktok", "facebook", "instagram", "webmd", "reddit", "chatgpt")

// eventNames end a capitalized title that names a day or a week, not a
// person.
var eventNames = set("week", "day", "month", "appreciation", "awareness", "practitioner", "practitioners")

// titled finds an honorific or title followed by a capitalized name.
func titled(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if !honorific.has(w.Low) || (w.Low == "don" && contraction(words, i)) {
		return Mention{}, false // "DON'T" is no "Don"
	}
	j := i + 1
	if j < len(words) && words[j].Low == "." {
		j++
	}
	if j+1 < len(words) && (words[j].Low == `"` || words[j].Low == "“") && words[j+1].Capital && !words[j+1].Punct {
		j++ // Cpt. "Viper": a call sign or nickname in quotes
	}
	end := j
	for end < len(words) && end < j+2 && words[end].Sent == w.Sent && words[end].Capital && !words[end].Punct && !notSurname.has(words[end].Low) {
		end++
	}
	if end == j && courtesy.has(w.Low) && j < len(words) && words[j].Low == "her" && words[j].Capital && words[j].Sent == w.Sent {
		end = j + 1 // "Mr. Her", "Mrs. Her": the Hmong clan name, not the pronoun (session 16)
	}
	if end == j && lowerTitle.has(w.Low) && j+1 < len(words) && (words[j].Low == "o" || words[j].Low == "d") && words[j+1].Sent == w.Sent &&
		!words[j+1].Punct && Surname(words[j+1].Low) != None {
		end = j + 2 // "mrs. o'brien", "mr. d'angelo": the apostrophe split the name
	}
	if end == j && lowerTitle.has(w.Low) && j < len(words) && words[j].Sent == w.Sent && lowerName(&words[j]) {
		// "ms. wanda from the laundromat", "dr. chen's mom": a lower-case
		// post writes names in lower case too; only a known name counts,
		// and a surname that ends it ("dr. virginia apgar (b. 1909)") is
		// part of it.
		end = j + 1
		// Only a surname the name ends with: "dr. chen ran the marathon"
		// goes on with a verb.
		if end < len(words) && words[end].Sent == w.Sent && !words[end].Punct && !words[end].Capital &&
			(lowerName(&words[end]) || Surname(words[end].Low) == Strong) && !notSurname.has(words[end].Low) && !functionWord.has(words[end].Low) &&
			(end+1 >= len(words) || words[end+1].Punct || words[end+1].Sent != w.Sent) {
			end++
		}
	}
	if end == j || (institution.has(words[j].Low) && !(courtesy.has(w.Low) && placeSurnames.has(words[j].Low))) || notPerson.has(words[j].Low) {
		return Mention{}, false
	}
	for k := j; k < len(words) && k <= end && words[k].Sent == w.Sent && words[k].Capital; k++ {
		if eventNames.has(words[k].Low) {
			return Mention{}, false // "Nurse Practitioner Week", "Doctor Appreciation Day"
		}
	}
	if regionTitleSet.has(w.Low) && feastName(words, i, end) {
		return Mention{}, false // "Bhai Tika", "Maa Durga Puja": a feast (session 22)
	}
	if regionTitleSet.has(w.Low) && !honorificBefore17.has(w.Low) && regionTitledPlace(words, j, end) {
		return Mention{}, false
	}
	return Mention{From: i, To: end, Name: j, Kind: Titled}, true
}

// regionTitledPlace reports whether the capitalized words [j, end) after a
// kin title of another language, or the word after them, name a shop, a
// place or a feast (session 17, att17): the title words are names and
// everyday words too, and "Gashe Restaurant", "Kaka Pizza", "Masi Fest",
// "Sardar Patel Park", "Popo Agie Clinic" and "our Didi Ayurvedic booth"
// are no one.
func regionTitledPlace(words []Word, j, end int) bool {
	for k := j; k < len(words) && k <= end && words[k].Sent == words[j].Sent; k++ {
		if k == end && words[k].Punct {
			break
		}
		if lw := words[k].Low; institution.has(lw) || business2.has(lw) || regionPlaceWords.has(lw) {
			return true
		}
	}
	return false
}

// regionPlaceWords end a shop's, a place's or a feast's name after a kin
// title word ("Masi Fest", "Nani Loa Hotel", "Didi Ayurvedic booth").
var regionPlaceWords = set("fest", "festival", "hotel", "inn", "lodge", "resort", "booth", "stall", "kitchen", "house", "pizzeria",
	"deli", "bar", "express", "catering", "trucking", "tours", "travel", "bazaar", "sweets", "mart", "grocery", "halal", "mahal", "palace")

// regionTitleSet holds the kin and respect titles of kintitles.go;
// honorificBefore17 the ones the honorifics held before them, which keep
// their old reading.
var (
	regionTitleSet    = set(regionTitles...)
	honorificBefore17 = set("halmeoni", "harabeoji", "baba", "bibi", "babu", "dada", "teta")
)

// courtesy titles stand only before a person's surname: "Mr. Park",
// "Mrs. Hall" are people, where "Chief" or "Doctor" may open a place.
var courtesy = set("mr", "mrs", "ms", "mx")

// lowerTitle are the titles after which a lower-case known name is still
// a name ("ms. wanda", "pani basia"); "miss" and "coach" are words too
// ("we miss summer", "coach will").
var lowerTitle = set("mr", "mrs", "ms", "mx", "dr", "dra", "pani", "doña", "sra", "srta", "señora", "señor", "cô", "chú", "bác",
	"ông", "bà", "chị", "tita", "tito", "lola", "lolo", "kuya", "dona", "mme", "monsieur", "herr", "frau", "signora", "don", "anh",
	"auntie", "aunty", "tia", "tía", "tio", "tío", "abuela", "abuelo", "abuelita", "abuelito", "grandma", "grandpa", "nana")

// thankedBefore reports whether a thanks comes just before word i.
func thankedBefore(words []Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if words[k].Low == "thanks" || words[k].Low == "thank" || words[k].Low == "shoutout" || words[k].Low == "kudos" {
			return true
		}
	}
	return false
}

// whoeverDoes verbs after "whoever" describe one person others can tell.
var whoeverDoes = set("drives", "owns", "parks", "left", "lost", "dropped", "forgot", "lives", "drove")

// plainNoun are lower-case words that are names too but, in a post, the
// noun ("lil guy", "big buddy").
var plainNoun = set("guy", "guys", "buddy", "dude", "bro", "sis", "champ", "one", "ones", "man", "boy", "girl", "baby",
	"mister", "sir", "ma", "pa", "kid", "pal", "chief", "doc", "nurse", "angel", "star", "king", "queen", "bear", "bug")

// lowerName reports whether a lower-case word is a known first name or
// surname and no everyday word.
func lowerName(w *Word) bool { return !w.Capital && knownName(w) }

// knownName is lowerName however the word is cased. Find asks it of most
// lower-case words, so it reads the word in place rather than a copy with
// Capital cleared.
func knownName(w *Word) bool {
	if w.Punct || len(w.Low) < 3 || w.NoKnownName {
		return false
	}
	// One look-up answers the name questions; most words are no name.
	in := nameData.get(w.Low)
	if in.first == None && in.surname != Strong {
		return false
	}
	return !in.wordToo && !notSurname.has(w.Low) && !holiday.has(w.Low) && !functionWord.has(w.Low) && !endearment.has(w.Low) &&
		!describedPerson.has(w.Low) && !placedPerson.has(w.Low) && !relatives.has(w.Low) && !plainNoun.has(w.Low)
}

// KnownName reports whether low, a lower-case word, is a known first name
// or surname and no everyday word: what Find takes a lower-case word for
// where a name may stand. It depends on low alone, so a caller with a
// fixed vocabulary can ask it once per word and mark the others
// Word.NoKnownName.
func KnownName(low string) bool { return knownName(&Word{Low: low}) }

// endearment are words said to anyone dear, in lower case, that name
// lists hold as names: Cajun French "cher" and "chère" ("Thanks, cher!"),
// Spanish "mija", Tagalog "anak", Arabic "habibi".
var endearment = set("cher", "chère", "chere", "cherie", "chérie", "mija", "mijo", "mijita", "mijito", "anak", "habibi",
	"habibti", "bebe", "bebé", "nene", "nena", "walaal", "hon", "babe")

// functionWord are lower-case words some rare names share ("from", "says").
var functionWord = set("from", "at", "in", "on", "with", "to", "of", "for", "who", "and", "or", "is", "was", "came", "comes",
	"has", "had", "the", "says", "said", "just", "got", "gets", "will", "can", "did", "does", "went", "goes",
	// Tagalog's markers before a person's name: "congrats kay Aling Nena",
	// "si Lola", "ni Tita".
	"kay", "kina", "si", "sina", "ni", "nina")

// roleOpener are the words other than placedPerson that role can start
// at; keep them in step with role's first tests.
var roleOpener = set("whoever", "la", "el", "the", "our", "which", "a", "someone", "somebody", "su", "that", "this", "only",
	"nuestro", "nuestra", "o", "nossa", "nosso", "ate", "kuya", "tita", "tito", "manang", "manong", "lola", "lolo")

// portuguesePerson are the words for one person a Portuguese or Kriolu
// post describes by their shop or stall: "a senhora da padaria", "o moço
// do carrinho de pipoca".
var portuguesePerson = set("senhora", "senhor", "moça", "moço", "tia", "tio", "dona", "vizinha", "vizinho", "menina", "menino")

// tagalogTitle are the kin titles Tagalog gives anyone older ("Ate",
// "Kuya", "Tita"): before "ng" or "sa" and a place ("Ate ng karinderya",
// "Kuya sa talyer") they tell one person by where they work.
var tagalogTitle = set("ate", "kuya", "tita", "tito", "manang", "manong", "lola", "lolo")

// describedByPlace reports whether the words after a person's word at i
// tell them by a place or a trade in lower case ("de la tiendita", "del
// carrito", "da padaria", "ng karinderya"): a capital after the
// preposition is a name or a saint ("Señora de Guadalupe", "Señor de
// los Milagros"), and is left to the other shapes.
func describedByPlace(words []Word, i int, preps ...string) bool {
	k := i + 1
	if k >= len(words) || words[k].Sent != words[i].Sent || !inList(words[k].Low, preps...) {
		return false
	}
	k++
	if k < len(words) && inList(words[k].Low, "la", "el", "los", "las", "a", "o", "as", "os") {
		k++
	}
	if k >= len(words) || words[k].Sent != words[i].Sent || words[k].Punct || words[k].Capital || !unicode.IsLetter(firstRune(words[k].Low)) {
		return false // "Señora de 50 años o más": an age, anyone's
	}
	return !notOnePlace.has(words[k].Low)
}

// notOnePlace after "señora de la", "a senhora da" make the words anyone
// or the practice's own: "la señora de la casa" is every reader, "a
// senhora de idade" any elder, "la señora de la recepción" our own staff.
var notOnePlace = set("casa", "hogar", "idade", "edad", "recepción", "recepcion", "recepção", "recepcao", "clínica", "clinica",
	"consultorio", "oficina", "limpieza", "limpeza", "familia", "família", "tercera", "terceira", "front", "reception", "desk", "lobby")

// firstRune returns the first rune of w, or utf8.RuneError for an empty
// word.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// Opener reports whether a titled name or a one-person role can start at
// the word low: an honorific ("Coach", "Mrs"), an article or "our" before
// a role, or a noun of a person placed ("kid in room 3").
func Opener(low string) bool {
	return honorific.has(low) || placedPerson.has(low) || roleOpener.has(low) || guardedTitles.has(low)
}

// Openers returns every word Opener accepts, for a caller that builds its
// own index of words once (see Word.NoTitleOrRole).
func Openers() []string {
	var all []string
	for _, s := range []*wordSet{honorific, placedPerson, roleOpener, guardedTitles} {
		for w := range s.m {
			all = append(all, w)
		}
	}
	return all
}

// role finds a one-person role: "our mail carrier", "the town librarian",
// "the principal at Lincoln Middle School". A bare "the coach" is generic
// advice ("ask the coach"), so "the" needs a place word before the role or
// "at"/"of" after it.
func role(words []Word, i int) (Mention, bool) {
	det := words[i].Low
	if (i == 0 || words[i-1].Sent != words[i].Sent) && i+1 < len(words) && placedPerson.has(det) && placedBy.has(words[i+1].Low) {
		// "kid on the U10 team w the green cleats got his cast off": the
		// article dropped at the start of a sentence.
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if (det == "someone" || det == "somebody") && (placedOnStreet(words, i+1) || onNamedCrew(words, i+1)) {
		// "Someone on the 3500 block of S 56th St is overdue for ...":
		// one person told by where they live; "somebody on the Canton hog
		// barn crew": one of a handful the crew can name.
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if det == "the" && i+3 < len(words) && words[i+1].Low == "head" && words[i+2].Low == "of" && headOfWhom(words, i+3) {
		// "the head of ski patrol at Beech", "the head of the Pinecrest
		// grounds crew": the one who leads a crew everyone there knows.
		return Mention{From: i, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	if det == "whoever" && i+1 < len(words) && whoeverDoes.has(words[i+1].Low) {
		// "whoever drives the blue prius with the honor roll sticker"
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if det == "whoever" && i+2 < len(words) && (words[i+1].Low == "s" || words[i+1].Low == "is") && placedOnStreet(words, i+2) {
		// "whoever's on Bayouside Dr waiting on the oxygen delivery": one
		// household told by its street.
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if det == "su" && i+1 < len(words) && spanishPerson.has(words[i+1].Low) && words[i+1].Low != "niña" && words[i+1].Low != "niño" {
		// "su capitana", "su barbero": one person someone has.
		return Mention{From: i, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	if det == "only" {
		return onlyOne(words, i)
	}
	if (i == 0 || words[i-1].Sent != words[i].Sent) && words[i].Capital && elderAlone.has(det) && placedFrom(words, i+1) {
		// "Vovó from the Back Central bakery got her shingles shot",
		// "Grandma from the laundromat": an elder called by the kin title
		// alone, told by the place everyone sees her (session 17).
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if (det == "that" || det == "this") && i+2 < len(words) && (describedPerson.has(words[i+1].Low) || placedPerson.has(words[i+1].Low)) &&
		words[i+2].Low == "who" && anchoredClause(words, i+3) {
		// "that lady who sells tamales outside the Fiesta gate": one person
		// told by what they do at a place named ("don't be that dad who
		// skips his checkup" names no place: anyone).
		return Mention{From: i, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	if (det == "la" || det == "el" || det == "nuestro" || det == "nuestra") && i+2 < len(words) && spanishPerson.has(words[i+1].Low) &&
		(words[i+2].Low == "de" || words[i+2].Low == "del" || words[i+2].Low == "que") {
		// "la señora de los tamales", "el señor que vende elotes": one
		// person described so that neighbours know them.
		return Mention{From: i, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	if (i == 0 || words[i-1].Sent != words[i].Sent) && (det == "señora" || det == "señor") && describedByPlace(words, i, "de", "del") {
		// "Señora de la tiendita en la Main: ...", "Señor del carrito":
		// one person called by the shop they keep, the article dropped.
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if (det == "a" || det == "o" || det == "nossa" || det == "nosso") && i+1 < len(words) && portuguesePerson.has(words[i+1].Low) &&
		describedByPlace(words, i+1, "da", "do", "de", "di") {
		// "a senhora da padaria", "o senhor do carrinho de pipoca": one
		// person told by the shop or the stall they keep.
		return Mention{From: i, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	if tagalogTitle.has(det) && describedByPlace(words, i, "ng", "sa") {
		// "Ate ng karinderya sa Vallejo", "Kuya sa talyer": an older
		// one's title with the place they work.
		return Mention{From: i, To: i + 1, Name: i + 1, Kind: Role}, true
	}
	if det != "the" && det != "our" && det != "which" && det != "a" {
		return Mention{}, false
	}
	j := i + 1
	if det == "the" || det == "our" {
		// "the lady who drives the blue Prius", "the gentleman in the red
		// truck", "our fav bodega guy on 44th", "the 14yo from 52nd st":
		// one person described so that others know them.
		for k := j; k < len(words)-1 && k <= j+2 && !words[k].Punct && words[k].Sent == words[i].Sent; k++ {
			if words[k+1].Sent != words[i].Sent {
				break
			}
			by := words[k+1].Low
			if (describedPerson.has(words[k].Low) && (describedBy.has(by) || (by == "at" && !atPractice(words, k+2)))) || ((placedPerson.has(words[k].Low) || ageNoun(words[k].Low)) && placedBy.has(by)) ||
				(placedPerson.has(words[k].Low) && by == "who" && anchoredClause(words, k+2)) {
				return Mention{From: i, To: k + 1, Name: k + 1, Kind: Role}, true
			}
		}
	}
	placed := false
	for j < len(words) && j <= i+3 && !words[j].Punct && words[j].Sent == words[i].Sent {
		if j+1 < len(words) && roleNouns2.hasPair(words[j].Low, words[j+1].Low) {
			break
		}
		if j+2 < len(words) && words[j+1].Low == "s" && !roleNouns.has(words[j].Low) {
			j += 2 // "the children's librarian", "the county's brand inspector"
		} else if roleModifier.has(words[j].Low) {
			j++
		} else {
			break
		}
		placed = true
	}
	if k := townRoleAfter(words, i, j, placed); k > j {
		// "the stingrays head coach", "the county brand inspector", "the
		// tigres U12 goalie": a team's or an office's name, in any case,
		// before a role only one person in a town has.
		j, placed = k, true
	}
	if !placed {
		// "the Osage Bend High quarterback": a place's name before the role.
		k := j
		for k < len(words) && k < j+5 && !words[k].Punct && words[k].Sent == words[i].Sent &&
			(words[k].Capital && !(k > j && sportRole.has(words[k].Low)) || k > j && placeParticle.has(words[k].Low) && k+1 < len(words) && words[k+1].Capital) {
			k++
		}
		if k > j && roleEnd(words, k) > k {
			j, placed = k, true
		} else if k > j && det != "a" && teamRoleEnd(words, k) > k {
			// "The Elsik High girls' varsity goalie": a school's or a
			// team's name, then the one role it has.
			e := teamRoleEnd(words, k)
			return Mention{From: i, To: e, Name: e, Kind: Role}, true
		}
	}
	end := roleEnd(words, j)
	for end > j && end < len(words) && words[end].Sent == words[i].Sent && roleEnd(words, end) > end {
		end = roleEnd(words, end) // "the lifeguard captain", "the bus driver trainer": the last noun is the role
	}
	if end == j && (det == "the" || det == "our") {
		// "the hylebos creek starting goalie", "our varsity keeper":
		// past a team's name in any case, the one role a team has.
		for k := j; k <= j+2 && k < len(words) && !words[k].Punct && words[k].Sent == words[i].Sent; k++ {
			if !teamModifier.has(words[k].Low) && !ageGroup(words[k].Low) {
				continue
			}
			if e := teamRoleEnd(words, k); e > k {
				end, placed = e, true
				break
			}
		}
	}
	if end == j {
		if e := placeRoleEnd(words, i); e > i {
			return Mention{From: i, To: e, Name: e, Kind: Role}, true
		}
		// Only as the one the sentence is about or speaks to ("The new
		// ticket taker at ... tested positive", "congrats to the cashier
		// at ..."): "who stole the good stapler from the front desk" is a
		// thing.
		if (det == "the" || det == "our") && (i == 0 || words[i-1].Sent != words[i].Sent || words[i-1].Low == "to") {
			if e := agentAt(words, j); e > j {
				return Mention{From: i, To: e, Name: e, Kind: Role}, true
			}
		}
		if det == "the" {
			if e := anchoredRole(words, i); e > i {
				return Mention{From: i, To: e, Name: e, Kind: Role}, true
			}
		}
		return Mention{}, false
	}
	if det == "a" {
		// "a teacher at Osage Bend Elementary": one of a few, at a place
		// named.
		if end+1 >= len(words) || (words[end].Low != "at" && words[end].Low != "of") || !words[end+1].Capital {
			return Mention{}, false
		}
	} else if det == "the" && !placed && !uniqueRole.has(words[end-1].Low) && !(end-2 > i && uniquePair.hasPair(words[end-2].Low, words[end-1].Low)) {
		at := end
		if at+1 < len(words) && placeAdverb.has(words[at].Low) {
			at++ // "the minister out at the colony"
		}
		// "the goalie for the U14 girls" is one person; "thanks to the
		// coach for the donation" says what for.
		if at >= len(words) || (words[at].Low != "at" && words[at].Low != "of" && (words[at].Low != "for" || thankedBefore(words, i)) &&
			!describedAfter(words, at)) {
			return Mention{}, false
		}
	}
	return Mention{From: i, To: end, Name: end, Kind: Role}, true
}

// placeParticle words stand lowercase inside a school's or a place's name
// between capitalised words (session 29, t29privacy): "the Mount de Sales
// Academy valedictorian", "the Our Lady of Lourdes principal".
var placeParticle = set("de", "del", "la", "le", "du", "des", "of", "von", "van", "da", "do", "dos")

// lookWords tell how one person looks or how old they are, before the
// employer or place that makes their job one person's: "the tall Boeing
// engineer", "the young Hy-Vee cashier".
var lookWords = set("tall", "short", "young", "younger", "older", "little", "big", "quiet", "sweet", "nice", "cheerful",
	"bearded", "redheaded", "blonde", "gray-haired", "elderly")

// crewWords are the groups small enough that everyone in one can name the
// others: "the Canton hog barn crew", "the Tigers varsity squad", "ski
// patrol". A plant, a school or a congregation is many people.
var crewWords = set("crew", "crews", "squad", "patrol", "team", "club", "choir", "band", "troop", "committee", "lineup", "quartet")

// onNamedCrew reports whether the words from j put one person on a crew
// told by its name: "on the Canton hog barn crew", "from the Eastside
// road crew", "on the road crew at Dell Rapids". A crew with no name
// ("someone on your crew") is any crew.
func onNamedCrew(words []Word, j int) bool {
	if j+2 >= len(words) || !inList(words[j].Low, "on", "from", "in") || words[j+1].Low != "the" {
		return false
	}
	named := false
	for k := j + 2; k < len(words) && k <= j+7 && !words[k].Punct && words[k].Sent == words[j].Sent; k++ {
		if words[k].Capital {
			named = true
			continue
		}
		if crewWords.has(words[k].Low) {
			return named || (k+2 < len(words) && words[k+1].Low == "at" && words[k+2].Capital && !words[k+2].Punct)
		}
	}
	return false
}

// headOfWhom reports whether what follows "the head of" at j is a crew or
// a job at a named place: "ski patrol at Beech", "the Pinecrest grounds
// crew", "maintenance at Lincoln Elementary". "the head of the bed" is a
// thing's, and "the head of the CDC" a nation's.
func headOfWhom(words []Word, j int) bool {
	for k := j; k < len(words) && k <= j+5 && !words[k].Punct && words[k].Sent == words[j].Sent; k++ {
		w := words[k].Low
		if crewWords.has(w) {
			return true
		}
		if k > j && (w == "at" || w == "for") && k+1 < len(words) && words[k+1].Capital && !words[k+1].Punct {
			return true
		}
		if inList(w, "who", "and", "is", "was", "has", "had") {
			return false
		}
	}
	return false
}

// placeRoleEnd returns the end of a role told by its place's name, with
// words that say which one between ("the New Bedford harbor master", "the
// Westview middle school principal", "our St. Agnes choir director"), or
// i when there is none. A place of care ("the Mercy Hospital office
// manager") is staff's, not the town's.
func placeRoleEnd(words []Word, i int) int {
	if words[i].Low != "the" && words[i].Low != "our" {
		return i
	}
	k := i + 1
	// "the new Marion Military Institute cadet captain", "the tall Boeing
	// engineer": a modifier or a word of how they look may stand before
	// the place's name.
	if k < len(words) && !words[k].Capital && (roleModifier.has(words[k].Low) || lookWords.has(words[k].Low)) {
		k++
	}
	first := k
	for k < len(words) && k <= first+3 && words[k].Sent == words[i].Sent && !careWord.has(words[k].Low) &&
		(words[k].Capital && !words[k].Punct || words[k].Low == "." && k > first && shortPlaceWord.has(words[k-1].Low)) {
		k++
	}
	if k == first {
		return i
	}
	// Up to three words between: modifiers ("middle school") or what the
	// place is ("the Versailles bakery cashier", "the Route 9 gas station
	// clerk").
	for m := k; m < len(words) && m <= k+3 && words[m].Sent == words[i].Sent && !words[m].Punct && !words[m].Capital; m++ {
		if careWord.has(words[m].Low) || notModifier.has(words[m].Low) {
			return i // "the December rush is smarter": a clause, no role
		}
		if e := roleEnd(words, m); e > m {
			return e
		}
		// "the Pioneer Days bullfighter took 2 broken ribs", "the Halvorsen
		// Trucking paint shop supervisor on his return"; not "the Mesa
		// Ridge booster club".
		if agentNoun(words[m].Low) && (m+1 >= len(words) || words[m+1].Punct || words[m+1].Sent != words[i].Sent || afterAgent.has(words[m+1].Low)) {
			return m + 1
		}
	}
	return i
}

// agentAt returns the end of one person told by what they do at a place
// named ("the new ticket taker at the Kaseya Center", "the night
// dispatcher from Harlan Co."), from the word j after the article and
// its modifiers, or j: a word for someone who does something ("-er",
// "-or"), then "at" or "from" and a capitalized place.
func agentAt(words []Word, j int) int {
	for k := j; k < len(words) && k <= j+1 && !words[k].Punct && !words[k].Capital; k++ {
		w := words[k].Low
		if !agentNoun(w) && !roleNouns.has(w) {
			continue
		}
		at := k + 1
		if at+1 < len(words) && words[at].Low == "who" && words[at].Sent == words[j].Sent && anchoredClause(words, at+1) {
			return k + 1 // "the barrel racer who fell at the Cheyenne Frontier Days"
		}
		if at+1 >= len(words) || words[at].Sent != words[j].Sent || !agentPlaced.has(words[at].Low) {
			continue
		}
		p := at + 1
		if words[p].Low == "the" && p+1 < len(words) {
			p++
		}
		if words[p].Capital && !words[p].Punct && words[p].Sent == words[j].Sent {
			return k + 1
		}
	}
	return j
}

// anchoredRole returns the end of a role told by its job and the place
// named where it is done, with any words saying which job between: "the
// safety manager out at San Juan Ridge Station", "the tall shift
// supervisor at Androscoggin Paper", "the ski patrol's lead dog handler at
// Tamarack Bowl", "the overnight front-end supervisor at the Walmart on
// 42nd". No word list can hold every job's modifiers, so any lower-case
// word may stand between; the place after "at", "of" or "from" in capitals
// is what makes the job one person's. i is "the"; i when there is none.
func anchoredRole(words []Word, i int) int {
	for k := i + 1; k < len(words) && k <= i+6 && !words[k].Punct && words[k].Sent == words[i].Sent; k++ {
		w := words[k].Low
		if careWord.has(w) || notModifier.has(w) || words[k].Capital && k > i+1 && words[k-1].Low != "s" {
			return i // "the diabetes educator at ...": care's own; "the kids and the coach at": two
		}
		e := roleEnd(words, k)
		if e == k && k > i+1 && !words[k].Capital && agentNoun(w) {
			e = k + 1 // "the lead dog handler", "the night auditor"
		}
		if e == k {
			continue
		}
		at := e
		if at < len(words) && placeAdverb.has(words[at].Low) {
			at++ // "the safety manager out at ..."
		}
		if at+1 >= len(words) || words[at].Sent != words[i].Sent || !inList(words[at].Low, "at", "of", "from") {
			return i
		}
		p := at + 1
		if words[p].Low == "the" && p+1 < len(words) {
			p++
		}
		if words[p].Capital && !words[p].Punct && words[p].Sent == words[i].Sent {
			return e
		}
		return i
	}
	return i
}

// notModifier are words that end a role's modifiers before its job: a
// clause or a second noun phrase begins ("the kids who", "the team and
// the coach").
var notModifier = set("a", "an", "the", "and", "or", "but", "who", "that", "which", "with", "to", "for", "in", "on", "at", "of",
	"from", "by", "is", "was", "are", "were", "has", "had", "our", "your", "my", "this", "these", "those", "what")

// afterAgent are the words that may follow a word for one who does
// something when it ends the noun, not when it names a thing's kind
// ("booster club", "laser clinic"): a verb of what befell them, "who",
// "with" and places.
var afterAgent = set("is", "was", "has", "had", "who", "with", "took", "got", "gets", "broke", "tore", "fell", "came", "went",
	"will", "just", "finally", "s", "at", "in", "from", "on", "of", "and", "after", "says", "said", "needs", "needed", "wants",
	"landed", "crashed", "rolled", "passed", "died", "delivered", "finished", "started")

// agentPlaced are the words between one who does something and the
// place named where they do it: "the pit boss at the Bellagio", "the lead
// dancer in the Hula Revue", "the night dispatcher from Harlan Co.".
var agentPlaced = set("at", "from", "in", "of", "for")

// agentNoun reports whether w is shaped like a word for one who does
// something ("racer", "editor", "cyclist") and is none of the words of
// that shape that are things, or the practice's own care.
func agentNoun(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")) &&
		!notAgent.has(w) && !careWord.has(w)
}

// anchoredClause reports whether the words from j (after "who" or
// "que") name a place, an event or a team within the clause: a
// capitalized word not at the sentence's start ("who sings the anthem at
// every Aces game", "who fell at the Cheyenne Frontier Days"). Without
// one, the clause tells a kind of person, anyone ("who skips his checkup").
func anchoredClause(words []Word, j int) bool {
	if j <= 0 || j >= len(words) {
		return false
	}
	for k := j; k < len(words) && k < j+10 && words[k].Sent == words[j-1].Sent; k++ {
		// An acronym is as often care as a place ("her IUD appointment",
		// "a clean CT"): only a capitalized word counts.
		if words[k].Capital && !words[k].Punct && !words[k].Acronym && words[k].Low != "i" && !notSurname.has(words[k].Low) {
			return true
		}
	}
	return false
}

// onlyOne finds the one person of a kind somewhere, from "only" at i:
// "the Gazette's only photographer", "the only midwife in Duplin County",
// "only one Tongan pastor in Boulder City", "the only barber in town".
// The kind is a role, a person described, or a word for one who does
// something; the place is the named owner before "only" or a named place
// (or "town") after the kind. "The only clinic in the county" and "only
// one flu shot" tell no person.
func onlyOne(words []Word, i int) (Mention, bool) {
	k := i + 1
	if k < len(words) && words[k].Low == "one" {
		k++
	}
	for n := 0; n < 3 && k < len(words) && !words[k].Punct && words[k].Sent == words[i].Sent; n, k = n+1, k+1 {
		w := words[k].Low
		e := roleEnd(words, k)
		if e == k && (describedPerson.has(w) || placedPerson.has(w) || onlyKind.has(w) ||
			(!words[k].Capital && (agentNoun(w) || (len(w) >= 7 && strings.HasSuffix(w, "ian"))))) {
			e = k + 1
		}
		if e == k {
			continue // a word saying which kind: "Tongan", "full-time"
		}
		owned := i >= 2 && words[i-1].Low == "s" && words[i-2].Capital && !words[i-2].Punct
		at := e
		if !owned && (at+1 >= len(words) || words[at].Sent != words[i].Sent || !agentPlaced.has(words[at].Low)) {
			return Mention{}, false
		}
		if !owned {
			p := at + 1
			if words[p].Low == "the" && p+1 < len(words) {
				p++
			}
			if !(words[p].Capital && !words[p].Punct && words[p].Sent == words[i].Sent) && words[p].Low != "town" {
				return Mention{}, false
			}
		}
		return Mention{From: i, To: e, Name: e, Kind: Role}, true
	}
	return Mention{}, false
}

// onlyKind are the kinds of person "the only" tells apart that are no
// role noun: care's own ("the only midwife in the county", a staff
// member's health is news too) and a person said plainly.
var onlyKind = set("midwife", "doula", "nurse", "doctor", "physician", "surgeon", "vet", "person", "one", "woman", "man")

// notAgent are words in "-er" and "-or" that are no one who does
// something, and the practice's own care roles.
var notAgent = set("other", "water", "center", "centre", "corner", "order", "color", "colour", "number", "winter", "summer",
	"paper", "letter", "flower", "dinner", "butter", "sugar", "weather", "power", "river", "after", "never", "ever", "later",
	"together", "whether", "either", "neither", "rather", "under", "over", "cover", "poster", "sticker", "folder", "meter",
	"doctor", "provider", "counselor", "counsellor", "director", "minor", "major", "member", "monitor", "tower", "theater",
	"border", "manner", "matter", "danger", "hunger", "anger", "finger", "shoulder", "liver", "bladder", "tumor", "cancer",
	"fever", "disorder", "trailer", "chamber", "harbor", "harbour", "elevator", "computer", "printer", "scanner", "counter",
	"locker", "shower", "toaster", "flyer", "banner", "calendar", "visitor", "visitors", "neighbor", "neighbour", "stapler",
	"cooler", "heater", "charger", "speaker", "container", "binder", "marker", "timer", "hanger", "freezer", "blender", "sweater",
	"router", "projector", "generator", "ventilator", "inhaler", "nebulizer", "catheter", "sticker", "burger", "dumpster", "wrapper",
	"laser", "booster", "faster", "slower", "better", "bigger", "smaller", "longer", "shorter", "stronger", "easier", "harder",
	"sooner", "earlier", "higher", "lower", "greater", "fewer", "newer", "older", "younger", "warmer", "colder", "safer",
	// Things and qualities in "-or" and "-er": "the new PT gym floor".
	"floor", "floors", "door", "doors", "decor", "mirror", "error", "honor", "honour", "humor", "flavor", "favor", "labor",
	"vapor", "odor", "armor", "motor", "sensor", "factor", "tractor", "corridor", "interior", "exterior", "indoor", "outdoor",
	"smarter", "cooler", "nicer", "quicker", "cheaper", "clearer", "closer", "further", "super", "paper", "rubber", "silver",
	"copper", "leather", "feather", "shelter", "cluster", "semester", "quarter", "parlor", "parlour", "salon",
	// Events and things a team or a club holds: "the Lancers opener",
	// "the Rotary fundraiser", "the Kings home opener". "Starter" and
	// "planner" are people too ("The Kings starter tore his ACL"), and
	// stay agents (session 16, att16).
	"opener", "openers", "fundraiser", "fundraisers", "mixer", "mixers", "supper", "thriller", "reminder", "reminders",
	"newsletter", "newsletters",
	// Verbs and things in "-ist".
	"exist", "exists", "insist", "assist", "resist", "persist", "consist", "wrist", "twist", "mist", "fist", "list", "checklist", "playlist", "wishlist")

// shortPlaceWord are the abbreviations a place's name holds with a period
// ("St. Agnes", "Mt. Pleasant", "Ft. Myers").
var shortPlaceWord = set("st", "mt", "ft", "pt")

// describedAfter reports whether the words at j, after a role, tell which
// one: a place ("the crossing guard on 5th") or a "who" that goes on
// about him or her ("the bus driver who broke her wrist"). "The dentist
// who fixes your teeth" is anyone's.
func describedAfter(words []Word, j int) bool {
	if j+1 >= len(words) || words[j+1].Sent != words[j].Sent {
		return false
	}
	switch words[j].Low {
	case "on", "in", "from":
		return words[j+1].Capital || isNumber(words[j+1].Low) || ordinal(words[j+1].Low)
	case "who":
		for k := j + 1; k < len(words) && k <= j+8 && words[k].Sent == words[j].Sent; k++ {
			if thirdPerson.has(words[k].Low) {
				return true
			}
		}
	}
	return false
}

// ordinal reports whether w is a number with an ordinal ending ("5th",
// "42nd"): a street.
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && (w[n:] == "th" || w[n:] == "st" || w[n:] == "nd" || w[n:] == "rd")
}

// spanishPerson nouns after "la" or "el" describe one person.
var spanishPerson = set("señora", "señor", "muchacha", "muchacho", "chica", "chico", "niña", "niño", "vecina", "vecino",
	"maestra", "maestro", "profesora", "dueña", "dueño", "abuelita", "abuelito", "viejita", "viejito",
	// One person of a shop or a team: "la cajera de la farmacia", "el
	// barbero de la 49", "la capitana de las Stingrays".
	"cajera", "cajero", "barbero", "barbera", "peluquera", "peluquero", "panadera", "panadero", "carnicero", "mesera",
	"mesero", "capitana", "capitán", "portera", "portero", "entrenadora", "entrenador", "pastora", "cartero", "cartera",
	// A young man, a young lady, and the one who runs a ditch ("el joven
	// que maneja el camión de elotes", "nuestro mayordomo de la acequia").
	"joven", "señorita", "mayordomo", "mayordoma")

// atPractice reports whether the place after "the guy at" is the
// practice's own ("at the front desk", "at our check-in"): its staff.
func atPractice(words []Word, j int) bool {
	if j < len(words) && (words[j].Low == "our" || words[j].Low == "reception" || words[j].Low == "check") {
		return true
	}
	return j+1 < len(words) && words[j].Low == "the" &&
		(words[j+1].Low == "front" || words[j+1].Low == "desk" || words[j+1].Low == "reception" || words[j+1].Low == "check" ||
			words[j+1].Low == "office" || words[j+1].Low == "clinic" || words[j+1].Low == "lab")
}

// townRoleAfter returns the start of a role in townRole that follows one
// or two words of a name at j ("stingrays head coach", "brand inspector"),
// or j. After "our" and a modifier (liked: "our favorite uber driver") any
// role will do. Only "the" and "our" point at one person this way.
func townRoleAfter(words []Word, i, j int, liked bool) int {
	if words[i].Low != "the" && words[i].Low != "our" {
		return j
	}
	for k := j + 1; k <= j+2 && k < len(words); k++ {
		if words[k-1].Punct || words[k-1].Sent != words[i].Sent || roleEnd(words, k-1) > k-1 {
			return j
		}
		if careWord.has(words[k-1].Low) {
			return j // "our health coach", "the wellness director": the practice's own staff
		}
		if end := roleEnd(words, k); end > k && (townRole.has(words[end-1].Low) || liked && words[i].Low == "our") {
			return k
		}
	}
	return j
}

// townRole nouns name the one person who holds an office or leads a team:
// with a team's or an office's name before them they point at one person.
var townRole = set("coach", "chief", "librarian", "principal", "minister", "pastor", "priest", "rabbi", "imam", "inspector",
	"warden", "goalie", "captain", "quarterback", "pitcher", "mayor", "sheriff", "postmaster", "clerk", "superintendent",
	"director", "treasurer", "commissioner", "dispatcher", "auctioneer", "instructor", "trainer", "tutor", "commander")

// careWord before a role makes it a job in health care, which a practice
// has on its own staff ("our health coach", "the lactation coach").
var careWord = set("health", "wellness", "lactation", "diabetes", "nutrition", "fitness", "life", "birth", "sleep",
	"recovery", "care", "clinic", "medical", "practice", "office", "nursing", "dental", "hospital", "clinical", "nurse",
	"your", "my", "their", "his", "her")

// placeAdverb words sit between a role and where it is ("the minister out
// at the colony", "the librarian over at the branch").
var placeAdverb = set("out", "over", "up", "down", "here")

// practiceRoles are roles a practice has one person in, "our
// receptionist", "our CEO", "our head nurse" (its many nurses are no one in
// particular), said in everyday posts about the office; see PracticeRole.
var (
	practiceRoles  = set("receptionist", "ceo", "administrator", "bookkeeper", "manager", "chaplain")
	practiceRoles2 = set("head nurse", "charge nurse", "lead nurse", "night nurse")
)

// PracticeRole reports whether a role mention ending in the words prev and
// last ("head nurse", "receptionist") is one a practice has one person in,
// named day to day with no one's health: only their own health event makes
// it a person identified.
func PracticeRole(prev, last string) bool {
	return practiceRoles.has(last) || practiceRoles2.hasPair(prev, last)
}

// RoleNoun reports whether low names a role one person has in a town
// ("mayor", "librarian", "barista").
func RoleNoun(low string) bool { return roleNouns.has(low) }

// RoleNouns returns the words RoleNoun accepts, for a caller that keeps
// them in a set of its own.
func RoleNouns() []string {
	out := make([]string, 0, len(roleNouns.m))
	for w := range roleNouns.m {
		out = append(out, w)
	}
	return out
}

// RolePair reports whether prev and last name a two-word role one person
// has ("crossing guard", "mail carrier", "point guard").
func RolePair(prev, last string) bool { return roleNouns2.hasPair(prev, last) }

// uniqueRole nouns name one person even after a bare "the": there is one
// mayor ("The mayor got her flu shot here today").
var uniqueRole = set("mayor", "sheriff", "superintendent", "postmaster", "governor", "harbormaster")

// uniquePair are the two-word roles a town has one of: "the town clerk",
// "the harbor master", "the fire chief".
var uniquePair = set("town clerk", "county clerk", "city clerk", "harbor master", "harbour master", "harbor pilot",
	"fire chief", "police chief", "athletic director", "town manager", "city manager", "county judge", "county attorney",
	"district attorney", "game warden", "school principal", "head coach")

// describedPerson nouns, followed by a describedBy word, describe one
// person others can recognize.
var (
	describedPerson = union(set(regionElders...), set("lady", "gentleman", "man", "woman", "guy", "gal", "fellow", "fella", "feller", "dude", "bloke", "mom", "dad", "mother", "father", "mama", "mommy",
		"sweetheart", "sweetie", "cutie", "darling", "champ", "trooper",
		"grandma", "grandpa", "grandmother", "grandfather", "teen", "teenager", "couple", "boy", "girl"))
	describedBy = set("who", "in", "with", "driving", "wearing", "on", "from", "w")
	// streetType words end a street's name.
	streetType = set("ave", "avenue", "st", "street", "rd", "road", "blvd", "ln", "lane", "dr", "drive", "ct", "hwy", "pkwy")
	// placedPerson nouns describe one person only by where they are ("the
	// kid in exam room 3", "the teen from 52nd street"); "the kid with a
	// fever" is advice about any child.
	placedPerson = set("kid", "teen", "toddler", "tween", "teenager", "youngster", "twins", "triplets")
	placedBy     = set("in", "on", "from")
)

// ageNoun reports whether low is an age said as a noun: "14yo", "6yo",
// "3mo".
func ageNoun(low string) bool {
	n := 0
	for n < len(low) && low[n] >= '0' && low[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && (low[n:] == "yo" || low[n:] == "yr" || low[n:] == "mo")
}

// roleEnd returns the end of a role noun (one or two words) at j, or j.
func roleEnd(words []Word, j int) int {
	if j >= len(words) {
		return j
	}
	if j+1 < len(words) && roleNouns2.hasPair(words[j].Low, words[j+1].Low) {
		return j + 2
	}
	if roleNouns.has(words[j].Low) {
		return j + 1
	}
	return j
}

// NotName reports whether low, capitalized, is a day, month, holiday or
// title-case word that never starts a person's name.
func NotName(low string) bool {
	return notSurname.has(low) || holiday.has(low) || languages.has(low) || peoples.has(low)
}

// People reports whether low names a people or a faith community
// ("Amish", "Lumbee"), no person.
func People(low string) bool { return peoples.has(low) }

// peoples are faith communities and peoples a post names as groups
// ("Amish and Mennonite children", "Hutterite families", "Lumbee
// elders"): no one's name.
var peoples = set("amish", "mennonite", "mennonites", "hutterite", "hutterites", "lumbee", "ojibwe", "anishinaabe",
	"hopi", "apache", "mixtec", "zapotec", "triqui", "garifuna", "quechua", "montagnard", "montagnards", "yupik",
	"inupiaq", "cajun", "cajuns", "tejano", "tejanos", "gullah", "geechee")

// ThanksAbroad reports whether low is thanks in another language
// ("Asante", "Merci", "Mahadsanid"), some of which are names too.
func ThanksAbroad(low string) bool { return thanksAbroad.has(low) }

// PlaceLead reports whether low opens a place's name before a word a name
// list holds: "New" of "New York", "San" of "San Jose".
func PlaceLead(low string) bool { return placeLead.has(low) }

// Language reports whether low names a language: "Dari", "Kreyòl".
func Language(low string) bool { return languages.has(low) }

// languages are no one's name: "press 2 for Spanish, 3 for Kreyòl".
var languages = set("spanish", "español", "english", "french", "français", "creole", "kreyol", "kreyòl", "portuguese", "português",
	"vietnamese", "tagalog", "arabic", "somali", "mandarin", "cantonese", "chinese", "korean", "russian", "haitian", "amharic",
	"hmong", "navajo", "polish", "ukrainian", "hindi", "urdu", "bengali", "farsi", "swahili", "german", "italian", "japanese", "asl",
	"punjabi", "gujarati", "nepali", "burmese", "khmer", "lao", "tigrinya", "oromo", "pashto", "dari", "yoruba", "igbo", "lingala", "assyrian", "sureth", "rohingya", "chuukese", "marshallese", "ilocano",
	"hawaiian", "samoan", "tongan", "kiswahili", "kinyarwanda", "tigrigna",
	// Languages of the newer sets' families, none a name anyone goes by:
	// "all in Plautdietsch", "Yup'ik speakers".
	"plautdietsch", "ojibwe", "yupik", "inupiaq", "cebuano", "visayan", "ilokano", "mixtec", "zapotec", "hopi", "choctaw",
	"mohawk", "jarai", "telugu", "tamil", "malayalam", "marathi", "yiddish", "hebrew", "turkish", "persian", "kurdish",
	"albanian", "pidgin", "dinka", "nuer", "kirundi", "wolof", "fulani", "kiche", "qeqchi",
	// Languages interpreters, menus and job posts list (issue 11, session
	// 13), none in the name lists nor an everyday word: "Bosnian, or Karen
	// a plus", "5 pa Kriolu". Those that are names too ("Shan", "Mara",
	// "Lai") are left to their place in the text (languageByPlace).
	"bosnian", "serbian", "croatian", "kriolu", "kriol", "krio", "romanian", "indonesian", "twi", "akan", "hausa", "zulu",
	"afrikaans", "swedish", "norwegian", "finnish", "hungarian", "bulgarian", "armenian", "georgian", "uzbek", "mongolian",
	"tibetan", "sinhala", "kannada", "sindhi", "chuj", "ixil", "kaqchikel", "nahuatl", "papiamento", "chamoru", "carolinian",
	"palauan", "pohnpeian", "kosraean", "yapese", "fijian", "maori", "hiligaynon", "ilonggo", "waray", "kapampangan", "tausug",
	"bisaya", "hokkien", "taishanese", "toisanese", "teochew", "hakka", "zomi", "mizo", "kachin", "karenni", "falam", "hakha",
	"tedim", "rhade", "belarusian", "lithuanian", "latvian", "estonian", "slovenian", "macedonian", "azerbaijani", "kazakh",
	"kyrgyz", "tajik", "turkmen", "uyghur", "chechen", "kikongo", "tshiluba", "chichewa", "luganda", "sango", "bambara",
	"mandinka", "soninke", "fula", "pulaar", "tigre", "bilen", "saho", "kunama", "shilluk", "acholi", "sorani", "kurmanji",
	"chaldean", "sylheti", "konkani", "assamese", "odia", "maithili", "bhojpuri")

// Honorific reports whether low is an honorific or title that comes before
// a person's name.
func Honorific(low string) bool { return honorific.has(low) }

// wordSet is a set of lower-case words. Find asks many sets about every
// word of a text and nearly all the answers are no, so each set keeps a
// 4096-bit signature of its words' lengths and first and last bytes: most
// words are turned away by one bit test, before the map is asked.
type wordSet struct {
	sig [64]uint64
	m   map[string]bool
}

func set(words ...string) *wordSet {
	s := &wordSet{m: make(map[string]bool, len(words))}
	for _, w := range words {
		s.m[w] = true
		if w != "" {
			b := sigBit(len(w), w[0], w[len(w)-1])
			s.sig[b>>6] |= 1 << (b & 63)
		}
	}
	return s
}

// union returns a set of the words of all of sets.
func union(sets ...*wordSet) *wordSet {
	var words []string
	for _, s := range sets {
		for w := range s.m {
			words = append(words, w)
		}
	}
	return set(words...)
}

// sigBit is the signature bit of a word of n bytes from first to last:
// the three packed into one integer and multiplied by 2^32/φ (Fibonacci
// hashing), whose top 12 bits depend on every bit packed. One
// multiplication where three were: has asks it a few hundred times a check.
func sigBit(n int, first, last byte) uint {
	return uint((uint32(n) | uint32(first)<<8 | uint32(last)<<16) * 0x9E3779B1 >> 20)
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return s.m[w]
	}
	if b := sigBit(len(w), w[0], w[len(w)-1]); s.sig[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	return s.m[w]
}

// hasPair reports whether the set holds "a b", building the string only
// when the signature lets it through: Find asks about every pair of words
// near a determiner.
func (s *wordSet) hasPair(a, b string) bool {
	if a == "" || b == "" {
		return false // every pair in the sets is two words
	}
	if bit := sigBit(len(a)+1+len(b), a[0], b[len(b)-1]); s.sig[bit>>6]&(1<<(bit&63)) == 0 {
		return false
	}
	var buf [64]byte
	return s.m[string(append(append(append(buf[:0], a...), ' '), b...))]
}

var (
	honorific = union(set(regionTitles...), set("mr", "mrs", "ms", "mx", "miss", "mister", "señor", "señora", "sr", "sra", "dr", "dra", "doctor", "doctora", "doc",
		"coach", "pastor", "father", "fr", "rev", "reverend", "rabbi", "imam", "deacon", "officer", "deputy", "sheriff",
		"sgt", "sergeant", "captain", "capt", "lt", "judge", "mayor", "principal", "professor", "prof", "nurse",
		"grandma", "grandpa", "granny", "nana", "papa", "abuela", "abuelo", "auntie", "aunt", "uncle", "cousin",
		"lil", "chef", "councilman", "councilwoman", "commissioner", "senator",
		"pops", "gramps", "granddad", "grandad", "gran", "nonna", "nonno", "oma", "opa", "meemaw", "memaw", "mamaw",
		"papaw", "pawpaw", "bubbe", "zayde", "tia", "tio", "tía", "tío", "abuelita", "abuelito", "madame", "mme",
		"trooper", "ranger", "firefighter", "corporal", "cpl", "cpt", "maj", "pvt", "spc", "sfc", "ssg", "col", "colonel", "lieutenant", "bishop", "cantor", "rebbe", "ustadh", "sensei",
		"representative", "governor", "chief", "sister", "brother", "pani", "doña", "srta", "señorita",
		// Vietnamese, Tagalog, Portuguese, French, German, Italian, Polish,
		// Haitian Creole and Spanish titles and kin before a name.
		"cô", "chú", "bác", "ông", "bà", "bé", "chị", "tita", "tito", "lola", "lolo", "kuya", "manang", "manong",
		"dona", "vovó", "vovô", "mme", "mlle", "monsieur", "herr", "frau", "signora", "signor", "signore", "zia",
		"zio", "babcia", "dziadek", "tante", "tonton", "matant", "hermana", "hermano", "sor", "don", "anh", "ibu", "bapak",
		"pak", "dyadya", "tyotya", "babushka", "dedushka",
		// Hawaiian, Amharic, Swahili, Arabic and Malay titles and kin: "Aunty
		// Pua", "Tūtū Lani", Pidgin "Bruddah K" (session 18), "Ato Berhane", "Weyzero Almaz", "Mzee Otieno",
		// "Hajji Ahmed".
		"aunty", "tutu", "tūtū", "kumu", "brah", "bruddah", "braddah", "bradda", "brudda", "ato", "weyzero", "woizero", "mzee", "hajji", "hajja", "haji", "sheikh", "ustaz",
		// Karen and Burmese ("Naw Eh Paw", "Daw Khin"), Amharic ("Ato
		// Berhane", "Weizero Almaz"), Somali kin ("Hooyo Fadumo", "Ayeeyo
		// Halima", "Eedo", "Abti"), Hmong ("Niam Yer", "Txiv Tou", "Tais",
		// "Yawg"), Tagalog ("Aling Nena", "Mang Ben"), Cajun French ("Nonc
		// Pete", "Parrain", "Nannan", "Mawmaw") and Haitian Creole ("Manman",
		// "Granmè") titles and kin before a name.
		"naw", "daw", "weizero", "hooyo", "aabo", "ayeeyo", "awoowe", "eedo", "abti", "niam", "txiv",
		"tais", "yawg", "aling", "mang", "nonc", "parrain", "nannan", "mawmaw", "manman", "granmè", "grann", "tatie", "madan", "msye",
		// "Manmi Rose", "Granpè Jean", and a church's elder ("Elder Seu").
		"manmi", "granpè", "granpe", "elder",
		// Swahili kin and titles ("Baba Juma", "Bibi Neema", "Babu
		// Omari", "Dada Rehema") and Bosnian kin and titles ("Teta Zlata",
		// "Tetka", "Amidža", "Daidža", "Hadži").
		"baba", "bibi", "babu", "dada", "tetka", "teta", "tetak", "amidža", "daidža", "hadži",
		// Bosnian, Croatian and Serbian "dear" before a name: "Naš dragi
		// Sead", "naša draga Amra".
		"dragi", "draga"))
	// institution words follow a name that is not a person's.
	institution = set("elementary", "middle", "high", "school", "academy", "college", "university", "street", "st",
		"avenue", "ave", "road", "rd", "boulevard", "blvd", "park", "county", "city", "hospital", "clinic", "center",
		"centre", "library", "church", "day", "ymca", "ymcas", "field", "stadium", "hall", "bridge", "lake", "river",
		"heights", "township", "village", "drive", "lane", "way", "mall", "market", "foundation", "fund", "memorial",
		"institute", "pharmacy", "health", "medical", "fire", "police", "department", "dept", "airport", "square",
		"plaza", "gym", "arena", "pool", "trail", "county's", "jr", "law", "tech", "state",
		// "Lincoln HS athletes", "Roosevelt JHS": a school by its initials.
		"hs", "jhs", "ihs")
	// business2 words end the name of a shop, a firm or a public body ("Kessler
	// Feed", "Tacoma Public Schools", "Lakewood Rotary").
	business2 = set("schools", "churches", "hospitals", "clinics", "libraries", "public", "rotary", "lions", "kiwanis",
		"inc", "llc", "co", "company", "farms", "farm", "shop", "store", "cafe", "café", "bakery", "restaurant", "diner",
		"grill", "brewery", "feed", "hardware", "motors", "auto", "bank", "realty", "foods", "coffee", "pizza", "salon",
		"studio", "fitness", "dental", "insurance", "services", "supply", "market", "mercantile", "tavern", "saloon")

	// notSurname are capitalized words that follow a first name without
	// being its surname: days, months and words of a title-case heading.
	notSurname = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "january",
		"february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
		"december", "and", "or", "the", "is", "was", "has", "had", "will", "who", "i", "we", "you", "our", "my",
		"his", "her", "day", "jr", "sr", "ii", "iii", "happy", "merry", "dear", "hi", "hello", "meet", "welcome",
		"congrats", "congratulations", "thanks", "thank", "st", "mt", "ft", "dr", "mr", "mrs", "ms",
		// a holiday greeting's words: "Feliz Ano Novo", "Feliz Año Nuevo", "Boas Festas"
		"ano", "año", "novo", "nuevo", "natal", "festas", "navidad", "pascua", "pascoa", "páscoa", "kalikimaka", "hou",
		// "Mardi Gras", "Lundi Gras": a feast, not Mardi Gras the person
		"gras",
		// "Somebody's mama called": a pronoun, anyone's
		"somebody", "someone", "anybody", "anyone", "everybody", "everyone", "nobody", "whoever",
		// "Just finished 40 flu shots", "Finally finished ...": an adverb
		// opening a sentence, no one's name (session 15, t15prec)
		"just", "finally", "already", "still", "also", "recently", "officially", "proudly", "happily", "literally",
		"honestly", "seriously", "totally", "really", "always", "never")
	greeting = set("congrats", "congratulations", "birthday", "hi", "hello", "hey", "dear", "prayers", "praying", "proud", "hats", "props", "ups", "cheers",
		"shoutout", "welcome", "thanks", "thank", "get", "miss", "felicidades", "felicitaciones", "easy",
		"hambalyo", "mabruk", "mabrouk", "mabrook", "parabéns", "parabens", "félicitations", "felicitations", "konpliman", "hongera", "badhai", "badhaai",
		"čestitamo", "cestitamo", "čestitke")
	// thanksAbroad are thanks in the languages of the families practices
	// serve (Spanish, Portuguese, French, Haitian Creole, Tagalog, Somali,
	// Oromo, Amharic, Hmong, Karen, Samoan, Hawaiian, Yup'ik, Ojibwe,
	// Nepali and Hindi, Urdu, Arabic, Swahili, K'iche', Italian, German):
	// a rarer name after them is thanked ("Mahadsanid to Abdirizak"). Not
	// a greeting for lower-case words: "merci pour votre avis" thanks no Avis.
	thanksAbroad = set("gracias", "obrigado", "obrigada", "merci", "mèsi", "salamat", "mahadsanid", "galatoomaa", "ameseginalehu",
		"tsaug", "tabluh", "faafetai", "fa'afetai", "mahalo", "quyana", "miigwech", "dhanyabad", "dhanyavad", "dhanyavaad",
		"shukriya", "shukran", "asante", "maltyox", "grazie", "danke",
		// Marshallese, Chuukese, Pohnpeian, Russian, Ukrainian, Dari (session 16)
		"kommol", "kinisou", "kalahngan", "spasibo", "dyakuyu", "tashakor")
	// seasonName are seasons that are first names too ("Summer", "Autumn",
	// "Winter"); congratulatedCue words are said to one person for news of
	// theirs. "Congrats to Summer on her new hip" greets a person; "Hello
	// Summer!" greets the season, so hello and hi are not among them.
	seasonName       = set("summer", "autumn", "winter")
	congratulatedCue = set("congrats", "congratulations", "kudos", "condolences", "felicidades", "felicitaciones", "shoutout",
		"prayers", "soon", "dear", "birthday", "bday",
		"hambalyo", "mabruk", "mabrouk", "mabrook", "parabéns", "parabens", "félicitations", "felicitations", "konpliman", "hongera", "badhai", "badhaai",
		"čestitamo", "cestitamo", "čestitke")
	// Congratulations in the languages families post in (Somali
	// "Hambalyo", Arabic "Mabrouk", Portuguese "Parabéns", French,
	// Haitian Creole "Konpliman", Swahili "Hongera", Nepali and Hindi
	// "Badhai", Bosnian "Čestitamo") are in greeting, congratulatedCue and
	// strongGreeting too.
	//
	// strongGreeting words are said to one person: a capitalized word
	// right after one is a name even when the data does not know it.
	strongGreeting = set("congrats", "congratulations", "birthday", "bday", "hi", "hello", "hey", "dear", "prayers",
		"praying", "shoutout", "soon", "condolences", "kudos", "felicidades", "felicitaciones",
		"hambalyo", "mabruk", "mabrouk", "mabrook", "parabéns", "parabens", "félicitations", "felicitations", "konpliman", "hongera", "badhai", "badhaai",
		"čestitamo", "cestitamo", "čestitke")
	// holiday words are capitalized and follow greetings, but name no one.
	holiday = set("thanksgiving", "christmas", "easter", "halloween", "hanukkah", "chanukah", "diwali", "kwanzaa",
		"ramadan", "eid", "passover", "valentine", "valentines", "juneteenth", "independence", "memorial", "labor",
		"veterans", "presidents", "new", "spring", "summer", "fall", "autumn", "winter", "holidays", "everyone",
		"everybody", "all", "friends", "neighbors", "team", "y", "folks", "mother", "father", "mothers", "fathers",
		"nurses", "doctors", "national", "world", "international", "american", "lunar", "mardi", "cinco", "st", "santa",
		// Portuguese and Spanish greetings: "Feliz Natal", "Boas Festas", "Feliz Año Nuevo".
		"feliz", "boas", "próspero", "prospero", "mele", "hauoli")
	relatives = set("mom", "dad", "mother", "father", "son", "daughter", "wife", "husband", "grandma", "grandpa", "family",
		"brother", "sister", "baby", "kids", "twins")
	roleModifier = set("only", "favorite", "favourite", "beloved", "amazing", "wonderful", "own", "friendly", "longtime", "local",
		"ups", "fedex", "usps", "delivery", "garbage", "postal", "lunch", "town", "school", "city", "village", "county", "local", "high", "middle", "elementary",
		"church", "new", "head", "team", "district", "neighborhood", "volunteer", "fav", "fave", "resident", "retired",
		"youth", "varsity", "parish", "branch", "library", "colony", "longtime", "night", "store", "shop", "general",
		"assistant", "building", "office", "practice")
	roleNouns = set("librarian", "principal", "mayor", "pastor", "priest", "rabbi", "imam", "minister", "sheriff",
		"chief", "coach", "mailman", "postman", "postmaster", "janitor", "custodian", "superintendent", "lifeguard",
		"referee", "umpire", "bartender", "barista", "barber", "valedictorian", "quarterback", "councilman",
		"councilwoman", "clerk", "treasurer", "weatherman", "grocer", "butcher", "baker", "florist", "organist", "owner",
		"driver", "carrier", "founder", "president", "captain", "pitcher", "goalie", "waitress", "waiter", "cashier",
		"hairdresser", "hairstylist", "stylist", "mechanic", "plumber", "electrician", "teller", "neighbor", "neighbour",
		"landlord", "landlady", "paperboy", "teacher", "anchor", "reporter", "pharmacist", "dentist", "veterinarian",
		"inspector", "warden", "dispatcher", "auctioneer", "postmistress", "instructor", "trainer", "tutor", "nanny",
		"babysitter", "lunchlady", "groundskeeper", "manager", "cook", "secretary", "attendant", "foreman", "guard",
		"bagger", "usher", "deacon", "choirmaster", "bandleader", "handyman", "gardener", "housekeeper", "caretaker", "commander",
		"host", "dj", "deejay", "emcee", "announcer", "cantor", "reverend", "bishop", "chef", "harbormaster", "shortstop",
		"boss", "editor", "photographer", "dancer", "cfo", "coo", "cto", "chaplain", "ranger",
		"catcher", "keeper", "striker",
		// The one who holds a title of a festival, a parade or a boat: "the
		// Shrimp Festival queen", "the King of the Krewe", "the skipper of
		// the F/V Aleutian Dawn".
		"queen", "king", "princess", "skipper", "marshal",
		// A practice has one of each (practiceRoles).
		"receptionist", "ceo", "administrator", "bookkeeper")
	roleNouns2 = set("harbor master", "harbour master", "harbor pilot", "county clerk", "city clerk", "athletic director",
		"town manager", "city manager", "morning host", "radio host", "show host", "talk host", "morning dj", "radio dj", "mail carrier", "crossing guard", "bus driver", "fire chief", "police chief", "school nurse",
		"lunch lady", "news anchor", "football coach", "basketball coach", "soccer coach", "head coach", "mail lady",
		"choir director", "band director", "town clerk", "school counselor", "youth pastor", "game warden",
		"athletic director", "assistant coach", "brand inspector", "fire marshal",
		"weather guy", "weather lady", "weather girl", "mail guy", "ups guy", "fedex guy", "pizza guy", "coffee guy", "deli guy",
		"bodega guy", "tamale lady", "taco guy", "ice cream man", "paper boy", "big chief", "grand marshal", "drum major",
		"homecoming queen", "homecoming king", "prom queen", "prom king",
		"point guard", "shooting guard", "center fielder", "left fielder", "right fielder", "first baseman", "tight end",
		"wide receiver", "running back", "nose tackle", "middle blocker", "outside hitter",
		// The one nurse who leads the others.
		"head nurse", "charge nurse", "lead nurse", "nurse manager")
)

// uncasedCue reports whether what stands around a lower-case known name
// makes it a person: its possessive ("darnell's knee surgery"), a "for"
// after a feeling ("so happy for deshawn"), a friend's word before ("my
// girl brianna"), or a past-tense verb with a "he" or "she" after ("marcus
// fainted during his blood draw").
func uncasedCue(words []Word, i int) bool {
	if afterPatient(words, i) {
		return true
	}
	if i+1 < len(words) && words[i+1].Low == "s" && words[i+1].Sent == words[i].Sent {
		return true
	}
	if i >= 2 && words[i-1].Low == "for" && feelingFor.has(words[i-2].Low) {
		return true
	}
	if i >= 2 && friendWord.has(words[i-1].Low) && (words[i-2].Low == "my" || words[i-2].Low == "our") {
		return true
	}
	if j := i + 1; j < len(words) && len(words[j].Low) > 4 && strings.HasSuffix(words[j].Low, "ed") && words[j].Sent == words[i].Sent {
		return pronounAfter(words, j+1, 8)
	}
	return false
}

// afterPatient reports whether the word at i follows "patient" or "pt"
// (past a comma): "our patient maria lopez", "our patient MARIA LOPEZ"
// name her however the name is cased.
func afterPatient(words []Word, i int) bool {
	j := i - 1
	if j >= 0 && words[j].Punct && words[j].Low == "," {
		j--
	}
	return j >= 0 && words[j].Sent == words[i].Sent && (words[j].Low == "patient" || words[j].Low == "pt")
}

// feelingFor words come before "for" and the person they are felt for.
var feelingFor = set("happy", "proud", "thrilled", "excited", "praying", "rooting", "pulling", "glad", "grateful")

// friendWord before a name makes it a friend's ("my girl brianna", "our
// buddy sam").
var friendWord = set("girl", "boy", "guy", "friend", "buddy", "pal", "sis", "bro", "homie", "queen", "king", "dude")

// shouting reports whether the all-capitals word at i stands among other
// words in capitals ("HUGE CONGRATS TO TERRENCE"): the writer shouts, and
// an acronym tells nothing.
func shouting(words []Word, i int) bool {
	n := 0
	for j := max(0, i-2); j < len(words) && j <= i+2; j++ {
		if j != i && words[j].Acronym && words[j].Sent == words[i].Sent {
			n++
		}
	}
	return n >= 2
}

// uncasedName finds a known first name written without its capital (or in
// a shouted sentence) where only a person can stand: greeted or thanked
// ("get well soon marcus", "shoutout to big mike"), or doing what a person
// does with a "she" or "he" after ("darnell got his new knee"). Only a
// name the data knows as nothing but a name counts; a known surname after
// it joins it ("darnell brooks").
func uncasedName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if !knownName(w) {
		return Mention{}, false
	}
	if First(w.Low) != Strong {
		return surnameFirst(words, i)
	}
	if describedPerson.has(w.Low) || greeting.has(w.Low) || strongGreeting.has(w.Low) {
		return Mention{}, false
	}
	end := i + 1
	if end < len(words) && words[end].Sent == words[i].Sent && !words[end].Punct && Surname(words[end].Low) == Strong &&
		First(words[end].Low) == None && !functionWord.has(words[end].Low) && !notSurname.has(words[end].Low) {
		end++
	}
	// What the person does may follow the surname: "darnell brooks
	// finished his last round of radiation".
	if !cued(words, i) && !actsAsPerson(words, i) && !uncasedCue(words, i) &&
		(end == i+1 || (!actsAsPerson(words, end-1) && !uncasedCue(words, end-1))) {
		return Mention{}, false
	}
	kind := FirstName
	if end > i+1 {
		kind = FullName
	}
	return Mention{From: i, To: end, Name: i, Kind: kind}, true
}

// capitalsName finds a full name written in capitals ("Congrats to
// DARNELL BROOKS on his new knee", "🅼🅰🆁🅸🅰 🅻🅾🅿🅴🅉" once folded): a
// known first name that is no everyday word, then a surname that is no
// common first name, both in capitals, naming no place or business. An
// acronym is in no name list, and two names in capitals are the way a
// writer makes a name stand out.
func capitalsName(words []Word, i int) (Mention, bool) {
	j := i + 1
	if j >= len(words) || !words[j].Acronym || words[j].Sent != words[i].Sent {
		return Mention{}, false
	}
	w := words[i]
	w.Capital = false
	if !lowerName(&w) || First(w.Low) != Strong {
		return Mention{}, false
	}
	n := words[j].Low
	if Surname(n) == None || First(n) == Strong || notSurname.has(n) || functionWord.has(n) || plainNoun.has(n) || notAlone(words, i) {
		return Mention{}, false
	}
	return Mention{From: i, To: j + 1, Name: i, Kind: FullName}, true
}

// cjkPerson finds a person named in Korean, Chinese or Japanese: a Korean
// name before "씨" ("김민지 씨가"), or a run of letters holding a title
// that follows a name ("田中さん", "王先生手术成功"). Words before last are
// in a mention already.
func cjkPerson(words []Word, i, last int) (Mention, bool) {
	w := words[i].Low
	if strings.HasPrefix(w, "씨") && i > last && i > 0 && words[i-1].Sent == words[i].Sent && hangulName(words[i-1].Low) {
		return Mention{From: i - 1, To: i + 1, Name: i - 1, Kind: Titled}, true
	}
	for _, t := range cjkTitles {
		if k := strings.Index(w, t); k > 0 && !strings.Contains(w, "皆さん") && !strings.Contains(w, "みなさん") && !strings.Contains(w, "各位") {
			return Mention{From: i, To: i + 1, Name: i, Kind: Titled}, true
		}
	}
	if m, ok := hangulTitled(words, i); ok {
		return m, true
	}
	if m, ok := hangulKin(words, i, last); ok {
		return m, true
	}
	for _, t := range afterLatinTitles {
		if !strings.HasPrefix(w, t) || i <= last || words[i-1].Sent != words[i].Sent || words[i-1].Punct {
			continue
		}
		// "Chen 阿姨", "Wang 先生", "Tanaka さん", "Min-jun 님": a name in
		// Latin letters (a hyphenated one's parts come as two words, the
		// second in lower case), then its title in the writer's script.
		start := i - 1
		if !words[start].Capital && start-1 >= last && words[start-1].Sent == words[i].Sent && !words[start-1].Punct {
			start--
		}
		if words[start].Capital && !words[start].Acronym {
			return Mention{From: start, To: i + 1, Name: start, Kind: Titled}, true
		}
	}
	return Mention{}, false
}

// cjkTitles follow a name in Chinese and Japanese: Mr., Ms., Miss, Mrs.,
// auntie, grandmother, grandfather; -san, -sama, -chan, -kun.
var cjkTitles = []string{"先生", "女士", "小姐", "太太", "阿姨", "奶奶", "爷爷", "さん", "様", "ちゃん", "くん"}

// afterLatinTitles are the titles of cjkTitles and Korean "님" and "씨"
// ("Park Min-jun 님"), which follow a name written in Latin letters as a
// word of their own. ("선생님" holds 님 inside a word: a title, no name.)
var afterLatinTitles = append([]string{"님", "씨"}, cjkTitles...)

// koreanSurnames are the commonest Korean family names, one syllable each.
const koreanSurnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석설마길연위표명기반왕금옥육인맹제모탁국어은편용"

// hangulTitled finds a Korean name with "님" or "씨" written onto it
// ("박지훈님", "김민지씨"): three syllables starting with a family name. A
// title or kin word with 님 ("선생님", "고객님", "부모님", "하나님") has two.
func hangulTitled(words []Word, i int) (Mention, bool) {
	w := words[i].Low
	base, ok := strings.CutSuffix(w, "님")
	if !ok {
		base, ok = strings.CutSuffix(w, "씨")
	}
	if !ok || !hangulName(base) || utf8.RuneCountInString(base) != 3 {
		return Mention{}, false
	}
	first, _ := utf8.DecodeRuneInString(base)
	if !strings.ContainsRune(koreanSurnames, first) {
		return Mention{}, false
	}
	return Mention{From: i, To: i + 1, Name: i, Kind: Titled}, true
}

// koreanKin are the kin words and titles of respect Korean puts after a
// family name for an elder or a church or shop's elder ("김 할머니", "박
// 할아버지", "이 권사님", "최 사장님"): with the family name, one person.
// Particles follow them in the same word ("할머니께서", "할아버지가").
// "선생님" is left out: it is how patients call the practice's own
// clinicians.
var koreanKin = []string{"할머니", "할머님", "할아버지", "할아버님", "아주머니", "아줌마", "아저씨", "어르신", "어머니", "어머님",
	"아버지", "아버님", "여사", "권사", "집사", "장로", "사장", "이모", "고모", "삼촌", "언니", "누나", "오빠", "형님"}

// hangulKin finds a Korean family name written alone before a kin word or
// a title ("김 할머니께서"): words before last are in a mention already.
func hangulKin(words []Word, i, last int) (Mention, bool) {
	if i <= last || i == 0 || words[i-1].Sent != words[i].Sent {
		return Mention{}, false
	}
	prev := words[i-1].Low
	r, size := utf8.DecodeRuneInString(prev)
	// A family name alone ("김 할머니") or a whole name of three
	// syllables that starts with one ("김영수 집사님").
	if !strings.ContainsRune(koreanSurnames, r) || (size != len(prev) && (!hangulName(prev) || utf8.RuneCountInString(prev) != 3)) {
		return Mention{}, false
	}
	for _, k := range koreanKin {
		if strings.HasPrefix(words[i].Low, k) {
			return Mention{From: i - 1, To: i + 1, Name: i - 1, Kind: Titled}, true
		}
	}
	return Mention{}, false
}

// arabicTitles are the titles of respect and kin words Arabic puts before
// a person's name, as families write them in a practice's posts: hajj and
// hajja (an elder who made the pilgrimage, the common honorific for any
// elder), sheikh, sayyid and sayyida (Mr., Mrs.), umm and abu ("mother
// of", "father of": an adult by their eldest child), and aunts, uncles
// and grandparents. Our own small list, spelled as written with and
// without hamza.
var arabicTitles = map[string]bool{
	"حاج": true, "حاجة": true, "حاجه": true, "حجي": true, "شيخ": true, "سيد": true, "سيدة": true, "أم": true, "ام": true,
	"أبو": true, "ابو": true, "خالة": true, "خالتي": true, "عمة": true, "عمتي": true, "خالي": true, "عمي": true,
	"جدة": true, "جدتي": true, "جدي": true, "تيتا": true, "ستي": true,
	// Egyptian and Levantine everyday titles: uncle, auntie, madam, Mr.
	// (ustaz), and a schoolteacher's "abla".
	"عم": true, "خال": true, "عمو": true, "خالو": true, "طنط": true, "مدام": true, "أستاذ": true, "استاذ": true, "أبلة": true, "ابلة": true,
	// Kurdish (Sorani): teacher, Mr., Mrs., uncle, aunt.
	"مامۆستا": true, "کاک": true, "خاتوو": true, "مام": true, "پوور": true,
}

// arabicFunction are Arabic words that follow a title word used in
// another sense ("أم لا", "عند الحاجة إلى"): no name.
var arabicFunction = map[string]bool{
	"إلى": true, "الى": true, "لا": true, "في": true, "من": true, "على": true, "عن": true, "مع": true, "أو": true,
	"او": true, "هل": true, "ما": true, "هذا": true, "هذه": true, "كل": true, "إلي": true, "لك": true, "لكم": true,
}

// arabicQuestionAround reports whether the word at i stands in a
// question: a question mark after it, or the particle "هل" before it
// with no question mark between, in its sentence and a few words. There
// "أم" is "or" ("هل تفضل الصباح أم المساء؟"), not "mother of".
func arabicQuestionAround(words []Word, i int) bool {
	for k := i + 1; k < len(words) && k <= i+12 && words[k].Sent == words[i].Sent; k++ {
		if strings.ContainsAny(words[k].Low, "؟?") {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-12 && words[k].Sent == words[i].Sent; k-- {
		if strings.ContainsAny(words[k].Low, "؟?") {
			return false
		}
		if words[k].Low == "هل" || words[k].Low == "وهل" {
			return true
		}
	}
	return false
}

// arabicTitled finds an Arabic title of respect or kin before a name
// ("مبروك للحاجة زينب", "الحاج محمود", "أم خالد"). Arabic writes "and",
// "to", "for" and "the" onto the word; they are taken off first. "حاجة"
// is also "need", so it counts as a title only with the article ("the
// hajja") and a word after it that is no preposition ("عند الحاجة إلى").
func arabicTitled(words []Word, i, last int) (Mention, bool) {
	if i < last || i+1 >= len(words) || words[i+1].Sent != words[i].Sent || words[i+1].Punct {
		return Mention{}, false
	}
	next := words[i+1].Low
	if next == "" || next[0] < 0xd8 || next[0] > 0xdb || arabicFunction[next] {
		return Mention{}, false
	}
	w := words[i].Low
	w = strings.TrimPrefix(w, "و")
	article := false
	if b, ok := strings.CutPrefix(w, "لل"); ok {
		w, article = b, true // "للحاجة": "to the hajja"
	} else {
		for _, p := range []string{"ال", "بال", "فال", "كال"} {
			if b, ok := strings.CutPrefix(w, p); ok {
				w, article = b, true
				break
			}
		}
	}
	if !article && !arabicTitles[w] {
		// "لأم أحمد": "to Umm Ahmad", "for" written on without the article.
		for _, p := range []string{"ل", "ب"} {
			if b, ok := strings.CutPrefix(w, p); ok && arabicTitles[b] {
				w = b
				break
			}
		}
	}
	if !arabicTitles[w] {
		return Mention{}, false
	}
	if (w == "حاجة" || w == "حاجه" || w == "حاج" || w == "سيد" || w == "سيدة") && !article {
		return Mention{}, false // "بحاجة إلى": "in need of"
	}
	if (w == "أم" || w == "ام" || w == "أبو" || w == "ابو") && article {
		return Mention{}, false // "يوم الأم": "Mother's Day", the mother, no one's name
	}
	if (w == "أم" || w == "ام") && !article && arabicQuestionAround(words, i) {
		return Mention{}, false // "صباحا أم مساء؟": "or" in a question
	}
	return Mention{From: i, To: i + 2, Name: i + 1, Kind: Titled}, true
}

// devanagariKinWords are the kin words and titles of respect Nepali and Hindi
// put after a name (elder sister, elder brother, younger sister and
// brother, mother, father, grandmother, grandfather, "ji"): our own list.
// Case endings follow in the same word ("दिदीको", "दाइलाई").
var devanagariKinWords = []string{"दिदी", "दिदि", "दाइ", "दाजु", "बहिनी", "भाइ", "आमा", "बुबा", "हजुरआमा", "हजुरबुबा", "जी", "ज्यू", "साहब"}

// devanagariKin finds a name written in Devanagari before a kin word or
// a title ("सुनिता दिदीको अपरेसन"): words before last are in a mention
// already.
func devanagariKin(words []Word, i, last int) (Mention, bool) {
	if i < last || i+1 >= len(words) || words[i+1].Sent != words[i].Sent || words[i+1].Punct {
		return Mention{}, false
	}
	if devanagariNoName(words[i].Low) {
		return Mention{}, false
	}
	for _, k := range devanagariKinWords {
		if strings.HasPrefix(words[i+1].Low, k) {
			return Mention{From: i, To: i + 2, Name: i, Kind: Titled}, true
		}
	}
	return Mention{}, false
}

// devanagariNotNames are Nepali and Hindi words that stand before a kin
// word and name no one: "and", "or", "all", "every", "this", "one" ("आमा
// र बुबा", mother and father). devanagariNotNameStems are the pronouns'
// possessives, read with their endings ("तपाईंको आमा", your mother).
var (
	devanagariNotNames = []string{"र", "वा", "अनि", "तथा", "और", "या", "सबै", "हरेक", "प्रत्येक", "यो", "त्यो", "एक", "हर",
		"सभी", "नयाँ", "यी", "ती"}
	devanagariNotNameStems = []string{"तपाईं", "तपाई", "तिम्र", "उनक", "उहाँक", "आफ्न", "हाम्र", "मेर", "आपक", "बच्च"}
)

// devanagariNoName reports whether w, before a kin word, names no one: a
// word of devanagariNotNames, a possessive of devanagariNotNameStems, or
// a kin word itself ("दिदी बहिनी", sisters).
func devanagariNoName(w string) bool {
	if slices.Contains(devanagariNotNames, w) {
		return true
	}
	for _, k := range devanagariNotNameStems {
		if strings.HasPrefix(w, k) {
			return true
		}
	}
	for _, k := range devanagariKinWords {
		if strings.HasPrefix(w, k) {
			return true
		}
	}
	return false
}

// hangulName reports whether w is two to four Hangul syllables: the length
// of a Korean name.
func hangulName(w string) bool {
	n := 0
	for _, r := range w {
		if r < 0xac00 || r > 0xd7a3 {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// unlistedName finds a name no list holds ("Ifeoma", "Tsering", "Tunde
// Bakare"): a capitalized word that is neither a known name nor an
// everyday English word, where a name stands: doing what a person does
// ("Tsering stopped by to show off her new hip"), after "proud of", or
// with a surname or a second such word after it and no more capitals
// ("congrats to Tunde Bakare"). Places are left out by the word before
// them ("in", "to", "from"); a run of three or more capitals is a title
// or an organization.
func unlistedName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if len(w.Low) < 3 || w.Low[0] >= 0x80 || abbreviations.has(w.Low) || honorific.has(w.Low) || notSurname.has(w.Low) || languages.has(w.Low) || streetType.has(w.Low) ||
		institution.has(w.Low) || business(words, i) {
		return Mention{}, false
	}
	if i > 0 && words[i-1].Sent == w.Sent && placeBefore.has(words[i-1].Low) {
		return Mention{}, false
	}
	// The cues first, the word list (a search) only for a word in one.
	opens := i == 0 || words[i-1].Sent != w.Sent
	if actsAsPerson(words, i) || (!opens && i >= 2 && words[i-1].Low == "of" && words[i-2].Low == "proud") {
		if IsWord(w.Low) && !nicknamed(words, i, opens) {
			return Mention{}, false
		}
		return Mention{From: i, To: i + 1, Name: i, Kind: FirstName}, true
	}
	k := i + 1
	if k < len(words) && !opens && words[k].Sent == w.Sent && !words[k].Capital && !words[k].Acronym && lowerWordBefore(words, i) &&
		personAfter(words, k, 12) && !IsWord(w.Low) {
		// "walking alongside Tigist this past year, after the loss of
		// her son": one such word inside a sentence that goes on about
		// her life ("try Duolingo, her favorite" is a thing she likes).
		return Mention{From: i, To: k, Name: i, Kind: FirstName}, true
	}
	if k >= len(words) || words[k].Sent != w.Sent || !words[k].Capital || words[k].Punct || words[k].Acronym || len(words[k].Low) < 2 ||
		notSurname.has(words[k].Low) || institution.has(words[k].Low) || streetType.has(words[k].Low) || abbreviations.has(words[k].Low) {
		return Mention{}, false
	}
	if k+1 < len(words) && words[k+1].Sent == w.Sent && words[k+1].Capital && !words[k+1].Punct {
		return Mention{}, false // "Hanbit Presbyterian Church": an organization
	}
	// A shop, a brand or a town has two such words too ("Krispy Kreme",
	// "Walla Walla"): a person is greeted, or a "he" or "she" follows.
	if !cued(words, i) && !pronounAfter(words, k+1, 10) {
		return Mention{}, false
	}
	second := Surname(words[k].Low) == Strong || (First(words[k].Low) == None && !IsWord(words[k].Low))
	if !second || IsWord(w.Low) {
		return Mention{}, false
	}
	return Mention{From: i, To: k + 1, Name: i, Kind: FullName}, true
}

// rareName finds a rarer first name (rare.txt: "Farhiya", "Abdirizak",
// "Tasi", names of the Somali, Hmong, Karen, Samoan and other families
// US practices serve) where a name stands: inside a sentence and not after
// what only a place or a thing follows ("the", "our", "in", a list of
// places), or opening one when a "she" or "he" or a person's deed follows
// ("Farhiya holding her twins"). Followed by a capitalized word that is no
// surname or name, it starts a place's or a firm's name ("Vernor
// Highway"). rare is Rare(words[i].Low), which Find has looked up.
func rareName(words []Word, i int, rare bool) (Mention, bool) {
	w := &words[i]
	if len(w.Low) < 3 || !rare || languages.has(w.Low) || abbreviations.has(w.Low) || institution.has(w.Low) ||
		streetType.has(w.Low) || IsWord(w.Low) {
		return Mention{}, false
	}
	next := i + 1
	if next < len(words) && words[next].Sent == w.Sent {
		n := &words[next]
		if n.Low == "&" {
			return Mention{}, false // "Vernor & Sons"
		}
		if n.Capital && !n.Punct && Surname(n.Low) != Strong && !Rare(n.Low) && (First(n.Low) != None || IsWord(n.Low)) {
			return Mention{}, false
		}
	}
	if i == 0 || words[i-1].Sent != w.Sent || (words[i-1].Punct && words[i-1].Low != ",") {
		// Opening a sentence, or after a period or a colon ("Sen. Olson
		// toured", "#ad: Temi was paid"): capitalized whatever it is.
		if !actsAsPerson(words, i) && !pronounAfter(words, next, 6) {
			return Mention{}, false
		}
	} else {
		p := &words[i-1]
		if p.Capital && !cued(words, i) && !thankedAbroad(words, i) {
			return Mention{}, false // "his Bam Adebayo jersey": the end of a longer name
		}
		thanked := cued(words, i) || thankedAbroad(words, i)
		if thingBefore.has(p.Low) || (placeBefore.has(p.Low) && !thanked) {
			return Mention{}, false
		}
		if inList(p.Low, ",", "and", "&", "/", "or") && i >= 2 && words[i-2].Capital && !thanked {
			return Mention{}, false // "Dearborn, Hamtramck, Vernor": a list of places
		}
	}
	end := surnameEnd(words, next, w.Sent)
	kind := FirstName
	if end > next {
		kind = FullName
	}
	return Mention{From: i, To: max(end, next), Name: i, Kind: kind}, true
}

// thankedAbroad reports whether thanks in another language come in the
// four words before i, in its sentence ("Mahadsanid to Abdirizak").
func thankedAbroad(words []Word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && words[j].Sent == words[i].Sent; j-- {
		if thanksAbroad.has(words[j].Low) {
			return true
		}
	}
	return false
}

// thingBefore words come before a place's or a thing's name, not a
// person's: "the Vernor office", "our Columbia screening", "on Vernor".
var thingBefore = set("the", "a", "an", "our", "your", "their", "this", "that", "on", "of", "de", "del", "la", "el", "los", "las")

// nicknamed reports whether an everyday word opening a sentence is a
// nickname ("Tank finally got his stitches out", "Tiny (all six foot five
// of him) went down"): what only a person does follows it at once, not
// "is" or "has" ("Sunscreen is the best gift for her skin").
func nicknamed(words []Word, i int, opens bool) bool {
	if !opens || closedClass.has(words[i].Low) {
		return false
	}
	j := i + 1
	if j < len(words) && words[j].Low == "(" {
		for k := j + 1; k < len(words) && k <= j+16; k++ {
			if words[k].Low == ")" {
				j = k + 1
				break
			}
		}
	}
	if j < len(words) && words[j].Low == "from" && fromVerbs.has(words[i].Low) {
		return false // "Hear from a student who ...": the reader is asked to hear
	}
	return j < len(words) && agentVerb.has(words[j].Low)
}

// fromVerbs open an invitation to the reader with "from" after them:
// "Hear from a nurse", "Learn from a dad who quit", "Order from our
// partner pharmacy". No nickname anyone goes by.
var fromVerbs = set("hear", "learn", "read", "order", "buy", "choose", "pick", "borrow", "download", "shop", "stream", "watch",
	"listen", "recover", "heal", "rest", "graduate", "escape", "benefit", "donate", "drink", "eat")

// agentVerb words, right after a sentence's first word, say a person did
// something.
var agentVerb = set("finally", "just", "got", "from", "finished", "turned", "celebrated", "broke", "tore", "beat", "survived",
	"underwent", "completed", "rang", "went", "walked", "quit", "welcomed", "delivered", "sprained", "fractured",
	"hurt", "lost", "dropped", "kicked")

// pronounAfter reports whether a "he", "she", "his" or "her" comes in the
// n words from j, in j's sentence.
func pronounAfter(words []Word, j, n int) bool {
	for k := j; k < len(words) && k < j+n && (k == j || words[k].Sent == words[j].Sent); k++ {
		if thirdPerson.has(words[k].Low) {
			return true
		}
	}
	return false
}

// abbreviations of days, months and time zones are capitalized and in no
// word list ("Mon-Fri", "Sept", "EST").
var abbreviations = set("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "pst", "cst", "mst", "edt", "pdt", "cdt", "mdt")

// placeBefore words come before a place's name, not a person's.
var placeBefore = set("in", "to", "from", "at", "near", "visit", "visiting", "across", "around", "downtown", "outside")

// crossStreet reports whether the capitalized word at i is the second
// street of a corner: "at St. Charles & Napoleon", "at Main St and
// Elm", "the corner of Canal and Rampart". The first street must say it
// is one (a street word, or "corner of"): "lots of Stephen King and
// Agatha Christie" are people.
func crossStreet(words []Word, i int) bool {
	if i < 3 || (words[i-1].Low != "&" && words[i-1].Low != "and") || !words[i-2].Capital {
		return false
	}
	street := false
	for k := i - 2; k >= 0 && k >= i-5 && words[k].Sent == words[i].Sent; k-- {
		if words[k].Capital || words[k].Low == "." {
			street = street || streetType.has(words[k].Low)
			continue
		}
		switch words[k].Low {
		case "at", "on":
			return street
		case "of":
			return k > 0 && (words[k-1].Low == "corner" || words[k-1].Low == "intersection")
		}
		return false
	}
	return false
}

// ownedTold reports whether the name at i owns something with a "she" or
// "he" told after it: "Look at Jasmine's glow now ... She said we could
// post it!" After "at" a known name is then a person, not a place.
func ownedTold(words []Word, i int) bool {
	return i+1 < len(words) && words[i+1].Low == "s" && words[i+1].Sent == words[i].Sent && pronounNear(words, i+2, 20)
}

// memberGroup nouns are the groups a person is "from": "Mesfin from our
// Thursday diabetes group", "K.V. from the fasting-and-diabetes group".
var memberGroup = set("group", "class", "circle", "program", "cohort", "meeting", "meetings")

// memberAfter reports whether the words at j say who a person is by a
// group they are in: "from our Thursday diabetes group", "from the
// walking club". A shop or a sponsor is not "from" a group.
func memberAfter(words []Word, j int) bool {
	if j+2 >= len(words) || words[j].Low != "from" || (words[j+1].Low != "our" && words[j+1].Low != "the") {
		return false
	}
	for k := j + 2; k < len(words) && k <= j+6 && words[k].Sent == words[j].Sent; k++ {
		if memberGroup.has(words[k].Low) {
			return true
		}
		if words[k].Punct && words[k].Low != "-" {
			return false
		}
	}
	return false
}

// MemberAfter reports whether the words at j say who a person is by a
// group they are in ("from the fasting-and-diabetes group"): someone
// there, whose initials may be a staff member's too.
func MemberAfter(words []Word, j int) bool { return memberAfter(words, j) }

// starPlayer words after "your" make the role that follows one player
// of a team the reader roots for: "your starting goalie", "your star
// pitcher". "Your coach" is anyone's.
var starPlayer = set("starting", "star")

// playerRole are the one-player roles of townRole: a coach or a trainer
// after "your" is whoever coaches the reader's child.
var playerRole = set("goalie", "captain", "quarterback", "pitcher")

// congratulatedOne reports whether the season word at i is a person
// congratulated or wished well: a congratulation right before it ("Congrats
// to Summer", "Get well soon, Winter") and then nothing that makes it the
// season's name of a thing ("Summer camp"): the sentence ends, a
// capitalized word follows ("Summer Rivers"), or "on her"/"for his" does.
func congratulatedOne(words []Word, i int) bool {
	j := i - 1
	for j >= 0 && words[j].Sent == words[i].Sent && (words[j].Punct || words[j].Low == "to" || words[j].Low == "for") {
		j--
	}
	if j < 0 || words[j].Sent != words[i].Sent || !congratulatedCue.has(words[j].Low) {
		return false
	}
	k := i + 1
	if k >= len(words) || words[k].Sent != words[i].Sent || words[k].Punct {
		return true
	}
	if words[k].Capital {
		return !holiday.has(words[k].Low)
	}
	return (words[k].Low == "on" || words[k].Low == "for") && k+1 < len(words) && inList(words[k+1].Low, "her", "his", "their")
}
