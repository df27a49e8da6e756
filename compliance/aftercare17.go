package compliance

import "github.com/practicepost/practicepost/compliance/health"

// Aftercare to a named procedure (session 17, t17aftercare). A reply that
// hands out aftercare ("ice packs and couch time", "keep the incision
// dry") to a review that names the reviewer's own procedure ("Had my
// vasectomy here") tells everyone the practice did it to them (REV-01
// block), however jokey the tone. "Ice packs" alone is also supplies
// ("ice packs at the booth"), and homeCareAt reads "packs" as an event;
// with the review's procedure before it, it is the reader's recovery.

// reviewNamesProcedure reports whether the review names a procedure (a
// vasectomy, a colonoscopy): care the reviewer had, not just a symptom.
// Asked once a scan.
func (s *scan) reviewNamesProcedure() bool {
	if s.reviewProcAsked {
		return s.reviewProc
	}
	s.reviewProcAsked = true
	toks, _ := tokenize(s.d.ReviewText)
	words := make([]string, len(toks))
	for i := range toks {
		words[i] = toks[i].low
	}
	for _, h := range health.Find(words, nil) {
		if h.Cat == health.Procedure {
			s.reviewProc = true
			return true
		}
	}
	for _, w := range words {
		if procedureWords.has(w) {
			s.reviewProc = true
			break
		}
	}
	return s.reviewProc
}

// procedureWords name a procedure the lexicon may not list by its own
// name: "mole removal", "my knee surgery", "la cirugía".
var procedureWords = newWordSet([]string{"surgery", "surgeries", "removal", "removed", "procedure", "extraction", "extracted", "biopsy",
	"operation", "op", "cirugía", "cirugia", "operación", "operacion", "extracción", "biopsia", "procedimiento"})

// icePackForReader reports "ice packs" at token i (next is the word after
// "ice") said to a reviewer whose review named their procedure, with no
// event after it ("ice packs at the booth", "ice packs giveaway").
func (s *scan) icePackForReader(i int, next string) bool {
	if !inSet(next, "pack", "packs") || !inSet(s.toks[i].low, "ice") {
		return false
	}
	if k := i + 2; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent && homeCareEvents.has(s.toks[k].low) {
		return false
	}
	return s.reviewNamesProcedure()
}

// woundWords are what a patient keeps dry or clean after a procedure.
var woundWords = newWordSet([]string{"incision", "incisions", "stitches", "sutures", "wound", "dressing", "bandage", "bandages",
	"herida", "heridas", "puntos", "vendaje", "incisión"})

// woundStates are how the wound is kept: "dry", "clean", "covered".
var woundStates = newWordSet([]string{"dry", "clean", "covered", "seca", "seco", "secos", "secas", "limpia", "limpio", "limpios", "tapada"})

// woundKeptAt reports "keep the incision dry" (or "mantén la herida
// seca") starting at token i: wound care told to the reader, who had the
// procedure the review names. The caller asks only in replies.
func (s *scan) woundKeptAt(i, end int) bool {
	if !inSet(s.toks[i].low, "keep", "keeping", "mantén", "manten", "mantenga", "mantener") {
		return false
	}
	k := i + 1
	if k < end && inSet(s.toks[k].low, "the", "that", "your", "ur", "those", "la", "las", "los", "el", "tu", "su") {
		k++
	}
	if k+1 >= end || !woundWords.has(s.toks[k].low) {
		return false
	}
	return woundStates.has(s.toks[k+1].low) && (s.reviewNamesProcedure() || s.reviewHealth())
}
