package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Places PRIV-10 read as people on fresh text (issue 11, session 14, read
// by kind on dev50-dev69): places to eat called by their owner's
// possessive alone ("Lulu's or Tupelo's?"), and venues, events, leagues
// and stores whose name opens with a person's or with a town that is a
// first name ("the Ferris Ballroom", "Marion Youth Soccer", "the Socorro
// Walmart").

// venueWords close the name of a venue, an event, a league or a chain's
// store in a town: "the Ferris Ballroom", "the Ma Rainey Stomp", "Lowell
// Little League", "the Socorro Walmart". Words that are also common
// names ("Hall", "Park", "Field") are left out by venueWord.
var venueWords = newWordSet([]string{"ballroom", "auditorium", "arena", "stadium", "pavilion", "amphitheater", "amphitheatre",
	"coliseum", "fieldhouse", "gymnasium", "ballpark", "theater", "theatre", "museum", "library", "plaza", "fairgrounds",
	"strut", "stomp", "fest", "festival", "jamboree", "invitational", "regatta", "rodeo", "powwow", "parade", "gala",
	"soccer", "baseball", "softball", "football", "basketball", "hockey", "lacrosse", "volleyball", "league", "boulevard", "blvd",
	"walmart", "kroger", "safeway", "costco", "walgreens", "publix", "meijer", "aldi", "albertsons", "target"})

// venueWord reports whether token k is a capitalised venue word that is
// not also a strong first name or surname ("Mrs. Hall" is a person).
func (s *scan) venueWord(k int) bool {
	t := &s.toks[k]
	return t.capital && t.kind == tokWord && venueWords.has(t.low) && names.First(t.low) != names.Strong && names.Surname(t.low) != names.Strong
}

// venueNamed reports whether tokens [from,to), found as a name, open a
// venue's, an event's or a league's name: a venue word after the first
// word, inside the span or within two capitalised words after it, in the
// same sentence ("Kirby Ballroom", "Father Kelly Blvd", "Marion Youth
// Soccer"). The first word alone is the name: "Target" or "Gala" are no
// place's word then; nor is a venue before a role ("the Strawberry
// Festival queen" is a person).
func (s *scan) venueNamed(from, to int) bool {
	si := s.toks[from].sent
	for k := from; k < to; k++ {
		if s.toks[k].kind == tokWord && !s.toks[k].capital {
			return false // a role after the venue is the person: "the Strawberry Festival queen"
		}
	}
	for k := from + 1; k < len(s.toks) && k < to+2; k++ {
		t := &s.toks[k]
		if t.sent != si || t.kind != tokWord || !t.capital || k > from+1 && t.start > s.toks[k-1].end+1 {
			return false // the name ends at a mark or a small word: "Jenna, soccer ..." is no league
		}
		if s.venueWord(k) {
			return true
		}
	}
	return false
}

// eateryWords in a post make possessives standing alone places to eat:
// "Staff lunch vote: Benny's or Delia's?".
var eateryWords = newWordSet(append([]string{"lunch", "brunch", "dinner", "breakfast", "supper", "eat", "eats", "eating", "food",
	"foodie", "restaurant", "restaurants", "spot", "spots", "pizza", "tacos", "taco", "coffee", "burger", "burgers", "wings",
	"chicken", "bbq", "barbecue", "salami", "ravioli", "gelato", "donut", "donuts", "bagels", "pho", "phở", "ramen", "sushi",
	"brisket", "biscuits", "takeout", "menu", "basque", "hot"}, shopWords.list()...))

// afterBareOwner are the words a possessive standing alone may be
// followed by inside its sentence: the list's joins and what the place is
// chosen for or when ("Marco's for pizza", "Prince's tonight").
var afterBareOwner = newWordSet([]string{"or", "and", "vs", "for", "tonight", "today", "tomorrow", "again", "instead"})

// ownerAt reports whether token k is a capitalised word owning with "'s"
// ("Lulu's"); bareOwner whether that possessive stands alone, owning no
// noun after it ("Lulu's or Tupelo's?", "Marco's for pizza").
func (s *scan) ownerAt(k int) bool {
	return k+1 < len(s.toks) && s.toks[k].capital && s.toks[k].kind == tokWord && s.toks[k+1].low == "s" &&
		s.toks[k+1].start-s.toks[k].end <= 3
}

func (s *scan) bareOwner(k int) bool {
	n := k + 2
	return s.ownerAt(k) && (n >= len(s.toks) || s.toks[n].sent != s.toks[k].sent || s.toks[n].kind == tokPunct && s.toks[n].low != "'" ||
		afterBareOwner.has(s.toks[n].low))
}

// eateryOwner reports whether the name in tokens [from,to) is a place to
// eat: a possessive with no noun owned ("Lulu's"), or an item of a list
// holding one ("Chuy's or La Michoacana"), where the sentence holds two
// or more such possessives, none chosen for a health reason ("Gioia's for
// salami, Zia's for ravioli"), or the post is about food and the sentence
// tells no health ("Wool Growers, Pyrenees Café or Benji's? ... the best
// lunch"). "Rosie's and Tupelo's moms had surgery" owns the moms: people.
func (s *scan) eateryOwner(from, to int) bool {
	if to >= len(s.toks) {
		return false
	}
	owner := s.bareOwner(to - 1)
	// Not a possessive itself: the item before or after a bare one,
	// across a list's join.
	if !owner {
		before := from >= 3 && listJoins.has(s.toks[from-1].low) && s.toks[from-2].low == "s" && s.bareOwner(from-3)
		after := to+1 < len(s.toks) && listJoins.has(s.toks[to].low) && s.bareOwner(to+1)
		if s.toks[to].low == "s" || !before && !after {
			return false
		}
	}
	se := s.sents[s.toks[from].sent]
	owners := 0
	for k := se.tokStart; k < se.tokEnd; k++ {
		if !s.ownerAt(k) {
			continue
		}
		if !s.bareOwner(k) {
			if k >= 3 && inSet(s.toks[k-1].low, "and", "or", "&") && s.toks[k-2].low == "s" {
				return false // the noun is both owners': "Rosie's and Tupelo's moms"
			}
			continue // another place's name: "Gina's Hill tip: ..."
		}
		owners++
		if k+2 < se.tokEnd && s.toks[k+2].low == "for" {
			// What the place is chosen for, up to the next mark, is no one's care.
			for h := k + 3; h < se.tokEnd && s.toks[h].kind != tokPunct; h++ {
				if s.inHealth(h) {
					return false
				}
			}
		}
	}
	if owners >= 2 {
		return true
	}
	if owner {
		// One place, ending a list of places: "..., Pyrenees Café or Benji's".
		j := from - 1
		if j < se.tokStart+1 || !listJoins.has(s.toks[j].low) || !s.toks[j-1].capital || s.toks[j-1].kind != tokWord {
			return false
		}
	}
	return s.hasAny(eateryWords) && !s.healthInSentence(s.toks[from].sent)
}

// placePrefixes open a place's name whose second word may be a person's:
// "Puerto Rico", "Fort Bliss", "Camp Lejeune", "Cape May".
var placePrefixes = newWordSet([]string{"puerto", "costa", "porto", "fort", "ft", "port", "mount", "mt", "lake", "cape", "camp",
	"isla", "villa", "bahia", "bahía"})

// placePrefixed reports whether the one-word name at token from is a
// place by a prefix: right after one ("Puerto Rico"), or the same word
// after one elsewhere in the post, in a sentence telling no health
// ("moving to Bliss ... ten minutes from Fort Bliss").
func (s *scan) placePrefixed(from, to int) bool {
	if to-from != 1 || from == 0 {
		return false
	}
	prefixed := func(k int) bool {
		p := &s.toks[k-1]
		return p.capital && p.kind == tokWord && placePrefixes.has(p.low) && p.sent == s.toks[k].sent
	}
	if prefixed(from) {
		return true
	}
	if !s.hasAny(placePrefixes) {
		return false
	}
	w := s.toks[from].low
	for k := 1; k < len(s.toks); k++ {
		if k != from && s.toks[k].low == w && prefixed(k) {
			return !s.healthInSentence(s.toks[from].sent)
		}
	}
	return false
}

// welcomedNickname reports whether the one-word name at token from is a
// place's nickname welcomed to: "Welcome to the Rock!", "welcome to the
// Valley". "Welcome to the world, Rocky!" names the baby after a comma.
func (s *scan) welcomedNickname(from, to int) bool {
	if to-from != 1 || from < 3 || s.toks[from-1].low != "the" || s.toks[from-2].low != "to" || s.toks[from-3].low != "welcome" {
		return false
	}
	return to >= len(s.toks) || s.toks[to].kind == tokPunct && s.toks[to].low != "'" || s.toks[to].sent != s.toks[from].sent
}

// programWords close a class's or a program's name: "our Buena Vida
// diabetes class", "the Vida Sana program".
var programWords = newWordSet([]string{"class", "classes", "program", "programs", "programme", "group", "groups", "club",
	"workshop", "workshops", "series", "challenge", "course", "curriculum", "initiative"})

// programNamed reports whether tokens [from,to), two capitalised words
// or more with no title, name a class or a program: after "our" or
// "the" (a length like "8-week" may come between), and before a program
// word, with at most one lower-case word between ("our 12-week Dulce
// Vida diabetes class"). "Maria Lopez finished our diabetes class" is a
// person: no "our" before her.
func (s *scan) programNamed(from, to int) bool {
	if to-from < 2 || to >= len(s.toks) {
		return false
	}
	for k := from; k < to; k++ {
		if !s.toks[k].capital || s.toks[k].kind != tokWord || honorificWords.has(s.toks[k].low) {
			return false
		}
	}
	si := s.toks[from].sent
	k := from - 1
	for n := 0; n < 3 && k >= 0 && s.toks[k].sent == si && !inSet(s.toks[k].low, "our", "the", "my", "a"); n++ {
		if s.toks[k].kind == tokWord && s.toks[k].capital {
			return false
		}
		k--
	}
	if k < 0 || s.toks[k].sent != si || !inSet(s.toks[k].low, "our", "the", "my", "a") {
		return false
	}
	for j := to; j < len(s.toks) && j <= to+1 && s.toks[j].sent == si && s.toks[j].kind == tokWord && !s.toks[j].capital; j++ {
		if programWords.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// costumeWords after a name make it a mascot worn: "the Bernie Brewer
// costume". A statue or a doll shows a real person, famous or not
// ("the Walt Whitman statue" is a figure, told as one in figures.go).
var costumeWords = newWordSet([]string{"costume", "costumes", "mascot"})

// costumeNamed reports whether tokens [from,to) are a character worn or
// shown: a costume's or a mascot's word right after them, in lower case
// and in the same sentence. "Marco's costume" owns it: a person.
func (s *scan) costumeNamed(from, to int) bool {
	return to < len(s.toks) && !s.toks[to].capital && costumeWords.has(s.toks[to].low) && s.toks[to].sent == s.toks[from].sent
}
