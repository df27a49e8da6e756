package names

// Romanized Nepali and the feasts of Nepali, Tibetan and Sikh families
// read as names (issue 11, session 22, t22names). Bhutanese-Nepali
// families write Nepali in Latin letters, and its everyday words are
// given names in the name data: "Naya patient?" asks "new patient?",
// "Naya barsa ko subhakamana" wishes a happy new year. A feast's name is a
// given name or a kin title and a feast word: "Sonam Losar", "Gyalpo
// Losar" (the Tibetan and Sherpa new years), "Bhai Tika" (the day sisters
// bless brothers), "Durga Puja"; the feast word ends it ("Bhai Tika Ram"
// is still a man).

// Everyday words of romanized Nepali are in abroad's list
// (abroad.go): a capitalized one opening a sentence before another is no
// name, and a rarer first name that is one ("naya") needs more evidence.

// feastWords end a feast's name after a given name or a kin title.
var feastWords = set("losar", "tika", "tihar", "dooj", "phota", "puja", "jayanti", "purab", "gurpurab", "sankranti")

// feastName reports whether the capitalized words [from, end) are a
// feast's name: more than one word, the last a feast word ("Sonam
// Losar", "Bhai Tika").
func feastName(words []Word, from, end int) bool {
	return end-from >= 2 && end <= len(words) && feastWords.has(words[end-1].Low)
}
