package compliance

import "strings"

// twoLetterShortForms are the two-letter short forms people go by ("Jo"
// for Jolene, "Ty" for Tyler, "Ed" for Edwin). shortFormOf accepts
// beginnings of three letters or more only, since most two-letter
// beginnings are no one's name ("Ca" for Carlos) or a word ("Al-Anon",
// "Kansas City, Mo."); these are names, and a staff
// member whose first name begins with one goes by it (session 17: the
// staff list spells "Jolene Harkey" and the posts say "Jo").
var twoLetterShortForms = newWordSet([]string{"jo", "ty", "ed", "bo", "vi", "em", "cy"})

// staffVariants returns the other forms a staff member's name words are
// written in that shortFormOf does not derive: the two-letter short form
// of the first name, and the other romanization of a Slavic name ending
// in "-iya" or "-ia" ("Yuliya" is "Yulia" in a post, "Maria" is
// "Mariya").
func staffVariants(words []string) []string {
	var out []string
	if len(words) > 0 && len(words[0]) >= 3 && twoLetterShortForms.has(words[0][:2]) {
		out = append(out, words[0][:2])
	}
	for _, w := range words {
		if v := otherRomanization(w); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// otherRomanization returns w's other spelling when it ends in "iya" or
// "ia" after a consonant (four letters or more before the ending is not
// asked: "Yuliya", "Nataliya", "Maria"), or "".
func otherRomanization(w string) string {
	if stem, ok := strings.CutSuffix(w, "iya"); ok && len(stem) >= 2 && !isVowel(stem[len(stem)-1]) {
		return stem + "ia"
	}
	if stem, ok := strings.CutSuffix(w, "ia"); ok && len(stem) >= 2 && !isVowel(stem[len(stem)-1]) {
		return stem + "iya"
	}
	return ""
}

// doubledConsonant reports whether s (four letters or more) ends in a
// doubled consonant: the pet form "Terri" doubles the r of Teresa.
func doubledConsonant(s string) bool {
	n := len(s)
	return n >= 4 && s[n-1] == s[n-2] && !isVowel(s[n-1])
}

// twoLetterName reports whether token i is a two-letter short form
// written as a name ("Jo", not "jo" or "JO"): the staff walk asks about
// names of three letters or more, and these too.
func (s *scan) twoLetterName(i int) bool {
	t := &s.toks[i]
	return t.kind == tokWord && t.capital && t.end-t.start == 2 && twoLetterShortForms.has(t.low) &&
		s.text[t.start+1] >= 'a' && s.text[t.start+1] <= 'z'
}

// courseVerbs start or end a course of treatment the speaker goes
// through: "finishing chemo", "started dialysis".
var courseVerbs = newWordSet([]string{"finishing", "finished", "starting", "started", "completing", "completed"})

// courseTreatments are the treatments one goes through as a course, not
// a procedure a clinician does for others ("starting IUD insertions on
// Fridays").
var courseTreatments = newWordSet([]string{"chemo", "chemotherapy", "radiation", "dialysis", "immunotherapy", "infusions"})

// selfCourseAt reports whether token t, in a stretch a staff member signs,
// is a course verb said of "I" (with "home" or "still" between: "I'm home
// finishing chemo") before a course treatment (with "my" or "the"
// between) that no care-given noun follows ("radiation consults"). A
// short form made the signer staff in session 17 ("Terri" for Teresa),
// which took such a post off the name path that had blocked it.
func (s *scan) selfCourseAt(t, to int) bool {
	if !courseVerbs.has(s.toks[t].low) {
		return false
	}
	if !s.afterI(t) && (t < 1 || !inSet(s.toks[t-1].low, "home", "still") || !s.afterI(t-1)) {
		return false
	}
	k := t + 1
	if k < to && inSet(s.toks[k].low, "my", "the") {
		k++
	}
	return k < to && courseTreatments.has(s.toks[k].low) && (k+1 >= to || !careGivenNouns.has(s.toks[k+1].low))
}
