package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Names PRIV-10 read as people on fresh text (issue 11, session 15, read
// by kind on dev..dev77, clean posts labelled pass): a college, a county,
// a town or a base's division called by its short name before the crowd
// it stands for ("Gannon students", "Kern seniors", "Marne soldiers"); a
// tribe, a nation or a band by its kind word ("the Coeur d'Alene Tribe");
// and a holiday greeting in another language ("Buon Natale").

// namedCrowdNouns after a name make it the crowd's school, town or unit:
// "Regis students", "Warren seniors", "Gordon soldiers". Kin and children
// ("the Okafor kids", "the Garcia and Lopez families", "Maria's parents")
// are left out: after a surname they are a family, who are people; so
// are words that are verbs too ("Ty graduates in May").
var namedCrowdNouns = newWordSet([]string{"students", "members", "residents", "seniors", "retirees", "soldiers", "sailors",
	"marines", "airmen", "troops", "veterans", "fans", "neighbors", "neighbours", "folks", "locals", "alumni", "grads",
	"athletes", "employees", "workers", "commuters", "riders", "voters", "homeowners", "renters", "tenants",
	"parishioners", "congregants", "faithful", "rooters", "supporters"})

// crowdListMax bounds how many names joined by "and", "&", "or" or a
// comma a crowd word may close: "Regis, Carroll and Mercy students".
const crowdListMax = 4

// crowdNamed reports whether tokens [from,to), found as a name, stand for
// a crowd: a crowd word closes the name, or the list of capitalised names
// it is one of, with at most a hyphened modifier between ("Gannon and
// Mercyhurst pre-health students", "Kern seniors"). A possessive ("Maria's
// students") or a lower-case word between ("Delphine and the nursing
// students") keeps the name a person's.
func (s *scan) crowdNamed(from, to int) bool {
	k := to
	si := s.toks[from].sent
	capWord := func(k int) bool {
		return k < len(s.toks) && s.toks[k].capital && s.toks[k].kind == tokWord && s.toks[k].sent == si
	}
	for n := 0; n < crowdListMax && k+1 < len(s.toks) && inSet(s.toks[k].low, "and", "&", "or", ",") && capWord(k+1); n++ {
		k += 2
		for m := 0; m < 2 && capWord(k); m++ {
			k++ // a name of more words: "Coeur d'Alene Tribe", "Saint Rose"
		}
	}
	// "first-year", "pre-health": a modifier of two words joined by a
	// hyphen (the tokenizer drops it).
	if k+1 < len(s.toks) && !s.toks[k].capital && s.toks[k].kind == tokWord && s.hyphenJoined(k+1) {
		k += 2
	}
	return k < len(s.toks) && s.toks[k].sent == si && namedCrowdNouns.has(s.toks[k].low) && !s.possessiveAt(k) && !s.fansOfPatient(from, to, si)
}

// fansOfPatient reports whether the name at tokens [from,to) before a
// crowd word is a person's full name, a first name that is only a name
// and a word after it ("Maria Lopez supporters", "Jim Baker fans"), in a
// sentence that, with the next, tells care ("her chemo starts Monday",
// "he's home after his bypass"): the crowd is a patient's well-wishers
// and the name is the patient's (session 15 attack). A school's short
// name ("Gannon students") is one word, and a crowd with no care told
// stays no one.
func (s *scan) fansOfPatient(from, to, si int) bool {
	if to-from < 2 || names.First(s.toks[from].low) != names.Strong {
		return false
	}
	if s.careSents == nil {
		s.careSents = s.careBySentence() // once per scan: a post of many crowds stays linear
	}
	return s.careSents[si] || si+1 < len(s.sents) && s.careSents[si+1]
}

// possessiveAt reports whether the crowd word at token k owns what comes
// next ("the students' lounge" is still the students').
func (s *scan) possessiveAt(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].low == "s" && s.toks[k+1].start-s.toks[k].end <= 3
}

// tribeWords close the name of a tribe, a nation or a band.
var tribeWords = newWordSet([]string{"tribe", "tribes", "nation", "nations", "band", "pueblo", "rancheria"})

// tribeNamed reports whether tokens [from,to), found as a name, end with
// a tribe's, a nation's or a band's kind word ("the Jamestown S'Klallam
// Tribe", "Lummi Nation"), or come right before it: a people or a group,
// no one. A first name before the kind word with no "the" ("thanks to
// Marisol Tribe") is a person whose surname it is.
func (s *scan) tribeNamed(from, to int) bool {
	last := to - 1
	if to < len(s.toks) && s.toks[to].capital && tribeWords.has(s.toks[to].low) {
		last = to
	}
	if !s.toks[last].capital || !tribeWords.has(s.toks[last].low) || last == from {
		return false
	}
	if from > 0 && s.toks[from-1].low == "the" {
		return true
	}
	return names.First(s.toks[from].low) != names.Strong
}

// greetingOpeners open a holiday greeting in the languages practices
// post in: Italian "Buon Natale", "Felice Anno Nuovo", Portuguese "Boas
// Festas", French "Joyeux Noël", German "Frohe Weihnachten", Polish
// "Wesołych Świąt", Dutch "Vrolijk Kerstfeest", Croatian "Sretan Božić".
var greetingOpeners = newWordSet([]string{"buon", "buona", "buone", "felice", "felici", "feliz", "felices", "boas", "boa",
	"joyeux", "joyeuses", "joyeuse", "bonne", "bon", "frohe", "frohes", "fröhliche", "wesołych", "szczęśliwego", "vrolijk",
	"gelukkig", "sretan", "srećan", "srecan", "sretna", "god", "gott", "glædelig", "hyvää", "prospero", "próspero"})

// holidayWordsAbroad are the holidays and seasons those greetings wish:
// "Natale", "Anno Nuovo", "Pasqua", "Noël", "Weihnachten", "Navidad".
var holidayWordsAbroad = newWordSet([]string{"natale", "anno", "nuovo", "pasqua", "feste", "natal", "festas", "ano", "novo",
	"pascoa", "páscoa", "navidad", "año", "nuevo", "pascua", "noël", "noel", "fêtes", "fetes", "année", "annee", "weihnachten",
	"neujahr", "ostern", "fest", "świąt", "swiat", "nowego", "roku", "kerstfeest", "nieuwjaar", "božić", "bozic", "jul", "nytt",
	"år", "joulua", "uutta", "vuotta", "capodanno", "hanukkah", "chanukah"})

// holidayGreeting reports whether tokens [from,to), found as a name, are
// the holiday a greeting wishes: every word a holiday's, opened by a
// greeting word in the name or right before it ("Buon Natale", "Felice
// Anno Nuovo", "Joyeux Noël"). "Noel Bertrand came in" opens no greeting.
func (s *scan) holidayGreeting(from, to int) bool {
	k := from
	if greetingOpeners.has(s.toks[k].low) && to-from >= 2 {
		k++ // the greeting word is read as a first name: "Felice"
	} else if from == 0 || !greetingOpeners.has(s.toks[from-1].low) || s.toks[from-1].sent != s.toks[from].sent {
		return false
	}
	for ; k < to; k++ {
		if !holidayWordsAbroad.has(s.toks[k].low) {
			return false
		}
	}
	return true
}
