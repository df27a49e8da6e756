package compliance

// Replies that tell anyone how to book, call or get ready (session 24,
// t24reply). Each is an offer or a way in, for every reader, that a care
// word made a REV-01 block, while the sets label it pass:
//   - a visit, an appointment or a refill to book or ask for: "you can
//     also request appointments at our website", "Book your 7 am
//     appointment online", "visite nuestra página para hacer su cita";
//   - a phone menu's option followed by more words: "press 1 for
//     scheduling and 3 for refills to skip the wait";
//   - the booking page itself: "a simpler appointment page";
//   - "para atenderle personalmente" after "call our manager": an offer
//     to take care of the reader's complaint, not a visit told;
//   - forms filled out online "before your visit".
// A visit in a series ("book your follow-up", "su cita de seguimiento"),
// a visit that took place, or any other health word in the sentence keep
// their block.

// bookVerbs24 ask for a visit: "book", "schedule", "hacer (su cita)".
var bookVerbs24 = newWordSet([]string{"book", "schedule", "request", "make", "hacer", "programar", "agendar", "sacar", "pedir",
	"reservar", "solicitar", "marcar"})

// bookFill24 may stand between the verb and the visit: "book your 7 am
// appointment online", "hacer su cita", "request an appt".
var bookFill24 = newWordSet([]string{"your", "ur", "an", "a", "su", "una", "tu", "sua", "uma", "am", "pm", "a.m", "p.m", "online", ":",
	"."})

// accessNouns24 are the visit or refill an offer names.
var accessNouns24 = newWordSet([]string{"appointment", "appointments", "appt", "appts", "visit", "visits", "refill", "refills", "cita",
	"citas", "consulta", "consultas"})

// bookingThings24 after a visit word make it the booking's tool: "the
// appointment page", "our refill line".
var bookingThings24 = newWordSet([]string{"page", "pages", "portal", "request", "requests", "form", "forms", "line", "lines",
	"button", "link", "system", "app", "tool", "website", "menu"})

// accessOffer24 reports the visit or refill word at [from, to) offered to
// anyone: booked or asked for, a menu's option, the booking page.
func (s *scan) accessOffer24(from, to int) bool {
	if to-from != 1 || !accessNouns24.has(s.toks[from].low) {
		return false
	}
	si := s.toks[from].sent
	start := s.sents[si].tokStart
	if s.healthOutside(si, from, to) {
		return false
	}
	k := from - 1
	for k >= start && from-k <= 5 && (bookFill24.has(s.toks[k].low) || s.toks[k].kind == tokNumber) {
		k--
	}
	if k >= start && bookVerbs24.has(s.toks[k].low) {
		return true // "request appointments", "Book your 7 am appointment online"
	}
	if from-2 >= start && inSet(s.toks[from-1].low, "for", "para") && s.toks[from-2].kind == tokNumber && s.hasAny(menuWords) &&
		from+1 < len(s.toks) && s.toks[from+1].sent == si && inSet(s.toks[from+1].low, "to", "and", "or") {
		return true // "press 1 for scheduling and 3 for refills to skip the wait"
	}
	if to < len(s.toks) && s.toks[to].sent == si && bookingThings24.has(s.toks[to].low) &&
		(from == start || !inSet(s.toks[from-1].low, "your", "ur", "su", "his", "her", "their")) {
		return true // "a simpler appointment page"
	}
	return false
}

// contactWords24 ask the reader to get in touch: "comuníquese con
// nuestra gerente", "llámenos", "call".
var contactWords24 = newWordSet([]string{"comuníquese", "comuniquese", "llámenos", "llamenos", "llame", "llamar", "contáctenos",
	"contactenos", "escríbanos", "escribanos", "comunicarse", "call", "contact", "ligue", "entre"})

// purposeOffer24 reports the Spanish encounter word at token i told as
// what a call is for: "comuníquese con nuestra gerente ... para atenderle
// personalmente". "Fue un placer atenderle" keeps its block.
func (s *scan) purposeOffer24(i, si int) bool {
	if i == 0 || s.toks[i-1].low != "para" && !(i >= 2 && s.toks[i-1].low == "poder" && s.toks[i-2].low == "para") {
		return false
	}
	return s.sentenceHasWord(si, contactWords24) && !s.healthInSentence(si)
}

// fillVerbs24 are what a reader does with blank forms.
var fillVerbs24 = newWordSet([]string{"fill", "complete", "print", "download", "sign"})

// formsBeforeVisit24 reports "your visit" at [from, to) after "before" in
// a sentence about blank forms to fill out: "You can fill out most forms
// at our website before your visit" is for anyone who comes.
func (s *scan) formsBeforeVisit24(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from].low, "your", "ur") || s.toks[from+1].low != "visit" || from == 0 || s.toks[from-1].low != "before" {
		return false
	}
	// A web address may split the sentence ("at clinic.com before your
	// visit"): the forms are looked for in the dozen tokens before.
	forms, fill := false, false
	for k := from - 2; k >= 0 && k >= from-14 && s.toks[k].low != "!" && s.toks[k].low != "?"; k-- {
		forms = forms || blankForms23.has(s.toks[k].low)
		fill = fill || fillVerbs24.has(s.toks[k].low)
	}
	si := s.toks[from].sent
	return forms && fill && !s.healthInSentence(si) && !s.visitTold21(si, to)
}
