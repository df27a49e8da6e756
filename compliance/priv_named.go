package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// A name no list holds is still a name when the sentence says so: it is
// introduced ("my name is Csanád", "a girl named Luís", "Name: ..."), it
// speaks ("...," says Hartvigsson; `Koppány: "I ..."`) or it has a home
// ("Timotea lives on Via Roma", "Matej's address"). addCuedNames finds
// those by the words around them, so a person from any country is one.

// cueWords are the words addCuedNames starts from; a text with none of them
// is not walked.
var cueWords = append([]string{":", "address", "name", "named", "call", "calls", "says", "said", "writes", "wrote", "adds", "added", "lives", "lived", "resides"},
	companionList...)

// companionWords, after "my" or "our", name the one whose name follows
// them: "my neighbor Lorraine", "our friend Quiche", "mi comadre Chela".
// A name that is also a word ("Lorraine", "Joy") is a name there.
var companionWords = newWordSet(companionList)

// companionList is companionWords as written; cueWords and cueTriggers
// hold them too.
var companionList = []string{"friend", "neighbor", "neighbour", "buddy", "pal", "coworker", "classmate", "roommate",
	"bestie", "comadre", "compadre", "vecina", "vecino"}

// speechVerbs attribute a quotation.
var speechVerbs = newWordSet([]string{"says", "said", "writes", "wrote", "adds", "added"})

// homeVerbs say where someone lives.
var homeVerbs = newWordSet([]string{"lives", "lived", "resides"})

// namedKin are the nouns "named" follows for a person: "a girl named Ana".
var namedKin = newWordSet([]string{"boy", "girl", "baby", "son", "daughter", "man", "woman", "lady", "guy", "kid",
	"child", "patient", "friend", "nurse", "doctor", "mom", "dad", "husband", "wife", "brother", "sister"})

// notCuedName are words that follow a cue without being a name: "my name
// is not important", "call me back", "said the nurse".
var notCuedName = newWordSet([]string{"not", "the", "a", "an", "on", "in", "at", "and", "or", "is", "was", "also", "still", "now",
	"just", "back", "anytime", "today", "tomorrow", "when", "if", "that", "this", "it", "he", "she", "they", "we", "you", "i", "our",
	"your", "my", "his", "her", "their", "to", "for", "with", "by", "of", "so", "no", "yes", "here", "there", "who", "what"})

// cueTriggers are the tokens addCuedNames looks around: one set look-up
// turns away nearly every token before any case is asked.
var cueTriggers = newWordSet(append([]string{"name", "call", "calls", "named", ":", "s", "says", "said", "writes", "wrote", "adds", "added",
	"lives", "lived", "resides"}, companionList...))

// cueWordSet is cueWords as a gate.
var cueWordSet = newWordSet(cueWords)

// addCuedNames adds the people found by the words around them.
func (s *scan) addCuedNames() {
	if !s.hasAny(cueWordSet) {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		w := s.toks[k].low
		if !cueTriggers.has(w) {
			continue
		}
		next := s.toks[k+1].low
		switch {
		case w == "name" && (next == "is" || next == "s" && s.toks[k+1].start == s.toks[k].end+1):
			// "my name is vitoria", "her maiden name is nyberg", "name's Ana": any case.
			s.addCuedName(k+2, true)
		case w == "name" && (next == "?" || next == ":") && s.nameAnswersLine(k+2) && (nameOwners.has(s.toks[k-1].low) || s.knownName(k+2)):
			// "What's your last name? Magnusson", "Patient name: hyuuma t. maida"
			s.addCuedName(k+2, true)
		case (w == "call" || w == "calls") && next == "me":
			// "everyone calls me Ján"
			s.addCuedName(k+2, false)
		case w == "named" && namedKin.has(s.toks[k-1].low):
			// "a girl named Luís"
			s.addCuedName(k+1, false)
		case w == "named" && (next == "him" || next == "her"):
			// "She named him Luís"
			s.addCuedName(k+2, false)
		case w == ":" && isQuoteMark(next) && s.lineStart(k-1) && s.speaker(k-1):
			// a speaker's line: `maria: "They fixed my knee"`
			s.addCuedName(k-1, true)
		case w == "s" && next == "address" && s.toks[k-1].capital && s.toks[k-1].kind == tokWord && s.toks[k].start-s.toks[k-1].end <= 3:
			// "here's Matej's address:"
			s.addNameBefore(k)
		case speechVerbs.has(w) && k >= 2 && quoteEnd(s.toks[k-1].low, s.toks[k-2].low):
			// "..." says Hartvigsson.
			s.addCuedName(k+1, false)
		case companionWords.has(w) && inSet(s.toks[k-1].low, "my", "our", "mi", "nuestra", "nuestro", "la", "el") &&
			s.toks[k+1].capital && s.toks[k+1].start == s.toks[k].end+1:
			// "my neighbor Lorraine, the retired schoolteacher": the name
			// after the one the writer knows, even a word's ("Joy", "Lorraine").
			s.addCuedName(k+1, false)
		case homeVerbs.has(w) && (next == "at" || next == "on" || next == "in"):
			// "Timotea lives on Via dei Fiorentini", "Tosh Olsen lives at 172 ..."
			s.addNameBefore(k)
		}
	}
}

// quoteEnd reports whether the tokens before a speech verb close a
// quotation: `," says`, `” said`.
func quoteEnd(prev, prev2 string) bool {
	return prev == `"` || prev == "”" || (prev == "," && (prev2 == `"` || prev2 == "”"))
}

// addCuedName adds the name starting at token t: one word in any case when
// anyCase (an introduction), else capitalized words, with initials between
// ("Ravil G Yefimov").
func (s *scan) addCuedName(t int, anyCase bool) {
	if t >= len(s.toks) {
		return
	}
	first := &s.toks[t]
	if first.kind != tokWord || (!first.capital && !anyCase) || len(first.low) < 2 || notCuedName.has(first.low) ||
		names.NotName(first.low) || staffTitles.has(first.low) || honorificWords.has(first.low) {
		return
	}
	end := t + 1
	if first.capital {
		for end < len(s.toks) && end < t+4 && s.toks[end].sent == first.sent && s.toks[end].kind == tokWord && s.toks[end].capital {
			end++
		}
	} else if end < len(s.toks) && s.toks[end].kind == tokWord && names.Surname(s.toks[end].low) != names.None {
		end++ // "my name is olga krylova"
	}
	s.addPerson(person{span{t, end}, t, names.FirstName})
}

// addNameBefore adds the capitalized words that end just before token k, as
// the subject of a verb ("Tomomi Nishiyama lives at").
func (s *scan) addNameBefore(k int) {
	from := k
	for from > 0 && from > k-3 && s.toks[from-1].kind == tokWord && s.toks[from-1].capital && s.toks[from-1].sent == s.toks[k].sent {
		from--
	}
	if from == k || names.NotName(s.toks[from].low) || notCuedName.has(s.toks[from].low) || staffTitles.has(s.toks[from].low) || s.inHealth(from) {
		return
	}
	// One capitalized word opening a sentence may be any word ("Tetanus
	// lives in dirt"): it must be a name the name data knows.
	low := s.toks[from].low
	if k-from == 1 && (from == 0 || s.toks[from-1].sent != s.toks[from].sent) && names.First(low) == names.None && names.Surname(low) == names.None {
		return
	}
	s.addPerson(person{span{from, k}, from, names.FirstName})
}

func isQuoteMark(w string) bool { return w == `"` || w == "“" }

// lineStart reports whether token t is the first word of its line (after
// any quoting marks of an e-mail reply, "> ").
func (s *scan) lineStart(t int) bool {
	for i := s.toks[t].start - 1; i >= 0; i-- {
		switch s.text[i] {
		case '\n':
			return true
		case ' ', '\t', '>':
		default:
			return false
		}
	}
	return true
}

// nameAnswersLine reports whether the words from token t fill the rest of
// their line: an answer to "name?" or a form's "Name:", not a sentence
// that goes on ("What's your name? Comment below!").
func (s *scan) nameAnswersLine(t int) bool {
	if t >= len(s.toks) || s.toks[t].kind != tokWord {
		return false
	}
	line := s.text[s.toks[t].start:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	n := 0
	for _, f := range strings.Fields(line) {
		f = strings.Trim(f, ".,!")
		if f == "" {
			continue
		}
		if n++; n > 4 || strings.HasSuffix(f, ":") {
			return false
		}
	}
	return true
}

// firstPersonWords speak for the one quoted.
var firstPersonWords = newWordSet([]string{"i", "my", "me", "mine", "im", "i'm", "ive", "myself"})

// speaker reports whether the word at token t, before a colon and a
// quotation, is someone speaking: a name the name data knows, whose
// quotation speaks in the first person (`teodora: "They fixed my knee"`;
// not `Myth: "I don't need a flu shot"`).
func (s *scan) speaker(t int) bool {
	if !s.knownName(t) {
		return false
	}
	for i := t + 3; i < len(s.toks) && i < t+40 && !isQuoteMark(s.toks[i].low) && s.toks[i].low != "”"; i++ {
		if firstPersonWords.has(s.toks[i].low) {
			return true
		}
	}
	return false
}

// knownName reports whether the name data knows token t as a first name
// or a surname.
func (s *scan) knownName(t int) bool {
	low := s.toks[t].low
	return names.First(low) != names.None || names.Surname(low) != names.None
}

// nameOwners say whose name a "name:" or "name?" asks: a person's ("Patient
// name:", "What's your last name?"), not an event's ("Event name: Flu
// Shot Clinic").
var nameOwners = newWordSet([]string{"patient", "patients", "your", "my", "his", "her", "their", "last", "first", "full", "maiden",
	"middle", "given", "family", "baby", "s", "child", "kid", "son", "daughter"})
