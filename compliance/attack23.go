package compliance

import "github.com/practicepost/practicepost/compliance/health"

// Attacks on session 23's changes (att23; tests in attack23_test.go).

// reviewWords23 reads the review once per check: its lower-case words,
// its health terms, whether one is a procedure, and the words (four bytes
// or more) of its terms. reviewHealth and sickDayWish asked them at every
// home-care word of a reply, tokenizing the whole review each time: a
// long reply of "rest up" to a long review cost their product.
func (s *scan) reviewWords23() ([]string, []health.Hit) {
	if s.reviewRead {
		return s.reviewLows, s.reviewHits
	}
	s.reviewRead = true
	toks, _ := tokenize(s.d.ReviewText)
	words := make([]string, len(toks))
	for k := range toks {
		words[k] = toks[k].low
	}
	hits := health.Find(words, nil)
	s.reviewLows, s.reviewHits = words, hits
	for _, h := range hits {
		if h.Cat == health.Procedure {
			s.reviewProcedure = true
		}
		for k := h.From; k < h.To && k < len(words); k++ {
			if len(words[k]) >= 4 {
				if s.reviewTermWords == nil {
					s.reviewTermWords = map[string]bool{}
				}
				s.reviewTermWords[words[k]] = true
			}
		}
	}
	return words, hits
}

// blankForms23 are papers anyone fills in: told ready online, they are
// no one's (att23).
var blankForms23 = newWordSet([]string{"forms", "form", "paperwork", "formulario", "formularios", "formulário", "formulários"})

// formsForAnyone23 reports, in the few tokens from k, that the forms are
// put where anyone gets them: "your forms are ready online", "... to
// download", "... on our website" (att23). The reader's own papers done
// ("your forms are signed", "your forms are ready at the front desk")
// keep their block.
func (s *scan) formsForAnyone23(k, end int) bool {
	for t := k; t < end && t <= k+4; t++ {
		if inSet(s.toks[t].low, "online", "download", "downloadable", "website", "site", "web", "print", "printable", "línea", "linea",
			"descargar", "imprimir", "baixar") {
			return true
		}
	}
	return false
}

// withUsEvents23 are more events a reader is thanked for coming to: an
// open house, a walk, a run, a talk or a class (att23): "Спасибо, что вы
// были у нас на дне открытых дверей!", "usted estuvo con nosotros en la
// caminata del domingo".
var withUsEvents23 = []string{"открытых дверей", "відкритих дверей", "марафон", "забег", "лекци", "лекці", "семинар", "семінар",
	"мастер-класс", "майстер-клас", "caminata", "carrera", "taller", "charla", "clase de", "caminhada", "corrida", "palestra",
	"aula de", "open house"}

// visitInvited23 reports a sentence that invites the visit it names
// ("Мы ждём ваш визит!", "Запишитесь на ваш приём онлайн", "Чекаємо на ваш
// візит"): only "вы были у нас" tells a visit whatever else the
// sentence says (att23).
func (s *scan) visitInvited23(low string) bool {
	if _, past := containsAny(low, withUsPast23); past {
		return false
	}
	_, invited := containsAny(low, visitInvites23)
	return invited
}

// withUsPast23 are the phrases of withUsPhrases that tell the visit past.
var withUsPast23 = []string{"вы были", "вы у нас были", "ви були", "ви у нас були", "usted estuvo", "usted vino", "você esteve",
	"voce esteve", "você veio", "спасибо за ваш", "благодарим за ваш", "дякуємо за ваш", "после вашего", "після вашого",
	"во время вашего", "під час вашого"}

// visitInvites23 invite a visit: "we await", "book", "plan", "next".
var visitInvites23 = []string{"ждём", "ждем", "чекаємо", "запиш", "заплан", "следующ", "наступн", "будем рады", "будемо раді",
	"приходите", "приходьте"}

// planRedone23 tell the plan was worked on before: "we will check your
// plan and resubmit", "check your insurance again" (att23).
var planRedone23 = newWordSet([]string{"again", "resubmit", "resubmitted", "rebill", "rebilled", "reprocess", "reprocessed",
	"refund", "refunded", "appeal", "appealed", "rerun", "re-run", "corrected", "correct", "fix"})
