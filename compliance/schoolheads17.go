package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Schools named by their head word (session 18, clean passing). A
// practice lists its town's schools in its community names ("Randall High
// School", "Lamar Elementary", "Gannon University"), and its posts list
// them the way the town says them: "Tascosa, Palo Duro, Randall, Canyon",
// "Stephen F. Austin Elementary, Lamar and Wolflin", "Mercyhurst &
// Gannon". Many heads are surnames, so each read as a person (PRIV-10).
// Listed beside another school, with no "he" or "she" in the sentence,
// the word is the school. Joined to a person's name ("Harmon and
// Keisha") or told with someone's own news ("Harmon, Kessler Academy's
// quarterback, tore his ACL") it is a person.

// schoolKindWords end a school's name.
var schoolKindWords = newWordSet([]string{"high", "school", "elementary", "middle", "academy", "university", "college", "prep"})

// schoolHead returns the words of a community name before the school
// kind words that end it ("randall" for "Randall High School"), or nil.
func schoolHead(words []string) []string {
	n := len(words)
	for n > 0 && schoolKindWords.has(words[n-1]) {
		n--
	}
	if n == len(words) || n == 0 || n > 3 {
		return nil
	}
	return words[:n]
}

// schoolNamedByHead reports whether tokens [from,to) are a community
// school's head word listed beside another school, in a sentence that
// tells of no he or she (personPronouns, politics16.go).
func (s *scan) schoolNamedByHead(from, to int) bool {
	if !s.c.allow.schoolHeadWords[s.toks[from].low] || s.headAt(from) != to {
		return false
	}
	if from > 0 && names.Honorific(s.toks[from-1].low) || to < len(s.toks) && s.toks[to].low == "s" {
		return false
	}
	beside := from >= 2 && listJoins.has(s.toks[from-1].low) && s.schoolEndsAt(from-1) ||
		to+1 < len(s.toks) && listJoins.has(s.toks[to].low) && s.schoolStartsAt(to+1)
	return beside && !s.sentenceHasWord(s.toks[from].sent, personPronouns)
}

// headAt returns the end of the community school head that starts at
// token t, or -1.
func (s *scan) headAt(t int) int {
	for _, h := range s.c.allow.schoolHeads {
		k := 0
		for k < len(h) && t+k < len(s.toks) && s.toks[t+k].low == h[k] {
			k++
		}
		if k == len(h) {
			return t + k
		}
	}
	return -1
}

// schoolStartsAt reports whether a school's head starts at token t: one
// of the community schools, by its head or its whole name.
func (s *scan) schoolStartsAt(t int) bool {
	return s.c.allow.schoolHeadWords[s.toks[t].low] && s.headAt(t) > t
}

// schoolEndsAt reports whether a school's name ends at token end
// (exclusive): a school kind word ("... Elementary"), or a community
// school's head.
func (s *scan) schoolEndsAt(end int) bool {
	last := end - 1
	if last < 0 {
		return false
	}
	if s.toks[last].capital && schoolKindWords.has(s.toks[last].low) {
		return true
	}
	for _, h := range s.c.allow.schoolHeads {
		if from := end - len(h); from >= 0 && s.headAt(from) == end {
			return true
		}
	}
	return false
}
