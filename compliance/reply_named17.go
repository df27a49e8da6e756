package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// policyCareWords are the care words a practice says of every patient, in
// policies and apologies: "our medication policy", "appointments run late",
// "we waive fees for illness". Alone, they name nobody's treatment.
var policyCareWords = newWordSet([]string{
	"medication", "medications", "medicine", "medicines", "meds", "prescription", "prescriptions",
	"appointment", "appointments", "visit", "visits", "treatment", "treatments", "care",
	"removal", "illness", "illnesses", "sick", "sickness", "infection", "infections",
	"health", "checkup", "checkups", "exam", "exams", "test", "tests", "shot", "shots",
	"vaccine", "vaccines", "procedure", "procedures", "surgery", "surgeries",
})

// namesUntoldCare reports whether the health words at tokens [from,to) name
// a treatment, test or condition by its own name ("the Tdap", "sertraline",
// "a Pap smear", "eczema") that the review did not say. A reviewer wrote
// "the shot hurt"; a reply that answers "the Tdap can do that" tells
// everyone which shot, which only the practice knows: it adds the
// reviewer's care (REV-01), however general its grammar. An everyday word
// ("medication policies") and a body part ("that knee") name no care of
// their own; a word the review used is the reviewer's own telling; care
// told of anyone who comes is a policy.
//
// reviewSays answers reviewSaysStem for the review, remembered per word.
// The caller leaves out sentences about anyone who comes (anyoneWhoComes):
// it asks that once a sentence.
func (s *scan) namesUntoldCare(from, to int, reviewSays func(w string) bool) bool {
	n, cat := health.At(s.healthWords(), from)
	if n == 0 || cat != health.Medicine && cat != health.Procedure || n == 1 && policyCareWords.has(s.toks[from].low) {
		// A condition is left to the rules that tie it to the reader:
		// many of the lexicon's conditions are everyday words too.
		return false
	}
	if s.practiceService(from, to) || from > 0 && inSet(s.toks[from-1].low, "a", "an") {
		// "An A1C of 6.5 or higher is what we watch for": care with "a"
		// is a kind of care, not the one the reader had; "the Tdap" is.
		return false
	}
	for t := from; t < to; t++ {
		if reviewSays(s.toks[t].low) {
			return false // "flu shots" to a review about a "flu shot"
		}
	}
	return true
}

// practiceService reports care at tokens [from,to) that is the practice's
// line of work, not one person's: owned by "our" or "we" a few words back
// ("our physical therapy team", "we now do ultrasounds here") or naming
// the room, staff, machine or supplies that follow ("the infusion room",
// "the dialysis nurses", "naloxone kits", "the X-ray machine").
func (s *scan) practiceService(from, to int) bool {
	si := s.toks[from].sent
	if to < len(s.toks) && s.toks[to].sent == si && (careRooms.has(s.toks[to].low) || careStaffOrThings.has(s.toks[to].low) || careTechs.has(s.toks[to].low)) {
		return true
	}
	for j := from - 1; j >= 0 && j >= from-3 && s.toks[j].sent == si; j-- {
		if inSet(s.toks[j].low, "our", "we", "we're", "weve", "we've", "nuestro", "nuestra", "nuestros", "nuestras") {
			return true
		}
	}
	return false
}

// careTechs after a care word make it a job: "a second ultrasound tech".
var careTechs = newWordSet([]string{"tech", "techs", "technician", "technicians", "therapist", "therapists", "machine", "machines", "program", "programs", "clinic", "clinics"})

// anyoneWhoComes say a sentence is about whoever comes: "anyone can pick up
// naloxone", "we're asking everyone to support the parity bill".
var anyoneWhoComes = newWordSet([]string{"anyone", "anybody", "everyone", "everybody", "whoever", "cualquiera", "todos"})

// everyKinds, after "every" or "all", are a kind of people the sentence
// is about as a whole: "The Tdap is recommended for every adult every 10
// years" names the vaccine for all, not the reader's (session 17, att17).
var everyKinds = newWordSet([]string{"adult", "adults", "patient", "patients", "child", "children", "kid", "kids", "teen", "teens",
	"senior", "seniors", "person", "people", "woman", "women", "man", "men", "parent", "parents", "student", "students"})

// everyOfKindIn reports "every" or "all" (of), before one of everyKinds,
// in sentence si.
func (s *scan) everyOfKindIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if !inSet(s.toks[t].low, "every", "all") {
			continue
		}
		k := t + 1
		if k+1 < se.tokEnd && inSet(s.toks[k].low, "of", "our", "the") {
			k++
		}
		if everyKinds.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// reviewSaysStem reports whether the review (lower case, padded with
// spaces) has a word that starts with w less a plural "s": "shots" and
// "shot", "injections" and "injection" are one word here. Words under
// three letters ("a", "of") and the everyday care words would match any
// review: "the Tdap shot" to "the shot hurt" still names the shot.
func reviewSaysStem(review, w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 3 || policyCareWords.has(w) {
		return false
	}
	return strings.Contains(review, " "+w)
}
