package compliance

// A staff member's own course of treatment told as it goes on or is about
// to start (issue 11, session 26, t26privacy; read by kind on dev153's
// privacy post the rules passed, "Rick will be working from home ...
// while he finishes chemo"): "starts radiation next week", "begins
// dialysis on Monday", "will start chemo", "is on dialysis three
// mornings a week", or "he"/"she" after the name ("while he finishes
// chemo", "because she starts dialysis"); and a living donor's surgery
// (dev136: "is donating a kidney to her brother next month"). courseEndedAt (staffevent18.go)
// read only the past and the "-ing" forms right after the name. Each
// helper looks a few words on or back from one token, so the walk stays
// linear.

// courseNowVerbs26 start, go through or end a course of treatment in the
// present or the future: "starts radiation", "will begin dialysis".
var courseNowVerbs26 = newWordSet([]string{"finishes", "finish", "starts", "start", "begins", "begin", "began", "beginning",
	"completes", "complete", "undergoes", "undergo", "undergoing", "resumes", "resume", "resumed", "continues", "continue"})

// donateVerbs26 give an organ: "is donating a kidney".
var donateVerbs26 = newWordSet([]string{"donating", "donated", "donates", "donate", "giving", "gave"})

// donatedOrgans26 are what a living donor gives in surgery.
var donatedOrgans26 = newWordSet([]string{"kidney", "liver", "marrow", "lung"})

// courseSubjectFillers26 stand between the name and the verb: "Kevin will
// start", "Dr. Greene officially begins".
var courseSubjectFillers26 = newWordSet([]string{"will", "is", "s", "just", "officially", "also", "now", "finally", "soon",
	"has", "then", "to", "going", "gets"})

// pronounClauseOpeners26 open a clause whose "he" or "she" is the staff
// member named before it: "while he finishes chemo".
var pronounClauseOpeners26 = newWordSet([]string{"while", "as", "since", "because", "until", "when", "once", "and", "so",
	"after", "before", "cause", "bc"})

// treatmentWorkNouns26 after a treatment make it the work or the place:
// "dialysis rounds", "chemo patients", "radiation safety training".
var treatmentWorkNouns26 = newWordSet([]string{"rounds", "shift", "shifts", "nurse", "nurses", "training", "chair", "chairs",
	"machine", "machines", "remodel", "orders", "order", "floor"})

// staffCourse26At reports whether token t, in the stretch [from,to) told
// after a staff member's name, starts their own course of treatment told
// as it goes on.
func (s *scan) staffCourse26At(t, from, to int) bool {
	w := s.toks[t].low
	switch {
	case w == "on" && t-from <= 2 && (t == from || s.toks[t-1].low == "is" || s.toks[t-1].low == "s"):
		// "Dr. Patel is on dialysis"; not "on dialysis duty"
		return s.courseTreatmentAt26(t+1, to)
	case donateVerbs26.has(w) && t-from <= 3:
		// "Sarah is donating a kidney to her sister", "donated part of
		// his liver": a living donor's surgery; not "donated blood at our
		// drive" nor "donates to the kidney foundation".
		k := t + 1
		for n := 0; n < 4 && k < to && inSet(s.toks[k].low, "a", "one", "part", "of", "his", "her", "their"); n++ {
			k++
		}
		return k > t+1 && k < to && donatedOrgans26.has(s.toks[k].low) && (k+1 >= to || !inSet(s.toks[k+1].low, "shaped", "foundation", "walk", "awareness", "fund"))
	case courseNowVerbs26.has(w) || courseVerbs.has(w):
	default:
		return false
	}
	subject := true
	for k := from; k < t; k++ {
		if !courseSubjectFillers26.has(s.toks[k].low) {
			subject = false
			break
		}
	}
	// "while he finishes chemo": the pronoun of the name before it
	pronoun := t-2 >= from && inSet(s.toks[t-1].low, "he", "she", "they") && pronounClauseOpeners26.has(s.toks[t-2].low)
	if !subject && !pronoun {
		return false
	}
	return s.courseTreatmentAt26(t+1, to)
}

// courseTreatmentAt26 reports whether a course of treatment is told at
// token k (past "his", "her last" and the like), not as the work done or
// learned: "chemo", "her radiation"; not "radiation safety training",
// "dialysis patients", "chemo certification".
func (s *scan) courseTreatmentAt26(k, to int) bool {
	for n := 0; n < 5 && k < to && (ownersBeforeDetail.has(s.toks[k].low) || courseOrdinals.has(s.toks[k].low) || detailFillers.has(s.toks[k].low)); n++ {
		k++
	}
	if k >= to || !courseTreatments.has(s.toks[k].low) {
		return false
	}
	if k+1 >= to {
		return true
	}
	n := s.toks[k+1].low
	return !careGivenNouns.has(n) && !courseStudyNouns.has(n) && !treatmentWorkNouns26.has(n) && !s.fieldAfter(k+1) && !s.courseWorkAfter26(k+1, to)
}

// staffCourse26Next reports whether the staff name at token i is followed,
// in four words, by a course of treatment told above ("starts radiation",
// "is on dialysis"): the patients later in the sentence are the ones it
// moves, and the news is the staff member's (ownStateNext).
func (s *scan) staffCourse26Next(i, end int) bool {
	for k := i + 1; k < end && k <= i+4; k++ {
		if s.staffCourse26At(k, i+1, end) {
			return true
		}
	}
	return false
}
