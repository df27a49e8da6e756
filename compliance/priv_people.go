package compliance

import (
	"strconv"

	"github.com/practicepost/practicepost/compliance/names"
)

// triviaWords say a post tells of someone as fame or history: "Kerri
// Strug vaulted on a sprained ankle in 1996. Iconic.", "the Olympics".
var triviaWords = newWordSet([]string{"iconic", "legend", "legendary", "olympic", "olympics", "olympian", "medalist",
	"famously", "famous", "hall", "history", "historic", "champion", "championship", "celebrity", "trivia"})

// toldAsTrivia reports whether p, named by a whole name, is a public
// figure no list holds whom the post tells of as fame or history (issue
// 11, privacy family): a word of fame and a year at least 15 years back
// anywhere in the post, or a "fun fact" ("#VeteransDay fun fact: Jackie
// Robinson served as an Army lieutenant"). famed reads the words right
// beside the name ("author Robin Roberts"); a patient's story is not told
// as trivia.
func (s *scan) toldAsTrivia(p person) bool {
	if p.kind != names.FullName {
		return false
	}
	cue, old := false, false
	for t := range s.toks {
		w := s.toks[t].low
		if w == "fun" && t+1 < len(s.toks) && s.toks[t+1].low == "fact" {
			return true
		}
		if triviaWords.has(w) {
			cue = true
		}
		// A year at least 15 years back: what is told is past.
		if s.toks[t].kind == tokNumber && len(w) == 4 {
			if y, err := strconv.Atoi(w); err == nil && y >= 1900 && y <= s.d.Now.Year()-15 {
				old = true
			}
		}
	}
	return cue && old
}
