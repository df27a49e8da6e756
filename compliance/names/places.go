package names

import _ "embed"

//go:embed places.txt
var placesData string

// places holds places.txt (sorted; genfamous.go -places): the one-word names of
// the places WordNet 3.0 knows ("tulsa", "joplin", "kabul") and knows as
// no person.
var places = newLineTable(placesData)

// Place reports whether a lower-case word is the name of a place WordNet
// 3.0 knows and knows as no person: a capitalized word no name list holds
// after "Prayers up for" is then the town, not someone in it.
func Place(low string) bool { return places.has(Unmark(low)) }
