package compliance

import (
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// A notice to one patient posted in public (session 20, t20leak): the
// post opens by speaking to one person others can pick out, and then
// tells them news of their own care. "Night manager at the Shell on
// Route 9 — your blood work came back", "Note for J.T.: your MRI got
// moved", "Attn 'dmorales@...': your culture was negative", "To the
// gentleman in the Cubs jacket who left his CPAP mask ...", "Don Chuy
// del taller — su cita con el cardiólogo se cambió". The address may be
// a name or a title, a role at a place, a description, initials, a piece
// of an e-mail or an account, or "whoever ..."; everyone who knows the
// person reads that the clinic treats them and what for (PRIV-14 block,
// Safe Harbor R). PROF-05 (advice17.go) reads advice after the same
// address; this reads news. A group spoken to ("Parents:", "To everyone
// who ..."), a care noun that heads an event ("your flu clinic"), and
// news that is no care ("you left your sunglasses") are not a notice.

// addressedNotice returns the PRIV-14 block for a notice of care to one
// person addressed at the post's opening.
func (s *scan) addressedNotice() (post.Finding, bool) {
	// personWords is a gate set (free to ask); noticeWhose is one walk.
	if s.reviewMode() || len(s.toks) < 5 || !s.hasAny(personWords) && !s.hasWord("votre", "vos", "ton", "ta", "tes", "seu", "sua", "seus", "suas", "yr", "their") ||
		!s.hasAny(noticeWhose) {
		return post.Finding{}, false
	}
	end, ok := s.noticeAddress()
	if !ok || !s.noticeCareAfter(end) {
		return post.Finding{}, false
	}
	f := s.finding(0, end, "This post speaks to one person others can recognize and tells them news of their own care: everyone reading learns they are a patient, and of what.")
	f.Severity = post.SeverityBlock
	f.Suggestion = "Tell the person privately, by phone or the patient portal."
	return f, true
}

// noticeOpeners head a note to someone before the address: "Note for
// J.T.", "Message for ...", "Attn ...", "Aviso para ...", "Au monsieur
// ...".
var noticeOpeners = newWordSet([]string{"note", "message", "msg", "attn", "attention", "reminder", "heads", "up", "psst", "for",
	"shout", "out", "shoutout", "big",
	"to", "quick", "hey", "hi", "mensaje", "nota", "aviso", "para", "au", "à", "a", "pour", "mensagem", "recado"})

// noticeTitles speak to one person by a title before a name or a place:
// "Don Chuy del taller", "Doña Rosa", "Sarge at the front desk".
var noticeTitles = newWordSet([]string{"don", "doña", "dona", "monsieur", "madame", "mme", "tío", "tía", "tio", "tia", "sarge",
	"coach", "officer", "deputy", "pastor", "chief", "profe", "maestro", "maestra", "seu", "dona"})

// noticeRoleWords are jobs one person holds at a place that the
// WordNet person list leaves out: "the Casey's cashier", "the clerk at
// the DMV".
var noticeRoleWords = newWordSet([]string{"cashier", "clerk", "teller", "barista", "waitress", "waiter", "server", "mechanic",
	"bartender", "receptionist", "janitor", "custodian", "guard", "cook", "chef", "trucker", "lunch", "crossing", "bagger",
	"stocker", "cajera", "cajero", "mesera", "mesero", "caissière", "caissier", "serveuse", "serveur"})

// noticePossessives tell whose the care is: the reader's, said to the
// one addressed, in English, Spanish, French and Portuguese.
var noticePossessives = newWordSet(noticePossessiveWords)

var noticePossessiveWords = []string{"your", "ur", "yr", "su", "sus", "tu", "tus", "votre", "vos", "ton", "ta", "tes", "seu",
	"sua", "seus", "suas"}

// noticeCareNouns are care a clinic tells a patient about that the
// health data reads as everyday words: a test and its results, an order,
// an appointment, a refill.
var noticeCareNouns = newWordSet([]string{"test", "tests", "blood", "labs", "lab", "bloodwork", "results", "result", "x-ray", "xray",
	"x-rays", "xrays", "mri", "ct", "scan", "scans", "biopsy", "culture", "swab", "referral", "prescription", "prescriptions", "rx",
	"refill", "refills", "meds", "medication", "medications", "appointment", "appt", "follow-up", "followup", "follow", "shots",
	"shot", "vaccine", "vaccines", "screening", "ekg", "ecg", "ultrasound", "mammogram", "pathology", "specimen", "sample", "physical",
	"resultados", "resultado", "análisis", "analisis", "laboratorio", "cita", "receta", "vacuna", "vacunas", "estudios", "radiografía",
	"radiografia", "examen", "exámenes", "examenes", "analyses", "résultats", "resultats", "ordonnance", "rendez-vous", "rendez",
	"bilan", "exames", "consulta", "receita",
	// Readings the health data leaves out as everyday words.
	"sugar", "sugars", "pressure", "bp", "a1c", "cholesterol", "potassium", "azúcar", "azucar", "presión", "presion",
	// What the care cost, said to one person: "your balance after the
	// colonoscopy", "your copay for the sleep study".
	"balance", "bill", "refund", "copay", "co-pay", "statement", "invoice", "saldo", "factura", "reembolso", "facture"})

// noticeNews after the care noun tell what became of it: "came back",
// "got moved", "was negative", "ya llegaron", "se cambió", "sont
// arrivés".
var noticeNews = newWordSet([]string{"back", "in", "ready", "moved", "rescheduled", "changed", "cancelled", "canceled", "approved",
	"denied", "faxed", "sent", "negative", "positive", "normal", "clear", "arrived", "done", "here", "confirmed", "uploaded", "came",
	"got", "is", "are", "was", "were", "has", "have", "will", "needs", "listo", "lista", "listos", "listas", "llegó", "llegaron", "llego",
	"está", "están", "esta", "estan", "fue", "salió", "salieron", "salio", "cambió", "cambio", "se", "ya", "negativo", "negativa",
	"positivo", "positiva", "normales", "sont", "est", "arrivés", "arrivé", "arrivée", "arrivées", "prêts", "prêt", "prête", "chegou",
	"chegaram", "pronto", "pronta", "prontos"})

// noticeWhose are noticePossessives and noticeThirdPossessives, asked
// about in one walk over the text's words.
var noticeWhose = newWordSet(append(append([]string{}, noticePossessiveWords...), noticeThirdPossessiveWords...))

// noticeLeftVerbs before "your" or "his" tell something left with the
// clinic: "you left your inhaler", "who forgot his CPAP mask".
var noticeLeftVerbs = newWordSet([]string{"left", "forgot", "dropped", "dejó", "dejo", "olvidó", "olvido", "oublié", "esqueceu"})

// noticeThirdPossessives tell whose the care is inside a description
// of the one addressed: "the gentleman who left his CPAP mask".
var noticeThirdPossessives = newWordSet(noticeThirdPossessiveWords)

var noticeThirdPossessiveWords = []string{"his", "her", "their"}

// noticeReach bounds how far after the address the news is read, so a
// long post stays linear.
const noticeReach = 40

// noticeAddress reports a post that opens by speaking to one person and
// the token that ends the address: what PROF-05 reads (a name, a title,
// "to the <person> with ...:"), or a role at a place, initials, a piece
// of an e-mail or an account, a title before a name, or "whoever ...,".
func (s *scan) noticeAddress() (int, bool) {
	i := 0
	for i < len(s.toks) && i < 4 && noticeOpeners.has(s.toks[i].low) {
		i++
	}
	if i >= len(s.toks) {
		return 0, false
	}
	if end, ok := s.openingAddressFrom17(i); ok && s.addressHeads(i, end) {
		return end, true
	}
	if end, ok := s.bareHandle(); ok {
		return end, true // "jmartinez_futbol your strep test ..."
	}
	end := s.noticeAddressEnd(i)
	if end < 0 {
		return 0, false
	}
	switch {
	case s.toks[i].low == "whoever" || s.initialsAt(i) || s.nameInitialAt(i) || s.idFragmentIn(i, end):
		return end, true
	case noticeTitles.has(s.toks[i].low) && i+1 < end:
		return end, true
	}
	return end, s.oneRoleIn(i, end)
}

// addressHeads reports whether the address PROF-05 reads in [i, end)
// heads the post as a greeting does, up to a colon, a dash or a comma (or
// an initial's full stop): not a first sentence that asks or exclaims
// ("Grandma from Ohio visiting? Make sure she has had her flu shot.").
func (s *scan) addressHeads(i, end int) bool {
	for k := i; k < end; k++ {
		if inSet(s.toks[k].low, "?", "!") {
			return false
		}
	}
	return s.toks[end].low != "." || len(s.toks[end-1].low) == 1 && s.toks[end-1].capital
}

// noticeAddressEnd returns the separator that ends an address opening at
// token i ("—", ":", or a comma after "whoever ..."), or -1 when the
// first sentence ends first.
func (s *scan) noticeAddressEnd(i int) int {
	for k := i + 1; k < len(s.toks) && k <= i+20; k++ {
		switch w := s.toks[k].low; w {
		case ":", "—", "–":
			return k
		case ",":
			if s.toks[i].low == "whoever" {
				return k
			}
		case "!", "?":
			return -1
		case ".":
			// Initials ("J.T.") and an ellipsis ("dmorales@...") go on.
			ellipsis := s.toks[k-1].low == "." || k+1 < len(s.toks) && s.toks[k+1].low == "."
			initial := len(s.toks[k-1].low) == 1 && s.toks[k-1].capital // "Abdi W. at ..."
			if !ellipsis && !initial && !s.initialsAt(k-3) && !s.joinedDot(k) {
				return -1
			}
		}
	}
	return -1
}

// joinedDot reports a full stop at token k with no space either side:
// inside an e-mail or a handle ("k.pelkey@").
func (s *scan) joinedDot(k int) bool {
	return k > 0 && k+1 < len(s.toks) && s.toks[k-1].end == s.toks[k].start && s.toks[k].end == s.toks[k+1].start
}

// initialsAt reports initials opening at token i: "J.T.", "M. A.".
func (s *scan) initialsAt(i int) bool {
	if i < 0 || i+2 >= len(s.toks) {
		return false
	}
	a, dot, b := s.toks[i], s.toks[i+1], s.toks[i+2]
	return len(a.low) == 1 && a.capital && dot.low == "." && len(b.low) == 1 && b.capital
}

// bareHandle reports an account's name without its "@" opening the
// post and spoken to right after ("marisol_rn22 your results ...",
// "tommy.b88 your forms ..."): a lower-case run with an underscore, or
// letters and digits, and a possessive next. It returns the possessive's
// token.
func (s *scan) bareHandle() (int, bool) {
	b := 0
	for b < len(s.text) && s.text[b] != ' ' && s.text[b] != '\n' && s.text[b] != '\t' {
		b++
	}
	if b < 5 || b > 40 {
		return 0, false
	}
	letters, digits, underscore := false, false, false
	for _, c := range []byte(s.text[:b]) {
		switch {
		case c == '_':
			underscore = true
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'a' && c <= 'z':
			letters = true
		case c != '.':
			return 0, false // capitals, dashes, emoji: not a handle
		}
	}
	if !letters || !underscore && !digits {
		return 0, false
	}
	for k, t := range s.toks {
		if t.start >= b {
			return k, noticePossessives.has(t.low)
		}
	}
	return 0, false
}

// nameInitialAt reports a given name and the initial of a surname
// opening at token i: "Abdi W.", "Rosa M.".
func (s *scan) nameInitialAt(i int) bool {
	if i+2 >= len(s.toks) {
		return false
	}
	a, b := s.toks[i], s.toks[i+1]
	return a.capital && a.kind == tokWord && len(a.low) >= 2 && len(b.low) == 1 && b.capital && s.toks[i+2].low == "." &&
		!s.isStaff(i, i+1)
}

// idFragmentIn reports a piece of a personal identifier in the address
// [i, end): an e-mail or handle ("'dmorales@...'") or an account's last
// digits ("the account ending 4471", "Acct ...3381").
func (s *scan) idFragmentIn(i, end int) bool {
	for k := i; k < end; k++ {
		t := s.toks[k]
		if t.low == "@" {
			return true
		}
		// "...3381": the dots run into the digits.
		masked := k > 0 && s.toks[k-1].low == "." && s.toks[k-1].end == t.start
		if t.kind == tokNumber && len(t.low) >= 3 && k > 0 && (masked || inSet(s.toks[k-1].low, "ending", "acct", "account", "#", "…",
			"in", "x", "member", "terminada", "terminación")) {
			return true
		}
	}
	return false
}

// oneRoleIn reports one person told by a role or a person word in the
// address [i, end), with what sets them apart after it ("Night manager
// at the Shell", "the nice lady at the bakery counter", "Au monsieur du
// kiosque"); not a group ("Parents", "To all the drivers at ..."), not
// the practice's own ("Our nurse at the Denison office").
func (s *scan) oneRoleIn(i, end int) bool {
	for k := i; k < end; k++ {
		w := s.toks[k].low
		if inSet(w, "our", "my", "all", "every", "everyone", "anyone", "nuestro", "nuestra", "todos", "todas", "tous", "nos") {
			return false
		}
		// "Hear from a student who ...", "Meet a dad who ...": someone
		// told about, not spoken to.
		if inSet(w, "a", "an", "un", "una", "une", "um", "uma", "hear", "meet", "read", "watch", "see", "listen") {
			return false
		}
		person, plural := names.PersonNoun(w)
		if !person && !noticeRoleWords.has(w) && !describedPersonNouns.has(w) && !roleNouns.has(w) {
			continue
		}
		if plural {
			return false
		}
		if k+1 < end && inSet(s.toks[k+1].low, "at", "from", "of", "in", "on", "with", "who", "que", "del", "de", "du", "da", "do") {
			return true
		}
	}
	return false
}

// noticeCareAfter reports news of the addressed person's own care: in
// the address ("who left his CPAP mask", "during your PT visit"), or
// after it, "your <care> <news>" ("your labs came back") or "you left
// your <care>".
func (s *scan) noticeCareAfter(end int) bool {
	for k := 0; k < len(s.toks) && k <= end+noticeReach; k++ {
		w := s.toks[k].low
		inAddress := k < end
		if !noticePossessives.has(w) && !(inAddress && noticeThirdPossessives.has(w)) {
			continue
		}
		j, ok := s.noticeCareNoun(k)
		if !ok {
			continue
		}
		if inAddress || k > 0 && noticeLeftVerbs.has(s.toks[k-1].low) || s.newsAfter(j) {
			return true
		}
	}
	return false
}

// noticeCareNoun returns the care at most five words after the
// possessive at k ("your refund for the sleep study"): a health word or
// a noticeCareNouns word, through the last of a run of them ("your
// cardiology referral"), not one heading an event ("your flu clinic",
// "your diabetes class").
func (s *scan) noticeCareNoun(k int) (int, bool) {
	se := s.toks[k].sent
	for j := k + 1; j < len(s.toks) && j <= k+5 && s.toks[j].sent == se; j++ {
		if !s.noticeCareAt(j) {
			continue
		}
		for j+1 < len(s.toks) && j < k+8 && s.toks[j+1].sent == se && s.noticeCareAt(j+1) {
			j++
		}
		if j+1 < len(s.toks) && (describedFieldNouns.has(s.toks[j+1].low) || careGivenNouns.has(s.toks[j+1].low)) {
			return 0, false
		}
		return j, true
	}
	return 0, false
}

// noticeCareAt reports care at token j: a health word, or care a clinic
// tells a patient about.
func (s *scan) noticeCareAt(j int) bool {
	w := s.toks[j].low
	switch {
	case noticeReadings.has(w):
		return s.readingAt(j)
	case noticeMoney.has(w):
		return s.careBilledAt(j)
	}
	return noticeCareNouns.has(w) || careDeviceWords.has(w) || pointedCareWords.has(w) || s.healthStartsAt(j) || s.inHealth(j)
}

// noticeReadings are the everyday words of noticeCareNouns that are a
// reading only as one: "your sugar numbers", "your sugar was 110", not
// "your sugar cookies", "your water pressure fix" (att20).
var noticeReadings = newWordSet([]string{"sugar", "sugars", "pressure", "azúcar", "azucar", "presión", "presion"})

// noticeReadingWords follow a reading read as one.
var noticeReadingWords = newWordSet([]string{"numbers", "number", "levels", "level", "reading", "readings", "log", "logs", "check",
	"niveles", "nivel", "números", "numeros", "lectura", "lecturas"})

// readingAt reports the reading word at j told as a reading: not after
// "water", "tire" or "air", and followed by a reading word, a number, a
// news word or the clause's end.
func (s *scan) readingAt(j int) bool {
	if j > 0 && inSet(s.toks[j-1].low, "water", "tire", "tyre", "air", "oil", "peer", "cane", "brown", "powdered") {
		return false
	}
	if j+1 >= len(s.toks) || s.toks[j+1].sent != s.toks[j].sent {
		return true
	}
	n := &s.toks[j+1]
	return n.kind == tokPunct || n.kind == tokNumber || noticeReadingWords.has(n.low) || noticeNews.has(n.low) || noticeReadings.has(n.low)
}

// noticeMoney are what a bill says: care only with the care it was for
// within five words ("your bill for the MRI", "su saldo por la
// cirugía"); "your bill was fair" said to the crew who paved the lot is
// theirs (att20). A copay is always for care.
var noticeMoney = newWordSet([]string{"balance", "bill", "refund", "statement", "invoice", "saldo", "factura", "reembolso", "facture"})

// careBilledAt reports care other than money within five words after j.
func (s *scan) careBilledAt(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+5 && s.toks[k].sent == s.toks[j].sent; k++ {
		w := s.toks[k].low
		if !noticeMoney.has(w) && (noticeCareNouns.has(w) && !noticeReadings.has(w) || s.healthStartsAt(k) || s.inHealth(k)) {
			return true
		}
	}
	return false
}

// newsAfter reports news of the care noun at j within six words: "came
// back", "got moved to Wednesday", "ya llegaron", "after the Dec 1
// colonoscopy is $0".
func (s *scan) newsAfter(j int) bool {
	for r := j + 1; r < len(s.toks) && r <= j+6 && s.toks[r].sent == s.toks[j].sent; r++ {
		if noticeNews.has(s.toks[r].low) {
			return true
		}
	}
	return false
}
