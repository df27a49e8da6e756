package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
)

// Care a reply tells with no word of the health data (issue 11, session
// 11): what the reviewer is told to keep taking, a clearance back to
// school or work, a return set by an interval, a sobriety milestone in
// any substance, and the practice's catch of what the review told. Each
// is found by the shape of the sentence, so a drug brand, a sport or a
// substance no list holds is still found. Only replies are read (REV-01).

// takeInstructions, a word or two before a verb of taking, tell the
// reader to go on with a medicine: "keep taking", "siga tomando",
// "continuez à prendre", "remember to take". "stop" counts after a "not".
var takeInstructions = newWordSet([]string{"keep", "keeps", "continue", "continuez", "continúe", "continua", "siga",
	"sigue", "sigan", "remember", "recuerde", "recuerda", "olvide", "olvides", "oubliez", "oublie", "esqueça", "esqueca", "lembre"})

// takeVerbs take a medicine: "taking", "takin", "tomando", "prendre".
var takeVerbs = newWordSet([]string{"take", "taking", "takin", "tomando", "tomar", "tome", "prendre", "prenez"})

// objectLeads come between a verb and its object: "the", "your", "las",
// "le", "o remédio".
var objectLeads = newWordSet([]string{"the", "your", "ur", "those", "these", "that", "this", "her", "his", "their", "all", "su", "sus",
	"la", "las", "el", "los", "le", "les", "o", "os", "a", "as", "seu", "sua", "seus", "suas", "tu", "tus", "votre", "vos", "ses",
	"sa", "ton", "ta", "de", "du", "des", "of", "new"})

// medNouns are medicines by their everyday names in the languages
// replies are written in: "the pills", "las pastillas", "le sirop".
var medNouns = newWordSet([]string{"pill", "pills", "med", "meds", "medicine", "medicines", "medication", "medications", "vitamin",
	"vitamins", "antibiotic", "antibiotics", "drops", "inhaler", "insulin", "iron", "supplement", "supplements", "prenatals", "dose",
	"doses", "pastilla", "pastillas", "medicina", "medicinas", "medicamento", "medicamentos", "jarabe", "vitaminas", "gotas",
	"antibióticos", "sirop", "médicament", "médicaments", "comprimé", "comprimés", "gouttes", "antibiotiques", "remédio", "remédios",
	"remedio", "remedios", "xarope", "comprimidos"})

// medicineTakenAt reports a medicine the reader is told to keep taking at
// token i (the verb): "keep taking the Jardiance", "don't stop taking
// your meds", "siga tomando las pastillas". The medicine is a word of
// the health data, a medicine's everyday name, or a word no English
// dictionary holds that names no one (a brand: "Eliquis", "xarelto"):
// keep taking "photos", "the bus" or "the stairs" is no medicine.
func (s *scan) medicineTakenAt(i, start, end int) bool {
	if !takeVerbs.has(s.toks[i].low) || !s.takeInstructedBefore(i, start) {
		return false
	}
	k := i + 1
	for k < end && k <= i+3 && objectLeads.has(s.toks[k].low) {
		k++
	}
	if k >= end || s.toks[k].kind != tokWord {
		return false
	}
	o := s.toks[k].low
	if medNouns.has(o) {
		return true
	}
	if _, cat := health.At(s.lowWords, k); cat == health.Medicine {
		return true
	}
	return len(o) >= 4 && asciiWord(o) && !names.IsWord(o) && !names.KnownName(o) && !s.c.allow.isStaff([]string{o})
}

// takeInstructedBefore reports an instruction to go on just before the
// verb at i: "keep", "continuez à", "remember to", "don't stop".
func (s *scan) takeInstructedBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-3; k-- {
		w := s.toks[k].low
		switch {
		case takeInstructions.has(w):
			return true
		case w == "stop" || w == "quit" || w == "dejes" || w == "deje":
			// "don't stop taking", "no deje de tomar".
			return k > start && inSet(s.toks[k-1].low, "t", "dont", "not", "never", "no", "nunca")
		case inSet(w, "to", "à", "a", "de", "d"):
		default:
			return false
		}
	}
	return false
}

// asciiWord reports whether w is all ASCII letters: a brand name, not a
// word of another alphabet or a number.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// returnPlaces are where a patient is cleared to go back to: school,
// work, sport, in the languages replies are written in.
var returnPlaces = newWordSet([]string{"school", "work", "daycare", "class", "classes", "practice", "practices", "sports", "sport",
	"play", "training", "duty", "gym", "games", "season", "escuela", "colegio", "trabajo", "trabajar", "clases", "guardería",
	"kinder", "kínder", "école", "travail", "crèche", "classe", "escola", "trabalho", "creche", "aula", "aulas", "entrenar"})

// returnVerbs go back to a place: "go back", "return", "volver".
var returnVerbs = newWordSet([]string{"back", "return", "returning", "volver", "regresar", "retourner", "rentrer", "voltar"})

// allowedWords before a return make it a clearance: "can go back", "ya
// puede volver", "peut retourner", "pode voltar".
var allowedWords = newWordSet([]string{"can", "may", "ready", "okay", "ok", "allowed", "free", "puede", "pueden", "podrá", "peut",
	"peuvent", "pourra", "pode", "podem", "poderá"})

// subjectWords are the reader or their child as the subject of a
// clearance in French, Spanish and Portuguese: "elle peut", "el niño
// puede", "ela pode".
var subjectWords = newWordSet([]string{"elle", "il", "él", "ella", "ela", "ele", "niño", "niña", "nene", "nena", "fille", "fils",
	"enfant", "petit", "petite", "filho", "filha", "vous", "tu"})

// clearanceAt reports a clearance of the reader or their person at token
// i, and the token after it: "he's all cleared for football", "you're
// cleared to work", "el niño ya puede volver a la escuela", "votre fille
// peut retourner à l'école". A lot cleared for parking is nobody's.
func (s *scan) clearanceAt(i, start, end int) (int, bool) {
	w := s.toks[i].low
	switch {
	case (w == "cleared" || w == "clear") && i+1 < end && inSet(s.toks[i+1].low, "for", "to"):
		for k := i - 1; k >= start && k >= i-3; k-- {
			if p := s.toks[k].low; personWords.has(p) || kinWords.has(p) || subjectWords.has(p) || p == "s" || p == "re" {
				return i + 2, true
			}
		}
	case w == "cleared" && (i+1 >= end || s.toks[i+1].kind != tokWord || inSet(s.toks[i+1].low, "with", "now", "and", "but")):
		// "she's cleared with no restrictions", "he's cleared 🏀": the
		// reader's person, cleared with nothing after.
		if i >= 2 && s.toks[i-1].low == "s" && inSet(s.toks[i-2].low, "he", "she") || i >= 2 && s.toks[i-1].low == "re" && s.toks[i-2].low == "you" {
			return i + 1, true
		}
	case allowedWords.has(w):
		for k := i + 1; k < end && k <= i+2; k++ {
			if !returnVerbs.has(s.toks[k].low) {
				continue
			}
			for d := k + 1; d < end && d <= k+4; d++ {
				if returnPlaces.has(s.toks[d].low) && s.personBefore(i, start) {
					return d + 1, true
				}
			}
		}
	}
	return 0, false
}

// personBefore reports the reader or their person before token i in its
// sentence (from start): the one the clearance is about.
func (s *scan) personBefore(i, start int) bool {
	for k := start; k < i; k++ {
		if w := s.toks[k].low; personWords.has(w) || kinWords.has(w) || subjectWords.has(w) || foreignOwnerWords.has(w) {
			return true
		}
	}
	return false
}

// comeBackVerbs set a return: "come back", "vuelvan", "revenez", "volte".
var comeBackVerbs = newWordSet([]string{"come", "comes", "coming", "return", "vuelva", "vuelvan", "vuelve", "regrese", "regresen",
	"revenez", "reviens", "revenir", "volte", "voltem", "volta"})

// intervalUnits measure a return: "in 2 weeks", "en 10 días".
var intervalUnits = newWordSet([]string{"day", "days", "week", "weeks", "month", "months", "día", "días", "dia", "dias", "semana",
	"semanas", "mes", "meses", "jour", "jours", "semaine", "semaines", "mois"})

// countWords are small numbers in words: "in two weeks", "en dos semanas".
var countWords = newWordSet([]string{"a", "one", "two", "three", "four", "six", "few", "couple", "un", "una", "une", "um", "uma", "dos",
	"tres", "cuatro", "seis", "deux", "trois", "quatre", "dois", "duas", "três"})

// returnIntervalAt reports a return set by an interval at token i (the
// verb), and the token after it: "come back in 2 weeks", "vuelvan en 10
// días", "revenez dans 3 semaines". A season ("in the spring") is no
// interval.
func (s *scan) returnIntervalAt(i, end int) (int, bool) {
	if !comeBackVerbs.has(s.toks[i].low) {
		return 0, false
	}
	k := i + 1
	if k < end && s.toks[k].low == "back" {
		k++
	}
	if k+2 >= end || !inSet(s.toks[k].low, "in", "en", "dans", "em", "within") {
		return 0, false
	}
	n := k + 1
	if s.toks[n].kind != tokNumber && !countWords.has(s.toks[n].low) {
		return 0, false
	}
	for u := n + 1; u < end && u <= n+2; u++ {
		if intervalUnits.has(s.toks[u].low) {
			return u + 1, true
		}
	}
	return 0, false
}

// freeOfWords are what a milestone is free of: "6 months dip-free", "a
// year vape free", "100 days booze-free". A year interest-free is money.
var freeOfWords = newWordSet([]string{"smoke", "smoking", "nicotine", "vape", "vaping", "tobacco", "chew", "dip", "snuff", "alcohol",
	"booze", "drink", "drinking", "drug", "drugs", "opioid", "opioids", "opiate", "opiates", "pill", "pills", "heroin", "meth",
	"fentanyl", "cigarette", "cigarettes", "cig", "cigs", "weed", "gambling", "relapse", "juul", "pain", "seizure", "migraine",
	"cancer", "tumor", "symptom", "symptoms", "attack"})

// milestoneFreeAt reports a milestone free of a substance or an illness
// at token i (the duration's unit), and the token after it: "8 months
// chew-free", "one year vape free".
func (s *scan) milestoneFreeAt(i, end int) (int, bool) {
	if i+2 >= end || !intervalUnits.has(s.toks[i].low) && !inSet(s.toks[i].low, "year", "years", "yr", "yrs", "años", "anos", "ans") ||
		s.toks[i+2].low != "free" || !freeOfWords.has(s.toks[i+1].low) {
		return 0, false
	}
	return i + 3, true
}

// catchVerbs are the practice's catch or fix of a condition: "we caught
// it early", "Dr. Greene spotted it in time".
var catchVerbs = newWordSet([]string{"caught", "catch", "catching", "spotted", "found", "detected", "diagnosed", "treated", "removed",
	"drained", "stitched"})

// caughtItAt reports, at token i (the verb), the practice catching "it"
// or "that" right after a review that told a health detail: "so glad we
// caught it early" to "they found my melanoma". The pronoun is the
// review's condition; to a review about a bill it is nobody's care.
func (s *scan) caughtItAt(i, start, end int) bool {
	if !catchVerbs.has(s.toks[i].low) || i+1 >= end || !inSet(s.toks[i+1].low, "it", "that", "them", "this") {
		return false
	}
	agent := false
	for k := i - 1; k >= start && k >= i-3; k-- {
		if w := s.toks[k].low; w == "we" || s.c.allow.isStaff([]string{w}) {
			agent = true
			break
		}
	}
	return agent && s.reviewHealth()
}

// callVerbs promise a call: "we'll call you", "le llamamos".
var callVerbs = newWordSet([]string{"call", "ring", "phone", "text", "llamamos", "llamaremos", "llamará", "appelons", "appellerons",
	"appellera", "ligamos", "ligaremos", "ligará"})

// callObjects are who the call is to: the reader or their person.
var callObjects = newWordSet([]string{"you", "u", "ya", "her", "him", "them", "le", "la", "lo", "les", "vous", "te", "lhe"})

// whenWords open the wait the call ends: "when", "as soon as", "the
// minute", "en cuanto", "dès que", "assim que".
var whenWords = newWordSet([]string{"when", "once", "soon", "minute", "second", "moment", "cuando", "cuanto", "quand", "dès", "assim",
	"logo", "quando"})

// readyWords end what is waited for: a result back, a form ready, a
// device in.
var readyWords = newWordSet([]string{"back", "ready", "done", "signed", "approved", "processed", "listo", "listos", "lista", "listas",
	"prêt", "prêts", "prête", "prêtes", "pronto", "prontos", "pronta", "prontas"})

// pendingCallbackAt reports, at token i (the call verb), a call promised
// to the reader when something of theirs is back, ready or in: "we'll
// ring you the minute it comes back", "kevin will call u when the
// paperwork is ready", "le llamamos en cuanto estén listos". What is
// waited for is their result, their form or their device. A call when
// the new office opens waits on nobody's care, and "when you're ready"
// waits on the reader.
func (s *scan) pendingCallbackAt(i, start, end int) bool {
	if !callVerbs.has(s.toks[i].low) {
		return false
	}
	if !(i+1 < end && callObjects.has(s.toks[i+1].low) || i > start && callObjects.has(s.toks[i-1].low)) {
		return false
	}
	for k := i + 1; k < end && k <= i+5; k++ {
		if !whenWords.has(s.toks[k].low) {
			continue
		}
		// Something waited for comes between: "when it's back"; "a
		// text-you-when-ready check-in" is a service for everyone.
		for r := k + 2; r < end && r <= k+6; r++ {
			w := s.toks[r].low
			if inSet(w, "open", "opens", "opening", "reopen", "reopens") {
				return false
			}
			if inSet(s.toks[r-1].low, "you", "u", "ya") || r >= 2 && s.toks[r-1].low == "re" && s.toks[r-2].low == "you" {
				return false // "when you're ready": the reader's time, nothing of theirs waited for
			}
			last := r+1 >= end || s.toks[r+1].kind == tokPunct
			if readyWords.has(w) || w == "in" && last {
				return true
			}
		}
		return false
	}
	return false
}

// coverageWords are the reader's coverage and claims: "your Medicaid",
// "ur Medicare appeal", "su seguro".
var coverageWords = newWordSet([]string{"medicaid", "medicare", "insurance", "appeal", "authorization", "auth", "preauth",
	"coverage", "claim", "ssi", "ssdi", "fmla", "seguro", "mutuelle", "convênio", "convenio"})

// approvalWords tell a claim decided: "approved", "went through",
// "aprobaron".
var approvalWords = newWordSet([]string{"approved", "approval", "denied", "through", "accepted", "aprobaron", "aprobado", "aprobada",
	"aprobó", "aprobo", "approuvé", "approuvée", "aprovado", "aprovada", "aprovaram", "negaron", "negado"})

// coverageDecidedAt reports, at token i (a coverage word), the reader's
// coverage or claim decided: "getting your Medicaid approved for the
// sleeve", "ur Medicare appeal finally went through", "aprobaron su
// Medicaid". Their bill and the care it pays for are told; "we accept
// Medicaid" decides nobody's.
func (s *scan) coverageDecidedAt(i, start, end int) bool {
	if !coverageWords.has(s.toks[i].low) {
		return false
	}
	owned := false
	for k := i - 1; k >= start && k >= i-2; k-- {
		if possessives.has(s.toks[k].low) {
			owned = true
		}
	}
	if !owned {
		return false
	}
	for k := max(start, i-3); k < end && k <= i+4; k++ {
		if approvalWords.has(s.toks[k].low) && (s.toks[k].low != "through" || inSet(s.toks[k-1].low, "went", "came", "go", "goes", "gone")) {
			return true
		}
	}
	return false
}

// readingChangedAt reports, at token i (a possessive), how the reader's
// or their person's reading moved from one number to another: "your LDL
// dropping from 190 to 110", "his numbers went from 160 to 128", "su
// azúcar bajó de 300 a 140". Their result is told, whatever the test's
// name; "our average wait went from 40 to 10" is the office's.
func (s *scan) readingChangedAt(i, end int) (int, bool) {
	if !possessives.has(s.toks[i].low) {
		return 0, false
	}
	for k := i + 2; k+3 < end && k <= i+4; k++ {
		if !inSet(s.toks[k].low, "from", "de", "desde", "da", "do") || s.toks[k+1].kind != tokNumber {
			continue
		}
		for t := k + 2; t+1 < end && t <= k+3; t++ {
			if inSet(s.toks[t].low, "to", "a", "à", "para", "pra") && s.toks[t+1].kind == tokNumber {
				return t + 2, true
			}
		}
	}
	return 0, false
}

// storyVerbs, right after a care word, tell how that care went: "the
// extraction ended up needing surgery", "the biopsy came back".
var storyVerbs = newWordSet([]string{"ended", "turned", "needed", "required", "showed", "healed", "came", "wound"})

// careStoryAfter reports a verb of storyVerbs at token t, just after a
// care word said with "the", "that" or "your" before it (at from): that
// care, of one person, is told as it went.
func (s *scan) careStoryAfter(from, t int) bool {
	if from == 0 || !inSet(s.toks[from-1].low, "the", "that", "this", "your", "ur", "his", "her") {
		return false
	}
	for ; t < len(s.toks) && s.toks[t].sent == s.toks[from].sent; t++ {
		if w := s.toks[t].low; !inSet(w, "itself", "also", "just", "actually", "really", "eventually") {
			return storyVerbs.has(w)
		}
	}
	return false
}

// homeCareWords are home care a clinician sends a patient home with:
// rest and fluids, ice and elevation, sunscreen, no lifting, in the
// languages replies are written in.
var homeCareWords = newWordSet([]string{"fluids", "liquids", "rest", "ice", "icing", "elevate", "elevated", "elevating", "sunscreen",
	"spf", "lifting", "hydrate", "hydrated", "hydrating", "humidifier", "saline", "gargle", "gargling", "compress", "compresses",
	"líquido", "líquidos", "liquidos", "reposo", "descanse", "descansa", "descansen", "hielo", "suero", "bloqueador",
	"reposez", "repos", "reposer", "hydratez", "hydratez-vous", "solaire", "repouso", "gelo", "protetor", "hidrate", "hidratado"})

// shortTimes put home care in the days after a visit: "tonight", "this
// weekend", "every morning", "estos días", "ce week-end".
var shortTimes = newWordSet([]string{"tonight", "today", "tomorrow", "weekend", "week-end", "morning", "mornings", "night", "nights",
	"until", "til", "hoy", "mañana", "noche", "días", "dias", "semana", "soir", "aujourd'hui", "demain", "jours", "hoje", "amanhã",
	"noite"})

// careAsks end a home-care line with a check on the reader: "ok??",
// "deal?", "mama!".
var careAsks = newWordSet([]string{"ok", "okay", "k", "deal", "mama", "mami", "mija", "mijo", "buddy", "hun", "hon", "sweetie"})

// everyoneWords make a tip everyone's: "everyone, drink your fluids".
var everyoneWords = newWordSet([]string{"everyone", "everybody", "folks", "all", "yall", "todos", "todas", "tous", "tout", "gente"})

// homeCareEvents, after a home-care word, make it the practice's event
// or stock: "the next sunscreen giveaway", "the SPF samples".
var homeCareEvents = newWordSet([]string{"giveaway", "giveaways", "drive", "event", "events", "station", "stations", "sample", "samples",
	"dispenser", "dispensers", "booth", "table", "bar", "day", "sale", "kit", "kits", "packs", "bottles"})

// homeCareAt reports, at token i, home care given to the reader: "ice
// 20 minutes on, 20 off, and elevate it tonight", "remember no heavy
// lifting for 6 weeks", "lots of fluids and rest, mama!" to a review
// about RSV. With a time of the days after a visit, or after a review
// that told an illness, it is their treatment plan (block); with only a
// check on the reader ("ok??") a person decides. A tip to everyone, "the
// rest of the team", "rest assured", "ice cream" and "the heavy lifting"
// are no one's care.
func (s *scan) homeCareAt(i, start, end int) (block, ok bool) {
	w := s.toks[i].low
	if !homeCareWords.has(w) {
		return false, false
	}
	prev, next := "", ""
	if i > start {
		prev = s.toks[i-1].low
	}
	if i+1 < end {
		next = s.toks[i+1].low
	}
	switch w {
	case "rest":
		if inSet(prev, "the", "a", "of", "to") || inSet(next, "assured", "of", "easy", "in", "stop", "area", "room", "rooms") {
			return false, false
		}
	case "ice":
		if inSet(prev, "the", "on", "dry") || inSet(next, "cream", "storm", "storms", "skating", "rink", "age", "breaker", "cold", "pop", "pops") {
			return false, false
		}
	case "lifting":
		if !inSet(prev, "no", "heavy") || prev == "heavy" && (i < start+2 || !inSet(s.toks[i-2].low, "no", "avoid", "skip")) {
			return false, false
		}
	}
	si := s.toks[i].sent
	if s.sentenceHasWord(si, everyoneWords) || homeCareEvents.has(next) && !s.icePackForReader(i, next) {
		return false, false // "the sunscreen giveaway": an event, no one's care
	}
	for t := start; t < end; t++ {
		switch x := s.toks[t].low; {
		case shortTimes.has(x):
			return true, true
		case s.toks[t].kind == tokNumber && t+1 < end && intervalUnits.has(s.toks[t+1].low):
			return true, true // "for 6 weeks", "20 minutes on" needs no unit of days
		case x == "every" && t+1 < end && inSet(s.toks[t+1].low, "day", "morning", "night", "evening", "hour", "hours"):
			return true, true
		case x == "minutes" && t > start && s.toks[t-1].kind == tokNumber:
			return true, true // "ice 20 minutes on, 20 off": a regimen
		}
	}
	if s.reviewHealth() {
		// "Rest up and hydrate" to "came in with the flu": a wish
		// anyone sick gets, a person reads it (t23reply, reply23.go).
		return !s.sickDayWish(w, i), true
	}
	if s.sentenceHasWord(si, careAsks) {
		return false, true
	}
	return false, false
}

// soonWords hurry a recovery: "soon", "speedy", "pronto", "logo", "vite".
var soonWords = newWordSet([]string{"soon", "quick", "quickly", "fast", "speedy", "pronto", "logo", "vite", "rápido", "rapido", "rapidinho"})

// mendWords are healing itself, in a wish: "speedy healing",
// "mejórate", "guéris vite", "melhoras".
var mendWords = newWordSet([]string{"heal", "healing", "heals", "recover", "recovery", "mejórate", "mejorate", "mejórese", "recupérate",
	"recuperate", "guéris", "guérissez", "guérisse", "rétablis", "rétablissez", "melhore", "melhoras", "cúrate", "curate"})

// getVerbs before "better" or "well" make it the reader's state: "get
// better", "fique bom", "ponte bien", "keeping well".
var getVerbs = newWordSet([]string{"get", "feel", "fique", "fica", "fiquem", "ponte", "póngase", "keeping", "staying", "stay", "va", "vas"})

// stateAfterGet are the states a get-well wish hopes for.
var stateAfterGet = newWordSet([]string{"better", "well", "bom", "boa", "bien", "mejor", "melhor", "mieux"})

// getWellShape reports a get-well wish by its shape, whatever its words:
// a hurry and healing ("speedy healing", "guéris vite"), a hurry and a
// state got ("get better soon", "fique bom logo"), or a wish that the
// reader keeps well ("hope she's keeping well"). Parking that "gets
// better soon" and "we'll get back to you soon" hope for no one's health.
func (s *scan) getWellShape(si int) bool {
	se := s.sents[si]
	soon, mend, state, keep := false, false, false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case soonWords.has(w):
			soon = true
		case mendWords.has(w):
			mend = true
		case stateAfterGet.has(w) && t > se.tokStart && getVerbs.has(s.toks[t-1].low):
			state = true
			keep = keep || inSet(s.toks[t-1].low, "keeping", "staying") && w == "well"
		}
	}
	// "Hope you're keeping well this winter" greets anyone; kept well,
	// the relative the review was about was unwell.
	return soon && (mend || state) || keep && s.sentenceHasWord(si, wishWords) && (s.sentenceHasWord(si, kinWords) || s.sentenceHasWord(si, thirdPersons))
}

// thirdPersons are the person a review was about, told of by a reply.
var thirdPersons = newWordSet([]string{"she", "he", "her", "him"})
