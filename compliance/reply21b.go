package compliance

import "github.com/practicepost/practicepost/post"

// A hospital stay told in a reply in French, Spanish or Portuguese
// (issue 11, session 21, t21reply): "on est contents que votre maman soit
// sortie de l'hôpital", "qué bueno que su papá ya salió del hospital",
// "que bom que sua mãe teve alta do hospital". The reply tells the
// reader's person was in hospital and is out (REV-01 block), as "glad
// your mom is home from the hospital" does. The health lexicon reads
// English, so these passed. A hospital named as a place ("à côté de
// l'hôpital", "el estacionamiento del hospital") has no discharge word and
// no owner, and passes.

// foreignHospitalWords name a hospital in French, Spanish and Portuguese.
var foreignHospitalWords = newWordSet([]string{"hôpital", "hopital", "hospital", "clinique", "hospitalización", "hospitalisation"})

// foreignDischargeWords tell a stay ended: "sortie", "salió", "teve alta".
var foreignDischargeWords = newWordSet([]string{"sortie", "sorti", "sortis", "sorties", "salió", "salio", "saiu", "alta", "rentré",
	"rentrée", "regresó", "volvió", "voltou"})

// foreignKinOwners are the reader's own and their person in those
// languages: "votre", "su", "sua", "maman", "mamá", "mãe".
var foreignKinOwners = newWordSet([]string{"votre", "vos", "ton", "ta", "su", "sus", "seu", "sua", "maman", "papa", "mère", "père",
	"mamá", "papá", "mamita", "papito", "abuela", "abuelo", "esposo", "esposa", "hijo", "hija", "mãe", "pai", "avó", "avô",
	"mari", "femme", "fils", "fille", "grand-mère", "grand-père"})

// foreignHospitalStay finds, in a reply, a hospital word with a discharge
// word and an owner or kin word within the six tokens before it, in its
// sentence.
func (s *scan) foreignHospitalStay(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for i := range s.toks {
		si := s.toks[i].sent
		if done[si] || !foreignHospitalWords.has(s.toks[i].low) {
			continue
		}
		discharge, owner := -1, -1
		for k := i - 1; k >= 0 && k >= i-6 && s.toks[k].sent == si; k-- {
			if discharge < 0 && foreignDischargeWords.has(s.toks[k].low) {
				discharge = k
			}
			if foreignKinOwners.has(s.toks[k].low) {
				owner = k
			}
		}
		if discharge >= 0 && owner >= 0 {
			c.add(si, min(owner, discharge), i+1, false, "This reply tells that the reviewer's person was in hospital and is out: it tells everyone about their care.")
		}
	}
	return c.out
}

// Insurers a reply lists as accepted (session 21, t21reply): "We accept
// Texas Medicaid, CHIP, Medicare and most major plans", "we're in-network
// with SelectHealth, Tricare and Utah Medicaid". A capitalised plan in
// that list is no person the review did not name (REV-02); every set
// passes such replies. A name greeted in a sentence of its own ("Thanks,
// Trina! We accept most plans.") is read as before.

// insurerAccepts accept a plan; insurerKinds name what is accepted.
var (
	insurerAccepts = newWordSet([]string{"accept", "accepts", "accepted", "network", "take", "takes", "bill", "contracted", "aceptamos"})
	insurerKinds   = newWordSet([]string{"plans", "plan", "insurance", "insurances", "insurers", "medicaid", "medicare", "seguros", "seguro"})
)

// insurerListed reports a name at bytes [start,end) in a sentence that
// tells the plans the practice accepts.
func (s *scan) insurerListed(start, end int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) || end <= start {
		return false
	}
	si := s.toks[t].sent
	return s.sentenceHasWord(si, insurerAccepts) && s.sentenceHasWord(si, insurerKinds) && !s.sentenceHasWord(si, youWords)
}

// waitApology reports a "your wait" finding at [from,to) in an apology for
// it ("we're sorry to hear about your wait", "sorry for your wait") with
// no day, number or care in its sentence: the wait the review told of, as
// feltVisitApology reads a visit that felt long.
func (s *scan) waitApology(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from].low, "your", "ur") || s.toks[from+1].low != "wait" {
		return false
	}
	si := s.toks[from].sent
	apology := false
	for k := from - 1; k >= 0 && k >= from-5 && s.toks[k].sent == si; k-- {
		apology = apology || apologyWords.has(s.toks[k].low)
	}
	return apology && s.plainSentence(si, from, to)
}

// plainSentence reports a sentence si with no number, day, bill or health
// word outside tokens [from,to).
func (s *scan) plainSentence(si, from, to int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].kind == tokNumber || visitDayWords.has(s.toks[t].low) || billingNouns.has(s.toks[t].low) {
			return false
		}
	}
	return !s.healthOutside(si, from, to)
}

// visitAhead reports a "your visit" finding at [from,to) for a visit not
// yet made, told to anyone who comes: "you can fill out most forms online
// before your visit". A visit dated or told with care keeps its block.
func (s *scan) visitAhead(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from].low, "your", "ur") || s.toks[from+1].low != "visit" || from == 0 || s.toks[from-1].low != "before" {
		return false
	}
	si := s.toks[from].sent
	can := false
	for k := from - 2; k >= 0 && k >= from-12 && s.toks[k].sent == si; k-- {
		can = can || s.toks[k].low == "can" && k > 0 && inSet(s.toks[k-1].low, "you", "u")
	}
	return can && s.plainSentence(si, from, to) && !s.visitTold21(si, to)
}
