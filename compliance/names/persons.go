package names

import (
	_ "embed"
	"strings"
)

//go:embed persons.txt
var personData string

// persons holds persons.txt (sorted): the nouns for a kind of person
// (genpersons.go). Like words.txt it is searched by lineTable.has; it is
// asked only about the words of a post that already shows scorn.
var persons = newLineTable(personData)

// irregularPeople are plurals of people no suffix rule undoes (some
// singulars, "man", are verbs too and not in persons.txt).
var irregularPeople = set("men", "women", "wives", "people", "folks", "children", "gentlemen", "ladies", "firemen", "fishermen")

// PersonNoun reports whether low, a lower-case word, names a kind of person
// (a job, an age, kin, a pastime: "logger", "grandmas", "tourists",
// "sledders"), and whether it is a plural: a group of people.
func PersonNoun(low string) (person, plural bool) {
	if len(low) < 3 {
		return false, false
	}
	if irregularPeople.has(low) {
		return true, true
	}
	if persons.has(low) {
		return true, false
	}
	if base, ok := strings.CutSuffix(low, "ies"); ok && len(base) >= 2 && persons.has(base+"y") {
		return true, true // "ladies" is above; "nannies", "cronies"
	}
	if base, ok := strings.CutSuffix(low, "s"); ok && len(base) >= 3 {
		if persons.has(base) {
			return true, true
		}
		if b, ok := strings.CutSuffix(base, "e"); ok && len(b) >= 3 && persons.has(b) {
			return true, true // "bosses", "witches"
		}
	}
	return false, false
}

// PersonNouns returns the nouns of persons.txt (singular lemmas: "logger",
// "grandma", "valedictorian"), for a caller that keeps them in a set of
// its own and asks about many words.
func PersonNouns() []string {
	out := make([]string, persons.Len())
	for k := range out {
		out[k] = persons.Word(k)
	}
	return out
}

// Listed reports whether low is itself a lemma of words.txt or a closed-class
// word, with no suffix taken off: "snowmobile" is listed, "snowmobiler"
// (one who rides one) is not, though IsWord reads it as "snowmobile" + "er".
func Listed(low string) bool { return closedClass.has(low) || known(low) }
