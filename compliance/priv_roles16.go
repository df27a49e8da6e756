package compliance

import (
	"slices"
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// One person picked out with no name (PRIV-10, issue 11, session 16): a
// player by the jersey number and the team it is worn for ("#23 on the
// McCaskey Red Tornado", "Kingsburg High varsity #23"), the one position
// a team has ("Hilltoppers QB1", "Goalie for the Winooski Spartans"), a
// job only one person has at a place named ("Fresno Unified's
// longest-serving custodian", "the mail carrier on our Wabash route", "the
// RA on Holcombe Hall 3rd floor", "the Bird-in-Hand postmaster"), and
// whoever is inside a mascot's costume. The team, the school or the town
// knows who it is; beside a health event checkNames blocks as it does for
// any one-person role, and with none it only notes them.

// jerseyLeads may stand before a jersey number told as the player: the
// start of a sentence, a greeting, an article. A word for a thing ("bus
// #9", "booth #14", "we're #1") makes the number the thing's.
var jerseyLeads = newWordSet([]string{"to", "the", "our", "your", "for", "and", "congrats", "congratulations", "shoutout",
	"hey", "go", "welcome", "love", "proud", "of", "thanks", "thank", "mahalo", "iakwe", "felicidades", "shout", "out",
	// Seeing the player back (session 23): "So happy to see #23 from the
	// Packers back on the field".
	"see", "saw", "seeing"})

// teamJoiners join a player or a position to the team named after it:
// "#12 on the Rams", "Goalie for the Apaches", "#7 with the Tulare Union
// girls soccer team".
var teamJoiners = newWordSet([]string{"on", "for", "with", "from", "of"})

// rankedThings after a capitalized name make it a list or a route, not a
// team: "#1 on the Fresno Bee's best list", "#9 on the Ashland line".
var rankedThings = newWordSet([]string{"list", "lists", "chart", "charts", "ballot", "poll", "polls", "ranking", "rankings",
	"menu", "map", "board", "leaderboard", "schedule", "route", "line", "bus", "highway", "awards", "award", "survey", "index"})

// sportCues tell a post is about a team's game: a player's number or a
// position is then a player's.
var sportCues = newWordSet([]string{"team", "varsity", "jv", "game", "games", "field", "court", "season", "practice", "playoffs",
	"playoff", "tournament", "match", "soccer", "football", "basketball", "baseball", "softball", "volleyball", "hockey",
	"lacrosse", "wrestling", "rugby", "homecoming", "scrimmage", "play", "playing", "played", "roster", "squad", "coach",
	"stadium", "gym", "pitch", "rink", "mat", "bench", "sideline", "sidelines", "ball", "goal", "goals", "touchdown", "league"})

// sportEmoji are the balls and games posts put beside a player.
var sportEmoji = []string{"🏈", "⚽", "🏀", "⚾", "🥎", "🏐", "🏒", "🤼", "🏟", "🥅", "🏃"}

// teamPositions are the positions a team has one player in. "center"
// alone is a building's ("the Senior Center"); "starting center" is a
// player.
var teamPositions = newWordSet(teamPositionWords)

var teamPositionWords = []string{"goalie", "goalkeeper", "keeper", "quarterback", "qb", "qb1", "qb2", "catcher",
	"shortstop", "pitcher", "kicker", "punter", "setter", "libero", "striker", "captain", "coxswain", "mascot"}

// teamPositionPairs are the two-word positions a team has one player in.
var teamPositionPairs = newPairSet("point guard", "shooting guard", "bat boy", "bat girl", "ball boy", "ball girl",
	"starting center", "starting goalie", "starting pitcher", "starting quarterback", "starting qb", "center fielder",
	"first baseman", "tight end", "running back", "wide receiver", "left tackle", "nose tackle", "middle blocker",
	"outside hitter", "team captain", "head manager")

// positionHeads are every position's first word: the gate for the walk,
// derived from the two lists so a position added to either is read.
var positionHeads = func() *wordSet {
	heads := slices.Clone(teamPositionWords)
	for pair := range teamPositionPairs.m {
		heads = append(heads, pair[0])
	}
	return newWordSet(heads)
}()

// costumeWords16 name what a mascot's wearer is inside.
var costumeWords16 = newWordSet([]string{"costume", "suit", "mascot", "outfit"})

// wearerWords before "inside the ... costume" are the one who wears it.
var wearerWords = newWordSet([]string{"who", "whoever", "person", "guy", "gal", "kid", "student", "someone", "somebody", "one",
	"man", "woman", "dude", "senior", "junior", "freshman", "sophomore"})

// jobRouteWords end the place a carrier or a driver works ("on our Wabash
// route", "the Pūpūkea run", "the Elm St beat").
var jobRouteWords = newWordSet([]string{"route", "routes", "run", "beat", "line", "shift", "floor", "wing", "hall"})

// pairSet is a set of two-word phrases, looked up by their two words.
type pairSet struct{ m map[[2]string]bool }

func newPairSet(phrases ...string) *pairSet {
	ps := &pairSet{m: make(map[[2]string]bool, len(phrases))}
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if p[i] == ' ' {
				ps.m[[2]string{p[:i], p[i+1:]}] = true
				break
			}
		}
	}
	return ps
}

func (ps *pairSet) has(a, b string) bool { return ps.m[[2]string{a, b}] }

// roles16 gate bits: which of this file's shapes a text may hold.
const (
	gateJersey uint8 = 1 << iota
	gatePosition
	gateCostume
	gateRoute
	gateWorker
)

// roles16Words are every word a shape of this file needs: one pass over
// the text's distinct words, with one set look-up each, tells which
// shapes to walk for.
var roles16Words = func() *wordSet {
	all := []string{"#", "number", "no", "ra", "who"}
	for _, ws := range []*wordSet{positionHeads, costumeWords16, jobRouteWords} {
		for _, slot := range ws.slots {
			all = append(all, slot...)
		}
	}
	return newWordSet(all)
}()

// roles16Gate returns the gate bits of a word of roles16Words ("mascot"
// is a position and a costume both).
func roles16Gate(w string) uint8 {
	var g uint8
	if w == "#" || w == "number" || w == "no" {
		g |= gateJersey
	}
	if w == "ra" || jobRouteWords.has(w) {
		g |= gateRoute
	}
	if costumeWords16.has(w) {
		g |= gateCostume
	}
	if positionHeads.has(w) {
		g |= gatePosition
	}
	if w == "who" {
		g |= gateWorker
	}
	return g
}

// addRoles16 adds the one-person roles of this file to s.persons. Each
// shape is gated by a word it needs, gathered in one pass, so most posts
// skip them all.
func (s *scan) addRoles16() {
	var gates uint8
	for _, w := range s.words.list {
		if roles16Words.has(w) {
			gates |= roles16Gate(w)
		}
	}
	if gates&gateJersey != 0 {
		s.addJerseyPlayers()
	}
	if gates&gatePosition != 0 {
		s.addTeamPositions()
	}
	if gates&gateRoute != 0 || s.words.has("s") || s.hasByte("-") {
		s.addPlaceJobs()
	}
	if gates&gateCostume != 0 {
		s.addCostumeWearers()
	}
	if gates&gateWorker != 0 {
		s.addWorkersByClause()
	}
}

// addRolePerson adds one role told by [from,to) unless a person found
// already stands there.
func (s *scan) addRolePerson(from, to int) {
	if len(s.persons) >= maxMatches {
		return
	}
	for _, q := range s.persons {
		if from < q.to && q.from < to {
			return
		}
	}
	s.persons = append(s.persons, person{span{from, to}, to, names.Role})
}

// sportPost reports whether the post is about a team's game, by a word or
// a ball.
func (s *scan) sportPost() bool {
	if s.hasAny(sportCues) {
		return true
	}
	for _, e := range sportEmoji {
		if s.lowerContains(e) {
			return true
		}
	}
	return false
}

// sameSent reports whether token k exists and is in sentence si.
func (s *scan) sameSent(k, si int) bool { return k >= 0 && k < len(s.toks) && s.toks[k].sent == si }

// capitalRun returns the end of the run of capitalized words from k in
// sentence si (at most five), or k.
func (s *scan) capitalRun(k, si int) int {
	e := k
	for e < k+5 && s.sameSent(e, si) && s.toks[e].capital && s.toks[e].kind == tokWord {
		e++
	}
	return e
}

// teamAfter reports whether a team is named from token k: an optional
// "the", then capitalized words that are no list, route or award.
func (s *scan) teamAfter(k, si int) bool {
	if s.sameSent(k, si) && s.toks[k].low == "the" {
		k++
	}
	e := s.capitalRun(k, si)
	if e == k {
		return false
	}
	for m := k; m < e+4 && s.sameSent(m, si); m++ {
		if rankedThings.has(s.toks[m].low) && !s.teamLine23(m) {
			return false
		}
	}
	return true
}

// pluralTeamAfter reports whether the capitalized name from token k (past
// "the") ends in a plural, as a team's does ("the Clovis East
// Timberwolves", "the Rams").
func (s *scan) pluralTeamAfter(k, si int) bool {
	if s.sameSent(k, si) && s.toks[k].low == "the" {
		k++
	}
	e := s.capitalRun(k, si)
	return e > k && len(s.toks[e-1].low) > 3 && teamPlural23(s.toks[e-1].low)
}

// jerseyNumberAt returns the number token of a jersey told at token i
// ("#23", "number 24", "No. 7"), or -1.
func (s *scan) jerseyNumberAt(i int) int {
	n := i + 1
	switch s.toks[i].low {
	case "#":
	case "number":
	case "no":
		if n < len(s.toks) && s.toks[n].low == "." {
			n++
		}
	default:
		return -1
	}
	if n >= len(s.toks) || s.toks[n].kind != tokNumber || len(s.toks[n].low) > 2 || s.toks[n].sent != s.toks[i].sent {
		return -1
	}
	if s.toks[i].low == "#" && s.toks[n].start != s.toks[i].end {
		return -1 // "# 23" is no jersey
	}
	return n
}

// addJerseyPlayers finds a player told by a jersey number and a team: the
// team after ("#23 on the McCaskey Red Tornado", "Number 24 for the
// Warren East Raiders") or before ("Kingsburg High varsity #23", "Kimberly
// Bulldogs #22", "the Roadrunners' shortstop #7"). Only in a post about a
// team's game: "#2 on the Chamber's list" ranks a firm.
func (s *scan) addJerseyPlayers() {
	sport := -1 // not yet asked
	cheer := -1 // a game by sportPost or teamCheer29 (jersey29.go), not yet asked
	for i := range s.toks {
		n := s.jerseyNumberAt(i)
		if n < 0 {
			continue
		}
		if sport < 0 {
			sport = 0
			if s.sportPost() {
				sport = 1
			}
		}
		si := s.toks[i].sent
		if from := s.teamBefore(i, si); from >= 0 && sport == 1 {
			s.addRolePerson(from, n+1)
			continue
		}
		// "Yorktown's #12", "#14 who rolled his ankle", "a Sabers
		// linebacker, #52," (jersey29.go).
		if cheer < 0 {
			cheer = 0
			if sport == 1 || s.teamCheer29() {
				cheer = 1
			}
		}
		if from := s.jerseyShape29(i, n, si, cheer == 1); from >= 0 {
			s.addRolePerson(from, n+1)
			continue
		}
		if p := i - 1; s.sameSent(p, si) && s.toks[p].kind == tokWord && !jerseyLeads.has(s.toks[p].low) && !seenLeads.has(s.toks[p].low) {
			continue // "bus #9", "we're #1": a thing's number or a rank
		}
		k := n + 1
		if s.sameSent(k, si) && names.RoleNoun(s.toks[k].low) {
			k++ // "#12 goalie for the Rams"
		}
		// Outside a post about a game, the team's name says it is one:
		// "number 31 for the Clovis East Timberwolves".
		if s.sameSent(k, si) && teamJoiners.has(s.toks[k].low) && s.teamAfter(k+1, si) && (sport == 1 || s.pluralTeamAfter(k+1, si)) {
			s.addRolePerson(i, n+1)
			continue
		}
		// "#12 at Ridgeview High", "#23 is cleared to play after his
		// concussion protocol" (roles23.go).
		if sport == 1 && (s.sameSent(k, si) && s.toks[k].low == "at" && s.schoolAfter23(k+1, si) || s.jerseyActs23(n, si)) {
			s.addRolePerson(i, n+1)
		}
	}
}

// teamBefore returns where a team told right before the jersey at token
// i starts ("Kingsburg High varsity #23", "Kimberly Bulldogs #22", "the
// shortstop #7"), or -1. The team is capitalized words ending in a plural
// or a school word, or with a team word between ("varsity", "girls"); a
// position alone counts too.
func (s *scan) teamBefore(i, si int) int {
	k := i - 1
	between := false
	for s.sameSent(k, si) && s.toks[k].kind == tokWord && !s.toks[k].capital && teamModifierWord(s.toks[k].low) {
		k--
		between = true
	}
	if !s.sameSent(k, si) || s.toks[k].kind != tokWord {
		return -1
	}
	if !s.toks[k].capital {
		if teamPositions.has(s.toks[k].low) || names.RoleNoun(s.toks[k].low) && sportRoleWord(s.toks[k].low) {
			return k // "the Knights' catcher #2"
		}
		return -1
	}
	from := k
	for s.sameSent(from-1, si) && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && from > k-4 {
		from--
	}
	last := s.toks[k].low
	if !between && !teamPlural23(last) && !teamSchoolWords.has(last) {
		return -1
	}
	return from
}

// teamSchoolWords end a school's name, which a team plays for ("Kingsburg
// High #23").
var teamSchoolWords = newWordSet([]string{"high", "prep", "academy", "catholic", "christian", "central", "east", "west", "north",
	"south", "tech", "hs", "u", "university", "college", "state"})

// teamModifierWord reports whether w stands between a team and a player
// ("varsity", "girls", "soccer").
func teamModifierWord(w string) bool {
	return inSet(w, "varsity", "jv", "girls", "boys", "womens", "mens", "soccer", "football", "basketball", "baseball", "softball",
		"volleyball", "hockey", "lacrosse", "team", "junior", "senior", "freshman", "starting", "star",
		// The sports' everyday names (session 18): "Bartlett High girls hoops #23".
		"hoops", "wrestling", "rugby", "futsal")
}

// sportRoleWord reports whether a role noun is a player's.
func sportRoleWord(w string) bool {
	return inSet(w, "goalie", "keeper", "catcher", "shortstop", "pitcher", "quarterback", "striker", "captain")
}

// positionEnd returns the end of a team position starting at token k
// ("QB1", "goalie", "point guard", "starting center"), or k.
func (s *scan) positionEnd(k, si int) int {
	if !s.sameSent(k, si) || s.toks[k].kind != tokWord {
		return k
	}
	if s.sameSent(k+1, si) && teamPositionPairs.has(s.toks[k].low, s.toks[k+1].low) {
		return k + 2
	}
	if teamPositions.has(s.toks[k].low) {
		return k + 1
	}
	return k
}

// addTeamPositions finds the one position a team has, told with its team:
// the team before ("Hilltoppers QB1", "your Spartans point guard", "the
// Mesquite Flats Mustangs' starting center", "our Hot Rods bat boy") or
// after ("Goalie for the Winooski Spartans girls' team").
func (s *scan) addTeamPositions() {
	for k := range s.toks {
		if !positionHeads.has(s.toks[k].low) {
			continue
		}
		si := s.toks[k].sent
		e := s.positionEnd(k, si)
		if e == k {
			continue
		}
		// The team before: capitalized words, then team words.
		b := k - 1
		for s.sameSent(b, si) && !s.toks[b].capital && s.toks[b].kind == tokWord && teamModifierWord(s.toks[b].low) && b > k-3 {
			b--
		}
		if s.sameSent(b, si) && s.toks[b].capital && s.toks[b].kind == tokWord && !s.toks[k].capital &&
			(hasSuffix(s.toks[b].low, "s") || teamSchoolWords.has(s.toks[b].low)) || s.qbCode(k) && s.sameSent(b, si) && s.toks[b].capital {
			from := b
			for s.sameSent(from-1, si) && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && from > b-4 {
				from--
			}
			if p := from - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our", "your", "ur") {
				from = p
			}
			if !s.practiceOwned(from, b+1) {
				s.addRolePerson(from, e)
			}
			continue
		}
		// "TU's starting point guard", "the UB point guard", "Eastside
		// girls' varsity keeper" (roles23.go).
		if from := s.positionTeam23(k, b, si); from >= 0 && !s.toks[k].capital && !s.practiceOwned(from, k) {
			s.addRolePerson(from, e)
			continue
		}
		// The team after: "Goalie for the Sanger Apaches", "QB1 of the
		// Bears". A position said of everyone ("goalies for the
		// league") is plural and no head here.
		if s.sameSent(e, si) && teamJoiners.has(s.toks[e].low) && s.teamAfter(e+1, si) && s.sportPost() {
			from := k
			if p := k - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our", "your", "ur") {
				from = p
			}
			s.addRolePerson(from, e)
		}
	}
}

// qbCode reports whether token k is a depth-chart code ("QB1").
func (s *scan) qbCode(k int) bool { return s.toks[k].low == "qb1" || s.toks[k].low == "qb2" }

// practiceOwned reports whether any word of [from,to) is the practice's
// own (its name, its staff).
func (s *scan) practiceOwned(from, to int) bool {
	for t := from; t < to; t++ {
		if practiceWord(s, t) || s.c.allow.staff[s.toks[t].low] {
			return true
		}
	}
	return false
}

// addPlaceJobs finds a job only one person has at a place named: owned by
// the place ("Fresno Unified's longest-serving custodian", "Hagerman
// Elementary's crossing guard"), on a route, a dorm's floor or a hall
// ("the mail carrier on our Wabash route", "the RA on Holcombe Hall 3rd
// floor"), or with a hyphenated town before it ("the Bird-in-Hand
// postmaster").
func (s *scan) addPlaceJobs() {
	lastS := -10 // the last possessive "s": an owner needs one just before the job
	for k := 1; k < len(s.toks); k++ {
		w := s.toks[k].low
		if w == "s" {
			lastS = k
			continue
		}
		// Only a job after an article, a possessive or a hyphenated
		// name can be one of these: the look-ups below wait for one.
		if p := &s.toks[k-1]; !(p.low == "the" || p.low == "our" || p.low == "your" || k-lastS <= 5 ||
			p.capital && p.start > 0 && s.text[p.start-1] == '-') {
			continue
		}
		si := s.toks[k].sent
		e := s.roleNounEnd(k, si)
		if e == k {
			continue
		}
		if w == "ra" {
			// "the RA on Holcombe Hall 3rd floor": a dorm floor's one
			// resident assistant.
			if p := k - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our", "your") && s.sameSent(k+1, si) &&
				inSet(s.toks[k+1].low, "on", "for", "in") && s.capitalRun(k+2, si) > k+2 {
				s.addRolePerson(p, k+1)
			}
			continue
		}
		if from := s.ownerBefore(k, si); from >= 0 {
			s.addRolePerson(from, e)
			continue
		}
		if from := s.hyphenTownBefore(k, si); from >= 0 {
			s.addRolePerson(from, e)
			continue
		}
		// "the mail carrier on our Wabash route": a route, a run or a
		// floor named after the role.
		if p := k - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our") && s.sameSent(e+2, si) && inSet(s.toks[e].low, "on", "for") &&
			inSet(s.toks[e+1].low, "our", "the") {
			c := s.capitalRun(e+2, si)
			if c > e+2 && s.sameSent(c, si) && jobRouteWords.has(s.toks[c].low) {
				s.addRolePerson(p, e)
			}
		}
	}
}

// roleNounEnd returns the end of a one-person job at token k ("custodian",
// "crossing guard", "mail carrier", "RA"), or k.
func (s *scan) roleNounEnd(k, si int) int {
	w := s.toks[k].low
	if s.sameSent(k+1, si) && names.RolePair(w, s.toks[k+1].low) {
		return k + 2
	}
	if w == "ra" && s.toks[k].capital || names.RoleNoun(w) && !names.PracticeRole("", w) {
		return k + 1
	}
	return k
}

// ownerBefore returns where a place owning the job at token k starts
// ("Fresno Unified's longest-serving custodian", "Hagerman Elementary's
// crossing guard"), or -1: two capitalized words or a school's, its "s",
// then up to four words that say which one. "your kid's teacher" is
// anyone's; the practice's own is staff.
func (s *scan) ownerBefore(k, si int) int {
	sAt := -1
	for m := k - 1; m >= k-5 && s.sameSent(m, si); m-- {
		if s.toks[m].low == "s" && m > 0 && s.toks[m].start-s.toks[m-1].end <= 3 && s.toks[m-1].capital {
			sAt = m
			break
		}
		if s.toks[m].capital || s.toks[m].kind == tokNumber {
			return -1
		}
	}
	if sAt < 0 {
		return -1
	}
	o := sAt - 1
	from := o
	for s.sameSent(from-1, si) && s.toks[from-1].capital && s.toks[from-1].kind == tokWord && from > o-3 {
		from--
	}
	if from == o && !teamSchoolWords.has(s.toks[o].low) && !inSet(s.toks[o].low, "elementary", "middle", "unified", "district", "isd", "usd") {
		return -1 // "Maria's teacher": a name's possessive, not a place's
	}
	if p := from - 1; s.sameSent(p, si) && genericOwnerWord(s.toks[p].low) || s.practiceOwned(from, sAt) {
		return -1
	}
	if p := from - 1; s.sameSent(p, si) && s.toks[p].low == "," && s.personEndsAt(p) {
		// "Dominik Nowicki, Hamtramck High's valedictorian": the role
		// says who the name before it is; the name found is the person.
		return -1
	}
	return from
}

// personEndsAt reports whether a person found already ends at token t.
func (s *scan) personEndsAt(t int) bool {
	for _, q := range s.persons {
		if q.to == t {
			return true
		}
	}
	return false
}

// genericOwnerWord reports whether w before a possessive makes it anyone's
// or the practice's ("your", "a", "our clinic's").
func genericOwnerWord(w string) bool {
	return inSet(w, "your", "ur", "a", "an", "any", "every", "each", "their", "our", "my")
}

// hyphenTownBefore returns where a hyphenated town's name before the job
// at token k starts ("the Bird-in-Hand postmaster", "the Sugar-Pine fire
// chief"), or -1. The tokenizer drops the hyphens: the words are joined by
// one "-" each in the text.
func (s *scan) hyphenTownBefore(k, si int) int {
	m := k - 1
	hyphens := 0
	for s.sameSent(m, si) && s.sameSent(m-1, si) && s.toks[m].kind == tokWord && s.toks[m-1].kind == tokWord &&
		s.toks[m-1].end+1 == s.toks[m].start && s.text[s.toks[m-1].end] == '-' && m > k-6 {
		m--
		hyphens++
	}
	if hyphens == 0 || !s.toks[m].capital || !s.toks[k-1].capital {
		return -1
	}
	if p := m - 1; s.sameSent(p, si) && inSet(s.toks[p].low, "the", "our") && !s.practiceOwned(m, k) {
		return p
	}
	return -1
}

// addCostumeWearers finds whoever is inside a mascot's costume: "who's
// inside the Big Red costume", "whoever wears the Bulldog mascot suit".
// A photo with the mascot and advice to anyone in a costume name no one.
func (s *scan) addCostumeWearers() {
	for k := range s.toks {
		if !costumeWords16.has(s.toks[k].low) {
			continue
		}
		si := s.toks[k].sent
		// Back to "the", past the mascot's name.
		the := -1
		for m := k - 1; m >= k-5 && s.sameSent(m, si); m-- {
			if s.toks[m].low == "the" {
				the = m
				break
			}
			if !s.toks[m].capital && !costumeWords16.has(s.toks[m].low) {
				break
			}
		}
		if the < 1 || the == k-1 && s.toks[k].low != "mascot" {
			continue
		}
		v := the - 1
		if !inSet(s.toks[v].low, "inside", "in", "under", "wears", "wearing", "wore", "wear") || !s.sameSent(v, si) {
			continue
		}
		for m := v - 1; m >= v-3 && s.sameSent(m, si); m-- {
			if wearerWords.has(s.toks[m].low) {
				s.addRolePerson(m, k+1)
				break
			}
		}
	}
}

// networkWords name the networks a person's account is on.
var networkWords = newWordSet([]string{"ig", "insta", "instagram", "tiktok", "fb", "facebook", "twitter", "snapchat", "snap",
	"threads", "youtube", "bluesky"})

// networkHandles finds a person's account named with the network it is
// on, with no "@": "Whoever 'gardengranny1934' is on IG", "to bigdawg_88
// on TikTok". The account is glued words with a digit or an underscore in
// it, as a screen name has and a word does not; "follow us on IG" names
// no one.
func (s *scan) networkHandles() []span {
	if !s.words.has("on") || !s.hasAny(networkWords) {
		return nil
	}
	var out []span
	for k := 2; k < len(s.toks); k++ {
		if !networkWords.has(s.toks[k].low) || s.toks[k-1].low != "on" {
			continue
		}
		end := k - 1
		if s.toks[end-1].low == "is" || s.toks[end-1].low == "s" {
			end-- // "'gardengranny1934' is on IG", "who's on"
		}
		for end > 0 && s.toks[end-1].kind == tokPunct && strings.ContainsAny(s.toks[end-1].low, "'\"‘’“”") {
			end--
		}
		from := end
		for from > 0 && (s.toks[from-1].kind != tokPunct || s.toks[from-1].low == "_" || s.toks[from-1].low == ".") &&
			(from == end || s.toks[from].start == s.toks[from-1].end) {
			from--
		}
		if from >= end || s.c.allow.handles[strings.ToLower(s.text[s.toks[from].start:s.toks[end-1].end])] {
			continue
		}
		h := s.text[s.toks[from].start:s.toks[end-1].end]
		if strings.ContainsAny(h, "0123456789_") && !strings.ContainsAny(h, " ") && !orgHandle(strings.ToLower(h)) {
			out = append(out, span{from, end})
		}
	}
	return out
}

// workJobs are trades a post names one worker by, with a clause after
// that says where they work ("the pilot who flies the Togiak mail run",
// "the tech who fell off the nacelle ladder at the Notrees wind farm").
// Jobs in "-er" and "-or" the names package reads already.
var workJobs = newWordSet([]string{"pilot", "tech", "deckhand", "lineman", "linemen", "medic", "ranger", "cadet", "intern",
	"apprentice", "chef", "cook", "guard", "clerk", "nanny", "mechanic", "machinist", "electrician", "plumber", "welder",
	"roofer", "trucker", "logger", "miner", "crabber", "fisherman", "lobsterman", "rancher", "farmhand", "cowboy", "cowgirl",
	"bartender", "barista", "cashier", "janitor", "custodian", "groundskeeper", "lifeguard", "firefighter", "paramedic",
	"deputy", "trooper", "sailor", "soldier", "airman", "marine", "coastie"})

// ownWorkWords in a clause make the worker the practice's or tell what
// they did for the reader ("the tech who did your MRI at our Clovis
// office"): their work, not their health.
var ownWorkWords = newWordSet([]string{"our", "us", "we", "you", "your", "ur", "u"})

// addWorkersByClause finds one worker told by their job and a clause that
// names where they work: "the pilot who flies the Togiak mail run", "the
// deckhand who works the Madeline Island ferry". The clause must name a
// place (a capitalized word in it); one that speaks of the practice or the
// reader tells their work for us.
func (s *scan) addWorkersByClause() {
	for k := 1; k+2 < len(s.toks); k++ {
		if s.toks[k].low != "who" || !workJobs.has(s.toks[k-1].low) {
			continue
		}
		si := s.toks[k].sent
		det := k - 2
		if s.sameSent(det, si) && !inSet(s.toks[det].low, "the", "our", "that") && s.toks[det].kind == tokWord && !s.toks[det].capital {
			det-- // "the night tech who", "the young pilot who"
		}
		if !s.sameSent(det, si) || !inSet(s.toks[det].low, "the", "that") {
			continue
		}
		placed := false
		for m := k + 1; m < k+11 && s.sameSent(m, si); m++ {
			if ownWorkWords.has(s.toks[m].low) {
				placed = false
				break
			}
			if tk := &s.toks[m]; tk.capital && tk.kind == tokWord && !isUpperWord(s.text[tk.start:tk.end]) {
				placed = true
			}
		}
		if placed {
			s.addRolePerson(det, k)
		}
	}
}
