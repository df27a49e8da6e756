package compliance

import (
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// One person told with "a", "an" or "one of our" is still one person when
// a detail narrows them: where they work, worship or live, how long they
// have done it ("a grandmother who sings in the choir at our Coptic
// church", "a miner with 30 years at Minntac", "one of our nurses"). With
// a health detail of theirs beside it the parish or the plant knows whose
// care it is. The article says no name is meant, so a doctor looks
// (PRIV-10 warn) rather than the post being stopped; "the" and "our" are
// PRIV-10's role and described-person rules.

// indefinitePeople are words for one person, by what they are or do, that
// names.RoleNoun and oneDescribed lack.
var indefinitePeople = newWordSet([]string{"grandma", "grandpa", "mom", "dad", "mother", "father", "nurse", "miner", "farmer",
	"rancher", "logger", "trucker", "welder", "lineman", "roofer", "carpenter", "contractor", "crabber", "lobsterman",
	"shrimper", "fisherwoman", "customer", "parishioner", "member", "volunteer", "firefighter", "deputy", "officer", "soldier",
	"sailor", "nun", "monk", "elder", "guard", "teacher", "coach", "cook", "server", "cashier", "mechanic", "person",
	"grandson", "granddaughter", "son", "daughter", "aunt", "uncle", "cousin", "widow", "widower", "retiree", "gentleman"})

// ourPeoplePlural are whom "one of our" picks one of.
var ourPeoplePlural = newWordSet([]string{"nurses", "volunteers", "members", "regulars", "parishioners", "teachers", "drivers",
	"doctors", "providers", "staff", "assistants", "techs", "hygienists", "neighbors", "neighbours", "elders", "coaches",
	"farmers", "miners", "veterans", "residents", "players", "students", "workers", "employees"})

// locatorWords, after the person, open where they are: "at Minntac",
// "from the Jefferson school", "out past Hurdsfield".
var locatorWords = newWordSet([]string{"at", "from", "in", "on", "out", "up", "down", "near", "past", "off", "outside", "over", "of"})

// hypotheticalWords make the person one the reader is asked to picture.
var hypotheticalWords = newWordSet([]string{"imagine", "suppose", "picture", "pretend", "hypothetically", "example", "say", "when",
	"whenever", "can", "could", "would", "might", "may", "needs", "need", "must"})

// indefiniteGeneric make a sentence a statement about anyone: advice,
// odds and studies ("A person with diabetes should ..."). Unlike
// genericAgeWords it lacks "every", which tells a symptom's time ("his
// knuckles ache every winter").
var indefiniteGeneric = newWordSet([]string{"if", "you", "your", "youre", "u", "ur", "any", "anyone", "whether", "should",
	"risk", "risks", "chance", "chances", "odds", "typical", "average", "study", "studies", "research", "researchers", "cdc",
	"nationwide", "statewide"})

// pastIrregular are past tenses eventIn's "-ed" misses: "tore her rotator
// cuff", "quit his insulin".
var pastIrregular = newWordSet([]string{"tore", "wore", "threw", "blew", "drove", "rode", "ran", "caught", "felt", "quit", "hurt",
	"cut", "said", "swore", "bit", "stung", "froze", "slid", "sat", "stood", "spent", "kept", "came", "told", "asked"})

// feltSymptoms are what someone says they feel or take, which the health
// lexicon leaves to the words around them: "his hands go numb", "her
// knees ache", "she stopped her pressure pills".
var feltSymptoms = newWordSet([]string{"numb", "numbness", "tingle", "tingles", "tingling", "ache", "aches", "achy", "aching",
	"sore", "swollen", "dizzy", "pill", "pills", "meds", "medication", "medications", "prescription", "prescriptions"})

// theirWords tie a health detail to the one described.
var theirWords = newWordSet([]string{"he", "she", "his", "her", "him", "hers", "himself", "herself"})

// indefinitePerson reports whether a word is one person's by what they are.
func indefinitePerson(w string) bool {
	return indefinitePeople.has(w) || names.RoleNoun(w) || oneDescribed.has(w) && w != "one"
}

// indefiniteDescribed finds one person told with "a", "an" or "one of
// our", narrowed by a place, a team or a span of years, next to a health
// detail of theirs in a sentence that tells an event.
func (s *scan) indefiniteDescribed() []post.Finding {
	if !s.hasAny(theirWords) || !s.hasWord("a", "an", "one") || s.madeUp() {
		return nil
	}
	for i := 0; i+2 < len(s.toks); i++ {
		w := s.toks[i].low
		if w != "a" && w != "an" && w != "one" {
			continue
		}
		if i > 0 && s.toks[i-1].sent == s.toks[i].sent && inSet(s.toks[i-1].low, "the", "no", "every", "any", "each", "if", "like", "as") {
			continue // "the one nurse", "if a grandmother": not the indefinite one
		}
		si := s.toks[i].sent
		end, narrowed := -1, false
		if w == "one" && i+3 < len(s.toks) && s.toks[i+1].low == "of" && s.toks[i+2].low == "our" && ourPeoplePlural.has(s.toks[i+3].low) {
			end, narrowed = i+4, true // "one of our nurses": someone the practice's followers know
		} else {
			for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].kind == tokWord && s.toks[k].sent == si; k++ {
				if indefinitePerson(s.toks[k].low) {
					end = k + 1
					break
				}
				if s.toks[k].capital {
					narrowed = true // "one Brandon dentist": a town's one before the role
				}
			}
		}
		if end < 0 || end >= len(s.toks) {
			continue
		}
		if !narrowed && !s.narrowedAfter(end) {
			continue
		}
		if s.sentenceHasWord(si, indefiniteGeneric) || s.sentenceHasWord(si, hypotheticalWords) || !s.eventIn(si) && !s.sentenceHasWord(si, pastIrregular) || !s.theirHealthNear(si) {
			continue
		}
		f := s.finding(i, end, "This tells one person apart with no name (where they work, worship or live) next to a health detail of theirs: people who know them may know whose care it is.")
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
		f.Suggestion = "Leave out where they work, worship or live, or link their signed authorization."
		return []post.Finding{f}
	}
	return nil
}

// narrowedAfter reports whether the words from token t narrow the person
// before it: a place named ("at Minntac", "out past Hurdsfield", "at the
// Jefferson school"), a clause that names one ("who sings in the choir at
// our Coptic church") or a span of years ("with 30 years").
func (s *scan) narrowedAfter(t int) bool {
	si := s.toks[t-1].sent
	if s.toks[t].sent != si {
		return false
	}
	w := s.toks[t].low
	capitalWithin := func(from, n int) bool {
		for k := from; k < len(s.toks) && k < from+n && s.toks[k].sent == si; k++ {
			// An all-capitals word ("ICU", "ER") is as often care as a
			// place: it narrows no one.
			if tk := &s.toks[k]; tk.capital && tk.kind == tokWord && tk.low != "i" && !(tk.end-tk.start > 1 && isUpperWord(s.text[tk.start:tk.end])) {
				return true
			}
		}
		return false
	}
	switch {
	case w == "with":
		return t+1 < len(s.toks) && s.toks[t+1].kind == tokNumber
	case w == "who" || w == "that":
		if capitalWithin(t+1, 10) {
			return true
		}
		for k := t + 1; k < len(s.toks) && k < t+11 && s.toks[k].sent == si; k++ {
			if s.toks[k].kind == tokNumber {
				return true // "who has driven the route for 15 years"
			}
		}
		return false
	case locatorWords.has(w):
		return capitalWithin(t+1, 3)
	}
	return false
}

// theirHealthNear reports whether sentence si or the next holds a health
// detail and a he or she to make it the described person's.
func (s *scan) theirHealthNear(si int) bool {
	for j := si; j <= min(si+1, len(s.sents)-1); j++ {
		if (s.healthInSentence(j) || s.sentenceHasWord(j, feltSymptoms)) && (s.sentenceHasWord(j, theirWords) || s.sentenceHasWord(si, theirWords)) {
			return true
		}
	}
	return false
}
