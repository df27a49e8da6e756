// Package names tells whether a word is a person's name, and finds the
// people a text mentions: first names from the US Social Security baby-name
// files, surnames from the US Census, honorifics ("Coach", "Pastor",
// "Grandma"), one-person roles ("the fire chief", "our mail carrier") and
// social handles. The data and where it came from are in README.md.
//
// The package knows nothing of practices or patients: the checklist tells
// it which words are staff or community names and decides what a mention
// means. It does no I/O and is safe for concurrent use.
package names

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/wordtab"
)

//go:embed first.txt
var firstData string

//go:embed surnames.txt
var surnameData string

//go:embed rare.txt
var rareData string

// Strength says how sure a word alone makes us that it names a person.
type Strength uint8

const (
	// None: not a name in the data.
	None Strength = iota
	// Weak: a name that is also an everyday word or a place or date
	// ("Grace", "Summer", "Austin", "April"): a person only with more
	// evidence, such as a surname after it or an honorific before it.
	Weak
	// Strong: a name and nothing else ("Darnell", "Priya", "Nguyen").
	Strong
)

// nameData is the name data: first names (with the rarer ones that are words
// too) and surnames.
var nameData = func() *nameIndex {
	first, wordToo := load(firstData)
	surnames, _ := load(surnameData)
	rare, _ := load(rareData)
	demoteAbroad(firstData, first, rare)
	addShortForms(first, rare)
	return newNameIndex(first, surnames, wordToo, rare)
}()

// load reads a data file: one lower-case name a line, marked with * when it
// is also an everyday word and with # when it is mostly a place or a date;
// and with ~ when it is a rarer name that is a word too ("ginger",
// "infant"), which stays a name but not at a sentence's start.
func load(data string) (map[string]Strength, map[string]bool) {
	m := make(map[string]Strength, strings.Count(data, "\n"))
	words := map[string]bool{}
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		s := Strong
		if w := strings.TrimSuffix(line, "~"); w != line {
			line = w
			words[line] = true
		}
		if w := strings.TrimRight(line, "*#"); w != line {
			s, line = Weak, w
		}
		m[line] = s
	}
	return m, words
}

// WordToo reports whether low is a rarer first name that is also an
// English word ("ginger", "olive", "infant"): capitalized only because it
// starts a sentence, it is the word.
func WordToo(low string) bool { return nameData.get(low).wordToo }

// First returns how surely low, a lower-case word, is a first name.
func First(low string) Strength { return nameData.get(low).first }

// Surname returns how surely low, a lower-case word, is a surname.
func Surname(low string) Strength { return nameData.get(low).surname }

// Strengths returns First(low) and Surname(low) from one look-up, for a
// caller that asks both of every capitalized word.
func Strengths(low string) (first, surname Strength) {
	in := nameData.get(low)
	return in.first, in.surname
}

// Rare reports whether low, a lower-case word, is a rarer first name
// (rare.txt: "farhiya", "abdirizak", "tasi"), which is a person only where
// a name stands (rareName).
func Rare(low string) bool { return nameData.get(low).rare }

// Counts returns how many first names and surnames the data holds.
func Counts() (firstNames, surnameCount int) { return nameData.firstNames, nameData.surnames }

// nameIndex holds what the data says of each name word, so First, Surname
// and WordToo cost one look-up. Find asks about most words of a text and
// most of them are no name: a 2^20-bit signature (a hash of the whole
// word) turns nearly all of those away before the table is asked, and the
// table (info by the word's index in words) reuses that hash.
type nameIndex struct {
	sig                  []uint64
	words                *wordtab.Table
	info                 []nameInfo
	firstNames, surnames int
}

// nameInfo is what the data says of one word.
type nameInfo struct {
	first, surname Strength
	wordToo, rare  bool
}

const nameSigBits = 1 << 20

func newNameIndex(first, surnames map[string]Strength, wordToo map[string]bool, rare map[string]Strength) *nameIndex {
	m := make(map[string]nameInfo, len(surnames)+len(first)/2)
	set := func(w string, f func(*nameInfo)) {
		in := m[w]
		f(&in)
		m[w] = in
	}
	for w, s := range first {
		set(w, func(in *nameInfo) { in.first = s })
	}
	for w, s := range surnames {
		set(w, func(in *nameInfo) { in.surname = s })
	}
	for w := range wordToo {
		set(w, func(in *nameInfo) { in.wordToo = true })
	}
	for w := range rare {
		set(w, func(in *nameInfo) { in.rare = true })
	}
	x := &nameIndex{sig: make([]uint64, nameSigBits/64), firstNames: len(first), surnames: len(surnames)}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	x.words = wordtab.New(words)
	x.info = make([]nameInfo, len(words))
	for k, w := range words {
		x.info[k] = m[w]
		b := nameSig(wordtab.Hash(w))
		x.sig[b/64] |= 1 << (b % 64)
	}
	return x
}

// nameSig is the signature bit of a word whose wordtab.Hash is h.
func nameSig(h uint64) uint64 { return (h ^ h>>32) % nameSigBits }

// get returns what the data says of low (the zero nameInfo: nothing). A
// word the data lacks that is written with an acute accent, four letters
// or more or ending in "ía" (not the syllables of Vietnamese, "chú", nor
// Spanish "sí"), is asked again without it: the name lists are written plain, and "Sofía", "Mía",
// "Raúl", "Martínez" are how Spanish-speaking families write the names
// (session 16). Everyday Spanish and Portuguese words that are a name
// once plain ("Día", "Está", "Allí") are not.
func (x *nameIndex) get(low string) nameInfo {
	in := x.lookup(low)
	if in == (nameInfo{}) && strings.IndexByte(low, 0xc3) >= 0 && !accentedWords.has(low) &&
		(utf8.RuneCountInString(low) >= 4 || strings.HasSuffix(low, "ía")) {
		if plain, ok := plainAcute(low); ok {
			in = x.lookup(plain)
		}
	}
	return in
}

// accentedWords are everyday Spanish and Portuguese words that are a
// first name or a surname without their accent.
var accentedWords = set("está", "están", "día", "días", "más", "mamá", "papá", "así", "allí", "ahí", "aquí", "jamás", "aún",
	"avó", "avô", "até", "você", "cómo", "dónde", "cuándo", "qué", "quién", "tía", "tío", "bebé", "después", "también", "según",
	"sábado", "médico", "médica", "clínica", "salud", "nación", "unión", "misión", "canción", "corazón", "pasión", "razón",
	"camión", "jardín", "balón", "café", "ají", "maní", "sofá", "menú", "bambú", "champú", "mamí", "papí", "vacúnese",
	// Places written in Spanish or Portuguese whose plain spelling is a name.
	"flórida", "méxico", "perú", "panamá", "canadá", "bogotá", "mérida", "córdoba", "haití", "león")

// plainAcute returns low with its acute vowels (á é í ó ú) written plain,
// and whether it held any and no other letter beyond ASCII.
func plainAcute(low string) (string, bool) {
	var buf [32]byte
	out := buf[:0]
	changed := false
	for i := 0; i < len(low); i++ {
		c := low[i]
		if c < 0x80 {
			out = append(out, c)
			continue
		}
		if c != 0xc3 || i+1 >= len(low) {
			return "", false
		}
		switch low[i+1] {
		case 0xa1:
			out = append(out, 'a')
		case 0xa9:
			out = append(out, 'e')
		case 0xad:
			out = append(out, 'i')
		case 0xb3:
			out = append(out, 'o')
		case 0xba:
			out = append(out, 'u')
		default:
			return "", false
		}
		i++
		changed = true
	}
	return string(out), changed
}

// lookup returns what the data says of low as written.
func (x *nameIndex) lookup(low string) nameInfo {
	h := wordtab.Hash(low)
	if b := nameSig(h); x.sig[b/64]&(1<<(b%64)) == 0 {
		return nameInfo{}
	}
	if k := x.words.Index(low, h); k >= 0 {
		return x.info[k]
	}
	return nameInfo{}
}

//go:embed words.txt
var wordData string

// everyday holds words.txt, one word a line: the recognizer asks about
// capitalized words no name list knows, and IsWord about up to ten forms
// of each; a map of 68,000 strings is not worth its memory (and its
// pointers).
var everyday = newLineTable(wordData)

// lineTable is a word list embedded one word a line, found through
// wordtab's hash table of line numbers (wordtab.NewLines keeps the
// embedded text, no copy): IsWord asks up to ten forms of a word, where a
// binary search's seventeen string comparisons each cost some 8k
// instructions a check. The lines must be distinct.
type lineTable struct{ *wordtab.Table }

func newLineTable(text string) lineTable { return lineTable{wordtab.NewLines(text)} }

// has reports whether w is one of the lines.
func (l lineTable) has(w string) bool { return l.Index(w, wordtab.Hash(w)) >= 0 }

// IsWord reports whether low, a lower-case word, is an everyday English
// word (WordNet 3.0's lower-case lemmas, their irregular forms and the
// closed-class words WordNet leaves out), directly or as a regular
// inflection: "sunscreen", "yesterday", "walking", "stopped".
func IsWord(low string) bool {
	if closedClass.has(low) || known(low) {
		return true
	}
	for _, suf := range [...]string{"s", "es", "ed", "d", "ing", "ly", "er", "est"} {
		if base, ok := strings.CutSuffix(low, suf); ok && len(base) >= 3 && (known(base) || known(base+"e")) {
			return true
		}
	}
	if base, ok := strings.CutSuffix(low, "ies"); ok && len(base) >= 2 && known(base+"y") {
		return true
	}
	return false
}

func known(w string) bool { return everyday.has(w) }

// closedClass are the words WordNet does not list (it holds nouns, verbs,
// adjectives and adverbs only): pronouns, determiners, prepositions,
// conjunctions and auxiliaries, and greetings.
var closedClass = set("the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by",
	"with", "from", "into", "onto", "upon", "about", "above", "below", "under", "over", "after", "before", "since",
	"until", "till", "during", "through", "throughout", "between", "among", "amongst", "against", "without", "within",
	"via", "per", "than", "as", "if", "because", "while", "whereas", "though", "although", "unless", "whether",
	"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
	"yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
	"them", "their", "theirs", "themselves", "this", "that", "these", "those", "who", "whom", "whose", "which",
	"what", "whatever", "whoever", "whichever", "everyone", "everybody", "everything", "someone", "somebody",
	"something", "anyone", "anybody", "anything", "noone", "nobody", "nothing", "each", "every", "either",
	"neither", "both", "all", "any", "some", "none", "many", "much", "more", "most", "few", "fewer", "less", "least",
	"is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "not", "no", "yes",
	"hi", "hey", "hello", "bye", "goodbye", "thanks", "ok", "okay", "yay", "wow", "oops", "ugh", "lol", "omg",
	"here", "there", "where", "when", "why", "how", "then", "now", "today", "tonight", "tomorrow", "yesterday",
	"let", "lets", "ya", "y'all", "yall", "gonna", "wanna", "gotta", "pls", "plz", "thx", "congrats", "bday",
	// Interjections that open a sentence before a comma, like a name
	// spoken to ("Nope, you can't catch the flu from the shot").
	"nope", "nah", "yep", "yup", "yeah", "psst", "welp", "whew", "phew", "oof", "yikes", "aww", "awww", "btw", "fyi",
	"tbh", "ngl", "imo", "idk", "hmm", "ooh", "meh", "eek", "shh", "oui", "nein")
