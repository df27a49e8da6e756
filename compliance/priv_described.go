package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// One person can be told apart with no name at all: by an age and what
// they do ("a 58-year-old fisherman from the north end", "un señor de 80
// años que vende elotes"), or by a writer who says the name is made up
// ("a client we'll call J.", "not her real name") and so says the person is
// real. Next to a health detail either tells neighbours whose care it is.
// Both kinds are found here, for PRIV-10, from the words alone.

// ageUnitWords are the units of an age said before "old": "58-year-old",
// "19 yr old", "3-week-old".
var ageUnitWords = newWordSet([]string{"year", "years", "yr", "yrs", "month", "months", "mo", "week", "weeks", "day"})

// agePersonOpeners set one person before an age: "a 58-year-old", "the
// 72-year-old", "our 40-year-old"; "your 5-year-old" is the reader's any
// child.
var agePersonOpeners = newWordSet([]string{"a", "an", "the", "our", "one", "this", "that"})

// ageYearWords are "years" in the languages that say an age after "de":
// "un señor de 80 años", "um senhor de 64 anos", "une femme de 45 ans".
var ageYearWords = newWordSet([]string{"años", "anos", "ans"})

// latinPersonOpeners open one person in Spanish, Portuguese and French.
var latinPersonOpeners = newWordSet([]string{"un", "una", "um", "uma", "une", "el", "la", "o"})

// genericAgeWords make a sentence with an age a statement about anyone of
// that age, not about one person: advice, odds and studies ("If you're a
// 50-year-old smoker...", "a 45-year-old woman's risk").
var genericAgeWords = newWordSet([]string{"if", "you", "your", "youre", "u", "ur", "every", "any", "anyone", "whether", "should",
	"risk", "risks", "chance", "chances", "odds", "typical", "average", "study", "studies", "research", "researchers", "cdc",
	"nationwide", "statewide", "si", "cada", "todo", "toda", "se", "cualquier", "qualquer", "chaque"})

// happenedWords tell that something happened to someone, in a sentence with
// no past tense in "-ed": "got", "had", "beat", "is now".
var happenedWords = newWordSet([]string{"got", "had", "has", "came", "went", "was", "beat", "hit", "took", "brought", "began", "became",
	"left", "lost", "gave", "made", "won", "fell", "broke", "saw", "told", "now", "finally", "just", "today", "yesterday", "tonight",
	"week", "month", "weekend", "morning", "ayer", "hoy", "ontem", "hoje", "hier", "aujourd", "fez", "teve", "foi", "tuvo", "fue"})

// agedOne reports whether the age ending at token end-1 describes one
// person: an opener before it and, in English, a word (or a place) after
// it that is not a thing's ("the 100-year-old building").
func (s *scan) agedOne(numAt, end int) bool {
	if numAt == 0 || !agePersonOpeners.has(s.toks[numAt-1].low) {
		return false
	}
	if numAt >= 2 && inSet(s.toks[numAt-2].low, "was", "were", "m", "being", "be") {
		return false // "when I was a 22-year-old nursing student": the writer's own past
	}
	if end >= len(s.toks) || s.toks[end].sent != s.toks[numAt].sent || s.toks[end].kind != tokWord {
		return false
	}
	return !agedThings.has(s.toks[end].low) && !s.inHealth(end)
}

// eventIn reports whether sentence si tells something that happened (a
// past tense, a time, "now") rather than a general truth.
func (s *scan) eventIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if happenedWords.has(w) || (len(w) >= 5 && w[len(w)-2:] == "ed") || (len(w) >= 4 && (hasSuffix(w, "ó") || hasSuffix(w, "ou") || hasSuffix(w, "ron") || hasSuffix(w, "ram"))) {
			return true
		}
	}
	return false
}

// hasSuffix is strings.HasSuffix, kept local so that the word loops above
// read as one test per word.
func hasSuffix(w, suf string) bool { return len(w) >= len(suf) && w[len(w)-len(suf):] == suf }

// agedStrangers finds one person told by their age next to a health detail
// in a sentence that tells an event: "a 27-year-old crewman in 02744
// tested positive", "um senhor de 64 anos fez a cirurgia de catarata".
func (s *scan) agedStrangers() []post.Finding {
	english := s.words.has("old")
	if !english && !s.hasWord("años", "anos", "ans") || s.madeUp() {
		// "Made-up case for teaching: a 52-year-old contractor ...": a
		// case the writer says no one had.
		return nil
	}
	var out []post.Finding
	for i := 2; i < len(s.toks); i++ {
		w := s.toks[i].low
		from := -1
		switch {
		case english && w == "old" && ageUnitWords.has(s.toks[i-1].low) && s.toks[i-2].kind == tokNumber:
			if s.agedOne(i-2, i+1) {
				from = i - 2
			}
		case ageYearWords.has(w) && s.toks[i-1].kind == tokNumber && s.toks[i-2].low == "de":
			// "un señor de 80 años": an opener, a person, "de", the age.
			for k := i - 3; k >= 0 && k >= i-5 && s.toks[k].kind == tokWord && s.toks[k].sent == s.toks[i].sent; k-- {
				if latinPersonOpeners.has(s.toks[k].low) && k < i-3 {
					from = k
					break
				}
			}
		}
		if from < 0 {
			continue
		}
		si := s.toks[i].sent
		if !s.healthInSentence(si) || s.sentenceHasWord(si, genericAgeWords) || !s.eventIn(si) {
			continue
		}
		f := s.finding(from, i+1, "This tells one person by their age (and what they do or where) next to a health detail: people who know them will know whose care it is.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave out the age, the work and the place, or link their signed authorization."
		if !overlapsAny(out, f.Start, f.End) && len(out) < maxMatches {
			out = append(out, f)
		}
	}
	return out
}

// pseudonyms finds a writer saying a person's name is made up ("a client
// we'll call J.", "let's call her Rosa", "not his real name", "names
// changed", "a quien llamaremos Ana"): the person is real. With a health
// detail anywhere in the post it is a patient's story (block); without
// one it is only noted.
func (s *scan) pseudonyms() []post.Finding {
	// Each way needs two words most posts lack: "call" with "ll", "will"
	// or "let"; "name" with "real" or "changed"; or a Spanish or
	// Portuguese "we will call".
	if !(s.words.has("call") && s.hasWord("ll", "will", "let")) && !(s.hasWord("name", "names") && s.hasWord("real", "changed")) &&
		!s.hasWord("llamaremos", "llamaré", "chamaremos", "chamarei") {
		return nil
	}
	for i := range s.toks {
		w := s.toks[i].low
		found, from := false, max(i-1, 0)
		switch {
		case i == 0 && w != "name" && w != "names":
		case w == "call":
			p := s.toks[i-1].low
			// "we'll call", "we will call", "let's call", "I'll call"
			if inSet(p, "just", "simply", "only") && i >= 2 {
				p = s.toks[i-2].low // "a man I'll just call J."
			}
			found = (p == "ll" || p == "will" || (p == "s" && i >= 2 && s.toks[i-2].low == "let")) && s.calledName(i+1)
		case w == "llamaremos" || w == "llamaré" || w == "chamaremos" || w == "chamarei":
			found = s.calledName(i + 1)
		case w == "name" || w == "names":
			// "not her real name", "names have been changed"
			found = (i >= 3 && s.toks[i-1].low == "real" && inSet(s.toks[i-3].low, "not", "t", "isn", "wasn")) ||
				(i+1 < len(s.toks) && s.toks[i+1].low == "changed") ||
				(i+2 < len(s.toks) && s.toks[i+2].low == "changed" && inSet(s.toks[i+1].low, "were", "was", "is", "are")) ||
				(i+3 < len(s.toks) && s.toks[i+3].low == "changed" && s.toks[i+2].low == "been")
		}
		if !found {
			continue
		}
		f := s.finding(from, i+1, "A made-up name for a real person: the story is still theirs, and the details around it can tell who it is.")
		if len(s.healthHits()) > 0 || s.has("context/clinical") {
			f.Severity = post.SeverityBlock
			f.Message += " With the health detail in this post it tells their care."
			f.Suggestion = "Tell the point without this person's story, or link their signed authorization."
		} else {
			// "One client we'll call J. told us, 'I finally have a doctor
			// who uses my name'": a real person, but nothing of their care.
			f.Severity, f.NeedsHuman = post.SeverityInfo, true
		}
		return []post.Finding{f}
	}
	return nil
}

// calledName reports whether token t (after "we'll call") starts a name:
// an optional him/her/them, then a capitalized word or an initial.
func (s *scan) calledName(t int) bool {
	if t < len(s.toks) && inSet(s.toks[t].low, "him", "her", "them", "lo", "la", "le", "o", "a", "ele", "ela") {
		t++
	}
	return t < len(s.toks) && s.toks[t].kind == tokWord && s.toks[t].capital
}

// smallNumbers are the counts of a group small enough that a neighbour
// can name its members: "of the three Syrian families", "dos de las tres".
var smallNumbers = newWordSet([]string{"2", "3", "4", "5", "two", "three", "four", "five", "both",
	"dos", "tres", "cuatro", "cinco", "duas", "três", "quatre", "deux", "trois"})

// groupClassWords tell care a group came to together: "of the four families at
// our diabetes class" tells no one's own health.
var groupClassWords = newWordSet([]string{"class", "classes", "workshop", "workshops", "fair", "clase", "clases", "taller", "talleres", "aula", "atelier"})

// cellNouns are the people a small group or an "only one" is made of.
var cellNouns = newWordSet([]string{"family", "families", "student", "students", "kid", "kids", "child", "children", "player", "players",
	"worker", "workers", "resident", "residents", "member", "members", "household", "households", "couple", "couples", "client",
	"clients", "patient", "patients", "woman", "women", "man", "men", "girl", "girls", "boy", "boys", "person", "people", "refugee",
	"refugees", "veteran", "veterans", "farmer", "farmers", "athlete", "athletes", "teen", "teens", "senior", "seniors", "elder",
	"elders", "guy", "guys", "lady", "ladies", "mom", "moms", "dad", "dads", "sibling", "siblings", "brothers", "sisters", "twins",
	"familia", "familias", "família", "famílias", "famille", "familles", "niño", "niños", "niña", "niñas",
	"paciente", "pacientes", "mujer", "mujeres", "hombre", "hombres", "estudiante", "estudiantes"})

// cellOpeners say "the only one": "the only", "our only", "the one", "the
// lone", "la única", "o único".
var cellOnly = newWordSet([]string{"only", "lone", "sole", "single", "única", "único", "unica", "unico", "seule", "seul"})

// smallCells finds a group so small that saying it names its members, next
// to a health detail in a sentence that tells an event: "two of the
// three Afghan families resettled here this fall needed extractions", "our
// only trans client over 60 had top surgery", "la única familia tongana de
// la calle". Care every family models (flu shots, checkups) is left to
// PRIV-14's warning.
func (s *scan) smallCells() []post.Finding {
	// Each shape needs a word most posts lack ("only", "one", or a small
	// count after "of the" or "de las"); the health look-up, which a post
	// may not need otherwise, waits for a shape.
	if !s.hasAny(cellOnly) && !s.words.has("one") && !(s.hasAny(smallNumbers) && (s.hasWord("of", "among", "de") || s.hasAny(streetWordSet))) {
		return nil
	}
	var out []post.Finding
	for i := 0; i+2 < len(s.toks); i++ {
		w := s.toks[i].low
		var from int
		if smallNumbers.has(w) && s.countOnStreet(i) {
			// "three positive hep C screens from off Welch Creek Rd this
			// month": a few cases told by the road they live on. Said to
			// the neighbours ("if you live nearby"), it still names them.
			if si := s.toks[i].sent; s.healthInSentence(si) && !s.onlyPrevention(si) && s.eventIn(si) {
				f := s.finding(i, i+1, "A few cases told by the street they live on name the households: neighbours know whose care it is.")
				f.Severity = post.SeverityBlock
				f.Suggestion = "Give the county or the town, not the street, or leave the count out."
				out = append(out, f)
			}
			continue
		}
		if i == 0 {
			continue
		}
		switch {
		case smallNumbers.has(w) && s.toks[i-1].low == "the" && i >= 2 && (s.toks[i-2].low == "of" || s.toks[i-2].low == "among"):
			from = i - 2 // "of the three Afghan families"
		case smallNumbers.has(w) && i >= 2 && inSet(s.toks[i-1].low, "los", "las", "os", "as") && s.toks[i-2].low == "de":
			from = i - 2 // "de las tres familias"
		case cellOnly.has(w) && inSet(s.toks[i-1].low, "the", "our", "la", "el", "a", "o", "nuestra", "nuestro", "le"):
			from = i - 1 // "the only Tongan family"
		case w == "one" && inSet(s.toks[i-1].low, "the", "our") && s.toks[i+1].kind == tokWord && s.toks[i+1].capital:
			from = i - 1 // "the one Amish family"
		default:
			continue
		}
		end := -1
		for k := i + 1; k < len(s.toks) && k <= i+4 && s.toks[k].kind == tokWord && s.toks[k].sent == s.toks[i].sent; k++ {
			if cellNouns.has(s.toks[k].low) {
				end = k + 1
				break
			}
		}
		if end < 0 {
			continue
		}
		si := s.toks[i].sent
		if !s.healthInSentence(si) || s.onlyPrevention(si) || s.sentenceHasWord(si, genericAgeWords) || s.sentenceHasWord(si, groupClassWords) || !s.eventIn(si) {
			continue
		}
		f := s.finding(from, end, "A group this small names its members: with the health detail beside it, neighbours know whose care it is.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave out the count, the community and the place, or speak of the care in general."
		if !overlapsAny(out, f.Start, f.End) && len(out) < maxMatches {
			out = append(out, f)
		}
	}
	return out
}

// homeLookWords are the kinds of home a neighbour knows by their look.
var homeLookWords = newWordSet([]string{"house", "home", "trailer", "cabin", "duplex", "bungalow", "apartment", "casa", "cottage", "farmhouse", "shack"})

// spanishColours follow the home they tell: "la casa azul", "la casa
// amarilla".
var spanishColours = newWordSet([]string{"azul", "amarilla", "amarillo", "verde", "roja", "rojo", "blanca", "blanco", "rosada",
	"rosa", "morada", "anaranjada", "naranja", "gris", "negra", "café", "celeste", "turquesa"})

// describedHomes finds a home told by its look ("the yellow house with the
// mango tree", "that blue trailer up the holler") in a post with a health
// detail: everyone on the street knows who lives there (PRIV-14, as a car
// told by its colour). The practice's own building and the writer's home
// are no one's.
func (s *scan) describedHomes() []post.Finding {
	if !(s.hasAny(colourWords) || s.words.has("casa")) || !s.hasAny(homeLookWords) {
		return nil
	}
	var health bool
	var out []post.Finding
	for i := 1; i < len(s.toks); i++ {
		if !homeLookWords.has(s.toks[i].low) {
			continue
		}
		from := -1
		for t := i - 1; t >= 0 && t >= i-4 && s.toks[t].sent == s.toks[i].sent; t-- {
			w := s.toks[t].low
			if w == "our" || w == "my" || w == "your" {
				break
			}
			// "the yellow house", "2-story yellow house with the mango tree"
			if colourWords.has(w) && t > 0 && (inSet(s.toks[t-1].low, "the", "that", "a", "la", "el", "una", "un", "story", "storey") ||
				s.toks[t-1].kind == tokNumber) {
				from = t - 1
				break
			}
		}
		if i+1 < len(s.toks) && spanishColours.has(s.toks[i+1].low) && inSet(s.toks[i-1].low, "la", "una", "esa", "esta") {
			from = i - 1 // "la casa azul de la esquina"
		}
		if from < 0 {
			continue
		}
		if !health {
			health = len(s.healthHits()) > 0
			if !health {
				return nil
			}
		}
		f := s.finding(from, i+1, "A home told by its look tells the street who lives there; with the health detail in this post it discloses their care.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave out the house and the street; reach the patient privately."
		out = append(out, f)
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// caseWords are what a count of cases counts.
var caseWords = newWordSet([]string{"cases", "case", "screens", "positives", "positive", "overdoses", "ods", "deaths", "kids",
	"people", "families", "households", "folks", "patients", "clients", "infections", "diagnoses", "births", "babies"})

// countOnStreet reports whether the small count at token i counts cases
// ("two new TB cases", "three positive hep C screens") in a sentence that
// names the street they live on ("on Hickory Ln", "off Welch Creek
// Rd").
func (s *scan) countOnStreet(i int) bool {
	se := s.sents[s.toks[i].sent]
	counted := false
	for k := i + 1; k < se.tokEnd && k <= i+4; k++ {
		if caseWords.has(s.toks[k].low) {
			counted = true
			break
		}
	}
	if !counted {
		return false
	}
	for k := se.tokStart + 1; k < se.tokEnd; k++ {
		if !streetWordSet.has(s.toks[k].low) || !s.toks[k-1].capital || s.toks[k-1].kind != tokWord {
			continue
		}
		n := k - 1
		for n > se.tokStart && s.toks[n-1].capital && s.toks[n-1].kind == tokWord {
			n--
		}
		// "on Hickory Ln", "off Welch Creek Rd", "from Elm St": where
		// people live; "at the Main St bridge" is a place anyone passes,
		// and "at 120 Main St" a venue.
		if n > se.tokStart && inSet(s.toks[n-1].low, "on", "off", "from", "along", "up", "down") {
			return true
		}
	}
	return false
}
