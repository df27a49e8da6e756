package compliance

import "github.com/practicepost/practicepost/post"

// copayWordsML name a patient's share of a bill in the languages the
// waiver verbs below speak: Spanish "copago", "coaseguro", "deducible",
// Haitian Creole "kopeman", and the English loans those posts use.
var copayWordsML = newWordSet([]string{"copago", "copagos", "coaseguro", "deducible", "deducibles", "kopeman",
	"copay", "copays", "copayment", "coinsurance", "deductible"})

// forgiveVerbsML are the verbs that waive a copay in Spanish and Haitian
// Creole: "se lo perdonamos", "nosotros lo cubrimos", "nunca lo cobramos",
// "nou pa janm mande kopeman". The impersonal "no se cobra" is left out:
// preventive care has no copay by law, and posts say so.
var forgiveVerbsML = newWordSet([]string{"perdonamos", "cubrimos", "cobramos", "mande", "chaje"})

// copayForgivenML finds a copay waived as a policy in Spanish or Haitian
// Creole (CLAIM-07 block, as "we waive your copay" does in English). The
// copay may be named in the sentence or in a question just before it
// ("¿Copago? Nunca lo cobramos."), and the waiving verb may sit in
// another clause ("el copago, ni lo mencione: se lo perdonamos"), which the
// one-clause concept list cannot see. A hardship program decided case by
// case ("si califica", "caso por caso") asks a person instead.
func (s *scan) copayForgivenML(out []post.Finding) []post.Finding {
	if !s.hasAny(forgiveVerbsML) || !s.hasAny(copayWordsML) {
		return out
	}
	for t := range s.toks {
		w := s.toks[t].low
		if !forgiveVerbsML.has(w) || !s.waivingVerb(t) {
			continue
		}
		si := s.toks[t].sent
		named := s.sentenceHasWord(si, copayWordsML) ||
			(si > 0 && s.toks[s.sents[si-1].tokEnd-1].low == "?" && s.sentenceHasWord(si-1, copayWordsML))
		if !named {
			continue
		}
		se := s.sents[si]
		if overlapsAny(out, se.start, se.end) {
			continue
		}
		f := post.Finding{Start: se.start, End: se.end, Severity: post.SeverityBlock,
			Message: "Advertising that copays or deductibles are waived is not allowed: a routine waiver misstates the price and can be insurance fraud."}
		if s.clauseHas(t, "califica", "calificar", "caso", "dificultad", "hardship", "bezwen") {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		return append(out, f)
	}
	return out
}

// waivingVerb reports whether the verb at t waives: "cobramos" only
// refused ("nunca lo cobramos"), "mande" and "chaje"
// only after Creole "pa" ("pa janm mande"), and "perdonamos" or
// "cubrimos" only when not refused ("no le perdonamos el copago").
func (s *scan) waivingVerb(t int) bool {
	refused, pa := false, false
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		switch s.toks[k].low {
		case "no", "nunca", "jamás", "jamas":
			refused = true
		case "pa":
			pa = true
		}
	}
	switch s.toks[t].low {
	case "cobramos":
		return refused
	case "mande", "chaje":
		return pa
	}
	return !refused
}

// esRewardWords are rewards offered in Spanish: "un café gratis", "$10 de
// descuento", "una tarjeta de regalo", "la rifa".
var esRewardWords = newWordSet([]string{"gratis", "descuento", "regalo", "regalamos", "cupón", "cupon", "rifa", "sorteo", "premio", "premios"})

// rewardForReviewES finds a reward offered for a rating in Spanish (ENDORSE-03
// block): "⭐⭐⭐⭐⭐ en Google = un café gratis", or a question asking for
// the stars and the reward after it ("¿Nos deja 5 estrellas? Le damos un
// jugo gratis").
func (s *scan) rewardForReviewES(out []post.Finding) []post.Finding {
	if !s.hasAny(esRewardWords) {
		return out
	}
	rated := func(si int) bool {
		return s.sentenceHasWord(si, spanishReviewWords) || s.sentenceHasReview(si)
	}
	for si, se := range s.sents {
		if !s.sentenceHasWord(si, esRewardWords) {
			continue
		}
		if !rated(si) && (si == 0 || s.toks[s.sents[si-1].tokEnd-1].low != "?" || !rated(si-1)) {
			continue
		}
		if overlapsAny(out, se.start, se.end) {
			return out
		}
		return append(out, post.Finding{Start: se.start, End: se.end,
			Message:    "Offering something in return for a review is banned (FTC rule on reviews).",
			Suggestion: "Ask everyone for honest feedback, with no reward."})
	}
	return out
}
