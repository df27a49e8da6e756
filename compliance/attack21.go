package compliance

import "strings"

// Fixes from the attacks on session 21's changes (issue 11, att21).

// manyFought21 are the people and places an illness is fought among:
// "battling flu in the schools", "fighting diabetes across the county".
var manyFought21 = newWordSet([]string{"school", "schools", "county", "counties", "town", "towns", "city", "community",
	"communities", "kids", "children", "students", "patients", "families", "neighborhood", "neighborhoods", "region", "state",
	"area", "classrooms", "our", "everyone", "seniors", "teens", "parish", "village", "valley", "homes", "shelters", "workplaces"})

// foughtAmongMany21 reports whether the condition starting at token k,
// after "battling" or "fighting", is fought among many people or places
// ("Kevin is battling flu in the schools with our shot van", "fighting
// diabetes across our county"): a campaign, not the staff member's own
// illness. "Battling pneumonia this week" stays theirs.
func (s *scan) foughtAmongMany21(k, to int) bool {
	for n := 0; n < 2 && k < to && ownersBeforeDetail.has(s.toks[k].low); n++ {
		k++
	}
	h, ok := s.healthHitAt(k)
	if !ok || h.To >= to || !inSet(s.toks[h.To].low, "in", "across", "throughout", "among", "around", "at", "all") {
		return false
	}
	for j := h.To + 1; j < to && j <= h.To+3; j++ {
		if manyFought21.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// topicWords21 make what comes before them the subject of a class or a
// talk: "Recovery from knee surgery is the focus of his new class".
var topicWords21 = newWordSet([]string{"focus", "topic", "theme", "subject", "class", "classes", "talk", "talks", "workshop",
	"seminar", "lecture", "webinar", "series", "course", "group", "session", "sessions", "program", "tips", "handout", "video"})

// recoveryAsTopic21 reports whether the words after "recovery from" at
// token k, within a few, name a class or a talk: the recovery is the
// subject taught ("Congrats Kevin! Recovery from knee surgery is the
// focus of his new class"), not the staff member's own. "Recovery from
// the hip replacement went smoothly" stays theirs.
func (s *scan) recoveryAsTopic21(k, to int) bool {
	for j := k; j < to && j < k+10; j++ {
		if topicWords21.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// spelledSpanOrCount21 reports whether the spelled number before token
// next, followed by f, is a span of years or a count rather than an age:
// "One hundred years ago this week, Dr. Maple opened his first office",
// "Ninety years since she founded the clinic", "Ninety-five, that's how
// many flu shots Kevin gave". "Ninety-three years young", "Ninety-six!"
// and "One hundred and one, and she didn't flinch" stay ages.
func (s *scan) spelledSpanOrCount21(f string, next, end int) bool {
	if next+1 >= end {
		return false
	}
	after := s.toks[next+1].low
	switch f {
	case "years", "year", "yrs", "y":
		return spanAfterYears21.has(after)
	case ",", "—", "–":
		return countAfterNumber21.has(after)
	}
	return false
}

// spanAfterYears21 follow "<number> years" told as a span of time, not
// an age: "years ago", "years since", "years of service", "years later".
var spanAfterYears21 = newWordSet([]string{"ago", "since", "later", "of", "before", "after", "back", "from", "in", "on", "into",
	"serving", "strong", "running", "together", "open", "married"})

// countAfterNumber21 open what a number opening a sentence counts: "Ninety-
// five, that's how many", "One hundred, which is a record".
var countAfterNumber21 = newWordSet([]string{"that", "thats", "which", "how", "the", "our", "shots", "kids", "people", "patients"})

// numberedHeads21 take a number between commas as their own: "the back
// room, 101,", "Suite, 104,", "Route 9, 95, and 101".
var numberedHeads21 = newWordSet([]string{"room", "rooms", "suite", "suites", "unit", "units", "floor", "bay", "booth", "exit",
	"gate", "route", "routes", "highway", "road", "lot", "door", "aisle", "lane", "ward", "locker", "box", "extension", "ext",
	"line", "channel", "bus", "program", "programs", "class", "classes", "course", "page", "code", "number", "item", "lab",
	"classroom", "office", "pew", "space", "spot", "table", "station", "desk", "window"})

// bodiesThatTurn21 are Spanish names of a place or a body that has
// anniversaries: "La parroquia cumple 100 años", "El hospital cumple 95
// años de servicio".
var bodiesThatTurn21 = newWordSet([]string{"clínica", "clinica", "hospital", "parroquia", "iglesia", "escuela", "colegio",
	"ciudad", "pueblo", "biblioteca", "consultorio", "farmacia", "centro", "empresa", "club", "programa", "fundación", "fundacion",
	"asociación", "asociacion", "feria", "festival", "desfile", "mercado", "restaurante", "panadería", "tienda", "negocio",
	"oficina", "equipo", "banda", "periódico", "periodico", "radio", "universidad", "comunidad", "cooperativa", "práctica"})

// yearsOfBody21, after "años de", count the years of a body, not a life:
// "95 años de servicio", "100 años de historia".
var yearsOfBody21 = newWordSet([]string{"servicio", "servicios", "historia", "existencia", "fundación", "fundacion", "fundada",
	"fundado", "trayectoria", "tradición", "tradicion", "labor", "atención", "atencion", "abierto", "abierta"})

// cumpleOfBody21 reports whether "cumple" at token t with its number at k
// is said of a place or a body ("Nuestra clínica cumple 100 años", "El
// hospital cumple 95 años de servicio"): it has a birthday, no age. A
// birthday wished to someone ("¡Feliz cumple 93 a Doña Chela!") keeps its
// block.
func (s *scan) cumpleOfBody21(t, k, start, end int) bool {
	for j := max(start, t-4); j < t; j++ {
		if bodiesThatTurn21.has(s.toks[j].low) {
			return true
		}
	}
	return k+3 < end && inSet(s.toks[k+1].low, "años", "anos") && s.toks[k+2].low == "de" && yearsOfBody21.has(s.toks[k+3].low)
}

// readerTurnWords21 turn a sentence told of everyone to the reader's own
// visit: an apology, "yours", "yesterday", "unfortunately".
var readerTurnWords21 = newWordSet([]string{"sorry", "apologize", "apologise", "apologies", "apology", "yours", "yesterday",
	"unfortunately", "regret", "regrets"})

// generalTurnsToReader21 reports whether sentence si, opened by "in
// general" or "typically", goes on to the reader's own visit: "Typically
// the colonoscopy prep is the hardest part, and we're sorry it was so
// rough for you", "Usually biopsy results take a week; this time they
// were late", "In general the second round of IVF is easier, and we're
// glad it went better". Its care word is then the reader's.
func (s *scan) generalTurnsToReader21(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if readerTurnWords21.has(w) {
			return true
		}
		if t+1 < se.tokEnd && (w == "this" && s.toks[t+1].low == "time" || w == "glad" && inSet(s.toks[t+1].low, "it", "that", "things")) {
			return true
		}
	}
	return false
}

// containsWish21 is containsAny over wishPhrases, keeping the phrase found.
func containsWish21(low string, p *string) bool {
	var ok bool
	*p, ok = containsAny(low, wishPhrases)
	return ok
}

// notWishNext21 after a phrase of wishPhrases make it something else:
// "bonne santé publique", "بالصحة العامة" (public health).
var notWishNext21 = newWordSet([]string{"publique", "pública", "publica", "mentale", "العامة", "العام", "النفسية"})

// wishNotForReader21 reports whether the wish phrase p in the sentence low
// goes on to something other than the reader's health: "queremos que esté
// bien informado" (well informed), "que esté bien atendido la próxima
// vez", "nous nous soucions de la bonne santé publique", "نهتم بالصحة
// العامة" (we care for public health). Session 21 added these phrases,
// which a substring finds inside other sentences (att21).
func wishNotForReader21(low, p string) bool {
	i := strings.Index(low, p)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(low[i+len(p):], " ")
	next, _, _ := strings.Cut(rest, " ")
	next = strings.TrimRight(next, ".,;:!?")
	if notWishNext21.has(next) {
		return true
	}
	if !strings.HasPrefix(p, "que est") {
		return false
	}
	for _, suf := range [...]string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if len(next) > len(suf)+2 && strings.HasSuffix(next, suf) {
			return true
		}
	}
	return false
}

// cameOutCareWords21 after "glad you came out" tell what the reader came
// out for: care, a look, a provider.
var cameOutCareWords21 = newWordSet([]string{"see", "seeing", "saw", "seen", "check", "checked", "checking", "look", "looked",
	"exam", "examine", "examined", "treat", "treated", "fix", "fixed", "dr", "doctor", "doc", "nurse", "np", "pa", "provider",
	"dentist", "hygienist", "therapist"})

// cameOutReach21 bounds how far after "came out" or "before your visit"
// its purpose is read: a sentence of many stays linear.
const cameOutReach21 = 12

// cameOutForCare21 reports whether tokens [from, end) after "glad you
// came out" tell care or a provider: "and let us check that mole", "to see
// Dr. Greene last week". A crowd cheered at a game ("So glad you came out!
// Go Cats!") tells none (att21).
func (s *scan) cameOutForCare21(from, end int) bool {
	for t := from; t < end && t < from+cameOutReach21; t++ {
		if cameOutCareWords21.has(s.toks[t].low) || visitNouns.has(s.toks[t].low) || s.isStaff(t, t+1) {
			return true
		}
	}
	return false
}

// rewardAfterThanks21 reports whether a reward finding starting at token
// from opens on the review thanked, the reward after it: "Thanks so much
// for the review, lunch is on us!", "Thank you for the 5 stars, your next
// smoothie is on us". The reward is given for the review. A perk of the
// waiting room told first ("The tea is on us 🍵 Thanks for the review!")
// keeps its pass (att21).
func (s *scan) rewardAfterThanks21(from int) bool {
	w := s.toks[from].low
	return strings.HasPrefix(w, "review") || inSet(w, "stars", "star", "rating", "ratings")
}

// visitTold21 reports whether sentence si, after token to ("before your
// visit"), tells the visit: a date or an ordinal ("on the 14th"), a month,
// a provider's title or a staff member ("with Dr. Patel"). "You can check
// in online before your visit with Dr. Patel on the 14th" books the
// reviewer's own visit (att21).
func (s *scan) visitTold21(si, to int) bool {
	for t := to; t < s.sents[si].tokEnd && t < to+cameOutReach21; t++ {
		w := s.toks[t].low
		if w != "" && w[0] >= '0' && w[0] <= '9' || fullMonths.has(w) || inSet(w, "dr", "doctor", "nurse", "provider") || s.isStaff(t, t+1) {
			return true
		}
	}
	return false
}

// practicePlaces21 are the practice's own rooms: a reply that meets the
// reader there books a visit, whatever worship the sentence also names.
var practicePlaces21 = newWordSet([]string{"office", "clinic", "practice", "here", "exam", "consultorio", "clínica", "clinica"})

// legibleWords21 say what a picture shows can be read: "conditions still
// readable", "diagnoses legible".
var legibleWords21 = newWordSet([]string{"readable", "legible", "unblurred", "unredacted", "uncovered"})

// legibleAfter21 reports a legibility word after the blur word at token b
// in the picture's description, which ends at token end: "patient names
// blurred, conditions still readable" shows the rest of the list (att21).
func (s *scan) legibleAfter21(b, end int) bool {
	for k := b + 1; k < end; k++ {
		if legibleWords21.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// onePersonOpeners21 open a sentence about one person: "The child
// attends Lincoln Elementary" after "Measles confirmed in Franklin
// County".
var onePersonOpeners21 = newWordSet([]string{"child", "kid", "baby", "infant", "toddler", "boy", "girl", "man", "woman",
	"patient", "student", "resident", "teen", "family", "case", "person"})

// oneNamedNext21 reports whether the sentence after si opens on one
// person ("The child attends Lincoln Elementary", "She is at home"):
// then the county of sentence si is that person's, not the season's
// (att21).
func (s *scan) oneNamedNext21(si int) bool {
	if si+1 >= len(s.sents) {
		return false
	}
	se := s.sents[si+1]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
		if onePersonOpeners21.has(s.toks[t].low) {
			return true
		}
	}
	return false
}
