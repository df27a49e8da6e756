package compliance

import "strings"

// Schools and towns on the two sides of a game (PRIV-10; session 29,
// t29clean). "The Cobblers' #1 fan? That's Dr. Jon. Catch him in the
// stands at the Central vs. Stevens game Friday" (dev159-276), "Reading
// High vs. Wilson on Thanksgiving morning 🦃🏈" (dev154-111), "the Lynn
// Classical vs. Lynn English Thanksgiving game" (dev152-214), "Good luck
// to Mercer football Saturday" (dev171-278), all labelled pass: a school
// named by a surname ("Stevens", "Wilson", "Mercer") was warned on as a
// person. A name right before or after "vs." in a post about a game
// (sportNear, or a ball's emoji in the sentence), or a name right before
// a sport ("Mercer football"), is a team, unless one person is hurt and
// wished well near it (injuryWishedNear). Tests: rivals29_test.go.

// sportNouns29 follow a school's name for its team: "Mercer football".
var sportNouns29 = newWordSet([]string{"football", "soccer", "baseball", "softball", "basketball", "volleyball", "hockey",
	"wrestling", "lacrosse", "athletics"})

// ballEmoji29 say a sentence is about a game: football, basketball,
// baseball, soccer, volleyball, hockey, softball.
var ballEmoji29 = []string{"🏈", "🏀", "⚾", "⚽", "🏐", "🏒", "🥎"}

// rivalSide29 reports whether tokens [from,to) are one side of a game:
// right after or right before "vs." or "versus" with a game near, or
// right before a sport noun, with no one hurt and wished well near.
func (s *scan) rivalSide29(from, to int) bool {
	if to-from < 1 || !s.toks[from].capital {
		return false
	}
	si := s.toks[from].sent
	vs := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].sent == si && inSet(s.toks[k].low, "vs", "versus")
	}
	before := vs(from-1) || from >= 2 && s.toks[from-1].low == "." && vs(from-2)
	after := vs(to)
	sport := to < len(s.toks) && s.toks[to].sent == si && sportNouns29.has(s.toks[to].low) && (from == 0 || s.toks[from-1].low != "s")
	if !before && !after && !sport || after && s.vsIllness29(to) || sport && s.sportTitle29(to) {
		return false
	}
	if !sport && !s.sportNear(from, to) && !s.ballInSentence29(si) {
		return false
	}
	return !s.injuryWishedNear(from, to)
}

// ballInSentence29 reports a ball's emoji in sentence si, or just after
// it (an emoji may close the sentence the tokenizer ended before it).
func (s *scan) ballInSentence29(si int) bool {
	se := s.sents[si]
	a := s.toks[se.tokStart].start
	b := len(s.text)
	if si+1 < len(s.sents) {
		b = s.toks[s.sents[si+1].tokStart].start
	}
	seg := s.text[a:b]
	for _, e := range ballEmoji29 {
		if strings.Contains(seg, e) {
			return true
		}
	}
	return false
}

// vsIllness29 reports an illness or a treatment on the other side of the
// "vs." at token k: "Rosa vs. chemo", "Keoni vs. leukemia", "Coach Rivera
// vs. his torn ACL" tell a patient's fight, not a game (att29).
func (s *scan) vsIllness29(k int) bool {
	si := s.toks[k].sent
	for j := k + 1; j < len(s.toks) && j <= k+4 && s.toks[j].sent == si; j++ {
		if s.inHealth(j) {
			return true
		}
		if !inSet(s.toks[j].low, ".", "the", "his", "her", "their", "a", "torn", "broken") {
			return false
		}
	}
	return false
}

// sportTitle29 reports the sport at token k followed by a person's title:
// "Tyler Jones football star", "Maya Lopez soccer captain" name a player
// (att29); "Mercer football Saturday" a team.
func (s *scan) sportTitle29(k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].sent == s.toks[k].sent &&
		inSet(s.toks[k+1].low, "star", "captain", "player", "standout", "mvp", "legend", "champ", "champion", "phenom", "superstar")
}
