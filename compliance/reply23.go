package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Replies that tell the reader was seen, in words the cue lists do not
// hold (session 23, t23reply). Each kind below is read from development
// replies that passed or only warned from the learned backstop:
//   - the reader's papers told done in the passive: "your cardiology
//     referral was sent on the 12th", "his forms are signed", "su referido
//     ya fue enviado". Only a patient's referral is sent (as "we re-sent
//     your referral" in reply_acted16.go says);
//   - the reader's visit told by its time slot ("your 2:15 slot ran
//     long") or, in Russian, Ukrainian, Spanish or Portuguese, as "you
//     were with us" ("Мы видим, что вы были у нас в четверг");
//   - a policy told of the reader's own medicine: "controlled refills like
//     yours", "medications like the one you take".
// Each blocks (REV-01), as every set that uses the shape labels it.

// readerOwners own the papers: the reader or their person.
var readerOwners = newWordSet([]string{"your", "ur", "his", "her", "their", "su", "sus", "seu", "sua", "seus", "suas"})

// readerPapers are the papers a practice does for one patient.
var readerPapers = newWordSet([]string{"referral", "referrals", "paperwork", "forms", "form", "records", "chart", "authorization",
	"auth", "prescription", "prescriptions", "script", "scripts", "refill", "refills", "labs", "results", "letter", "letters",
	"certificate", "referido", "referidos", "referencia", "referencias", "formulario", "formularios", "papeles", "papeleo", "receta",
	"recetas", "expediente", "resultados", "carta", "encaminhamento", "formulário", "formulários", "papéis", "papelada", "receita",
	"receitas", "exames", "laudo"})

// papersBe stand between the papers and their state: "was", "has been",
// "ya fue", "foi", "are all".
var papersBe = newWordSet([]string{"was", "were", "is", "are", "got", "has", "have", "been", "s", "already", "just", "all", "finally",
	"now", "officially", "ya", "fue", "fueron", "está", "están", "esta", "estan", "todo", "todos", "foi", "foram", "estão", "já"})

// papersDone are the states of papers done for the patient.
var papersDone = newWordSet([]string{"sent", "resent", "faxed", "refaxed", "submitted", "resubmitted", "uploaded", "signed",
	"processed", "approved", "received", "completed", "filed", "mailed", "forwarded", "ready", "done", "entered", "scanned",
	"finished", "enviado", "enviada", "enviados", "enviadas", "mandado", "mandada", "mandados", "mandadas", "firmado", "firmada",
	"firmados", "firmadas", "procesado", "procesada", "aprobado", "aprobada", "listo", "lista", "listos", "listas", "recibido",
	"recibida", "completado", "completada", "assinado", "assinada", "assinados", "pronto", "pronta", "prontos", "prontas",
	"aprovado", "aprovada", "recebido", "recebida", "encaminhado", "encaminhada"})

// readerPapersDoneAt reports, at a possessive at token i, the reader's
// papers told done: "your ortho referral was faxed", "his forms are
// signed", "o seu encaminhamento foi enviado". New-patient forms ("your
// new patient forms") are anyone's.
func (s *scan) readerPapersDoneAt(i, end int) (int, bool) {
	if !readerOwners.has(s.toks[i].low) {
		return 0, false
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		w := s.toks[j].low
		if s.toks[j].kind == tokPunct || w == "new" {
			return 0, false
		}
		if !readerPapers.has(w) {
			continue
		}
		k := j + 1
		for k < end && k <= j+3 && papersBe.has(s.toks[k].low) {
			k++
		}
		if k > j+1 && k < end && papersDone.has(s.toks[k].low) {
			if blankForms23.has(w) && s.formsForAnyone23(k+1, end) {
				return 0, false // "your forms are ready online": forms anyone prints (att23)
			}
			return k + 1, true
		}
		return 0, false
	}
	return 0, false
}

// slotWords are a visit booked for a time.
var slotWords = newWordSet([]string{"slot", "appointment", "appt", "cita", "consulta"})

// timedSlotAt reports "your 2:15 slot", "your 9 am appointment": the
// reader's own visit, by its time.
func (s *scan) timedSlotAt(i, end int) (int, bool) {
	if !inSet(s.toks[i].low, "your", "ur", "su") || i > 0 && bookVerbs24.has(s.toks[i-1].low) {
		return 0, false // "Book your 7 am appointment online": an offer (reply24b.go)
	}
	num := false
	for j := i + 1; j < end && j <= i+5; j++ {
		switch t := s.toks[j]; {
		case t.kind == tokNumber:
			num = true
		case t.low == ":" || inSet(t.low, "am", "pm", "a", "p", "m", "."):
		case slotWords.has(t.low):
			if num {
				return j + 1, true
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}

// readerMedWords are a medicine or its refill named without a drug's name.
var readerMedWords = newWordSet([]string{"refill", "refills", "prescription", "prescriptions", "medication", "medications", "medicine",
	"medicines", "meds", "script", "scripts", "dose", "doses", "dosage", "controlled", "prescribed"})

// likeYoursAt reports, at "like" (token i), a policy told of the
// reader's own medicine: "controlled refills like yours", "medications
// like the one you take". "Questions like yours" is no care.
func (s *scan) likeYoursAt(i, start, end int) (int, bool) {
	if s.toks[i].low != "like" || i+1 >= end {
		return 0, false
	}
	to := 0
	switch {
	case inSet(s.toks[i+1].low, "yours", "urs"):
		to = i + 2
	case i+4 < end && s.toks[i+1].low == "the" && inSet(s.toks[i+2].low, "one", "ones") && inSet(s.toks[i+3].low, "you", "u") &&
		inSet(s.toks[i+4].low, "take", "use", "are", "re", "were", "get", "got"):
		to = i + 5
	default:
		return 0, false
	}
	for k := i - 1; k >= start && k >= i-3; k-- {
		if readerMedWords.has(s.toks[k].low) {
			return to, true
		}
		if _, cat := health.At(s.lowWords, k); cat == health.Medicine {
			return to, true
		}
	}
	return 0, false
}

// withUsPhrases tell, in other languages, that the reader was at the
// practice: "вы были у нас" (you were with us), "ваш визит" (your visit),
// "usted estuvo aquí", "você esteve aqui".
var withUsPhrases = []string{"вы были у нас", "вы у нас были", "ви були у нас", "ви у нас були", "вы были на приёме", "вы были на приеме",
	"ви були на прийомі", "ваш визит", "вашего визита", "вашем визите", "ваш приём", "ваш прием", "вашего приёма", "вашего приема",
	"вашем приёме", "вашем приеме", "ваш візит", "вашого візиту", "вашому візиті", "ваш прийом", "вашого прийому", "вашому прийомі",
	"usted estuvo aquí", "usted estuvo aqui", "usted estuvo con nosotros", "usted vino el", "você esteve aqui", "você esteve conosco",
	"voce esteve aqui", "você veio na", "você veio no"}

// withUsEvents make "you were with us" an event's guest: a fair, a
// festival, a party.
var withUsEvents = []string{"празд", "фестивал", "ярмар", "концерт", "свят", "feria", "festival", "fiesta", "evento",
	"feira", "festa", "desfile", "parade", "picnic", "piquenique"}

// visitWithUsIn reports sentence si telling, in Russian, Ukrainian,
// Spanish or Portuguese, that the reader was at the practice.
func (s *scan) visitWithUsIn(si int) bool {
	se := s.sents[si]
	text := s.text[se.start:se.end]
	if !strings.ContainsAny(text, "вВиуUuVv") {
		return false
	}
	low := strings.ToLower(text)
	if _, ok := containsAny(low, withUsPhrases); !ok {
		return false
	}
	_, event := containsAny(low, withUsEvents)
	if !event {
		_, event = containsAny(low, withUsEvents23)
	}
	if !event && s.visitInvited23(low) {
		return false // "Мы ждём ваш визит!": a visit invited, not told (att23)
	}
	return !event
}

// replyReader23 finds the kinds above in the sentences still open.
func (s *scan) replyReader23(open []bool) []post.Finding {
	c := sentenceFindings{s: s, done: open}
	for si, se := range s.sents {
		if open[si] {
			continue
		}
		if s.visitWithUsIn(si) {
			c.addSentence(si, false, "This reply says the reviewer was at the practice: it tells everyone they are a patient here.")
			continue
		}
		for i := se.tokStart; i < se.tokEnd && !open[si]; i++ {
			if to, ok := s.readerPapersDoneAt(i, se.tokEnd); ok {
				c.add(si, i, to, false, "This reply says the reviewer's papers (a referral, forms, records) were done: it tells everyone they are a patient here.")
			} else if to, ok := s.timedSlotAt(i, se.tokEnd); ok {
				c.add(si, i, to, false, "This reply names the time of the reviewer's visit: it tells everyone they are a patient here.")
			} else if to, ok := s.likeYoursAt(i, se.tokStart, se.tokEnd); ok {
				c.add(si, i, to, false, "This reply tells a policy of the reviewer's own medicine: it tells everyone what they take.")
			}
		}
	}
	return c.out
}

// planCheckWords are an offer to look into cover before anyone is seen.
var planCheckWords = newWordSet([]string{"check", "verify", "confirm"})

// planCheckOffer reports a REV-01 finding at [from,to) on "your plan" or
// "your insurance" that only offers to check it: "call us to check your
// plan", "we'd rather confirm your insurance by phone". Anyone may ask
// whether a plan is taken; the plan told as it paid, denied or was
// checked ("we checked your plan") still blocks.
func (s *scan) planCheckOffer(from, to int) bool {
	if to-from != 2 || from < 2 || !inSet(s.toks[from].low, "your", "ur") ||
		!inSet(s.toks[from+1].low, "plan", "insurance", "coverage", "benefits", "network") || !planCheckWords.has(s.toks[from-1].low) {
		return false
	}
	if !inSet(s.toks[from-2].low, "to", "ll", "can", "could", "would", "will", "d", "rather", "please", "happy", "gladly", "and") {
		return false
	}
	si := s.toks[from].sent
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if billingNouns.has(s.toks[t].low) || inSet(s.toks[t].low, "cover", "covers", "covered", "denied", "paid", "claim") ||
			planRedone23.has(s.toks[t].low) {
			return false
		}
	}
	return !s.healthOutside(si, from, to)
}

// sickDayWords are the rest and fluids anyone sick is wished, with no
// treatment in them.
var sickDayWords = newWordSet([]string{"rest", "fluids", "liquids", "hydrate", "hydrated", "hydrating"})

// sickDayWish reports home care word w at token i (English: the sets
// have these wishes in English only) told only because the review told an
// illness, not a procedure, ("Rest up and drink lots of fluids" to "came in
// with the flu"): a wish anyone sick gets, which a person reads (every set
// labels it review). Beside a care word, or the review's own condition
// pointed at within a few words ("hydrate, and we hope that stone
// passes"), it stays their plan.
func (s *scan) sickDayWish(w string, i int) bool {
	si := s.toks[i].sent
	if !sickDayWords.has(w) || s.healthInSentence(si) || s.sentenceHasWord(si, thirdPersons) || s.sentenceHasWord(si, careAsks) ||
		i+1 < len(s.toks) && s.toks[i+1].low == "down" {
		// "glad he's keeping fluids down now": his state, told; "lots
		// of fluids and rest, mama!": a check on the reader's plan.
		return false
	}
	s.reviewWords23() // read once per check (attack23.go)
	if s.reviewProcedure {
		return false // "Rest up and hydrate" after "my colonoscopy": its aftercare
	}
	se := s.sents[si]
	lo, hi := max(se.tokStart, i-sickDayReach), min(se.tokEnd, i+sickDayReach+1)
	for t := lo; t < hi; t++ {
		if s.reviewTermWords[s.toks[t].low] {
			return false
		}
	}
	return true
}

// sickDayReach bounds how far from the home care word the review's
// condition is looked for.
const sickDayReach = 10
