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
