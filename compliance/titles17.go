package compliance

// titleVerbs sing, play or read a title: the quoted words right after one
// are a song's or a book's ("humming 'Jolene' twice", "blasting
// \"Gloria\"", "hum \"My Old Kentucky Home\"").
var titleVerbs = newWordSet([]string{"hum", "hums", "humming", "hummed", "sing", "sings", "singing", "sang", "whistle", "whistling",
	"play", "plays", "playing", "played", "blast", "blasting", "blasted", "spin", "spinning", "cue", "queue", "queued",
	"stream", "streaming", "read", "reading", "reread", "arranged", "recorded", "covered", "covering",
	"cantamos", "cantar", "canta", "cante", "tararea", "tararear"})

// titleVerbAt reports whether token k is a title verb said of no one in
// particular: "her singing 'Rosalita'" tells a person's doing, and the
// quoted words there may still be a name (session 16).
func (s *scan) titleVerbAt(k int) bool {
	if k < 0 || !titleVerbs.has(s.toks[k].low) {
		return false
	}
	return k == 0 || !inSet(s.toks[k-1].low, "her", "his", "their", "she", "he", "they")
}

// quotedAfterTitleVerb reports whether the quotation opening at token
// from (a quotation mark, or a word an apostrophe opens) follows a title
// verb: "hum \"My Old Kentucky Home\"" is a song, no patient's words.
func (s *scan) quotedAfterTitleVerb(from int) bool {
	k := from - 1
	for k >= 0 && s.toks[k].kind == tokPunct && quoteMarks.has(s.toks[k].low) {
		k--
	}
	return s.titleVerbAt(k)
}
