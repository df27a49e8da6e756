package compliance

import "github.com/practicepost/practicepost/post"

// Session 28 (t28reply): a reply that tells back what the reviewer said
// to a clinician: "given what you told Dr. K about your weekends" (dev163,
// to a review that only found the questions weird), "what you shared with
// Dr. Amadi", "lo que le contó a la doctora", "o que você contou ao Dr.
// Silva". The visit and what was said in it, read back in public: REV-01
// block. What the reviewer told "us" in the review is not it.

// whatWords28 open the thing told: "what", Spanish and Portuguese "que"
// (after "lo", "o").
var whatWords28 = newWordSet([]string{"what", "que", "everything", "todo"})

// youWords28 are the reviewer as teller.
var youWords28 = newWordSet([]string{"you", "u", "le", "usted", "você", "voce", "vc", "tú", "tu", "lhe"})

// toldVerbs28 are verbs of telling.
var toldVerbs28 = newWordSet([]string{"told", "shared", "mentioned", "said", "described", "reported", "disclosed", "explained",
	"contó", "conto", "dijo", "comentó", "comento", "mencionó", "menciono", "explicó", "compartió",
	"contou", "disse", "falou", "comentou", "mencionou", "explicou"})

// clinicianWords28 are who the reviewer told it to.
var clinicianWords28 = newWordSet([]string{"dr", "dra", "doctor", "doc", "doctora", "nurse", "np", "pa", "provider", "physician",
	"therapist", "counselor", "dentist", "hygienist", "midwife", "médico", "medico", "médica", "medica", "enfermera", "enfermero",
	"enfermeira", "enfermeiro", "doutor", "doutora", "pediatrician", "psychiatrist", "psychologist"})

// toldLinks28 stand between the verb and the clinician.
var toldLinks28 = newWordSet([]string{"to", "with", "a", "la", "el", "al", "ao", "à", "com", "o", "your", "our", "su", "seu",
	"sua", "nuestra", "nuestro", "nossa", "nosso", "the"})

// toldClinician28 reports each sentence that tells what the reviewer said
// to a clinician.
func (s *scan) toldClinician28() []post.Finding {
	var out []post.Finding
	for _, se := range s.sents {
		for t := se.tokStart; t+3 < se.tokEnd; t++ {
			if !whatWords28.has(s.toks[t].low) {
				continue
			}
			v := t + 1
			if v < se.tokEnd && youWords28.has(s.toks[v].low) {
				v++
			} else {
				continue
			}
			if v < se.tokEnd && youWords28.has(s.toks[v].low) {
				v++ // "lo que usted le contó"
			}
			if v >= se.tokEnd || !toldVerbs28.has(s.toks[v].low) {
				continue
			}
			k := v + 1
			for k < se.tokEnd && k <= v+3 && toldLinks28.has(s.toks[k].low) {
				k++
			}
			if k < se.tokEnd && clinicianWords28.has(s.toks[k].low) {
				out = append(out, s.finding(t, k+1, "This reply tells what the reviewer said to a clinician: it confirms the visit and what was said in it."))
				break
			}
		}
	}
	return out
}
