package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// Care a reply tells in everyday words (issue 11, tuner B, 2026-12-05
// 08:40): a next visit named without "your" ("Next cleaning we'll ..."),
// a group the reviewer is told to keep coming to, a reading of their body
// ("your pressure", "su presión"), an aid they walk without, a return to
// their work ("got you back on the boat"). And what a reply says to
// everyone: what the practice offers all comers, a fee policy, a meeting
// at the town's fair.

// seriesVisits name a visit after "next" or "last" with no "your": the
// visit nouns and their Spanish and Portuguese forms.
var seriesVisits = newWordSet([]string{"cita", "visita", "limpieza", "chequeo", "consulta", "revisión", "revision",
	"sesión", "sesion", "vacuna", "limpeza", "sessão"})

// seriesNext are "next" and "last" in the languages replies are written in.
var seriesNext = newWordSet([]string{"next", "last", "próxima", "próximo", "proxima", "proximo"})

// afterSeriesPronouns, right after "next cleaning", make it an adverb of a
// promise to the reader: "Next cleaning we'll ...", "próxima cita le ...".
var afterSeriesPronouns = newWordSet([]string{"we", "i", "you", "u", "ill", "le", "te", "les", "lo", "nous", "je", "a", "i'll"})

// seriesNotVisit, after the visit noun, make it the practice's schedule,
// not the reader's visit: "the next flu shot clinic", "the next available
// appointment", "the next group session starts".
var seriesNotVisit = newWordSet([]string{"clinic", "clinics", "drive", "event", "events", "day", "days", "slot", "slots", "opening",
	"openings", "available", "date", "dates", "starts", "start", "begins", "begin", "opens", "runs", "is", "are", "will", "fills",
	"schedule", "sign", "signup"})

// seriesVisitAt reports a next or last visit of the reader's at token i
// with no "your" ("Next cleaning we'll have the mint ready", "last visit
// you said ..."), and the token after the visit noun.
func (s *scan) seriesVisitAt(i, end int) (int, bool) {
	if !seriesNext.has(s.toks[i].low) || i+1 >= end {
		return 0, false
	}
	j := i + 1
	for j < end && (visitNouns.has(s.toks[j].low) || seriesVisits.has(s.toks[j].low)) {
		j++
	}
	if j == i+1 || j < end && seriesNotVisit.has(s.toks[j].low) || i > 0 && inSet(s.toks[i-1].low, "our", "any", "a", "an", "your", "ur") {
		return 0, false
	}
	// The reader must be in it: a pronoun right after ("we'll", "i'll",
	// "le") or the reader anywhere in the sentence.
	if j < end && afterSeriesPronouns.has(s.toks[j].low) || s.sentenceHasWord(s.toks[i].sent, personWords) {
		return j, true
	}
	return 0, false
}

// nextTimeVisitAt reports "next time you come in" at token i: an offer
// of a visit that assumes the reader has one (warn).
func (s *scan) nextTimeVisitAt(i, end int) bool {
	return i+3 < end && s.toks[i].low == "next" && s.toks[i+1].low == "time" && inSet(s.toks[i+2].low, "you", "u") &&
		inSet(s.toks[i+3].low, "come", "re", "are", "visit", "stop", "swing", "drop", "see", "check")
}

// continuingVerbs follow "keep" or "siga": "keep coming", "keep showing
// up", "siga viniendo".
var continuingVerbs = newWordSet([]string{"coming", "showing", "attending", "going", "viniendo", "asistiendo", "vindo", "venant"})

// continuingVisits are what a reader keeps coming to: a visit, a group
// or a meeting, on a weekday.
var continuingVisits = newWordSet([]string{"meeting", "meetings", "groups", "classes", "clases", "grupo", "reuniones", "reunión", "citas",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "back"})

// continuingAt reports "keep coming to ..." at token i: care that goes on
// (block with a visit, a group or a weekday; warn alone). Said of the
// town's market or fair it is no care (ok false).
func (s *scan) continuingAt(i, end int) (block, ok bool) {
	if !instructWords.has(s.toks[i].low) || i+1 >= end || !continuingVerbs.has(s.toks[i+1].low) {
		return false, false
	}
	si := s.toks[i].sent
	if s.sentenceHasWord(si, outreachEvents) || s.sentenceHasWord(si, townEventWords) {
		return false, false
	}
	if s.recoveryReview25() {
		return true, true // "Keep showing up" to a review of sobriety: their group (reply25.go)
	}
	for k := i + 2; k < end && k <= i+7; k++ {
		if w := s.toks[k].low; w != "back" && (visitNouns.has(w) || continuingVisits.has(w) || weekdayWords.has(w)) {
			return true, true
		}
	}
	return false, true
}

// townEventWords, with outreachEvents, are the town's gatherings where a
// practice meets people who are not its patients: "see you at next
// year's fair".
var townEventWords = newWordSet([]string{"booth", "booths", "game", "games", "race", "5k", "10k", "concert", "gala", "fundraiser", "picnic",
	"tournament", "regatta", "potluck", "party", "walk", "run", "show", "open", "house"})

// eventNoVisit reports a sentence about a town event with no visit in it:
// seeing the reader there is no visit.
func (s *scan) eventNoVisit(si int) bool {
	return (s.sentenceHasWord(si, outreachEvents) || s.sentenceHasWord(si, townEventWords)) && !s.sentenceHasWord(si, visitNouns)
}

// restoredAt reports "get/got you back on|to|in ..." at token i, the
// practice returning someone to their work or sport ("glad we could get
// you back on the boat"): care told (block) when done, an offer (warn)
// when wished; ok false when it is not there.
func (s *scan) restoredAt(i, from, end int) (to int, block, ok bool) {
	if !inSet(s.toks[i].low, "get", "got", "getting", "gotten") || i+3 >= end {
		return 0, false, false
	}
	obj := i + 1
	if !encounterObjects.has(s.toks[obj].low) && !(inSet(s.toks[obj].low, "your", "ur") && kinWords.has(s.toks[obj+1].low)) {
		return 0, false, false
	}
	if !encounterObjects.has(s.toks[obj].low) {
		obj++
	}
	if obj+2 >= end || s.toks[obj+1].low != "back" || !inSet(s.toks[obj+2].low, "on", "to", "in", "into", "onto", "out", "at") {
		return 0, false, false
	}
	block = s.toks[i].low != "get" && s.toks[i].low != "getting"
	for t := from; t < i; t++ {
		if inSet(s.toks[t].low, "could", "were") {
			block = true
		}
		if inSet(s.toks[t].low, "would", "d", "love", "hope", "hoping", "want", "like", "please", "let", "can") {
			block = false
			break
		}
	}
	return obj + 3, block, true
}

// readingWords are readings of someone's body in everyday words: after a
// possessive ("your pressure", "his sugars", "su presión", "a pressão do
// seu pai", Kriolu "bu tenson") they are that person's results. The
// medicine taken for them, in the languages the health lexicon (English)
// does not read, is told the same way: "su medicamento", "seu remédio",
// "bu rimédiu".
var readingWords = newWordSet([]string{"pressure", "sugar", "sugars", "levels", "bp", "vision", "hearing", "eyesight", "vitals", "oxygen",
	"weight", "presión", "presion", "azúcar", "azucar",
	"glucosa", "glucemia", "pressão", "pressao", "glicose", "glicemia", "açúcar", "glycémie", "tension",
	"tenson", "tensão", "tensao", "asúkar", "asukar",
	"medicamento", "medicamentos", "remédio", "remédios", "remedio", "remedios", "rimédiu", "rimédius", "remédiu", "médicament", "médicaments"})

// possessives own a result: the reader's, their person's. "bu" is Cape
// Verdean Kriolu's "your".
var possessives = newWordSet([]string{"your", "ur", "his", "her", "their", "su", "sus", "seu", "sua", "tu", "votre", "sa", "son", "bu"})

// resultAt reports a reading owned by someone at token i and the tokens
// it spans: "your pressure" (from the possessive), "pressão do seu pai".
func (s *scan) resultAt(i int) (from, to int, ok bool) {
	if !readingWords.has(s.toks[i].low) || s.toks[i].low == "vision" && i+1 < len(s.toks) && inSet(s.toks[i+1].low, "for", "of") {
		return 0, 0, false // "your vision for the new park": a plan, no eyes
	}
	si := s.toks[i].sent
	if i > 0 && s.toks[i-1].sent == si && possessives.has(s.toks[i-1].low) && !(s.toks[i].low == "tension" && s.toks[i-1].low != "votre" && s.toks[i-1].low != "sa") {
		return i - 1, i + 1, true
	}
	if i+2 < len(s.toks) && s.toks[i+2].sent == si && inSet(s.toks[i+1].low, "do", "da", "de", "del", "of") && possessives.has(s.toks[i+2].low) {
		return i, i + 3, true
	}
	return 0, 0, false
}

// aidWords are aids to walking: a reply glad the reader walks without
// one tells their recovery.
var aidWords = newWordSet([]string{"cane", "canes", "walker", "crutches", "crutch", "wheelchair", "andadera", "andador", "bastón",
	"baston", "muletas", "bengala", "béquilles"})

// offThings are treatments a patient comes off: "off the oxygen", "off
// insulin", "off the meds".
var offThings = newWordSet([]string{"oxygen", "o2", "ventilator", "vent", "dialysis", "steroids", "insulin", "meds", "medication",
	"medications", "pills", "inhaler", "prednisone", "methadone", "suboxone", "opioids", "painkillers"})

// aidLeftAt reports "without the cane", "sin andadera" at token i (the
// aid) and where it begins.
func (s *scan) aidLeftAt(i int) (int, bool) {
	aid := aidWords.has(s.toks[i].low)
	if !aid && !offThings.has(s.toks[i].low) {
		return 0, false
	}
	for k := i - 1; k >= 0 && k >= i-3 && s.toks[k].sent == s.toks[i].sent; k-- {
		switch s.toks[k].low {
		case "without", "sin", "sem", "sans", "ditch", "ditched", "ditching":
			if aid {
				return k, true
			}
			return 0, false
		case "off":
			// "off the oxygen", "off insulin": a treatment left behind.
			return k, true
		case "the", "a", "her", "his", "your", "ur", "su", "la", "el", "o", "those", "that", "their":
		default:
			return 0, false
		}
	}
	return 0, false
}

// offeredToAll reports a sentence that says what the practice offers
// everyone ("same-day sick visits are available at all our offices", "we
// offer walk-in strep tests"), told of no one and no visit that was.
func (s *scan) offeredToAll(si int) bool {
	offer := false
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "available", "offer", "offers", "accept", "accepts", "provide", "provides", "disponible", "disponibles", "ofrecemos", "aceptamos",
			"llame", "llámenos", "llamenos",
			"gratuit", "gratuits", "gratuite", "gratuites", "gratis", "gratuito", "gratuitos", "gratuita", "gratuitas",
			"always", "automatically", "routinely":
			offer = true
		case "was", "were", "had", "did", "got", "gave", "received", "came", "fue":
			return false
		case "walk":
			// "Flu shots are walk-in at every office": open to anyone.
			k := t + 1
			if k < se.tokEnd && s.toks[k].low == "-" {
				k++
			}
			offer = offer || k < se.tokEnd && inSet(s.toks[k].low, "in", "ins")
		}
	}
	return offer
}

// generalIfBefore reports "when", "whenever" or "if" before token i in
// its sentence: a fee waived "when flights are cancelled" is a policy.
func (s *scan) generalIfBefore(from, i int) bool {
	for t := from; t < i; t++ {
		if inSet(s.toks[t].low, "when", "whenever", "if", "cuando", "si", "always", "automatically", "routinely") {
			return true
		}
	}
	return false
}

// lifeCareFindings are the REV-01 findings of the kinds above, for the
// sentences not yet reported (done).
func (s *scan) replyLifeCare(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	add := c.add
	for si, se := range s.sents {
		for i := se.tokStart; i < se.tokEnd && !done[si]; i++ {
			if j, ok := s.seriesVisitAt(i, se.tokEnd); ok {
				add(si, i, j, false, "This reply names the reviewer's last or next visit: it tells everyone they are a patient here.")
			} else if s.nextTimeVisitAt(i, se.tokEnd) {
				add(si, i, i+4, true, "This reply speaks of the reviewer's next visit, which assumes they are a patient. A person should decide.")
			} else if block, ok := s.continuingAt(i, se.tokEnd); ok {
				add(si, i, i+2, !block, "This reply tells the reviewer to keep coming to their care: it tells everyone they are a patient here.")
			} else if to, ok := s.passiveCareAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply tells care the reviewer (or their person) was given: it confirms they were treated here.")
			} else if to, block, ok := s.restoredAt(i, se.tokStart, se.tokEnd); ok {
				add(si, i, to, !block, "This reply says the practice got the reviewer back to their work or life: it tells everyone they were treated here.")
			} else if from, ok := s.findingToldAt(i, se.tokStart); ok {
				add(si, from, i+1, false, "This reply tells what the reviewer's own test or scan showed: it tells their care in public.")
			} else if to, ok := s.targetSetAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply sets a target for the reviewer's readings: it tells their treatment in public.")
			} else if s.testOwnedAt(i, se.tokEnd) {
				add(si, i, i+2, false, "This reply names a test of the reviewer's (or their person's): it tells their care in public.")
			} else if to, ok := s.ownVisitAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply names the reviewer's visit: it tells everyone they are a patient here.")
			} else if s.careKeptAt(i, se.tokStart, se.tokEnd) {
				add(si, i, i+1, false, "This reply tells the reviewer to keep up what they were given: it tells their treatment in public.")
			} else if s.medicineTakenAt(i, se.tokStart, se.tokEnd) {
				add(si, i, i+1, false, "This reply tells the reviewer to keep taking a medicine: it tells their treatment in public.")
			} else if to, ok := s.clearanceAt(i, se.tokStart, se.tokEnd); ok {
				add(si, i, to, false, "This reply says the reviewer (or their child) is cleared for school, work or sport: it tells the result of their visit.")
			} else if to, ok := s.returnIntervalAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply sets the reviewer's return visit: it tells everyone they are a patient here.")
			} else if to, ok := s.milestoneFreeAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply tells the reviewer's recovery milestone: it tells their health in public.")
			} else if s.caughtItAt(i, se.tokStart, se.tokEnd) {
				add(si, i, i+2, false, "This reply says the practice caught or treated what the review told: it confirms the reviewer's care.")
			} else if s.woundKeptAt(i, se.tokEnd) {
				add(si, i, i+1, false, "This reply tells the reviewer how to keep their wound: it tells their procedure in public.")
			} else if block, ok := s.homeCareAt(i, se.tokStart, se.tokEnd); ok {
				add(si, i, i+1, !block, "This reply gives the reviewer home care: it tells their treatment plan in public.")
			} else if s.pendingCallbackAt(i, se.tokStart, se.tokEnd) {
				add(si, i, i+1, false, "This reply promises the reviewer a call when their result or paperwork is back: it tells their care in public.")
			} else if s.coverageDecidedAt(i, se.tokStart, se.tokEnd) {
				add(si, i, i+1, false, "This reply tells the reviewer's coverage or claim decision: it tells their bill and care in public.")
			} else if to, ok := s.resultToldAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply tells how the reviewer's test came out: it tells their result in public.")
			} else if to, ok := s.readingChangedAt(i, se.tokEnd); ok {
				add(si, i, to, false, "This reply tells how the reviewer's reading changed: it tells their result in public.")
			}
		}
	}
	return c.out
}

// nextCareIn reports a next visit in sentence si ("next", "próxima"),
// not the next opening anyone may book ("the next available
// appointment").
func (s *scan) nextCareIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if nextWords.has(s.toks[t].low) && !(t+1 < se.tokEnd && inSet(s.toks[t+1].low, "available", "open", "opening", "openings", "slot", "slots")) {
			return true
		}
	}
	return false
}

// replyRoleWords, with staffRoleWords, are the jobs a reply names its own
// people by: "our custodial crew Mr. Ray and Ms. Bev".
var replyRoleWords = newWordSet([]string{"crew", "custodial", "custodian", "custodians", "janitor", "interpreter", "interpreters",
	"driver", "drivers", "volunteer", "volunteers", "coach", "trainer", "trainers", "receptionists", "nurses", "techs", "hygienists",
	"doctors", "team", "teams", "desk", "ladies", "guys", "gals", "folks", "chw", "chws", "peer", "peers", "outreach",
	"intérprete", "interprete", "enfermera", "enfermero", "doctora", "recepcionista", "asistente", "equipo", "promotora"})

// ourRoleBefore reports whether the name at byte start follows "our" and
// a job ("our front desk lead Rosa", "our custodial crew Mr. Ray and Ms.
// Bev"): the practice speaking of its own people, who are staff even
// when the staff list leaves them out.
func (s *scan) ourRoleBefore(start int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	role := false
	for k := t - 1; k >= s.sents[si].tokStart && k >= t-9; k-- {
		w := s.toks[k].low
		switch {
		case w == "our" || w == "nuestra" || w == "nuestro" || w == "nuestras" || w == "nuestros" || ourPortuguese28.has(w):
			return role
		case staffRoleWords.has(w) || replyRoleWords.has(w) || staffRoles28.has(w):
			role = true
		case roleModifiers28.has(w):
			// "our practice manager, Deb", "nuestra gerente de la
			// clínica, Rosa": words about the role (t28reply). They set
			// no role: "our patient, Rosa" is no staff.
			if !role && !roleModifierAfter28(w) {
				return false // "our nurses and patients, Rosa": the name is a patient's (attack28b.go)
			}
		case w == "and" || w == "." || w == "," || w == "&" || courtesyTitles.has(w) || s.toks[k].capital:
		default:
			return false
		}
	}
	return false
}

// eventDays, capitalised after a name, make it an event's: "the Lucia
// Day concert", "Saint Patrick Parade".
var eventDays = newWordSet([]string{"day", "days", "fest", "festival", "parade", "concert", "fair", "classic", "cup", "jubilee",
	"celebration", "procession", "feast"})

// eventNamedAt reports whether the name at byte start is followed by a
// capitalised event word: a holiday or a festival named for someone.
func (s *scan) eventNamedAt(start int) bool {
	t := s.tokenStart(start)
	limit := t + 2
	for k := t + 1; k < len(s.toks) && k <= limit && s.toks[k].sent == s.toks[t].sent; k++ {
		if s.toks[k].capital && eventDays.has(s.toks[k].low) {
			return true
		}
		if k == t+1 && s.possessiveAt(t) {
			// "St. Patrick's Day", "St. Joseph's Day": a saint's or a
			// person's holiday, named in the possessive.
			limit = k + 2
			continue
		}
		if !s.toks[k].capital {
			return false
		}
	}
	return false
}

// passiveCare are care done to someone, told in the passive with them as
// its subject: "you were kept overnight", "he was admitted".
var passiveCare = newWordSet([]string{"kept", "admitted", "observed", "monitored", "sedated", "transferred", "sent", "started",
	"treated", "tested", "screened", "swabbed", "vaccinated", "diagnosed", "intubated", "stitched", "casted", "splinted", "scanned",
	"prescribed", "referred", "discharged", "triaged", "induced", "numbed", "placed", "switched", "weaned", "dosed",
	// "you were roomed 25 minutes after check-in" (t23reply): a patient taken to an exam room.
	"roomed"})

// passiveCareAt reports "you were kept overnight" at token i: the
// reader or their person, a past "were"/"was"/"got", and care done to
// them (not "kept waiting", a service's fault); to ends the span.
func (s *scan) passiveCareAt(i, end int) (to int, ok bool) {
	if !inSet(s.toks[i].low, "you", "u", "he", "she", "ya") || i+2 >= end || !inSet(s.toks[i+1].low, "were", "was", "got", "been") {
		return 0, false
	}
	j := i + 2
	if j+1 < end && inSet(s.toks[j].low, "already", "then", "also", "just") {
		j++
	}
	if !passiveCare.has(s.toks[j].low) || j+1 < end && inSet(s.toks[j+1].low, "waiting", "on", "in", "up") && s.toks[j].low != "started" {
		return 0, false
	}
	return j + 1, true
}

// careTopicWords make a sentence talk of care as a subject people hold views
// on: "folks have strong feelings about treatment".
var careTopicWords = newWordSet([]string{"folks", "people", "opinions", "opinion", "feelings", "views", "questions", "myths", "misconceptions",
	"debate", "stigma", "concern", "concerns"})

// careAsTopic reports a sentence that speaks of care in general, after
// "about", with no one in it: no one's care is told.
func (s *scan) careAsTopic(si int) bool {
	return s.sentenceHasWord(si, careTopicWords) && s.sentenceHasWord(si, aboutWords)
}

var aboutWords = newWordSet([]string{"about", "regarding", "around"})

// fellowBefore reports "a fellow" just before the name at byte start: a
// team's mascot or a member, not someone named ("a fellow Mountain
// Lion").
func (s *scan) fellowBefore(start int) bool {
	t := s.tokenStart(start)
	for k := t - 1; k >= 0 && k >= t-2 && s.toks[k].sent == s.toks[min(t, len(s.toks)-1)].sent; k-- {
		if s.toks[k].low == "fellow" {
			return true
		}
	}
	return false
}

// mockingMarks are emoji that answer a complaint with contempt: an
// eye-roll, an upside-down smile, a shrug, nails being done, a clown.
var mockingMarks = []string{"🙄", "🙃", "🤷", "💅", "🤡", "🥱", "😒"}

// sarcasmOpeners are retorts that turn a complaint back on the reviewer:
// "Says the man who ...", "Bold words from someone who ...", "maybe go
// to medical school".
var sarcasmOpeners = [][]string{{"says", "the"}, {"said", "the"}, {"bold", "words"}, {"big", "words"}, {"rich", "coming"},
	{"coming", "from", "someone"}, {"coming", "from", "the"}, {"coming", "from", "a"}, {"this", "from", "someone"}, {"this", "from", "the"},
	{"maybe", "go"}, {"maybe", "don"}, {"maybe", "dont"}, {"maybe", "do"}, {"cry", "more"}, {"kick", "rocks"}}

// retortWho open retorts only with a "who" after: "coming from someone
// who ...", not "means a lot coming from a fellow nurse".
var (
	retortWho = newWordSet([]string{"says", "said", "bold", "big", "rich", "coming", "this"})
	whoWords  = newWordSet([]string{"who", "whose"})
)

// lowStars reports a review of one or two filled stars.
func lowStars(review string) bool {
	n := 0
	for _, r := range review {
		switch r {
		case '★', '⭐':
			n++
		case '☆':
		default:
			if n > 0 {
				return n <= 2
			}
		}
	}
	return n > 0 && n <= 2
}

// replySarcasm finds a reply that mocks the reviewer (REV-03): a retort
// that turns the complaint on them, their other reviews dug up ("your 14
// other one-star reviews"), or contempt in an emoji, "lol" or "smh"
// answering a one- or two-star review.
func (s *scan) replySarcasm() []post.Finding {
	var out []post.Finding
	low := lowStars(s.d.ReviewText) || insultingReview(s.d.ReviewText)
	for si, se := range s.sents {
		for i := se.tokStart; i < se.tokEnd; i++ {
			for _, w := range sarcasmOpeners {
				if i+len(w) <= se.tokEnd && tokensAre(s.toks[i:i+len(w)], w) && (w[0] != "maybe" || low || s.sentenceHasWord(si, laughWords)) &&
					(!retortWho.has(w[0]) || s.sentenceHasWord(si, whoWords)) {
					out = append(out, s.finding(i, i+len(w), "This reply turns the complaint back on the reviewer with sarcasm. Replies are public and are judged by everyone."))
					i = se.tokEnd
					break
				}
			}
			if i < se.tokEnd && inSet(s.toks[i].low, "your", "ur", "his", "her") && s.otherReviewsAt(i+1, se.tokEnd) {
				out = append(out, s.finding(i, i+1, "This reply digs up the reviewer's other reviews: it attacks the person, in public."))
				i = se.tokEnd
			}
		}
	}
	if len(out) == 0 && !low && dismissiveReview(s.d.ReviewText) {
		// "Meh to you too 🙄" to "Meh.": an eye-roll at a review that
		// dismisses the practice in a word.
		if k, m := contemptMarkAt(s.d.Text); k >= 0 {
			return append(out, post.Finding{Start: k, End: k + len(m), Match: m,
				Message: "This emoji answers a dismissive review with contempt. Replies are public and are judged by everyone."})
		}
	}
	if len(out) > 0 || !low || reviewLaughs(s.d.ReviewText) {
		return out // a review that jokes ("lol") may be laughed with
	}
	for i := range s.toks {
		if laughWords.has(s.toks[i].low) || s.toks[i].low == "smh" {
			return append(out, s.finding(i, i+1, "A laugh answering a low-star review mocks the reviewer. Replies are public and are judged by everyone."))
		}
	}
	if k, m := contemptMarkAt(s.d.Text); k >= 0 {
		return append(out, post.Finding{Start: k, End: k + len(m), Match: m,
			Message: "This emoji answers a low-star review with contempt. Replies are public and are judged by everyone."})
	}
	return out
}

// reviewLaughs reports a review that laughs itself: "the TV only plays
// telenovelas lol".
func reviewLaughs(review string) bool {
	toks, _ := tokenize(review)
	for _, t := range toks {
		if laughWords.has(t.low) {
			return true
		}
	}
	return false
}

// otherReviewsAt reports "other reviews", "14 other one-star reviews"
// from token t.
func (s *scan) otherReviewsAt(t, end int) bool {
	other := false
	for k := t; k < end && k <= t+6; k++ {
		switch w := s.toks[k].low; {
		case w == "other" || w == "previous" || w == "many":
			other = true
		case w == "reviews" || w == "posts" || w == "complaints":
			return other
		case s.toks[k].kind == tokNumber, inSet(w, "one", "1", "star", "-", "two", "2", "bad", "negative", "angry"):
		default:
			return false
		}
	}
	return false
}

// futureBefore reports "will be", "'ll be" or "gonna be" just before token
// i: a reaction to come, the team's to a kind review ("our team will be
// so happy to read this"), not one to what the reviewer went through.
func (s *scan) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.toks[k].sent == s.toks[i].sent; k-- {
		if inSet(s.toks[k].low, "will", "ll", "gonna", "going") {
			return true
		}
	}
	return false
}

// roleNames are roles a reader is called by as by a name: "Thanks,
// Coach!", "Gracias, Pastor!". In a reply they tell who the reviewer is.
var roleNames = newWordSet([]string{"coach", "pastor", "chief", "captain", "cap", "sarge", "sergeant", "officer", "deacon", "reverend",
	"rabbi", "imam", "principal", "professor", "teach", "sheriff", "judge", "mayor", "commissioner", "councilman", "councilwoman",
	"padre", "profe", "maestra", "maestro"})

// roleVocatives adds a capitalised role said to the reader as a name.
func (s *scan) roleVocatives(add func(start, end int, greeting bool)) {
	for i := 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.capital && roleNames.has(t.low) && t.kind == tokWord && vocativeBefore.has(s.toks[i-1].low) && s.vocative(t.start, t.end) {
			add(t.start, t.end, true)
		}
	}
}

// findingVerbs tell what a test found: "your CT showed", "his echo
// revealed", "su análisis mostró".
var findingVerbs = newWordSet([]string{"showed", "shows", "shown", "revealed", "reveals", "confirmed", "confirms", "indicated",
	"indicates", "mostró", "mostro", "reveló", "revelo"})

// notFound are what a reviewer owns that shows the office something, no
// test of theirs: "your feedback showed us", "your review shows".
var notFound = newWordSet([]string{"support", "kindness", "patience", "story", "stories", "note", "notes", "letter", "survey",
	"rating", "ratings", "stars", "photo", "photos", "video", "smile", "card", "gift", "loyalty", "generosity", "courage", "words",
	"mensaje", "comentario", "reseña"})

// findingToldAt reports a test of someone's told with what it found, at
// the verb at token i: the owner ("your", "his", "su") and a word or two
// before it ("your CT showed", "her lab work revealed"). It returns the
// owner's token.
func (s *scan) findingToldAt(i, start int) (int, bool) {
	if !findingVerbs.has(s.toks[i].low) {
		return 0, false
	}
	for k := i - 2; k >= start && k >= i-3; k-- {
		if !possessives.has(s.toks[k].low) || inSet(s.toks[k].low, "their", "sa", "son", "tu") {
			continue
		}
		for j := k + 1; j < i; j++ {
			if s.toks[j].kind != tokWord || notSeries.has(s.toks[j].low) || notFound.has(s.toks[j].low) {
				return 0, false
			}
		}
		return k, true
	}
	return 0, false
}

// targetWords are readings a target can be set for: "keep those numbers
// under 130", "keep ur sugars below 180".
var targetWords = newWordSet([]string{"numbers", "number", "readings", "reading", "level", "a1c", "glucose", "cholesterol", "ldl",
	"números", "numeros", "niveles"})

// targetSetAt reports a target set for someone's readings at token i:
// "keep" with a reading and "under", "below" or "between" a number
// within a few words ("keep those numbers under 130", "mantenga el
// azúcar bajo 130"). A target for the office's wait is no one's
// reading. It returns the token after the number.
func (s *scan) targetSetAt(i, end int) (int, bool) {
	if !inSet(s.toks[i].low, "keep", "keeping", "mantenga", "mantener", "mantén") {
		return 0, false
	}
	reading := false
	for j := i + 1; j < end && j <= i+5; j++ {
		w := s.toks[j].low
		switch {
		case readingWords.has(w) || targetWords.has(w):
			reading = true
		case inSet(w, "under", "below", "above", "over", "between", "bajo", "debajo", "abajo") && reading:
			for k := j + 1; k < end && k <= j+3; k++ {
				if s.toks[k].kind == tokNumber {
					return k + 1, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// testNouns are tests by their short or everyday names, which the health
// data reads as letters or everyday words: "her CT", "his EKG", "your
// echo".
var testNouns = newWordSet([]string{"ct", "mri", "ekg", "ecg", "eeg", "echo", "ultrasound", "sonogram", "mammogram", "labs",
	"bloodwork", "audiogram", "holter", "a1c", "pap", "colonoscopy", "endoscopy", "cbc", "psa", "inr", "tsh", "culture", "swab"})

// testOwnedAt reports a test owned by the reader or their person at
// token i: "her CT", "his EKG", "su ultrasound".
func (s *scan) testOwnedAt(i, end int) bool {
	return i+1 < end && inSet(s.toks[i].low, "your", "ur", "his", "her", "su") && testNouns.has(s.toks[i+1].low)
}

// ownVisitNouns are the reader's visit, after "your" and a word or two
// that say which ("your DOT physical", "your lipid follow-up", "your
// Tuesday 4pm check-in").
var ownVisitNouns = newWordSet([]string{"visit", "appointment", "appt", "checkup", "physical", "followup", "consult",
	"consultation", "exam", "recheck", "screening", "cleaning"})

// notVisitModifiers between "your" and a visit noun make the noun no visit
// of the reader's: "your kind words about the visit".
var notVisitModifiers = newWordSet([]string{"about", "on", "for", "of", "to", "with", "at", "the", "a", "an", "and", "or", "from",
	"in", "kind", "nice", "own", "feedback", "thoughts", "words"})

// ownVisitAt reports the reader's visit at token i ("your"), said with
// one to three words that tell which between ("your DOT physical", "ur
// saturday morning appt", "your Tuesday 4pm check-in"), and the token
// after it. "Check" and "follow" need their "in" and "up".
func (s *scan) ownVisitAt(i, end int) (int, bool) {
	if s.toks[i].low != "your" && s.toks[i].low != "ur" {
		return 0, false
	}
	for j := i + 2; j < end && j <= i+4; j++ {
		w := s.toks[j-1].low
		if s.toks[j-1].kind == tokPunct || notVisitModifiers.has(w) || notSeries.has(w) {
			return 0, false
		}
		v := s.toks[j].low
		if ownVisitNouns.has(v) {
			if i > 0 && bookVerbs24.has(s.toks[i-1].low) && accessNouns24.has(v) {
				return 0, false // "Book your 7 am appointment online": an offer (reply24b.go)
			}
			return j + 1, true
		}
		if j+1 < end && (v == "check" && inSet(s.toks[j+1].low, "in", "up") || v == "follow" && s.toks[j+1].low == "up") {
			return j + 2, true
		}
	}
	return 0, false
}

// careThings are what a patient is sent home to wear, use or do: told to
// keep them up, the reader's treatment is told.
var careThings = newWordSet([]string{"boot", "brace", "splint", "sling", "monitor", "holter", "cpap", "inhaler", "patch",
	"stockings", "exercises", "stretches", "drops", "cream", "ointment", "retainer", "aligners", "orthotics", "insoles", "cast",
	"bandage", "dressing", "spacer", "nebulizer", "walker", "crutches"})

// careKeptAt reports a care thing at token i kept up: "keep wearing the
// boot", "keep doing those band exercises", "the sling stays on", "the
// boot stays on for 2 weeks".
func (s *scan) careKeptAt(i, start, end int) bool {
	if !careThings.has(s.toks[i].low) && !aidWords.has(s.toks[i].low) {
		return false // "keep using her cane": an aid is kept up too
	}
	if i+2 < end && (inSet(s.toks[i+1].low, "stays", "stay") && s.toks[i+2].low == "on" || s.toks[i+1].low == "on" && s.toks[i+2].low == "for") {
		return true
	}
	for k := i - 1; k > start && k >= i-5; k-- {
		if inSet(s.toks[k].low, "wearing", "doing", "using", "taking", "icing") && inSet(s.toks[k-1].low, "keep", "keeps", "continue", "remember") {
			return true
		}
	}
	return s.careKeptUpAt(i, start)
}

// careKeptUpAt reports the care thing at token i kept up in the words of
// a friendly reply: "keep up the stretches", "keep it in that boot",
// "stick with the exercises", with at most two words of "the", "that",
// "your" between. "Keep up the great work" keeps no care thing, and
// "keep an eye on our page for the cream sale" puts one too far off.
func (s *scan) careKeptUpAt(i, start int) bool {
	k := i - 1
	for n := 0; n < 2 && k > start && keptDeterminers.has(s.toks[k].low); n++ {
		k--
	}
	if k <= start {
		return false
	}
	switch w := s.toks[k].low; {
	case w == "up" || w == "with":
		return inSet(s.toks[k-1].low, "keep", "keeps", "stick", "stay")
	case w == "in" && k-2 >= start:
		return inSet(s.toks[k-1].low, "it", "them") && inSet(s.toks[k-2].low, "keep", "keeps")
	}
	return false
}

// keptDeterminers stand between a kept-up verb and the care thing.
var keptDeterminers = newWordSet([]string{"the", "that", "this", "those", "these", "your", "ur", "a", "band", "home"})
