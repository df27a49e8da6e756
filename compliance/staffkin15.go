package compliance

import "github.com/practicepost/practicepost/compliance/names"

// A staff member's relative at a visit (session 15, t15kin): "Summer's
// mom was in this week for her annual physical", "Dr. Deng's father came
// in for his checkup". A visit names no illness, so the health lexicon
// finds nothing; but the relative's own visit tells that they are a
// patient of the practice, and everyone who knows the staff member knows
// who they are.

// kinVisitNouns are visits a person has: the word after "her annual ...".
var kinVisitNouns = newWordSet([]string{"visit", "appointment", "appt", "checkup", "physical", "cleaning", "exam", "check"})

// kinVisitFillers stand between the possessive and the visit: "her
// annual wellness visit", "his six month cleaning".
var kinVisitFillers = newWordSet([]string{"annual", "yearly", "first", "last", "next", "well", "wellness", "6", "six", "12",
	"month", "dental", "eye", "medical", "follow", "routine", "regular", "new", "patient"})

// staffKinAtVisit reports whether person p is a staff member's relative
// ("Summer's mom", "her dad" after a staff name) and p's sentence tells a
// visit someone owns: "for her annual physical".
func (s *scan) staffKinAtVisit(p person) bool {
	if p.kind != names.Titled || p.name != p.to-1 || !relativeWords.has(s.toks[p.name].low) {
		return false
	}
	se := s.sents[s.toks[p.from].sent]
	for t := max(se.tokStart, p.to); t < se.tokEnd; t++ {
		if !inSet(s.toks[t].low, "his", "her", "their") {
			continue
		}
		k := t + 1
		for k < se.tokEnd && k <= t+3 && kinVisitFillers.has(s.toks[k].low) {
			k++
		}
		if k < se.tokEnd && kinVisitNouns.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
