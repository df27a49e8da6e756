package compliance

// What "free" names when it is no care (CLAIM-07; issue 11, session 21,
// t21clean). "Free car seat checks at the fire station", "free water
// testing", "Free, no appointment.", "the coffee is free": a check of a
// thing is no exam of a person, "no appointment" says how to come, not
// what is free, and a thing named before "is free" is what is free.

// thingsChecked are things, not people, that a check or a test looks at:
// "car seat checks", "booster seat check", "water testing", "radon
// testing", "helmet checks". A "well check" or "lead testing" looks at a
// child and stays care.
var thingsChecked = newWordSet([]string{"seat", "seats", "carseat", "carseats", "water", "radon", "helmet", "helmets", "tire", "tires",
	"alarm", "alarms", "detector", "detectors", "soil", "brake", "brakes", "furnace", "chimney"})

// checkWords are the service words that need a thing before them to say
// what is checked.
var checkWords = newWordSet([]string{"check", "checks", "checkup", "checkups", "test", "tests", "testing", "inspection", "inspections"})

// serviceOfCare reports whether the CLAIM-07/service phrase starting at
// token t offers care: not a check of a thing ("car seat checks") and not
// an appointment no one needs ("free, no appointment needed").
func (s *scan) serviceOfCare(t int) bool {
	if t <= 0 || t >= len(s.toks) {
		return true
	}
	w, prev := s.toks[t].low, s.toks[t-1].low
	if checkWords.has(w) && thingsChecked.has(prev) {
		return false
	}
	if inSet(w, "appointment", "appointments") {
		if prev == "no" || prev == "without" || inSet(prev, "an", "a") && t >= 2 && s.toks[t-2].low == "without" {
			return false
		}
	}
	return true
}

// freeSubjectSpan bounds how far back from "is free" the thing that is
// free is looked for ("Flu shots and coffee are free"): a constant, so a
// clause of many "is free" stays linear.
const freeSubjectSpan = 6

// freeSubjectNotCare reports whether the "free" at token i ends "<thing>
// is free" ("the coffee is free", "parking is free") where the words just
// before the verb name a thing and no care: then the thing is what is
// free. A pronoun ("it's free", "everything is free") names nothing, and
// care among the words ("the flu shot is free", "flu shots and coffee are
// free") keeps the offer.
func (s *scan) freeSubjectNotCare(i, cs int) bool {
	if i < 2 || !inSet(s.toks[i-1].low, "is", "are", "was", "were", "stays", "remains") {
		return false
	}
	subj := &s.toks[i-2]
	if subj.kind != tokWord || inSet(subj.low, "it", "this", "that", "these", "those", "everything", "all", "they", "which", "what", "each", "one", "both") {
		return false
	}
	for t := max(cs, i-2-freeSubjectSpan); t < i-1; t++ {
		if s.hitAt("CLAIM-07/service", t) && s.serviceOfCare(t) {
			return false
		}
	}
	return true
}
