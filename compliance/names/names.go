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
	"slices"
	"strings"
)

//go:embed first.txt
var firstData string

//go:embed surnames.txt
var surnameData string

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

var (
	first, wordToo = load(firstData)
	surnames, _    = load(surnameData)
)

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
func WordToo(low string) bool { return wordToo[low] }

// First returns how surely low, a lower-case word, is a first name.
func First(low string) Strength { return first[low] }

// Surname returns how surely low, a lower-case word, is a surname.
func Surname(low string) Strength { return surnames[low] }

// Counts returns how many first names and surnames the data holds.
func Counts() (firstNames, surnameCount int) { return len(first), len(surnames) }

//go:embed words.txt
var wordData string

// everyday holds words.txt (sorted), searched by binary search: the
// recognizer asks only about capitalized words no name list knows, a few a
// text, so a map of 68,000 words is not worth its memory.
var everyday = strings.Split(strings.TrimSuffix(wordData, "\n"), "\n")

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

func known(w string) bool {
	_, ok := slices.BinarySearch(everyday, w)
	return ok
}

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
	"let", "lets", "ya", "y'all", "yall", "gonna", "wanna", "gotta", "pls", "plz", "thx", "congrats", "bday")
