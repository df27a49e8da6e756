package names

import (
	_ "embed"
	"strings"
)

//go:embed famous.txt
var famousData string

// famous holds famous.txt (sorted; genfamous.go): the whole names of the
// people WordNet 3.0 knows by name ("bette davis", "susan b anthony"), a
// "*" after those anyone may be called ("john smith").
var famous = newLineTable(famousData)

// Famous reports whether words (lower case, initials without their
// periods: "susan", "b", "anthony"; the marks of a name's language are
// taken off, as WordNet writes "Andres Segovia") are the whole name of a person WordNet
// 3.0 knows by name, and whether the name is also common enough (a first
// name and a surname both among the commonest few hundred: "John Smith",
// or a title before a common surname: "Mrs. Ward") that a neighbour or a
// patient may be called it as well.
func Famous(words []string) (famousName, common bool) {
	if len(words) < 2 {
		return false, false
	}
	var buf [64]byte
	full := buf[:0]
	for i, w := range words {
		if i > 0 {
			full = append(full, ' ')
		}
		full = append(full, Unmark(w)...)
	}
	name := string(full)
	if famous.has(name) {
		return true, false
	}
	if famous.has(name + "*") {
		return true, true
	}
	return false, false
}

// famousCount is how many names famous.txt holds (for tests).
func famousCount() int { return strings.Count(famousData, "\n") }
