package compliance

// A myth label a busting verb takes as its object (MIS-01; session 29,
// t29clean). "Dr. Marcus busts a myth: cracking your knuckles does NOT
// cause arthritis" blocked (dev174-032, labelled review): under a bare
// "Myth:" a denial is the myth and states the claim (labelOverDenial),
// but "busts a myth:" heads the fact, as "Pasma myth:" does
// (mythheadings23.go). Tests: mythbust29_test.go.

// bustVerbs29 take a myth as their object and say it is about to be
// answered: "busts a myth:", "Busting a common myth:", "debunking
// another myth:", "desmentimos un mito:".
var bustVerbs29 = newWordSet([]string{"bust", "busts", "busting", "busted", "debunk", "debunks", "debunking", "debunked",
	"dispel", "dispels", "dispelling", "tackle", "tackles", "tackling", "crush", "crushing", "squash", "squashing",
	"desmiente", "desmentimos", "desmintiendo", "desmentir", "rompiendo", "rompemos", "derribando", "derribamos"})

// bustedLabel29 reports whether a busting verb stands before the myth
// label at token t, with at most two words of mythAdjectives23 between
// ("busts a myth", "busting a common myth"), in the label's sentence
// from start.
func (s *scan) bustedLabel29(t, start int) bool {
	for k := t - 1; k >= start && k >= t-3; k-- {
		w := s.toks[k].low
		if bustVerbs29.has(w) {
			return true
		}
		if s.toks[k].kind != tokWord || !mythAdjectives23.has(w) && !inSet(w, "un", "una", "otro", "otra", "el", "la") {
			return false
		}
	}
	return false
}
