package compliance

import "github.com/practicepost/practicepost/compliance/names"

// A word shouted after a role, and a myth's buster (session 28,
// t28clean: block precision).
//
// "Call your state senator TODAY and tell them to vote YES on postpartum
// Medicaid": the name finder read the role written small and the word
// shouted after it as a titled person ("senator TODAY"), and the health
// the call is about made it a block. A word in capitals that the lexicon
// knows is no name, after a title written small, is emphasis; "our
// nurse JOY", "Senator TODD" (a name the lexicon knows) stay a person.
//
// "Myth Buster Monday: 'Vaccines cause autism.'": "Buster" after "myth"
// names the post's series, and the myth quoted after it made the name a
// patient's. "Buster had his gallbladder out" stays a person.

// shoutedAfterRole28 reports whether p is a title written small and a
// word shouted in capitals that is no name: "senator TODAY".
func (s *scan) shoutedAfterRole28(p person, to int) bool {
	if p.kind != names.Titled || p.name != to-1 || p.name <= p.from {
		return false
	}
	n := &s.toks[p.name]
	if n.kind != tokWord || n.end-n.start < 2 || !n.shape.noLower(s.text[n.start:n.end]) || n.lex == nil || n.lex.knownName ||
		n.shape&classNonASCII != 0 {
		return false
	}
	for k := p.from; k < p.name; k++ {
		if s.toks[k].capital {
			return false // "Senator TODAY" as one name written in capitals: not read here
		}
	}
	return true
}

// mythBuster28 reports whether tokens [from,to) are "Buster(s)" right
// after "myth", "fact" or "germ": a series' name.
func (s *scan) mythBuster28(from, to int) bool {
	if to-from != 1 || from < 1 || !inSet(s.toks[from].low, "buster", "busters") {
		return false
	}
	b := &s.toks[from-1]
	return b.sent == s.toks[from].sent && inSet(b.low, "myth", "myths", "fact", "germ")
}
