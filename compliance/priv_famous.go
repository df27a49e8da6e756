package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Famous people a post names by their whole name (issue 11, session 14):
// "Bette Davis was born in Lowell", "Susan B. Anthony's house is a mile
// from our office", "the Bessie Smith Strut". A hand list does not reach
// them all; WordNet 3.0 knows some 5,000 whole names of people it has an
// entry for (names.Famous, built by names/genfamous.go). Told in a
// sentence with no health detail and no patient cue, such a name is
// history or the town's pride, no one the practice treats. A surname
// alone is anyone's, and so is a pair of the commonest first name and
// surname ("John Smith"): those need a cue that says famous (famed,
// toldAsFamous).

// famousNameWords is the most words a famous name is looked for in
// around a mention ("Martin Luther King Jr." is four).
const famousNameWords = 6

// famousNamed reports whether p is part of a whole name WordNet knows for
// a famous person, not one anyone may carry: the name's capitalized words,
// its initials ("Susan B. Anthony", where the initial's period ends a
// sentence for the scanner) and its particles ("Ludwig van Beethoven").
func (s *scan) famousNamed(p person) bool {
	_, _, ok := s.famousSpan(p)
	return ok
}

// famousSpan returns the first and the last token of the famous whole
// name p is part of (famousNamed).
func (s *scan) famousSpan(p person) (first, last int, ok bool) {
	if p.kind == names.Role {
		return 0, 0, false
	}
	var idx [2*famousNameWords + 1]int
	// Back from the name's first word, then on from it.
	lo := famousNameWords
	idx[lo] = p.name
	for t := p.name - 1; t >= 0 && lo > 0; t-- {
		if s.toks[t].low == "." && t > 0 && s.initialAt(t-1) || s.toks[t].low == "-" {
			continue
		}
		if !s.nameWordAt(t) {
			break
		}
		lo--
		idx[lo] = t
	}
	hi := famousNameWords + 1
	for t := p.name + 1; t < len(s.toks) && hi < len(idx); t++ {
		if s.toks[t].low == "." && s.initialAt(t-1) || s.toks[t].low == "-" {
			continue
		}
		if !s.nameWordAt(t) {
			break
		}
		idx[hi] = t
		hi++
	}
	var buf [famousNameWords]string
	for i := lo; i < hi; i++ {
		for j := i + 2; j <= hi && j-i <= famousNameWords; j++ {
			// The name must hold a word of the mention: "Bob Dylan" for
			// "Dylan", not "Bob" alone before another name.
			if idx[j-1] < p.name || idx[i] >= max(p.to, p.name+1) {
				continue
			}
			if !s.toks[idx[i]].capital || !s.toks[idx[j-1]].capital {
				continue // a particle opens or ends no name
			}
			words := buf[:0]
			for k := i; k < j; k++ {
				words = append(words, s.toks[idx[k]].low)
			}
			if famous, common := names.Famous(words); famous && !common {
				return idx[i], idx[j-1], true
			}
		}
	}
	return 0, 0, false
}

// famousAgain reports whether p, one word, is the first name or the
// surname of a famous whole name the post told before it ("Harry S.
// Truman took a brisk walk every morning. Be like Harry").
func (s *scan) famousAgain(p person) bool {
	if p.kind == names.Role || p.to-p.name != 1 {
		return false
	}
	w := s.toks[p.name].low
	for _, q := range s.people() {
		if q.from >= p.from {
			continue
		}
		if first, last, ok := s.famousSpan(q); ok && (s.toks[first].low == w || s.toks[last].low == w) && last < p.name {
			return true
		}
	}
	return false
}

// nameWordAt reports whether token t can stand in a whole name: a
// capitalized word, or a particle ("van", "da", "de").
func (s *scan) nameWordAt(t int) bool {
	tk := &s.toks[t]
	return tk.kind == tokWord && (tk.capital || nameParticles.has(tk.low))
}

// nameParticles stand lower case inside a whole name.
var nameParticles = newWordSet([]string{"van", "von", "da", "de", "di", "du", "del", "der", "la", "le", "y", "bin", "ibn", "al"})

// famousUntold reports whether p is a famous person's whole name
// (famousNamed) in sentences that tell no health and hold no patient
// cue, not greeted or spoken to: "George Eastman's house is a 10-minute
// drive from our office". "Congrats to Jackie Robinson on finishing chemo
// today!", "our patient George Eastman" and "Happy birthday, Willa
// Cather!" are someone's.
func (s *scan) famousUntold(p person) bool {
	si := s.toks[p.from].sent
	if s.cueSent[si] || s.healthInSentence(si) || s.greets(si) || p.to < len(s.toks) && s.toks[p.to].low == "," && s.addressed(si) {
		// "Willa Cather, your labs are in": spoken to, not told of.
		return false
	}
	if sj := s.toks[p.to-1].sent; sj != si && (s.cueSent[sj] || s.healthInSentence(sj)) {
		return false // "Susan B. | Anthony ...": the scanner ends a sentence at the initial
	}
	return s.famousNamed(p) || s.famousAgain(p)
}
