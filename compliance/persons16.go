package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// Persons the rules read as staff or as no one (issue 11, session 16,
// t16person; read by kind on the privacy posts of dev78-dev82 the rules
// alone passed): a kin title before a word of a staff name ("Grandma
// Kaur" when Harpreet Kaur Sandhu is on staff) names a relative or an
// elder; an initial no staff member with that surname has ("J. Vang")
// names someone who shares the surname (allowlist.initialFits); a given
// name that is a staff name without its last vowel ("Samir", staff
// Samira) is a name of its own (lostLastVowel); and "Mike T." is a name
// with an initial, not "don't" (names.contraction).

// kinTitles are the kin words said as a title before a name ("Grandma
// Rose", "Tía Carmen", "Bubu Neilani"): a relative or an elder of the
// community, which a practice does not call its staff.
var kinTitles = newWordSet([]string{"grandma", "grandpa", "granny", "nana", "abuela", "abuelo", "abuelita", "abuelito",
	"auntie", "aunty", "aunt", "uncle", "tia", "tio", "tía", "tío", "gran", "granddad", "grandad", "gramps", "pops", "nonna",
	"nonno", "oma", "opa", "meemaw", "memaw", "mamaw", "papaw", "pawpaw", "bubbe", "zayde", "lola", "lolo", "tita", "tito",
	"bubu", "cousin"})

// kinTitledSpan reports whether the name in tokens [from,to) opens with a
// kin title, or follows one: "Grandma Kaur", "Auntie Tran".
func (s *scan) kinTitledSpan(from, to int) bool {
	if from >= len(s.toks) {
		return false
	}
	if from > 0 && kinTitles.has(s.toks[from-1].low) && s.toks[from-1].sent == s.toks[from].sent {
		return true
	}
	for t := from; t < to && t < len(s.toks); t++ {
		w := s.toks[t].low
		if kinTitles.has(w) {
			return true
		}
		if !names.Honorific(w) && w != "." {
			return false // only titles open the name
		}
	}
	return false
}

// nameInitial returns the one-letter initial (lower case) of the name in
// tokens [from,to), or right before it, with or without its period: "J."
// of "J. Vang", "T." of "Lucie T.", "R." of "R. Tran, your results are
// in". Not a prefix an apostrophe glues to the surname ("O'Hara",
// "D'Souza"). "" when there is none.
func (s *scan) nameInitial(from, to int) string {
	if from >= len(s.toks) {
		return ""
	}
	k := -1
	for t := from; t < to && t < len(s.toks); t++ {
		if s.oneLetter(t) {
			k = t
			break
		}
	}
	if k < 0 {
		k = from - 1
		if k >= 0 && s.toks[k].low == "." {
			k--
		}
		if k < 0 || s.toks[k].sent != s.toks[from].sent || !s.oneLetter(k) {
			return ""
		}
	}
	if next := k + 1; next < len(s.toks) && s.toks[next].kind == tokWord && s.toks[next].start > s.toks[k].end &&
		!strings.ContainsAny(s.text[s.toks[k].end:s.toks[next].start], " .\n") {
		return "" // "O'Hara": the apostrophe glues a prefix to the surname
	}
	return s.toks[k].low
}

// oneLetter reports whether token k is a capital letter alone.
func (s *scan) oneLetter(k int) bool {
	t := &s.toks[k]
	return t.kind == tokWord && t.capital && len(t.low) == 1 && t.end-t.start == 1
}

// noRelation reports whether the words at token t, in an aside or not,
// say the person named before them is no relative of the staff member who
// shares the name: "Mr. Lajuon (no relation to our Jorim)".
func (s *scan) noRelation(t int) bool {
	if t < len(s.toks) && inSet(s.toks[t].low, "(", ",", "—", "-") {
		t++
	}
	return t+1 < len(s.toks) && s.toks[t].low == "no" && inSet(s.toks[t+1].low, "relation", "relative", "relationship")
}
