package compliance

import "github.com/practicepost/practicepost/compliance/names"

// A player told by the jersey number in three more shapes (session 29,
// t29privacy, PRIV-10). addJerseyPlayers (priv_roles16.go) reads the
// number with its team after it or a team ending in a plural before it,
// and roles23.go the number opening a sentence about the player's return.
// Writers who read no rules also put:
//   - the number owned by a town or a school: "Yorktown's #12 is back
//     under the Friday night lights after his concussion follow-ups"
//     (a possessive of a capitalised word that is no plural);
//   - the number and then "who" and what the player did: "a speedy
//     recovery to #14 who rolled his ankle at Luther Williams Field";
//   - the number set off by commas after the position it names: "a Legacy
//     Sabers linebacker, #52, came to see me after a hard hit".
// The school knows who wears the number; beside the player's own injury
// or care, checkNames blocks as for any one-person role, and with none it
// only notes them. Test: jersey29_test.go.

// jerseyShape29 returns where the player told by the jersey number at
// tokens [i, n] starts in one of this file's shapes, or -1. game says the
// post is about a team's game (sportPost or teamCheer29, asked once per
// scan by the caller: asked here per number, a text of many numbers was
// quadratic, TestNames23Linear).
func (s *scan) jerseyShape29(i, n, si int, game bool) int {
	// "Yorktown's #12 is back": the possessor, then a verb of the player
	// ("Denton's #1 pizza" is a rank and has none).
	if from := s.jerseyPossessor29(i, si); from >= 0 {
		if game && s.sameSent(n+1, si) && jerseyVerbs23.has(s.toks[n+1].low) {
			return from
		}
		return -1
	}
	// "#52" after a comma that closes a player's position: "a Legacy
	// Sabers linebacker, #52, came to see me".
	if p := i - 1; s.sameSent(p, si) && s.toks[p].low == "," {
		if q := p - 1; s.sameSent(q, si) && playerNouns29.has(s.toks[q].low) && !s.toks[q].capital && s.numberSetOff29(n, si) {
			if from := s.capitalsBefore29(q, si); from >= 0 && game {
				return from
			}
		}
	}
	// "to #14 who rolled his ankle", "to #5, who broke her wrist": the
	// number after a lead ("we're #1, who knew?" has a verb before it).
	if p := i - 1; s.sameSent(p, si) && s.toks[p].kind == tokWord && !jerseyLeads.has(s.toks[p].low) && !seenLeads.has(s.toks[p].low) {
		return -1
	}
	k := n + 1
	if s.sameSent(k, si) && s.toks[k].low == "," {
		k++
	}
	if game && s.sameSent(k, si) && s.toks[k].low == "who" && s.jerseyActs23(k, si) {
		return i
	}
	return -1
}

// jerseyPossessor29 returns where the capitalised possessor of the jersey
// number at token i starts ("Yorktown's #12", "Red Bank Catholic's #4"),
// or -1. The tokenizer leaves "s" after the apostrophe.
func (s *scan) jerseyPossessor29(i, si int) int {
	p := i - 1
	if !s.sameSent(p-1, si) || s.toks[p].low != "s" || s.toks[p-1].kind != tokWord || !s.toks[p-1].capital ||
		s.toks[p].start-s.toks[p-1].end > 3 {
		return -1
	}
	from := p - 1
	for s.sameSent(from-1, si) && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && from > p-5 {
		from--
	}
	return from
}

// capitalsBefore29 returns where the team told before the position at
// token q starts: capitalised words, with team words ("varsity", "girls")
// between allowed ("a Legacy Sabers linebacker", "the Cardinals varsity
// wrestler"), or -1.
func (s *scan) capitalsBefore29(q, si int) int {
	k := q - 1
	for s.sameSent(k, si) && s.toks[k].kind == tokWord && !s.toks[k].capital && teamModifierWord(s.toks[k].low) && k > q-3 {
		k--
	}
	if !s.sameSent(k, si) || s.toks[k].kind != tokWord || !s.toks[k].capital {
		return -1
	}
	from := k
	for s.sameSent(from-1, si) && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && from > k-4 {
		from--
	}
	return from
}

// teamCheer29 reports whether the post cheers a team ("Go Tigers!", "Go
// Lady Hawks!") or names the Friday night lights: a post about a game
// that sportCues can miss.
func (s *scan) teamCheer29() bool {
	for k := 0; k+1 < len(s.toks); k++ {
		switch s.toks[k].low {
		case "go":
			e := s.capitalRun(k+1, s.toks[k].sent)
			if e > k+1 && s.toks[k].capital && teamPlural23(s.toks[e-1].low) {
				return true
			}
		case "friday":
			if k+2 < len(s.toks) && s.toks[k+1].low == "night" && s.toks[k+2].low == "lights" {
				return true
			}
		}
	}
	return false
}

// playerNouns29 name a position or a sport a team has more than one of;
// before ", #52" in a post about a game the number picks out the one.
var playerNouns29 = newWordSet([]string{"player", "linebacker", "lineman", "receiver", "cornerback", "safety", "tackle",
	"forward", "defender", "defenseman", "midfielder", "winger", "guard", "outfielder", "infielder", "fielder", "batter",
	"hitter", "wrestler", "swimmer", "runner", "sprinter", "gymnast", "skater", "cheerleader", "pitcher", "catcher",
	"goalie", "keeper", "striker", "quarterback", "shortstop", "setter", "libero", "kicker", "punter", "center"})

// jerseyHealthChain29 reports whether the player p, told by a jersey number
// in sentence si, is told their own health in one of the next two
// sentences, each opening with "he" or "she": "a Legacy Sabers linebacker,
// #52, came to see me after a hard hit. He'd kept playing because he felt
// fine. He didn't have a fracture, but he did have a concussion."
// healthNextAbout reads only the next sentence; the chain of pronouns
// keeps the player the one spoken of. Only for a jersey: "the mayor"
// stays with healthNextAbout.
func (s *scan) jerseyHealthChain29(p person, si int) bool {
	if p.kind != names.Role || p.to-p.from < 2 || s.toks[p.to-1].kind != tokNumber || s.jerseyNumberAt(p.to-2) != p.to-1 {
		return false
	}
	for j := si + 1; j <= si+2 && j < len(s.sents); j++ {
		se := s.sents[j]
		opens := false
		for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
			opens = opens || inSet(s.toks[t].low, "he", "she")
		}
		if !opens {
			return false
		}
		if s.healthInSentence(j) && !s.generalSentence(j, true) {
			return true
		}
	}
	return false
}
