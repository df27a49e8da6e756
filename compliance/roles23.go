package compliance

// Players told by a jersey number or by the one position a team has, in
// shapes session 16's readers (priv_roles16.go) did not take (issue 11,
// session 23, t23names): a team's line ("#19 on the Komets blue line",
// "#22 on the Redhawks D-line"), a school after "at" ("#12 at Ridgeview
// High"), a number opening its sentence with its own care ("#23 is
// cleared to play after his concussion protocol"), a team ending in
// "Sox" ("Bay Sox #22", "That WooSox bat boy"), and a team's acronym, its
// possessive or team words before a position ("TU's starting point
// guard", "the UB point guard", "Eastside girls' varsity keeper"). The
// school or the team knows who it is; beside their care checkNames blocks
// as for any one-person role.

// teamPlural23 reports whether the last word of a capitalized name ends
// as a team's does: a plural ("Rams"), or "Sox" ("Red Sox", "WooSox").
func teamPlural23(w string) bool {
	return hasSuffix(w, "s") || hasSuffix(w, "sox")
}

// teamLine23 reports whether token m is a team's line in a post about a
// game ("the Komets blue line", "the Waite Indians offensive line"), not
// a bus or train line ("#9 on the Ashland line").
func (s *scan) teamLine23(m int) bool {
	return (s.toks[m].low == "line" || s.toks[m].low == "lines") && s.sportPost()
}

// schoolAfter23 reports whether a school is named from token k: capitalized
// words ending in a school's word ("Ridgeview High", "West De Pere High",
// "Bishop Kelly Catholic").
func (s *scan) schoolAfter23(k, si int) bool {
	if s.sameSent(k, si) && s.toks[k].low == "the" {
		k++
	}
	e := s.capitalRun(k, si)
	return e > k && teamSchoolWords.has(s.toks[e-1].low)
}

// jerseyVerbs23 after a jersey number say what the player did or how they
// are: "#23 is cleared", "#7 limped in", "#4 tore her ACL".
var jerseyVerbs23 = newWordSet([]string{"is", "was", "got", "gets", "had", "came", "limped", "tore", "broke", "hurt", "sprained",
	"finished", "took", "went", "stopped", "left", "dislocated", "rolled", "twisted", "pulled", "fractured"})

// jerseyActs23 reports whether the jersey number at token n (with no team
// named) is followed by what a player does and, within a dozen words of
// the sentence, care told as theirs: "#23 is cleared to play Friday after finishing his
// concussion protocol with us". "#23 scored twice tonight" tells no care;
// "#23 is our favorite number" none either.
func (s *scan) jerseyActs23(n, si int) bool {
	if !s.sameSent(n+1, si) || !jerseyVerbs23.has(s.toks[n+1].low) || !s.healthInSentence(si) {
		return false
	}
	own := false
	for k := n + 2; k <= n+14 && s.sameSent(k, si); k++ {
		if s.inHealth(k) && own {
			return true
		}
		own = own || jerseyOwnCare23.has(s.toks[k].low)
	}
	return false
}

// jerseyOwnCare23 before a health detail make it the player's own: "after
// his concussion protocol", "with an ankle sprain", "tore her ACL".
// "#23 is our favorite number ... sports physicals Saturday" has none.
var jerseyOwnCare23 = newWordSet([]string{"his", "her", "their", "after", "with", "from", "since"})

// positionTeam23 returns where a team told before the position at token k
// starts, for shapes addTeamPositions' first reading leaves: b is where
// its walk back over team words ("varsity", "girls", "starting") stopped.
// Team words between make any capitalized word the team ("Eastside girls'
// varsity keeper"); a team's acronym is one ("the UB point guard"), and
// so is an acronym's or a plural's possessive ("TU's starting point
// guard"). Returns -1 for none.
func (s *scan) positionTeam23(k, b, si int) int {
	if !s.sameSent(b, si) || s.toks[b].kind != tokWord {
		return -1
	}
	var from int
	switch tb := &s.toks[b]; {
	case tb.capital && b < k-1:
		from = b // "Eastside girls varsity keeper"
	case tb.capital && s.teamAcronym23(b) && s.sameSent(b-1, si) && inSet(s.toks[b-1].low, "the", "our", "your", "ur", "that"):
		from = b // "the UB point guard"; "a former D2 pitcher" is a kind of player
	case tb.low == "s" && s.sameSent(b-1, si) && s.toks[b-1].capital && s.toks[b-1].kind == tokWord &&
		tb.start-s.toks[b-1].end <= 3 && (s.teamAcronym23(b-1) || teamPlural23(s.toks[b-1].low)):
		from = b - 1 // "TU's starting point guard"
	default:
		return -1
	}
	if p := from - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our", "your", "ur", "that") {
		from = p
	}
	return from
}

// teamAcronym23 reports whether token t is a team's or a school's short
// name in capitals, two to four letters ("UB", "TU", "EKU"), that no
// health word is ("ER", "ICU").
func (s *scan) teamAcronym23(t int) bool {
	tk := &s.toks[t]
	n := tk.end - tk.start
	if n < 2 || n > 4 || !isUpperWord(s.text[tk.start:tk.end]) || s.inHealth(t) || notInitials.has(tk.low) {
		return false
	}
	for i := tk.start; i < tk.end; i++ {
		if c := s.text[i]; c < 'A' || c > 'Z' {
			return false // "D2", "U10": a division or an age group, no team
		}
	}
	return true
}
