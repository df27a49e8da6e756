package compliance

import "github.com/practicepost/practicepost/compliance/health"

// School and club teams named by their mascot (issue 11, session 19,
// t19prec): "Bowie Bears, Jefferson Silver Foxes, Burges Mustangs:
// sports physicals Saturday", "Calling all Westfield Wildcats and Lincoln
// Eagles". A town or a school's name before a plural mascot reads as a
// first name and a surname ("Bowie Bears"), and the physicals beside it
// made a patient of it (PRIV-10 block). teamName knows a team after "the"
// or "vs"; a team also shows itself by company: listed with another team
// a few words away in a sentence about a sport, or followed by its people
// or its sport ("Riverside Rams parents"). A lone name whose surname is a
// mascot word ("Maria Hawks broke her hip"), or two such listed with no
// sport ("Rosa Hawks and Tom Eagles came in"), stays a person.

// mascotPlurals are the plural mascots school, club and pro teams go by.
var mascotPlurals = newWordSet([]string{"bears", "eagles", "foxes", "mustangs", "wildcats", "tigers", "lions", "panthers",
	"hawks", "falcons", "rams", "ravens", "cardinals", "bulldogs", "hornets", "knights", "warriors", "titans", "spartans",
	"trojans", "vikings", "pirates", "raiders", "cougars", "broncos", "jaguars", "wolves", "wolverines", "huskies", "badgers",
	"gators", "owls", "devils", "rockets", "chargers", "patriots", "giants", "colts", "bengals", "dolphins", "seahawks",
	"packers", "steelers", "cowboys", "saints", "rebels", "mavericks", "bobcats", "longhorns", "bison", "buffaloes",
	"pioneers", "comets", "crusaders", "cavaliers", "generals", "mariners", "braves", "sharks", "dragons", "hurricanes",
	"cyclones", "miners", "lumberjacks", "jackets", "timberwolves", "grizzlies", "penguins", "bruins", "stallions",
	"chiefs", "indians", "redhawks", "thunderbirds", "roadrunners", "coyotes", "scorpions", "storm", "tornadoes",
	"wildcat", "lancers", "minutemen", "musketeers", "bluejays", "jays", "orioles", "pippins", "warhawks", "tigres",
	"aguilas", "águilas", "leones", "halcones", "toros", "broncs", "hoyas", "terriers", "greyhounds", "bulls",
	"rattlers", "gophers", "hawkeyes", "cyclone", "sooners", "aggies", "razorbacks", "gamecocks", "seminoles", "yellowjackets"})

// teamPeopleWords follow a team's name to say who or what of it is meant:
// "Riverside Rams parents", "Lincoln Eagles football".
var teamPeopleWords = newWordSet([]string{"players", "player", "parents", "families", "fans", "athletes", "coaches",
	"team", "teams", "squad", "roster", "football", "soccer", "baseball", "softball", "basketball", "volleyball", "hockey",
	"wrestling", "cheer", "cheerleaders", "band", "boosters", "booster", "season", "game", "games", "varsity", "jv",
	"u10", "u12", "u14", "u16", "jugadores", "padres", "familias"})

// teamByMascot reports whether tokens [from,to) are a team: capitalized
// words ending in a plural mascot after "the" or "vs", listed with another
// team within eight words of its sentence, or followed by its people or
// sport.
func (s *scan) teamByMascot(from, to int) bool {
	last := &s.toks[to-1]
	if to-from < 2 || !last.capital || !mascotPlurals.has(last.low) {
		return false
	}
	si := last.sent
	if from > 0 && inSet(s.toks[from-1].low, "the", "vs", "versus") {
		return true // "Maria from the Lincoln Eagles": the team, whatever surname "Eagle" is
	}
	if to < len(s.toks) && s.toks[to].sent == si && teamPeopleWords.has(s.toks[to].low) {
		return true
	}
	listed := false
	for k := max(0, from-8); k < min(len(s.toks), to+8) && !listed; k++ {
		if k >= from && k < to || s.toks[k].sent != si {
			continue
		}
		t := &s.toks[k]
		listed = t.capital && mascotPlurals.has(t.low) && k > 0 && s.toks[k-1].capital && s.toks[k-1].kind == tokWord
	}
	// "Rosa Hawks and Tom Eagles came in for flu shots" lists two people:
	// teams are listed for a sport. One hurt and wished well is a person
	// ("Maria Storm and the Bowie Bears: get well soon after that
	// concussion").
	return listed && s.sportNear(from, to) && !s.injuryWishedNear(from, to)
}

// injuryWishedNear reports, within twenty tokens of [from,to) in its
// sentence, a condition (an injury, an illness) with a pronoun or a wish
// of recovery: one person hurt, not a team (session 19, att19). Teams get
// physicals; a team does not get well after its concussion. The health
// words are looked up in that window alone (health.Find), so the check
// stays linear and needs no other rule's findings.
func (s *scan) injuryWishedNear(from, to int) bool {
	se := s.sents[s.toks[from].sent]
	lo, hi := max(se.tokStart, from-20), min(se.tokEnd, to+20)
	one := false
	for k := lo; k < hi && !one; k++ {
		one = personPronouns.has(s.toks[k].low) || recoveryWishWords.has(s.toks[k].low)
	}
	if !one {
		return false
	}
	for _, h := range health.Find(s.healthWords()[lo:hi], nil) {
		if h.Cat == health.Condition {
			return true
		}
	}
	return false
}

// recoveryWishWords wish one person well: "get well soon", "speedy
// recovery", "heal up".
var recoveryWishWords = newWordSet([]string{"well", "heal", "healing", "speedy", "recovery", "recover", "recovering", "mend", "mejórate", "recupérate"})

// sportWords tell a sport or its season, a team's business.
var sportWords = newWordSet([]string{"sports", "sport", "athletics", "athletic", "game", "games", "season", "league",
	"tournament", "playoffs", "practice", "varsity", "football", "soccer", "baseball", "softball", "basketball",
	"volleyball", "hockey", "wrestling", "cheer", "uil", "deportes", "deportivo", "deportivos", "temporada"})

// sportNear reports a sport word within twenty tokens of [from,to) in its
// sentence or the next ("Calling all Lincoln Eagles! Get your athletic
// physicals done").
func (s *scan) sportNear(from, to int) bool {
	si := s.toks[from].sent
	for k := max(0, from-20); k < min(len(s.toks), to+20); k++ {
		if (s.toks[k].sent == si || s.toks[k].sent == si+1) && sportWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
