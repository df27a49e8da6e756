package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A staff member's own illness told the way an office tells a sick
// colleague's absence (issue 11, session 25, t25privacy; read by kind on
// dev142 and dev143's privacy posts the rules passed): "Jaylen tested
// positive for flu so our intern is out", "Dr. Linh has COVID this week
// so her patients are getting rescheduled", "caught the flu", "dio
// positivo a COVID", "tiene COVID esta semana", "his back went out",
// "threw out his back". Each is the staff member's health information, as
// their surgery is (docs/COMPLIANCE.md, staff's own health). Every helper
// looks a few words on or back from one token, so the walk stays linear.

// staffHealth25Cues are the words ownHealth25At needs one of, for the
// gate of staffHealth.
var staffHealth25Cues = newWordSet([]string{"positive", "positivo", "positiva", "has", "have", "had", "tiene", "tenía", "caught",
	"catching", "went", "gave", "threw", "throws", "tweaked", "blew", "wrenched"})

// positiveTestVerbs come right before "positive" told of a test result:
// "tested positive", "dio positivo", "salió positiva", "testou positivo".
var positiveTestVerbs = newWordSet([]string{"tested", "tests", "testing", "test", "dio", "salió", "salio", "resultó", "resulto",
	"testou", "deu"})

// positiveBarePrepositions may stand between a Spanish or Portuguese
// "positivo" and the illness: "dio positivo a COVID", "salió positiva de
// influenza", "testou positivo para covid".
var positiveBarePrepositions = newWordSet([]string{"a", "al", "de", "del", "para", "en", "por"})

// positiveToldWhole may follow a bare "tested positive": the news ends
// there ("tested positive, so she's out", "tested positive yesterday");
// "tested positive for being the best dad" goes on to something else.
var positiveToldWhole = newWordSet([]string{"and", "so", "this", "today", "yesterday", "on", "last", "again", "over", "y", "así",
	"esta", "este", "ayer", "hoy"})

// haveStateFillers may stand between a staff name and "has": "Kevin still
// has the flu", "Poor Kevin now has strep".
var haveStateFillers = newWordSet([]string{"still", "now", "also", "officially", "currently", "unfortunately", "has", "sadly"})

// catchableConditions are the illnesses one "catches" or "picks up": "caught
// the flu", not "caught skin cancer early" (the care a doctor gives).
var catchableConditions = newWordSet([]string{"flu", "covid", "cold", "strep", "stomach", "norovirus", "bug", "virus", "rsv",
	"mono", "pneumonia", "bronchitis", "chickenpox", "shingles", "measles", "pinkeye", "gripe", "influenza", "whooping", "croup",
	"noro", "lice", "scabies"})

// wrenchVerbs hurt a body part told after "his" or "her": "threw out his
// back", "tweaked her knee", "blew out his ACL". "threw" needs "out".
var wrenchVerbs = newWordSet([]string{"threw", "throws", "tweaked", "blew", "wrenched"})

// ownHealth25At reports, at token t of the stretch [from,to) told after a
// staff member's name, their own illness in the words above.
func (s *scan) ownHealth25At(t, from, to int) bool {
	w := s.toks[t].low
	switch {
	case (w == "positive" || w == "positivo" || w == "positiva") && t > from && positiveTestVerbs.has(s.toks[t-1].low):
		// "tested positive for flu", "dio positivo a COVID"; not "is
		// positive the flu clinic starts Monday", nor "tested positive
		// for being the best dad".
		if t+1 >= to || s.toks[t+1].kind != tokWord {
			return true
		}
		n := s.toks[t+1].low
		if n == "for" || w != "positive" && positiveBarePrepositions.has(n) {
			return s.conditionOwned25(t+2, to)
		}
		return positiveToldWhole.has(n)
	case (w == "has" || w == "have" || w == "had" || w == "tiene" || w == "tenía") && s.nearName25(t, from):
		// "Sarah has strep this week", "Dr. Linh has COVID this week so
		// her patients ...", "tiene COVID esta semana"; not "has diabetes
		// patients", "has flu shots ready", "tiene vacunas contra el
		// COVID".
		if h, ok := s.healthHitAt(t); ok && h.Cat == health.Condition && h.To <= to {
			// the lexicon's own phrase: "tiene COVID", "tiene varicela";
			// not "tiene gripe, COVID y RSV: vacunas" (att25)
			return (s.detailEnds21(h.To) || spanishDetailEnds22.has(s.toks[h.To].low)) && !s.servicesListed25(h.To, to)
		}
		k := t + 1
		if k < to && s.toks[k].low == "had" {
			k++ // "has had COVID twice"
		}
		return s.conditionOwned25(k, to)
	case (w == "caught" || w == "catching") && s.nearName25(t, from):
		// "caught the flu from his kids"; not "caught skin cancer early"
		// (a doctor's catch), nor "caught the first pitch".
		k := t + 1
		for n := 0; n < 2 && k < to && ownersBeforeDetail.has(s.toks[k].low); n++ {
			k++
		}
		if k >= to || !catchableConditions.has(s.toks[k].low) {
			return false
		}
		// "caught the flu from his kids": where it was caught
		if h, ok := s.healthHitAt(k); ok && h.To < to && s.toks[h.To].low == "from" && h.Cat == health.Condition && !s.vaccination(h) {
			return true
		}
		return s.conditionOwned25(k, to)
	case (w == "went" || w == "gave") && t+1 < to && s.toks[t+1].low == "out" && t-2 >= from-1 && t >= 2:
		// "his back went out", "Kevin's back went out", "her knee gave
		// out"; not "the power went out".
		if !inSet(s.toks[t-2].low, "his", "her", "their", "s") {
			return false
		}
		n, cat := health.At(s.healthWords(), t-1)
		return n == 1 && cat == health.BodyPart && !inSet(s.toks[t-1].low, "head", "heart", "mind", "hand", "hands", "face")
	case wrenchVerbs.has(w) && t+2 < to:
		// "threw out his back", "threw his back out", "tweaked her
		// knee"; not "threw out the first pitch", "threw his arm around
		// a patient" (no "out").
		k := t + 1
		out := false
		if s.toks[k].low == "out" {
			out = true
			k++
		}
		if k+1 >= to || !inSet(s.toks[k].low, "his", "her", "their") {
			return false
		}
		n, cat := health.At(s.healthWords(), k+1)
		if n != 1 || cat != health.BodyPart || inSet(s.toks[k+1].low, "head", "heart", "mind", "hand", "hands", "face", "eyes") {
			return false
		}
		if k+2 < to && partThings25.has(s.toks[k+2].low) {
			return false // "tweaked his knee brace design" (att25)
		}
		out = out || k+2 < to && s.toks[k+2].low == "out"
		return out || w != "threw" && w != "throws" && w != "blew"
	}
	return false
}

// nearName25 reports whether the verb at token t is the staff member's:
// right after the name, or past "still", "now" and the like ("Kevin still
// has the flu").
func (s *scan) nearName25(t, from int) bool {
	for k := t - 1; k >= from; k-- {
		if !haveStateFillers.has(s.toks[k].low) {
			return false
		}
	}
	return t-from <= 2
}

// conditionOwned25 reports whether an illness starts at token k and is
// told as a whole, in English or in Spanish ("tiene COVID esta semana"):
// conditionOwned21, with flu and COVID counted (a "flu shot" stays a
// vaccination).
func (s *scan) conditionOwned25(k, to int) bool {
	k = s.illnessLead26(k, to) // "for having the flu" (jokeresult26.go)
	for n := 0; n < 2 && k < to && ownersBeforeDetail.has(s.toks[k].low); n++ {
		k++
	}
	if k >= to {
		return false
	}
	h, ok := s.healthHitAt(k)
	if !ok || h.Cat != health.Condition || h.To > to || s.vaccination(h) {
		return false
	}
	// "has flu, COVID and RSV shots" is a list of shots (att25)
	return (s.detailEnds21(h.To) || spanishDetailEnds22.has(s.toks[h.To].low)) && !s.servicesListed25(h.To, to)
}

// ownPossessed25 reports whether the words after a staff member's "'s",
// from token k, tell their own test result or hurt: "Kevin's COVID test
// came back positive", "Kevin's back went out".
func (s *scan) ownPossessed25(k, to int) bool {
	if k+2 >= to {
		return false
	}
	if h, ok := s.healthHitAt(k); ok && (h.Cat == health.Condition || h.Cat == health.Procedure) && h.To+2 < to {
		// "COVID test came back positive", "flu swab was positive": the
		// lexicon reads "covid test" as one procedure, or the illness
		// and then the test.
		n := h.To
		if h.Cat == health.Condition || !inSet(s.toks[n-1].low, "test", "swab", "result", "results") {
			if !inSet(s.toks[n].low, "test", "swab", "result", "results") {
				return false
			}
			n++
		}
		if n+1 < to && inSet(s.toks[n].low, "came", "come", "comes") && s.toks[n+1].low == "back" {
			n += 2
		} else if inSet(s.toks[n].low, "was", "is", "were") {
			n++
		} else {
			return false
		}
		return n < to && s.toks[n].low == "positive"
	}
	// "back went out", "knee gave out"
	return s.ownHealth25At(k+1, k-1, to)
}

// ownState25Next reports whether the staff name at token i is followed,
// in four words, by the verb of an illness told above ("tested
// positive", "has COVID", "caught the flu"): the patients later in the
// sentence are the ones rescheduled, and the news is the staff member's
// (ownStateNext).
func (s *scan) ownState25Next(i, end int) bool {
	for k := i + 1; k < end && k <= i+4; k++ {
		if staffHealth25Cues.has(s.toks[k].low) && s.ownHealth25At(k, i+1, end) {
			return true
		}
	}
	return false
}
