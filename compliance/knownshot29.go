package compliance

import "github.com/practicepost/practicepost/compliance/names"

// One person the town knows told getting a shot at the practice (session
// 29, t29privacy, PRIV-10). rolecare26.go reads a one-person role that
// rolls up a single sleeve ("Even the mayor rolled up a sleeve at our flu
// clinic"); writers who read no rules also wrote:
//   - a person named, with or without a title, rolling it up, with where
//     they are from between: "Even Father Jim from Corpus Christi rolled
//     up his sleeve". A name that is no staff member's getting a shot here
//     is a patient's; staff are on the staff list and no person here, so
//     "Dr. Priya rolled up her sleeve" keeps the decision that a staff
//     member modelling a flu shot passes;
//   - an office spoken to by its title alone and thanked for "your" shot:
//     "Thank you, Mayor, for getting your shingles shot with us". There is
//     one mayor; the title is the person (addVocativeTitles29 adds it only
//     in that shape, so "Thanks, Mayor, for the proclamation" names no
//     one).
// Test: knownshot29_test.go.

// sleeveFromWords29 may stand in a "from" phrase between a person and the
// sleeve verb besides capitalised words: "from the bakery", "from the
// Lutheran church".
var sleeveFromWords29 = newWordSet([]string{"the", "our", "down", "over", "at", "church", "parish", "temple", "mosque",
	"synagogue", "bakery", "library", "school", "store", "shop", "diner", "cafe", "station", "firehouse", "office", "hall",
	"high", "middle", "elementary", "street", "avenue", "road", "club", "center", "team"})

// namedSleeve29 reports whether the person p, told by a name, rolls up a
// single sleeve in their own sentence, with fillers ("even", "finally")
// or a short "from" phrase between: "Even Pastor Ruth from the Lutheran
// church rolled up her sleeve".
func (s *scan) namedSleeve29(p person) bool {
	if p.kind == names.Role {
		return false
	}
	si := s.toks[p.from].sent
	b := p.from - 1
	for b >= 0 && s.toks[b].sent == si && s.toks[b].capital && s.toks[b].kind == tokWord && b > p.from-4 {
		b--
	}
	if b >= 0 && s.toks[b].sent == si && inSet(s.toks[b].low, "from", "at", "in", "of") {
		return false // "from Corpus Christi rolled up": the place is no one
	}
	end := s.sents[si].tokEnd
	j := p.to
	for j < end && roleFillers26.has(s.toks[j].low) {
		j++
	}
	if j < end && s.toks[j].low == "from" {
		k := j + 1
		for k < end && k <= j+5 && s.toks[k].kind == tokWord && (s.toks[k].capital || sleeveFromWords29.has(s.toks[k].low)) {
			k++
		}
		if k == j+1 {
			return false
		}
		j = k
	}
	for j < end && roleFillers26.has(s.toks[j].low) {
		j++
	}
	return j < end && sleeveVerbs26.has(s.toks[j].low) && s.sleeveAfter26(j, end)
}

// officeTitles29 are the offices a town has one holder of, said alone to
// that holder: "Thank you, Mayor,", "Thanks, Sheriff!".
var officeTitles29 = newWordSet([]string{"mayor", "sheriff", "governor", "senator", "congressman", "congresswoman",
	"superintendent", "principal", "chief", "commissioner", "judge", "postmaster", "councilman", "councilwoman",
	"pastor", "reverend", "rabbi", "imam", "bishop", "father"})

// addVocativeTitles29 adds an office spoken to by its title alone, between
// a thanks and a comma, when the sentence goes on to thank them for their
// own shot or care: "Thank you, Mayor, for getting your shingles shot",
// "Thanks, Sheriff, for coming in for your flu shot".
func (s *scan) addVocativeTitles29() {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.toks[k].capital || !officeTitles29.has(s.toks[k].low) || s.toks[k-1].low != "," || s.toks[k+1].low != "," {
			continue
		}
		if s.vocativeShot29(person{span{k, k + 1}, k + 1, names.Role}) {
			s.addRolePerson(k, k+1)
		}
	}
}

// vocativeShot29 reports whether p is an office title spoken to after a
// thanks ("Thank you, Mayor,") and thanked in the same sentence for their
// own shot or care: "for getting your shingles shot", "for coming in for
// your flu shot"; "for getting your team to our blood drive" is none.
func (s *scan) vocativeShot29(p person) bool {
	k := p.from
	if p.to != k+1 || k < 2 || !officeTitles29.has(s.toks[k].low) || s.toks[k-1].low != "," || k+2 >= len(s.toks) || s.toks[k+1].low != "," {
		return false
	}
	si := s.toks[k].sent
	if b := s.toks[k-2].low; !(b == "thanks" || b == "you" && k >= 3 && s.toks[k-3].low == "thank") || s.toks[k-2].sent != si {
		return false
	}
	end := s.sents[si].tokEnd
	if s.toks[k+2].low != "for" {
		return false
	}
	for j := k + 3; j < end && j <= k+10; j++ {
		if s.toks[j].low == "," {
			return false // another spoken to, or a list
		}
		if s.toks[j].low != "your" || j+1 >= end {
			continue
		}
		if _, ok := s.healthHitAt(j + 1); ok || vaccineWords.has(s.toks[j+1].low) {
			return !s.shotEvent29b(j+1, end) // "your flu shot clinic" is the office's event (attack29b.go)
		}
		if j+2 < end && vaccineWords.has(s.toks[j+2].low) {
			return !s.shotEvent29b(j+1, end) // "your flu shot", not "your flu shot clinic" (attack29b.go)
		}
		return false
	}
	return false
}
