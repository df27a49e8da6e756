package compliance

// Greetings of several words in the families' languages (session 18,
// clean passing): "Sat Sri Akal" (Punjabi), "Kol sana wa enta tayeb"
// (Egyptian Arabic, for a feast or a new year). Their words are first
// names too ("Sri", "Kol", "Sana"), so a word of them read as a person
// (PRIV-10). Only the whole phrase is the greeting: "Thanks to Sana" is
// someone. greetedFeast reads "Akal" after "Sat Sri"; this reads any word
// of a phrase.

// greetingPhrases are the greetings, lower case, word by word as the
// scanner splits them.
var greetingPhrases = [][]string{
	{"sat", "sri", "akal"},
	{"kol", "sana", "wa", "enta", "tayeb"},
	{"kol", "sana", "wa", "enti", "tayba"},
	{"kol", "sana", "wenta", "tayeb"},
	{"kul", "am", "wa", "antum", "bikhair"},
	{"kull", "am", "wa", "antum", "bikhair"},
	{"jai", "shri", "krishna"},
	{"maligayang", "pasko"},
	{"ta", "blu"},
}

// greetingPhraseWords are the words of greetingPhrases, asked first.
var greetingPhraseWords = func() *wordSet {
	var words []string
	for _, p := range greetingPhrases {
		words = append(words, p...)
	}
	return newWordSet(words)
}()

// inGreetingPhrase reports whether tokens [from,to) lie inside one of
// greetingPhrases written word for word.
func (s *scan) inGreetingPhrase(from, to int) bool {
	if !greetingPhraseWords.has(s.toks[from].low) {
		return false
	}
	for _, p := range greetingPhrases {
		for start := max(0, to-len(p)); start <= from; start++ {
			k := 0
			for k < len(p) && start+k < len(s.toks) && s.toks[start+k].low == p[k] {
				k++
			}
			if k == len(p) {
				return true
			}
		}
	}
	return false
}
