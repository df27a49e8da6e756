package compliance

import (
	"sort"
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// Attacks on session 25's changes (att25; tests in attack25_test.go).

// examPassedThings25 are what a reply says was "passed" or "cleared"
// when it hands a message on, counts a wait or tidies a room: "Your
// feedback has been passed to our office manager", "your kind words were
// passed to the crew", "su mensaje pasó a la gerente", "your wait passed
// the hour mark", "their exam rooms were cleared". Between the reader's
// "your" and the verb they make the subject a thing, not the reader or
// their people, and nothing was examined (examThingPassed25).
var examPassedThings25 = newWordSet([]string{"feedback", "comment", "comments", "note", "notes", "word", "words", "message", "messages",
	"call", "calls", "voicemail", "voicemails", "email", "emails", "letter", "letters", "concern", "concerns", "complaint", "complaints",
	"review", "reviews", "question", "questions", "request", "requests", "suggestion", "suggestions", "praise", "compliment",
	"compliments", "kudos", "thanks", "shoutout", "story", "info", "information", "details", "survey", "wait", "waits", "time",
	"line", "room", "rooms", "lot", "hallway", "desk", "phone", "phones", "form", "forms", "paperwork", "ticket", "case", "file",
	"mensaje", "mensajes", "comentario", "comentarios", "queja", "quejas", "llamada", "llamadas", "nota", "notas", "reseña",
	"opinión", "opinion", "sugerencia", "sugerencias", "preocupación", "preocupaciones", "espera", "tiempo", "correo", "sala",
	"mensagem", "mensagens", "comentário", "comentários", "reclamação", "reclamações", "ligação", "ligações", "recado", "recados",
	"avaliação", "opinião", "sugestão", "sugestões", "preocupação"})

// examThingPassed25 reports a word of examPassedThings25 between the
// subject word at k and the verb at v.
func (s *scan) examThingPassed25(k, v int) bool {
	return s.tokensHaveWord(k+1, v, examPassedThings25)
}

// examWentThroughWords25 follow Spanish "pasó" and Portuguese "passou"
// when they mean went through: "lamentamos que usted pasó por eso",
// "você passou por isso". An exam word in the three tokens after ("passou
// pelo exame") is still the exam.
var examWentThroughWords25 = newWordSet([]string{"por", "pelo", "pela", "pelos", "pelas"})

// examWentThrough25 reports the verb at v followed by "por"/"pelo" and no
// exam word in the three tokens after it.
func (s *scan) examWentThrough25(v, end int) bool {
	if v+1 >= end || !examWentThroughWords25.has(s.toks[v+1].low) {
		return false
	}
	return !s.tokensHaveWord(v+2, min(end, v+5), examWords25)
}

// examGriefWords25 tell a death whatever else the sentence says: "sorry
// for your loss", "our condolences", "in loving memory", "rest in peace".
var examGriefWords25 = newWordSet([]string{"loss", "condolences", "memory", "rest", "peace", "pérdida", "perdida", "perda",
	"condolencias", "condolências", "pésame", "falleció", "fallecimiento", "faleceu", "luto"})

// examApologyWords25 are "sorry" in three languages. They are a
// condolence ("so sorry, we heard your dad passed") only when the exam is
// not in the sentence and the apology is not for a thing: "Sorry for the
// wait, glad your son passed his sports physical", "Lo sentimos por la
// espera, ¡pero qué bueno que su hijo pasó el examen!", "Sentimos pela
// espera, mas que bom que você passou no exame", "Sorry about the wait,
// glad you passed!" (to a CDL physical) still tell the result.
var examApologyWords25 = newWordSet([]string{"sorry", "siento", "sentimos", "lamentamos"})

// examApologyFor25 follow an apology when it is for a thing: "sorry
// about the wait", "sorry the line was long", "por la espera", "pela
// demora".
var examApologyFor25 = newWordSet([]string{"about", "for", "por", "pela", "pelo", "com"})

// examApologyThing25 are the articles that make the apology's object a
// thing.
var examApologyThing25 = newWordSet([]string{"the", "this", "that", "any", "all", "a", "la", "el", "las", "los", "esta", "este",
	"o", "essa", "esse", "toda", "todo"})

// examLoss25 reports a death or condolence told in sentence si (the exam
// result of examOutcome25 is then someone's passing): a grief word, "lo
// que pasó" (what happened), or an apology that is neither beside an exam
// word nor for a thing. Session 25's first reading let any "sorry", "lo"
// or "sentimos" in the sentence silence the result.
func (s *scan) examLoss25(si int, examHere bool) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case examGriefWords25.has(w):
			return true
		case w == "lo" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "que", "qué"):
			return true // "lamentamos lo que pasó": what happened
		case examApologyWords25.has(w) && !examHere && !s.apologyForThing25(t, se.tokEnd):
			return true
		}
	}
	return false
}

// apologyForThing25 reports the apology at t said of a thing: an article
// right after it ("sorry the line was long") or after "about"/"for"/"por"
// ("sorry about the wait", "por la espera"), or Portuguese "pela"/"pelo".
func (s *scan) apologyForThing25(t, end int) bool {
	k := t + 1
	for k < end && inSet(s.toks[k].low, "so", "very", "mucho", "muito") {
		k++
	}
	if k >= end {
		return false
	}
	if inSet(s.toks[k].low, "pela", "pelo", "pelas", "pelos") {
		return true
	}
	if examApologyFor25.has(s.toks[k].low) {
		k++
	}
	return k < end && examApologyThing25.has(s.toks[k].low)
}

// listJoiners25 join the illnesses of a list: "measles, mumps and
// rubella", "gripe, COVID y RSV".
var listJoiners25 = newWordSet([]string{",", "and", "&", "or", "/", "+", "y", "e", "o"})

// servicesNouns25 end a list of illnesses that names what the practice
// offers for them: "measles, mumps and rubella vaccines", "flu, COVID and
// RSV shots", "diabetes, heart health and weight-loss visits", "gripe,
// COVID y RSV: vacunas".
var servicesNouns25 = newWordSet([]string{"vaccine", "vaccines", "shot", "shots", "booster", "boosters", "jab", "jabs", "dose",
	"doses", "visit", "visits", "appointment", "appointments", "clinic", "clinics", "test", "tests", "testing", "swab", "swabs",
	"screening", "screenings", "check", "checks", "checkup", "checkups", "care", "services", "classes", "class", "tips", "info",
	"support", "vacuna", "vacunas", "vacunación", "citas", "pruebas", "clínica", "vacina", "vacinas", "consultas", "exames"})

// listStops25 end the look for servicesNouns25: a verb or a word that
// goes on to the staff member's news ("Kevin has COVID and is out",
// "Sarah has the flu, so please be patient").
var listStops25 = newWordSet([]string{"is", "was", "are", "were", "has", "have", "had", "so", "but", "this", "today", "tonight",
	"since", "until", "he", "she", "they", "we", "his", "her", "still", "again", "está", "esta", "este", "hoy", "así", "pero",
	"ya", "desde", "tiene"})

// servicesListed25 reports the illness ending at token end as the head
// of a list of illnesses that ends, in the ten tokens after, in a
// service noun: "Kevin has flu, COVID and RSV shots in stock". Session
// 25's staff illness (staffhealth25.go) read "has flu," as Kevin's flu.
func (s *scan) servicesListed25(end, to int) bool {
	for n := 0; n < 2 && end < to && (s.toks[end].low == "-" || s.toks[end].kind == tokNumber); n++ {
		end++ // "COVID-19"
	}
	if end >= to || !listJoiners25.has(s.toks[end].low) {
		return false
	}
	for k := end + 1; k < to && k <= end+10; k++ {
		w := s.toks[k].low
		switch {
		case servicesNouns25.has(w):
			return true
		case listStops25.has(w), s.toks[k].kind == tokPunct && !inSet(w, ",", ":", "-", "/", "&", "+"):
			return false
		}
	}
	return false
}

// partThings25 follow a body part when the two name a thing: "his knee
// brace", "her back stretches", "her shoulder exercises handout".
var partThings25 = newWordSet([]string{"brace", "braces", "sleeve", "sleeves", "wrap", "wraps", "support", "supports", "pad",
	"pads", "guard", "guards", "pillow", "pillows", "scooter", "stretch", "stretches", "exercise", "exercises", "routine",
	"routines", "workout", "workouts", "model", "models", "chart", "charts", "poster", "handout", "class", "program", "plan"})

// careStoryPeople25 tell one person after a town that care is offered in:
// "one man", "the first resident", "a grandmother", "our receptionist's
// uncle" (with relativeWords).
var careStoryPeople25 = newWordSet([]string{"man", "woman", "boy", "girl", "child", "kid", "baby", "infant", "toddler", "teen",
	"resident", "patient", "student", "person", "veteran", "neighbor", "neighbour", "gentleman", "lady", "guy", "grandmother",
	"grandfather", "hombre", "mujer", "niño", "niña", "señora", "señor", "paciente"})

// careStoryAfter25 reports one person, or a health detail other than the
// care offered, told in sentence si after the town at token t: "Cancer
// care in Crownpoint — one man, 4 rounds of chemo, cancer-free today",
// "HIV care in Crownpoint: the first resident to start treatment there".
// The care then is a case told, and careOffered25 (careoffered25.go)
// leaves the small town that person's home. "For the whole family",
// "close to home" and "our nephrologist sees patients" tell no one.
func (s *scan) careStoryAfter25(t int) bool {
	end := s.sents[s.toks[t].sent].tokEnd
	for k := t + 1; k < end; k++ {
		if w := s.toks[k].low; careStoryPeople25.has(w) || w != "family" && relativeWords.has(w) {
			return true
		}
	}
	hits := s.healthHits()
	for k := sort.Search(len(hits), func(k int) bool { return hits[k].From > t }); k < len(hits) && hits[k].From < end; k++ {
		if c := hits[k].Cat; c == health.Condition || c == health.Procedure {
			return true
		}
	}
	return false
}

// eventRunPlaces25 follow a possessive "Days'" when it is a person's:
// their home or their side.
var eventRunPlaces25 = newWordSet([]string{"home", "house", "apartment", "place", "bedside", "side", "door", "porch", "farm",
	"room", "trailer", "casa"})

// eventRunPerson25 reports a person told by the run of capitals [from,
// h] read as an event's name (events25.go): the head followed by an
// apostrophe and their home or a relative ("at Tom Days' home", "Ana
// Days’ house", "at Ben Days' son's game"), or a kin word in the run ("at
// Grandpa Joe Days"). "Jackson Days' parade" stays the festival's.
func (s *scan) eventRunPerson25(from, h int) bool {
	rest := s.text[s.toks[h].end:]
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		k := h + 1
		for k < len(s.toks) && s.toks[k].kind != tokWord {
			k++
		}
		if k < len(s.toks) && k <= h+3 && (eventRunPlaces25.has(s.toks[k].low) || relativeWords.has(s.toks[k].low)) {
			return true
		}
	}
	for k := from; k < h; k++ {
		if kinTitles.has(s.toks[k].low) || relativeWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// recoveryAmbiguous25 are words of recoveryWords25 (reply25.go) that
// tell other things as often: an office that is "clean", a patient who
// almost "quit" the practice, someone "smoking" by the door, a "drinking"
// fountain, rubbing "alcohol", Spanish "sobre" (about). recoveryToldIn25
// counts them only beside a span or a quitting.
var recoveryAmbiguous25 = newWordSet([]string{"clean", "quit", "quitting", "quitted", "smoking", "drinking", "alcohol", "chew",
	"vape", "vaping", "cigarettes", "meth", "dejé", "deje", "parei", "sobre"})

// recoveryQuits25 are the quitting words, and recoverySubstances25 what is
// quit: "quit smoking", "stopped drinking", "dejé de fumar".
var (
	recoveryQuits25 = newWordSet([]string{"quit", "quitting", "quitted", "stopped", "stop", "stopping", "kicked", "kick", "without",
		"dejé", "deje", "dejar", "parei", "parar", "sin", "sem"})
	recoverySubstances25 = newWordSet([]string{"smoking", "drinking", "vaping", "vape", "cigarettes", "cigarette", "chew",
		"chewing", "alcohol", "drugs", "meth", "opioids", "pills", "booze", "fumar", "beber", "tomar", "drogas", "cigarro",
		"cigarros", "álcool", "de"})
)

// recoveryToldIn25 reports recovery from a substance told in the lowered
// words ws: a word of recoveryWords25 that is not ambiguous ("sober",
// "rehab", "suboxone"), or an ambiguous one beside a span ("2 years
// clean", "clean for 6 months"), a quitting word before its substance
// ("quit smoking", "dejé de fumar") or a substance after a quitting word.
// Session 25 counted any of them: "Super clean office" made a review of
// recovery, and "We're proud to be open 7 days a week" a sober
// milestone.
func recoveryToldIn25(ws []string) bool {
	near := func(i int, set *wordSet, before, after int) bool {
		for k := max(0, i-before); k < len(ws) && k <= i+after; k++ {
			if k != i && set.has(ws[k]) {
				return true
			}
		}
		return false
	}
	for i, w := range ws {
		switch {
		case !recoveryWords25.has(w) || w == "sobre":
		case !recoveryAmbiguous25.has(w):
			return true
		case near(i, spanUnits25, 3, 3):
			return true // "2 years clean", "quit 3 years ago"
		case recoveryQuits25.has(w) && near(i, recoverySubstances25, 0, 2) && (w != "dejé" && w != "deje" || i+2 < len(ws) && recoverySubstances25.has(ws[i+2])):
			return true // "quit smoking", "dejé de fumar"
		case recoverySubstances25.has(w) && near(i, recoveryQuits25, 2, 0):
			return true // "stopped drinking"
		}
	}
	return false
}

// words25 are the lowered words of the text, for recoveryToldIn25.
func (s *scan) words25() []string {
	ws := make([]string, 0, len(s.toks))
	for _, t := range s.toks {
		if t.kind == tokWord || t.kind == tokNumber {
			ws = append(ws, t.low)
		}
	}
	return ws
}

// ourWords25 are the practice speaking of itself; readerWords25 the
// reader; staffNouns25 the practice's people.
var (
	ourWords25 = newWordSet([]string{"we", "our", "us", "nuestro", "nuestra", "nuestros", "nuestras", "nosotros", "nosso", "nossa",
		"nossos", "nossas", "nós"})
	readerWords25 = newWordSet([]string{"you", "your", "ur", "u", "yours", "ya", "tu", "tus", "usted", "ustedes", "você", "voce",
		"seu", "sua", "su", "sus"})
	staffNouns25 = newWordSet([]string{"team", "staff", "nurse", "nurses", "doctor", "doctors", "crew", "front", "desk",
		"maintenance", "providers", "equipo", "personal", "enfermeras", "equipe", "clinic", "office", "practice"})
	untilWords25 = newWordSet([]string{"until", "till", "til", "before", "hasta", "até"})
)

// ownSpan25 reports a span in sentence si that the practice counts of
// itself: its people after "our" ("Congrats to our maintenance team on
// 20 years", "Felicidades a nuestro equipo por sus 10 años"), or "we"
// with no reader told ("We're celebrating 25 years in Ardmore"). A
// milestone25 span there is not the reader's sober time.
func (s *scan) ownSpan25(si int) bool {
	se := s.sents[si]
	we, reader := false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if ourWords25.has(w) {
			we = true
			for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
				if staffNouns25.has(s.toks[k].low) {
					return true
				}
			}
		}
		reader = reader || readerWords25.has(w)
	}
	return we && !reader
}

// countdownToOurs25 reports "N more weeks to go until our new wing
// opens": a countdown to the practice's own news, with no pregnancy word
// in the sentence.
func (s *scan) countdownToOurs25(si int) bool {
	return s.sentenceHasWord(si, untilWords25) && s.sentenceHasWord(si, ourWords25) && !s.sentenceHasWord(si, pregnancyWords25)
}

// anyoneIf25 make a result after them a general truth: "when you move",
// "if you walk", "cuando camina", "quando você caminha". Portuguese "se"
// is left out: "se cuida" (take care) follows a result told.
var anyoneIf25 = newWordSet([]string{"when", "whenever", "if", "once", "cuando", "si", "quando"})

// resultForAnyone25 reports the result at token r said of anyone: "when",
// "if" or "cuando" in the four tokens after it, in its sentence, an
// English one followed by "you" ("Your numbers are better when you move
// every day", "your blood pressure is lower when you laugh"). A tip to
// every reader after a thanks, not the thanked person's reading
// (thanked25.go's thankedResult25).
func (s *scan) resultForAnyone25(r int) bool {
	si := s.toks[r].sent
	for k := r + 1; k < len(s.toks) && k <= r+4 && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if !anyoneIf25.has(w) {
			continue
		}
		if inSet(w, "cuando", "si", "quando") || k+1 < len(s.toks) && inSet(s.toks[k+1].low, "you", "u", "ya") {
			return true
		}
	}
	return false
}
