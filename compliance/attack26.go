package compliance

import "unicode/utf8"

// Session 26 (att26): holes in the session's new exceptions, each found
// with a sentence the exception let through (attack26_test.go).

// signerFirstWord26 returns the first word of a signature that is no
// title, rank, kin word or initial: the name the signer is called by
// ("alexandra" of "— Alexandra P.", "khamphan" of "— Khamphan P."). Only
// that word has pet forms said as part of it: a surname's start is
// another person's first name ("Jack" of "— Mike Jackson", "Martin" of
// "— Ana Martinez").
func signerFirstWord26(signed string) string {
	for _, w := range tokenizePhrase(signed) {
		if utf8.RuneCountInString(w) < 2 || honorificWords.has(w) || familyWords.has(w) || signatureTitles.has(w) ||
			polishTitles.has(w) || rankTitles26.has(w) {
			continue
		}
		return w
	}
	return ""
}

// petPrefix26 reports whether w, the start of the signed first name sw,
// is said for it ("Alex" of "Alexandra", "Chris" of "Christina"): at
// least three letters of the signed name are left off. One or two left
// off make the name of the signer's brother or sister ("Paul" of
// "Paula", "Daniel" of "Danielle", "Jose" of "Joseph", "Robert" of
// "Roberta"): another person, whom REV-02 blocks.
func petPrefix26(sw, w string) bool {
	if len(sw) <= len(w) || sw[:len(w)] != w {
		return false
	}
	return utf8.RuneCountInString(sw[len(w):]) >= 3
}

// eventNameLed26 reports whether the name at token from is led by an
// article or a possessive pronoun, as a team's or an event's name is
// ("the Garfield fight song", "our Lumbee Homecoming parade", "el
// Tecolotes game"). A person's name with an event's word after it and no
// article is the person and their event said without the apostrophe
// ("Tell Sofia band practice can wait", "Hope Grandma Rosa cruise was
// fun"): still a name.
func (s *scan) eventNameLed26(from int) bool {
	k := from - 1
	for k >= 0 && s.toks[k].sent == s.toks[from].sent && s.toks[k].capital && s.toks[k].kind == tokWord &&
		!inSet(s.toks[k].low, "the", "our", "this", "that", "a", "an", "el", "la", "los", "las", "o", "os", "as") {
		k-- // "the Lumbee Homecoming": the article may stand before a longer run
	}
	return k >= 0 && s.toks[k].sent == s.toks[from].sent &&
		inSet(s.toks[k].low, "the", "our", "this", "that", "next", "a", "an", "el", "la", "los", "las", "del", "al", "o", "os", "as", "do", "da", "no", "na")
}

// cornerLead26 reports whether token k leads a street corner: "at",
// "on", "near", or "of" only after "corner" ("the corner of Alder and
// Whitman"). "of" alone leads people as often ("so glad we could take
// care of Marco and Lucia!", "so proud of Ava and Mia!").
func (s *scan) cornerLead26(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	switch s.toks[k].low {
	case "at", "on", "near", "corner":
		return true
	case "of":
		return k > 0 && s.toks[k-1].low == "corner"
	}
	return false
}

// plainVisitItems26 are the visit items that are care on their own words
// ("for his annual physical", "for a flu shot"); the other items of
// visitItems26 ("check", "test", "reading", "screening", "exam") are the
// practice's only with a word of care before them.
var plainVisitItems26 = newWordSet([]string{"physical", "shot", "shots", "booster", "vaccine", "checkup", "jab"})

// ownCareItem26 reports whether the visit item at token i, after the
// words from token from, is care the visitor got: "for a cholesterol
// check", "for her blood pressure reading", "for his annual physical".
// A check, test, reading or screening with no word of care before it is
// the office's business or a ceremony ("for a check presentation", "for
// a fire safety check of our building", "for a reading of Goodnight
// Moon", "for a screening of our new video", "for a radio check"), and an
// item "of" something is that thing ("for a shot of espresso").
func (s *scan) ownCareItem26(from, i, end int) bool {
	if i+1 < end && inSet(s.toks[i+1].low, "of", "presentation", "ceremony", "drill") {
		return false
	}
	if plainVisitItems26.has(s.toks[i].low) {
		return true
	}
	for m := from; m < i; m++ {
		if _, ok := s.healthHitAt(m); ok || vaccineWords.has(s.toks[m].low) || careMeasures26.has(s.toks[m].low) {
			return true
		}
	}
	return false
}

// careMeasures26 name what a check or a reading measures of the body:
// "a blood pressure check", "a sugar reading", "a vision screening".
var careMeasures26 = newWordSet([]string{"blood", "pressure", "bp", "sugar", "glucose", "vision", "hearing", "eye", "skin",
	"cholesterol", "a1c", "heart", "lung", "thyroid", "weight", "wellness", "health", "tb", "drug", "covid", "flu", "strep",
	"presión", "azúcar"})

// courseWorkNouns26 after a course of treatment make it the work a staff
// member does or learns, beside careGivenNouns and courseStudyNouns:
// "is on dialysis call tonight", "begins radiation therapy school".
var courseWorkNouns26 = newWordSet([]string{"call", "school", "coverage", "residency", "fellowship", "student", "students",
	"job", "position", "career", "internship", "externship", "practicum", "shadowing", "shifts", "shift"})

// courseWorkAfter26 reports whether the words from token k, after a
// course of treatment, make it the staff member's work ("on dialysis call
// tonight", "starts radiation therapy school in the fall", "will start
// dialysis coverage at the Elm St unit"): "therapy" or "treatment" may
// stand between. The course told ("starts radiation therapy next week")
// is still theirs.
func (s *scan) courseWorkAfter26(k, to int) bool {
	if k < to && inSet(s.toks[k].low, "therapy", "treatment", "treatments", "infusion", "infusions") {
		k++
	}
	if k >= to {
		return false
	}
	n := s.toks[k].low
	return courseWorkNouns26.has(n) || careGivenNouns.has(n) || courseStudyNouns.has(n) || treatmentWorkNouns26.has(n)
}

// orderStates26 say one order is done for whoever ordered it: "ready",
// "waiting", "lista".
var orderStates26 = newWordSet([]string{"ready", "waiting", "listo", "lista", "listos", "listas"})

// orderReady26 reports whether the care at tokens [t,t+n), said ready
// with state, is one person's order rather than an offer: a medicine or a
// procedure with no shot in it, ready or waiting ("Hi Marisol! The
// antibiotics are ready for pickup", "Gracias, Doña Rosa. Las pastillas
// para la presión ya están listas"). A shot ready or waiting ("Your flu
// shot is waiting at the front desk") and care "available" or "back in
// stock" stay offers (careready26.go).
func (s *scan) orderReady26(t, n int, state string) bool {
	if !orderStates26.has(state) {
		return false
	}
	for j := t; j < t+n && j < len(s.toks); j++ {
		if w := s.toks[j].low; vaccineWords.has(w) || w == "vacuna" || w == "vacunas" {
			return false
		}
	}
	return true
}

// tryAgainAfterLoss26 reports whether "try again" at token t is the wish
// of a reply grieving a pregnancy loss ("whenever you're ready to try
// again"): led by "to", and not a thing to try again later, by phone or
// online. "Our phones were down Monday; please try again or book online"
// answers a review that told a miscarriage and a phone that rang out: it
// takes the matter offline and confirms no care (reply26.go blocked it).
func (s *scan) tryAgainAfterLoss26(t int) bool {
	if t == 0 || s.toks[t-1].low != "to" {
		return false
	}
	if k := t + 2; k < len(s.toks) && s.toks[k].sent == s.toks[t].sent &&
		inSet(s.toks[k].low, "later", "tomorrow", "online", "or", "at", "by", "on", "with", "calling", "the", "our", "next") {
		return false
	}
	return true
}

// doseMedicines26 name a medicine in the languages of doseFrequencies26,
// as parts of words: "metformina", "метформин", "thuốc" (medicine),
// "الدواء" (the medicine).
var doseMedicines26 = []string{"metform", "метформ", "ميتفورمين", "thuốc", "remédio", "remedio", "medicamento", "medicina",
	"pastilla", "comprimido", "pílula", "pilula", "cápsula", "capsula", "insulin", "инсулин", "лекарств", "таблет", "капл",
	"دواء", "حبوب", "أنسولين", "gotas", "xarope", "jarabe", "pomada", "inhalador", "inalador", "antibiótico", "антибиотик"}

// doseMedicine26 reports whether sentence si (its lower-cased text low)
// names a medicine, so that a frequency in it is a dose: "Continue com a
// metformina duas vezes ao dia". The same frequency of a bus, an app or
// a glass of water is none: "você pode tomar o ônibus 12, que passa três
// vezes ao dia", "Use nuestra app: el transporte pasa dos veces al día",
// "nhớ uống nước nhiều lần mỗi ngày" (drink water many times a day), a
// tip to every reader.
func (s *scan) doseMedicine26(si int, low string) bool {
	if _, ok := containsAny(low, doseMedicines26); ok {
		return true
	}
	return s.healthInSentence(si)
}

// reviewCareBeside26 reports whether a review that names a gathering
// ("the county fair", "the festival") also tells care or a visit: "Got
// my stitches out in time for the county fair", "Dr. Lee fixed my ankle
// before the festival". The gathering is then only when the care was,
// and "See you next Tuesday" answering it books the reviewer's next
// visit (REV-01 block, as before reviewGathering26).
func (s *scan) reviewCareBeside26() bool {
	words, hits := s.reviewWords23()
	if len(hits) > 0 {
		return true
	}
	for _, w := range words {
		if visitNouns.has(w) || inSet(w, "dr", "doctor", "doctora", "nurse", "enfermera", "appointment", "cita", "visit") {
			return true
		}
	}
	return false
}
