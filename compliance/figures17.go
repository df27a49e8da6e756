package compliance

// A public figure's name worn by a neighbour (session 18, t18prec). The
// list of public figures (names/figures.go) grew by stars whose own
// injury or illness was news everyone followed ("Larry Bird's back
// surgeries", "Mario Lemieux beat Hodgkin lymphoma in 1993"): cited to
// teach, they are no patient. A private person may share the whole name;
// told as one of the practice's people ("Larry Bird from our walking
// group", "our own Gloria Estefan", "Jim Kelly, our neighbor"), the name
// is theirs and is weighed as any other.

// nearbyLeads before a name make it a neighbour's: "our own", "our
// neighbor".
var nearbyLeads = newWordSet([]string{"own", "neighbor", "neighbour", "friend", "member", "volunteer", "patient", "client",
	"regular", "buddy"})

// figureNearby reports whether the public figure's name p is told as
// one of the practice's people: after "our own" or "our neighbor", or
// followed by "from our", "of our", "from the" or ", our".
func (s *scan) figureNearby(p person) bool {
	if p.from >= 2 && nearbyLeads.has(s.toks[p.from-1].low) && inSet(s.toks[p.from-2].low, "our", "my", "a") {
		return true
	}
	if p.from >= 3 && s.toks[p.from-1].low == "," && nearbyLeads.has(s.toks[p.from-2].low) {
		return true // "our neighbor, Jim Kelly"
	}
	if p.to+1 >= len(s.toks) {
		return false
	}
	next, after := s.toks[p.to].low, s.toks[p.to+1].low
	// "in our parking lot" places a look-alike, not a member: "That's not
	// Peyton Manning in our parking lot".
	return inSet(next, "from", "of", ",") && inSet(after, "our", "the", "my")
}
