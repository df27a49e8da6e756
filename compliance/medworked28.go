package compliance

import "github.com/practicepost/practicepost/post"

// Session 28 (t28reply): a reply that tells the reviewer's or their kin's
// medicine, new or working: "Glad her new heart medicine is working",
// "Glad the Diamox worked" (a brand the lexicon does not hold), "que bom
// que o remédio novo dele está funcionando". Session 27 left them open
// (dev20, dev142): the medicine named back confirms the care (REV-01).

// medNouns28 are a medicine by its common name.
var medNouns28 = newWordSet([]string{"medicine", "medicines", "medication", "medications", "meds", "med", "pills", "pill",
	"prescription", "prescriptions", "rx", "antibiotic", "antibiotics", "inhaler", "ointment", "injection", "injections",
	"medicina", "medicinas", "medicamento", "medicamentos", "remedio", "remedios", "pastillas", "remédio", "remédios", "comprimidos",
	"pomada"})

// medResults28 say a medicine did its work.
var medResults28 = newWordSet([]string{"worked", "works", "working", "helped", "helping", "helps", "kicked", "funcionó", "funciono",
	"funciona", "funcionando", "funcionou", "ayudó", "ayudo", "ayudando", "ajudou", "ajudando", "ajuda", "ayuda"})

// medNotResult28 follow "worked" to make it no medicine's work: "the Uber
// worked out", "the Team worked hard".
var medNotResult28 = newWordSet([]string{"out", "hard", "together", "late", "overtime", "so", "really", "with", "on"})

// gladWords28 open a reply's gladness at a result.
var gladWords28 = newWordSet([]string{"glad", "happy", "great", "relieved", "thrilled", "love", "hope", "hoping", "good",
	"alegra", "alegramos", "bueno", "bom", "feliz", "felices", "felizes", "espero", "esperamos"})

// medOwners28 own a medicine: the reviewer or their kin.
var medOwners28 = newWordSet([]string{"her", "his", "their", "your", "ur", "su", "sua", "seu"})

// newWords28 make the medicine new.
var newWords28 = newWordSet([]string{"new", "nueva", "nuevo", "nuevas", "nuevos", "novo", "nova", "novos", "novas"})

// medicineTold28 reports each sentence that tells a medicine of the
// reviewer's or their kin's working, or new.
func (s *scan) medicineTold28() []post.Finding {
	var out []post.Finding
	for _, se := range s.sents {
		glad := -1
		for t := se.tokStart; t < se.tokEnd; t++ {
			w := s.toks[t].low
			if gladWords28.has(w) && glad < 0 {
				glad = t
			}
			med := medNouns28.has(w)
			brand := !med && glad >= 0 && t > se.tokStart+1 && s.toks[t].capital && inSet(s.toks[t-1].low, "the", "your", "her", "his") &&
				!(t+1 < se.tokEnd && s.toks[t+1].capital) && !staffRoleWords.has(w) && !replyRoleWords.has(w) && !officeThing28b(w)
			if !med && !brand {
				continue
			}
			// "her new heart medicine": an owner and "new" within three
			// words before.
			if med {
				owned, isNew := false, false
				for k := t - 1; k >= se.tokStart && k >= t-4; k-- {
					owned = owned || medOwners28.has(s.toks[k].low)
					isNew = isNew || newWords28.has(s.toks[k].low)
				}
				if owned && isNew {
					out = append(out, s.finding(t, t+1, "This reply tells a new medicine of the reviewer's or their family's: it confirms their care."))
					break
				}
			}
			if glad < 0 {
				continue
			}
			// "Glad the Diamox worked", "her meds are helping", "o remédio
			// novo dele está funcionando".
			if med && s.medOfThing28b(t, se.tokStart) {
				continue // "la línea de medicamentos ya funciona" (attack28b.go)
			}
			if r, ok := s.medResultAfter28(t+1, se.tokEnd, brand); ok {
				out = append(out, s.finding(t, r, "This reply tells that the reviewer's medicine worked: it confirms their care."))
				break
			}
		}
	}
	return out
}

// medResultAfter28 finds a result verb within four tokens from from,
// "worked" not followed by "out" or "hard". After a brand only an
// auxiliary may stand between: "the Flonase is helping", not "the
// MyChart link worked".
func (s *scan) medResultAfter28(from, end int, brand bool) (int, bool) {
	for r := from; r < end && r <= from+3; r++ {
		w := s.toks[r].low
		if s.toks[r].kind == tokPunct {
			return 0, false
		}
		if brand && !medResults28.has(w) && !inSet(w, "is", "was", "has", "finally", "really", "actually", "already", "s") {
			return 0, false
		}
		if !brand && !medResults28.has(w) && !medBetween28b.has(w) {
			return 0, false // "prescription refills are working": the refills work (attack28b.go)
		}
		if !medResults28.has(w) {
			continue
		}
		if r+1 < end && medNotResult28.has(s.toks[r+1].low) {
			return 0, false
		}
		return r + 1, true
	}
	return 0, false
}
