package names

// Titles that are everyday words too (session 18, t18leak). kintitles.go
// left "Ate" (Tagalog older sister, English "ate") and "Hajj" (a man back
// from the pilgrimage, and the pilgrimage itself in "Hajj Mubarak") out of
// the honorifics: read like "Tita" or "Hajji", "Ate pizza" and "Hajj
// season" would be people. Before a capitalized known first name they are
// a title ("Ate Joy", "Hajj Ali"), and the name is a person.
var guardedTitles = set("ate", "hajj")

// notAfterGuardedTitle are known first names that follow "Hajj" or "Ate"
// as words, not names: "Hajj Mubarak" is a greeting.
var notAfterGuardedTitle = set("mubarak", "season", "trip", "pilgrimage")

// guardedTitled finds a person after a guarded title at i: the title
// capitalized and a capitalized known first name right after it, in the
// same sentence ("Ate Joy, the best halo-halo maker", "Hajj Ali and the
// crew"). "I ate Pizza" (lower-case title) and "Ate Rice and beans"
// ("Rice" a surname only) are no one.
func guardedTitled(words []Word, i int) (Mention, bool) {
	w := &words[i]
	j := i + 1
	if !w.Capital || w.Acronym || !guardedTitles.has(w.Low) || j >= len(words) {
		return Mention{}, false
	}
	n := &words[j]
	if n.Punct || !n.Capital || n.Acronym || n.Sent != w.Sent || notAfterGuardedTitle.has(n.Low) || nameData.get(n.Low).first == None {
		return Mention{}, false
	}
	return Mention{From: i, To: j + 1, Name: j, Kind: Titled}, true
}
