package names

// Names in their own script, with no title, as the subject of an English
// sentence (issue 11, session 22, t22names). Families write a name in
// Arabic, Devanagari, Bengali, Gurmukhi, Ethiopic or Burmese letters and
// tell the rest in English: "አበበ is home after his heart surgery", "رحيم
// got his knee replaced". The rules read such a name only after a title
// (arabicTitled) or before a kin word (devanagariKin). A run of one to
// three words in one of these scripts, opening the sentence or after an
// English word, then an English word that does what a person does
// (actsAsPerson: "is", "got", "finished" and "he"/"she" or a care only a
// body has soon after), is a person. A greeting or a holiday in the script
// ("عيد مبارك to all our families") is followed by no such verb; a
// sentence all in the script has no English word after its first three.

// otherScript reports whether w is a word of the Arabic, Devanagari,
// Bengali, Gurmukhi, Gujarati, Ethiopic or Myanmar script, by its first
// UTF-8 bytes.
func otherScript(w string) bool {
	if len(w) < 2 {
		return false
	}
	b0, b1 := w[0], w[1]
	switch {
	case b0 >= 0xd8 && b0 <= 0xdb: // Arabic U+0600-06FF
		return true
	case b0 == 0xe0 && b1 >= 0xa4 && b1 <= 0xab: // Devanagari, Bengali, Gurmukhi, Gujarati U+0900-0AFF
		return true
	case b0 == 0xe1 && b1 >= 0x88 && b1 <= 0x8d: // Ethiopic U+1200-137F
		return true
	case b0 == 0xe1 && b1 >= 0x80 && b1 <= 0x82: // Myanmar U+1000-109F
		return true
	}
	return false
}

// latinWord reports whether w is a word in Latin letters (its first byte
// ASCII or Latin-1/Latin Extended: "got", "é").
func latinWord(w *Word) bool {
	return !w.Punct && len(w.Low) > 0 && (w.Low[0] < 0x80 || w.Low[0] >= 0xc3 && w.Low[0] <= 0xc9)
}

// scriptSubject finds a name in another script that opens an English
// clause and acts as a person: "राम बहादुर had his cataract surgery".
// It reads at most three words of the script and the word after them.
func scriptSubject(words []Word, i, last int) (Mention, bool) {
	if i < last || !otherScript(words[i].Low) {
		return Mention{}, false
	}
	sent := words[i].Sent
	if i > 0 && words[i-1].Sent == sent && !words[i-1].Punct && !latinWord(&words[i-1]) {
		return Mention{}, false // inside a run or a sentence of the script
	}
	end := i + 1
	for end < len(words) && end < i+3 && words[end].Sent == sent && !words[end].Punct && otherScript(words[end].Low) {
		end++
	}
	if end >= len(words) || words[end].Sent != sent || !latinWord(&words[end]) {
		return Mention{}, false
	}
	if inList(words[end].Low, "and", "from") {
		return Mention{}, false // "عيد مبارك from all of us": a greeting, not the one who acts
	}
	if !actsAsPerson(words, end-1) {
		return Mention{}, false
	}
	return Mention{From: i, To: end, Name: i, Kind: FirstName}, true
}
