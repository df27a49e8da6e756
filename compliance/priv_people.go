package compliance

import (
	"strconv"
	"strings"

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
	if !s.triviaDone {
		s.trivia, s.triviaDone = s.findTrivia(), true
	}
	return s.trivia
}

// findTrivia reports "fun fact", or a trivia word with a year at least 15
// years back, anywhere in the post; toldAsTrivia asks it once per check.
func (s *scan) findTrivia() bool {
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

// blockStreets finds streets named without a house number in the forms
// streetNameRE does not read (issue 11, identifier family): a hundred
// block ("the 3500 block of S 56th St", "the 1200 block of Maple") and a
// numbered street after "on" ("on S 56th St", "off 23rd Ave"). In a small
// town either places a person. The first needs the word "block", the
// second a street word (streets: checkGeography asked once); a text with
// neither is not walked.
func (s *scan) blockStreets(streets bool) []span {
	if !streets && !s.words.has("block") {
		return nil
	}
	var out []span
	for t := range s.toks {
		tk := &s.toks[t]
		if tk.shape&classDigit == 0 {
			continue
		}
		switch {
		case tk.kind == tokNumber && len(tk.low) >= 3 && len(tk.low) <= 5 && strings.HasSuffix(tk.low, "00") && s.blockOf(t) > 0:
			// "the 3500 block of S 56th St", "the 1400-block Genesee St
			// resident": the street runs on to its type word, or while its
			// words are capitalized or numbered.
			first := s.blockOf(t)
			end := first
			for k := first; k < len(s.toks) && k < first+4 && s.toks[k].sent == tk.sent && s.toks[k].kind != tokPunct; k++ {
				w := &s.toks[k]
				if !w.capital && w.kind != tokNumber && !ordinalNumber(w.low) && !streetWordSet.has(w.low) {
					break
				}
				end = k + 1
				if streetWordSet.has(w.low) {
					break
				}
			}
			if end > first && (s.toks[first-1].low == "of" || streetWordSet.has(s.toks[end-1].low)) {
				out = append(out, span{t, end})
			}
		case ordinalNumber(tk.low) && t+1 < len(s.toks) && streetWordSet.has(s.toks[t+1].low) && t >= 1:
			// "on 23rd Ave", "on S 56th St"
			from := t
			if p := &s.toks[t-1]; len(p.low) == 1 && p.capital && strings.ContainsAny(p.low, "nsew") {
				from = t - 1
			}
			if from >= 1 && inSet(s.toks[from-1].low, "on", "off", "near", "along") {
				out = append(out, span{from, t + 2})
			}
		}
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// blockOf returns the token where the street's name starts after the
// hundred number at token t: "3500 block of Lamerton", "1400-block
// Genesee St"; 0 when no "block" follows t.
func (s *scan) blockOf(t int) int {
	k := t + 1
	if k < len(s.toks) && s.toks[k].low == "-" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].low != "block" {
		return 0
	}
	if k+1 < len(s.toks) && s.toks[k+1].low == "of" {
		k++
	}
	if k+1 >= len(s.toks) {
		return 0
	}
	return k + 1
}

// addressed reports whether sentence si opens with a person's name said
// to them, with "you" or "your" in it or the next sentence: "Tamika, 2nd
// grade teacher at Holbrook — your lab work shows ...", "Mrs. K. from the
// Bay Harbor Islands — your biopsy paperwork is ready". Then "your" in the
// post is that person's, not every reader's.
func (s *scan) addressed(si int) bool {
	return s.sentenceFact(factAddressed, si, s.findAddressed)
}

// findAddressed is addressed, read from the text.
func (s *scan) findAddressed(si int) bool {
	se := s.sents[si]
	if se.tokStart >= se.tokEnd || !s.toks[se.tokStart].capital || !s.personAt(se.tokStart) {
		return false
	}
	end := se.tokEnd
	if si+1 < len(s.sents) {
		end = s.sents[si+1].tokEnd
	}
	for t := se.tokStart + 1; t < end; t++ {
		if inSet(s.toks[t].low, "you", "your", "ur", "u") {
			return true
		}
	}
	return false
}

// addKnownWho adds the one person a post says the reader can tell: "you
// know who you are", "u know who u r", "ya sabes quién eres", "iykyk". The writer
// leaves the name out because everyone who matters knows it: with a
// health detail beside ("first sober Thanksgiving for the big guy who
// runs the youth team at church, you know who you are") it tells that
// person's care, like a one-person role.
func (s *scan) addKnownWho() {
	if !((s.words.has("know") || s.words.has("knows")) && s.words.has("who")) && !s.words.has("sabes") && !s.words.has("iykyk") {
		return
	}
	for t := 0; t < len(s.toks); t++ {
		w := s.toks[t].low
		if w == "iykyk" { // "if you know, you know"
			s.addPerson(person{span{t, t + 1}, t + 1, names.Role})
			continue
		}
		if t == 0 || t+3 >= len(s.toks) {
			continue
		}
		english := w == "know" && inSet(s.toks[t-1].low, "you", "u", "ya") && s.toks[t+1].low == "who" &&
			inSet(s.toks[t+2].low, "you", "u", "ya") && inSet(s.toks[t+3].low, "are", "r", "re")
		spanish := w == "sabes" && inSet(s.toks[t-1].low, "ya", "tú", "tu") && inSet(s.toks[t+1].low, "quién", "quien") &&
			s.toks[t+2].low == "eres"
		// "(she knows who she is)", "he knows who he is": the same, said
		// of the person. "they know who they are" thanks a family or a
		// crowd, many people.
		third := w == "knows" && inSet(s.toks[t-1].low, "she", "he") && s.toks[t+1].low == "who" && s.toks[t+2].low == s.toks[t-1].low &&
			s.toks[t+3].low == "is"
		// "(y'all know exactly who)", "you know who 😉": the name left out
		// on purpose, at the end of what is said.
		left := w == "know" && inSet(s.toks[t-1].low, "you", "u", "ya", "all") && (s.toks[t+1].low == "who" ||
			(s.toks[t+1].low == "exactly" && s.toks[t+2].low == "who"))
		if (english || left) && s.crowdAddressed(t-1) {
			continue // "everyone who came to our class — you know who you are" (knownwho20.go)
		}
		if left {
			k := t + 2
			if s.toks[t+1].low == "exactly" {
				k++
			}
			if k >= len(s.toks) || (s.toks[k].kind == tokPunct && s.toks[k].low != "'") || s.toks[k].sent != s.toks[t].sent {
				s.addPerson(person{span{t - 1, k}, k, names.Role})
				continue
			}
		}
		if english || spanish || third {
			end := t + 4
			if spanish {
				end = t + 3
			}
			s.addPerson(person{span{t - 1, end}, end, names.Role})
		}
	}
}
