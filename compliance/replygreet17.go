package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// A reply greeting its reviewer by a name with a title of respect or
// kinship (session 18, t18reply). Families greet their elders and their
// congregation's members by a title before the name ("Uncle Keoni",
// "Auntie Mele", "Sister Adaeze", "Abu Karim", "chị Hoa"), and a reply
// answers in kind. The name so greeted is the reviewer's (REV-02 warn: a
// person checks it is not a real name behind a nickname); the reply blocks
// only when it tells care, as any greeting does.

// kinGreetTitles are titles of kinship and faith said before an elder's
// or a church member's name: English and Hawaiian English ("Uncle",
// "Aunty"), Arabic ("Abu", "Umm": father of, mother of), and Vietnamese
// kin pronouns that title a name ("anh Tuấn", "chị Lan", "cô Mai").
// Hmong titles of kinship ("Niam Pa", "Yawg Tou") join them
// (hmongKinTitles27, reply27.go).
var kinGreetTitles = append([]string{"uncle", "aunty", "auntie", "aunt", "sister", "brother", "sis", "abu", "umm", "anh", "chị", "cô",
	"chú", "bác", "em", "ông", "bà"}, hmongKinTitles27...)

// signatureTitles are the words a reply may put around a signed name that
// are not part of it: the titles above, the greeting titles, and the
// Japanese courtesies written onto a surname ("Tanaka-san").
var signatureTitles = newWordSet(append(append([]string{"san", "sama", "chan", "kun", "ji"}, kinGreetTitles...), greetTitleWords...))

// signatureSites are the sites and the placeholders a review is shown with
// ("Facebook: love this place", "Google ★★★★★ ..."): no reviewer signs
// with them.
var signatureSites = newWordSet([]string{"facebook", "google", "yelp", "instagram", "nextdoor", "tiktok", "healthgrades", "zocdoc",
	"vitals", "webmd", "twitter", "threads", "reddit", "tripadvisor", "anonymous", "fb", "ig"})

// siteSigned reports whether a signature read off a review is the site
// the review was posted on, not a person.
func siteSigned(sig string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(sig), " ")
	return signatureSites.has(strings.ToLower(w))
}

// courtesyAfterName reports whether token k, after a greeted name, is a
// courtesy the greeting may carry before its mark: Vietnamese "rất
// nhiều" (very much) after "Cảm ơn chị Lan".
func (s *scan) courtesyAfterName(k int) bool {
	if afterNameCourtesy.has(s.toks[k].low) {
		return true
	}
	return s.toks[k].low == "rất" && k+1 < len(s.toks) && s.toks[k+1].sent == s.toks[k].sent && s.toks[k+1].low == "nhiều"
}

// streetLeadAt reports whether the one word at token i is a street the
// practice lists among its community names, said by its name alone in a
// street's place ("the Renwick side", "across Renwick"): the one-word case
// of bareCommunityStreet (barestreets17.go). A word with a capitalised word
// after it is a name's start ("Renwick Adams").
func (s *scan) streetLeadAt(i int) bool {
	if i+1 < len(s.toks) && s.toks[i+1].sent == s.toks[i].sent && s.toks[i+1].capital && s.toks[i+1].kind == tokWord {
		return false
	}
	return s.bareCommunityStreet(i, i+1)
}

// officeHolderAt reports whether the name at bytes [start, end) is titled
// with a public office ("Senator Kaleo", "Mayor Ortiz") in a sentence that
// tells no health, or that asks the reader to call or write to them: a
// public figure the reply speaks of (political advocacy is PROF-04's), not
// a reviewer unmasked. One greeted is left to the greeting's rules.
func (s *scan) officeHolderAt(start, end int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) || s.vocative(start, end) {
		return false
	}
	si := s.toks[t].sent
	if !officeWords.has(s.toks[t].low) {
		// The title may be left out of the name: "Rep. Tanaka".
		k := t - 1
		if k > 0 && s.toks[k].low == "." {
			k--
		}
		if k < 0 || s.toks[k].sent != si || !officeWords.has(s.toks[k].low) {
			return false
		}
		t = k
	}
	asked := t > s.sents[si].tokStart && inSet(s.toks[t-1].low, "call", "email", "write", "tell", "urge", "text", "contact")
	return asked || !s.healthInSentence(si)
}

// polishTitles greet a person in Polish ("Pani Krystyno", "Panie
// Tomaszu"): the name after them is said in the vocative, whose ending
// differs from the signature's ("— Krystyna").
var polishTitles = newWordSet([]string{"pani", "pan", "panie", "panno"})

// signedVocative reports whether the name word w, said after a Polish
// title, is a word of signed in the vocative: the stem, less its last
// letter, starts a signed word no more than two letters longer or
// shorter ("krystyno" to "krystyna", "tomaszu" to "tomasz").
func signedVocative(signed, w string) bool {
	r := []rune(w)
	if len(r) < 5 {
		return false
	}
	stem := string(r[:len(r)-1])
	for _, sw := range strings.Fields(signed) {
		if n := len([]rune(sw)); strings.HasPrefix(sw, stem) && n-(len(r)-1) <= 2 {
			return true
		}
	}
	return false
}

// habitualWarmth reports whether the REV-01 finding at tokens [from, to)
// is an encounter said as a habit that ends its sentence ("It's always a
// pleasure seeing you!", "always great to see you 😊"): warmth to a
// regular face that names no visit, no time and no care. A person decides
// (warn); "a pleasure seeing you at your INR check", "... last week" tell
// the visit and keep their block.
func (s *scan) habitualWarmth(from, to int) bool {
	if to <= from || !inSet(s.toks[to-1].low, "you", "u") || !inSet(s.toks[from].low, "pleasure", "joy", "great", "good", "nice", "lovely", "wonderful", "fun") {
		return false
	}
	si := s.toks[from].sent
	se := s.sents[si]
	always := false
	for k := from - 1; k >= se.tokStart && k >= from-3; k-- {
		always = always || s.toks[k].low == "always"
	}
	if !always {
		return false
	}
	// Only marks may follow, and only a few are read: a finding per
	// phrase of one long sentence must not each walk it to its end.
	for k := to; k < se.tokEnd; k++ {
		if k >= to+8 || s.toks[k].kind == tokWord || s.toks[k].kind == tokNumber {
			return false
		}
	}
	return !s.healthInSentence(si)
}

// insideHabitual reports whether finding f lies inside the habitual warm
// line of its sentence (habitual holds them by sentence).
func (s *scan) insideHabitual(habitual map[int]post.Finding, f post.Finding) bool {
	if len(habitual) == 0 {
		return false
	}
	from, _ := s.tokenRange(f.Start, f.End)
	if from >= len(s.toks) {
		return false
	}
	h, ok := habitual[s.toks[from].sent]
	return ok && h.Start <= f.Start && f.End <= h.End
}
