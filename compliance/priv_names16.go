package compliance

import "strings"

// Names PRIV-10 read as people on fresh text (issue 11, session 16,
// t16clean; read by kind on the clean posts labelled pass of dev..dev79):
// a pet told by its breed or farm kind ("a rescue greyhound named
// Biscuit", "Rusty's Angus heifer"), or named after it was told of ("a
// stray dog sleeps by the door. We named him Frybread"); and a public
// figure told by what they did rather than who they are to the practice:
// an office written short ("Gov. Phil Scott"), a wish they would have
// had ("Buck Owens would've loved our playlist"), a titled work they made
// ("Johnny Mercer wrote 'Moon River'").

// breedWords are animals told by breed or farm kind, which petWords (the
// household kinds) lack. Words that are also a person's trade or a
// laboratory ("boxer", "shepherd", "pointer", "setter", "lab") are left
// out: "Maria, our lab tech" is a person.
var breedWords = newWordSet([]string{"greyhound", "whippet", "beagle", "husky", "retriever", "labrador", "poodle", "doodle",
	"goldendoodle", "labradoodle", "terrier", "corgi", "dachshund", "chihuahua", "pug", "bulldog", "collie", "spaniel",
	"schnauzer", "rottweiler", "pitbull", "pittie", "mutt", "heeler", "hound", "mastiff", "dalmatian", "yorkie", "pomeranian",
	"samoyed", "malamute", "akita", "vizsla", "sheepdog", "tabby", "calico", "heifer", "steer", "calf", "lamb", "sheep",
	"ewe", "hog", "piglet", "donkey", "mule", "alpaca", "duck", "duckling", "hen", "rooster", "parakeet", "cockatiel",
	"budgie", "ferret", "hedgehog", "crab", "axolotl", "iguana", "frog", "grandpuppy", "granddog", "grandcat"})

// animalWord reports whether w names an animal or a thing a name is given
// to.
func animalWord(w string) bool {
	return petWords.has(w) || breedWords.has(w) || namedThings.has(w)
}

// babyWords in a sentence make "named her ..." a child's naming.
var babyWords = newWordSet([]string{"baby", "babies", "born", "birth", "welcomed", "daughter", "son", "girl", "boy", "twins",
	"newborn", "granddaughter", "grandson", "niece", "nephew", "delivered", "bebé", "bebe", "nació"})

// animalNamed16 reports whether the name at tokens [from,to) is an
// animal's or a thing's:
//   - given after a breed a few words before ("a rescue whippet named
//     Pickles", "a corgi called Noodle");
//   - a breed said before the animal ("Rusty's Angus heifer"): one word
//     right before a pet or breed word, with no possessive between;
//   - given by "named him/her/it" or "his/her/its name is" when the
//     sentence, or the one before, told an animal or a thing and no
//     birth ("a stray dog sleeps by the door. We named him Frybread").
func (s *scan) animalNamed16(from, to int) bool {
	si := s.toks[from].sent
	if from >= 2 && inSet(s.toks[from-1].low, "named", "called", "nicknamed", "dubbed") {
		for k := from - 2; k >= 0 && k >= from-4; k-- {
			if breedWords.has(s.toks[k].low) {
				return true
			}
		}
	}
	if to-from == 1 && to < len(s.toks) && s.toks[to].sent == si && (petWords.has(s.toks[to].low) || breedWords.has(s.toks[to].low)) &&
		s.toks[to].start-s.toks[from].end == 1 && s.text[s.toks[from].end] == ' ' {
		return true
	}
	if from < 2 || !s.givenName(from) {
		return false
	}
	// The animal is told in this sentence or the one before; a birth in
	// either makes the name a child's.
	lo := s.sents[si].tokStart
	if si > 0 {
		lo = s.sents[si-1].tokStart
	}
	// A few dozen tokens back at most: a long sentence of names given
	// ("a stray dog, we named him Frybread, ...") would otherwise read
	// its whole start again at each name (session 16, att16).
	lo = max(lo, from-40)
	animal := false
	for k := lo; k < from; k++ {
		w := s.toks[k].low
		if babyWords.has(w) || childWords.has(w) || relativeWords.has(w) {
			return false
		}
		animal = animal || animalWord(w)
	}
	return animal
}

// givenName reports whether the name at token from is given by "named
// him", "called her", "named it" or "his name is", "her name's".
func (s *scan) givenName(from int) bool {
	a, b := s.toks[from-2].low, s.toks[from-1].low
	if inSet(a, "named", "called", "nicknamed", "dubbed") && inSet(b, "him", "her", "it") {
		return true
	}
	if from >= 3 && inSet(s.toks[from-3].low, "his", "her", "its") && a == "name" && inSet(b, "is", "s") {
		return true
	}
	return false
}

// officeShort reports whether the name at token from follows a public
// office written short with its period ("Gov. Phil Scott", "Sen. Bill
// Okafor"), where famed stops at the period.
func (s *scan) officeShort(from int) bool {
	if from < 2 || s.toks[from-1].low != "." || s.toks[from-1].start != s.toks[from-2].end {
		return false
	}
	// "Rep." is left out: the splitter ends a sentence there, so PROF-04
	// does not see "We endorse Rep. Ness for state senate" as one clause,
	// and the name's question is what sends such a post to a person.
	return s.toks[from-2].capital && inSet(s.toks[from-2].low, "gov", "sen")
}

// figureByDeed reports whether p, a name with no health and no patient
// cue in its sentence (the caller's), is a public figure told by what
// they did:
//   - after a public office written short ("Gov. Phil Scott");
//   - wished, after they are gone, to have seen something: "would have",
//     "would've" or "'d have" and a verb of liking ("Buck Owens would've
//     loved our playlist", "George would have wanted it that way");
//   - the maker of a titled work in quotes after a verb of making
//     ("Johnny Mercer wrote 'Moon River'", "Charles Demuth painted 'My
//     Egypt'"), the title holding no "you", "we" or "our" (a note a
//     person wrote to the practice is theirs).
func (s *scan) figureByDeed(p person) bool {
	if s.officeShort(p.from) || s.namedAfter(p.from, p.to) {
		return true
	}
	si := s.toks[p.from].sent
	end := s.sents[si].tokEnd
	if s.wouldHaveLiked(p.to, end) {
		return true
	}
	for k := p.to; k < end && k < p.to+8; k++ {
		if makerVerbs.has(s.toks[k].low) {
			return s.titleQuotedAt(k+1, end)
		}
	}
	return false
}

// deedCareTold reports care told beside a figure's deed (session 16,
// att16): a place of care in the name's own sentence ("Our clinic was
// named after Dr. Ruth Amos, who is now in our ICU after a fall"), or the
// next sentence going on about him or her with a health detail or a place
// of care ("Maria Lopez would have loved this garden. She passed away in
// our hospice last week."). The deed then is a patient's, not a figure's.
func (s *scan) deedCareTold(si int) bool {
	if s.clinicalSent != nil && s.clinicalSent[si] {
		return true
	}
	if si+1 >= len(s.sents) || s.generalSentence(si+1, true) {
		return false
	}
	if !s.healthInSentence(si+1) && (s.clinicalSent == nil || !s.clinicalSent[si+1]) {
		return false
	}
	se := s.sents[si+1]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+4; t++ {
		if personPronouns.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// likingVerbs, after "would have", wish something on someone who is not
// there to see it.
var likingVerbs = newWordSet([]string{"loved", "wanted", "liked", "approved", "enjoyed", "agreed", "laughed", "danced", "sung",
	"sang", "cheered", "been"})

// wouldHaveLiked reports whether tokens from k on read "would have
// loved", "would've been proud", "'d have wanted".
func (s *scan) wouldHaveLiked(k, end int) bool {
	if k+2 >= end || !inSet(s.toks[k].low, "would", "d") || !inSet(s.toks[k+1].low, "have", "ve") {
		return false
	}
	v := s.toks[k+2].low
	if v == "been" {
		return k+3 < end && inSet(s.toks[k+3].low, "proud", "thrilled", "delighted", "happy", "jealous", "impressed")
	}
	return likingVerbs.has(v)
}

// makerVerbs make a work a title names.
var makerVerbs = newWordSet([]string{"wrote", "painted", "composed", "arranged", "recorded", "sang", "directed", "penned",
	"authored", "sculpted", "choreographed", "filmed", "published", "co-wrote", "cowrote"})

// titleQuotedAt reports whether a quoted title opens at token k: a quote
// mark right before it, every word of four letters or more capitalised,
// and no "you", "we" or "our" in it (a thank-you note speaks to the
// practice; "Georgia on My Mind" speaks to no one).
func (s *scan) titleQuotedAt(k, end int) bool {
	open := k
	if open < end && isQuoteMark(s.toks[open].low) {
		open++
	} else if open >= end || !strings.HasSuffix(s.text[:s.toks[open].start], "'") && !strings.HasSuffix(s.text[:s.toks[open].start], "‘") {
		return false
	}
	if open >= end || !s.toks[open].capital {
		return false
	}
	for t := open; t < end && t < open+8; t++ {
		tk := &s.toks[t]
		if tk.kind != tokWord {
			break
		}
		if inSet(tk.low, "you", "your", "we", "us", "our") || len(tk.low) >= 4 && !tk.capital {
			return false
		}
		if t+1 < len(s.toks) && s.toks[t+1].start > tk.end && strings.ContainsAny(s.text[tk.end:s.toks[t+1].start], "'’\"”") {
			break // the title's closing quote
		}
	}
	return true
}

// namedAfter reports whether the name at tokens [from,to) is the one a
// place or a thing was named after ("Clovis was named after Clovis Cole,
// a wheat farmer"), in a sentence with no kin or birth in it ("Kevin's
// son was named after his grandpa" is a family's news), or whose birthday
// a holiday keeps ("Benito Juárez's birthday is a national holiday").
func (s *scan) namedAfter(from, to int) bool {
	si := s.toks[from].sent
	if from >= 2 && inSet(s.toks[from-1].low, "after", "for") && inSet(s.toks[from-2].low, "named", "renamed") {
		se := s.sents[si]
		for k := se.tokStart; k < se.tokEnd; k++ {
			if w := s.toks[k].low; babyWords.has(w) || childWords.has(w) || relativeWords.has(w) {
				return false
			}
		}
		return true
	}
	return to+1 < len(s.toks) && s.toks[to].low == "s" && s.toks[to+1].low == "birthday" && s.sentenceHasWord(si, holidayNouns)
}

// holidayNouns make a birthday a public one.
var holidayNouns = newWordSet([]string{"holiday", "holidays", "feriado", "festivo"})

// menuOptionWords reports whether tokens [from,to), with up to two
// capitalised words before them, are a phone menu's option of more than
// one word: "3 for Kajin Majōl", "2 for Chuuk Kapas". menuOption reads
// one word; this one the words before it too.
func (s *scan) menuOptionWords(from, to int) bool {
	k := from - 1
	for k > 0 && from-k <= 2 && s.toks[k].capital && s.toks[k].kind == tokWord {
		k--
	}
	if k == from-1 || k < 1 || !menuFor.has(s.toks[k].low) || s.toks[k-1].kind != tokNumber || s.toks[k-1].sent != s.toks[from].sent {
		return false
	}
	end := to
	return (end >= len(s.toks) || s.toks[end].kind == tokPunct && s.toks[end].low != "'" || s.toks[end].sent != s.toks[from].sent) &&
		s.hasAny(menuWords)
}

// peopleTails end a people's name joined by a hyphen: "Franco-American",
// "Cape Verdean-American", "Arab-Canadian".
var peopleTails = newWordSet([]string{"american", "americans", "canadian", "canadians", "mexican", "mexicans"})

// hyphenPeople reports whether tokens [from,to) end in a people's word
// joined by a hyphen: "Franco-American" is no one.
func (s *scan) hyphenPeople(from, to int) bool {
	return to-from >= 2 && peopleTails.has(s.toks[to-1].low) && s.hyphenJoined(to-1)
}

// saintWords open a saint's day: "Saint-Jean", "San José", "São João".
var saintWords = newWordSet([]string{"saint", "st", "sainte", "san", "santa", "são", "sao", "santo"})

// greetedFeast reports whether tokens [from,to) are a feast a greeting
// wishes: a saint's day after a greeting word ("Bonne Saint-Jean!",
// "Feliz San Juan"), or the Punjabi greeting "Sat Sri Akal" (with its
// "ji").
func (s *scan) greetedFeast(from, to int) bool {
	if from >= 2 && s.toks[from-1].low == "sri" && s.toks[from-2].low == "sat" && s.toks[from].low == "akal" {
		return true
	}
	return from >= 1 && greetingOpeners.has(s.toks[from-1].low) && s.toks[from-1].sent == s.toks[from].sent && saintWords.has(s.toks[from].low)
}

// letterNoInitial reports whether the name at token from opens with a
// capital letter that is a unit or a school's ("–20°F. Cover your ears",
// "from the U of A. Come say hi"), which the name finder joins to the
// next sentence's first word as if it were an initial.
func (s *scan) letterNoInitial(from int) bool {
	t := &s.toks[from]
	if from < 1 || t.end-t.start != 1 || !t.capital {
		return false
	}
	before := &s.toks[from-1]
	if before.low == "°" || before.kind == tokNumber && before.end == t.start {
		return true
	}
	return from >= 2 && before.low == "of" && s.toks[from-2].low == "u"
}
