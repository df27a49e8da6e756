package names

// questionOpeners are words that open a question or a wish and are first
// names too ("Can", "Will", Tagalog "Sana" and "Kay" before a person):
// before a first name they are the word ("Can Maria drive after her
// cataract surgery?", "Sana Rowena feels better", "Kay Dolores,
// salamat"), and the person is the name after.
var questionOpeners = set("can", "could", "will", "would", "may", "might", "must", "shall", "should", "did", "does", "do",
	"is", "was", "has", "had", "sana", "kay", "kina", "si", "ni")

// openerBeforeName reports whether word i opens its sentence as a
// capitalized questionOpener and the word after it, in the same
// sentence, is a capitalized first name of the data (Strong, so "Will
// Smith" and "Kay Jenkins" stay whole names: a surname follows there).
func openerBeforeName(words []Word, i int) bool {
	w := &words[i]
	if !w.Capital || w.Acronym || i+1 >= len(words) || i > 0 && words[i-1].Sent == w.Sent || !questionOpeners.has(w.Low) {
		return false
	}
	n := &words[i+1]
	return n.Sent == w.Sent && n.Capital && !n.Acronym && !n.Punct && First(n.Low) == Strong
}

// verbsLikePlaces are verbs that also end a place's name ("Maria Drive",
// "Grant Park").
var verbsLikePlaces = set("drive", "park")

// verbAfterModal reports whether the word after the capitalized name at
// i is a verbsLikePlaces word in lower case and a modal or "let" comes
// right before the name: "Can Maria drive", "should Dale park", "let
// Rosa drive". A street's name is written capitalized ("Maria Drive").
func verbAfterModal(words []Word, i int) bool {
	j := i + 1
	if i < 1 || j >= len(words) || words[j].Capital || !verbsLikePlaces.has(words[j].Low) || words[i-1].Sent != words[i].Sent {
		return false
	}
	return questionOpeners.has(words[i-1].Low) || inList(words[i-1].Low, "let", "lets", "help", "helps", "helping")
}
