package compliance

// Booster clubs (PRIV-10, issue 11, session 24; tests in
// boosters24_test.go). A school's "booster club" and its "football
// boosters" are the parents who raise money for a team. A neighbour
// thanked with them ("Thank you to Mrs. Leticia Durán and the Hatch Valley
// Bears booster club for the tamales", "Big thanks to Coach Dwight Ramey
// and the Madison Central football boosters for the pizza") was read as
// someone beside a vaccine dose and blocked: dev124-287, dev129-247,
// dev135-254, all labelled review. The word is the club's when a club
// word follows it or a team's word stands just before it, and no vaccine
// is named right before it ("his tetanus booster", "COVID boosters"). The
// person's own care told elsewhere in the post still counts.

// boosterClubAfter, right after "booster(s)", make it the club: "booster
// club", "booster night", "boosters' fish fry".
var boosterClubAfter = newWordSet([]string{"club", "clubs", "night", "meeting", "meetings", "parents", "president", "banquet",
	"sale", "fundraiser", "dinner", "fry", "tent", "booth", "stand", "association", "org", "organization"})

// boosterTeamBefore, right before "boosters", make them a team's: "the
// football boosters", "the band boosters", "the Bears boosters" is left
// to the club word.
var boosterTeamBefore = newWordSet([]string{"football", "basketball", "baseball", "softball", "soccer", "wrestling", "volleyball",
	"hockey", "band", "athletic", "athletics", "sports", "track", "swim", "cheer", "choir", "theater", "theatre", "lacrosse",
	"tennis", "golf", "rodeo", "ffa", "orchestra", "robotics", "booster"})

// boosterVaccines, just before "booster(s)", make it a dose: "his tetanus
// booster club" is no phrase anyone writes, so a vaccine word wins.
var boosterVaccines = newWordSet([]string{"covid", "flu", "tetanus", "tdap", "td", "hepatitis", "hep", "mmr", "polio", "shingles",
	"pneumonia", "rsv", "vaccine", "vaccines", "kindergarten", "his", "her", "my", "their", "your", "first", "second", "next"})

// boosterClub reports "booster(s)" at t named for a club or a team.
func (s *scan) boosterClub(t int) bool {
	if t > 0 && boosterVaccines.has(s.toks[t-1].low) {
		return false
	}
	if t+1 < len(s.toks) && boosterClubAfter.has(s.toks[t+1].low) && s.toks[t+1].sent == s.toks[t].sent {
		return true
	}
	return s.toks[t].low == "boosters" && t > 0 && boosterTeamBefore.has(s.toks[t-1].low)
}
