package compliance

// Public service lines and offices named after their officer (session
// 21, t21prec). "The NH QuitLine, 1-800-QUIT-NOW, is free", "the
// Massachusetts Smokers' Helpline", "drop unused pills at the Stearns
// County Sheriff's Office drop box": a capitalised word no name list holds
// beside a phone, or an officer's title owning an office, was read as a
// person, and the health word in the sentence as their care (PRIV-10
// block; dev102, dev109 and dev110 label them pass). A line is a
// telephone service, and "the Sheriff's Office" is a building; a person
// there ("Madeline from the QuitLine", "the sheriff after his surgery")
// is found by their own name or title and keeps the block.

// serviceLineWords are telephone services by their one-word names. Given
// names that end the same way (Caroline, Madeline) are not in it.
var serviceLineWords = newWordSet([]string{"hotline", "hotlines", "helpline", "helplines", "quitline", "quitlines", "warmline",
	"warmlines", "lifeline", "crisisline", "textline", "tipline", "nurseline", "careline", "infoline", "healthline", "helpdesk"})

// officerOffices, after an officer's possessive, make it the office: "the
// Sheriff's Office", "the sheriff's department".
var officerOffices = newWordSet([]string{"office", "offices", "department", "dept", "station", "substation", "lobby", "building",
	"headquarters", "hq", "drop", "dropbox", "deputies", "website", "facebook", "page"})

// serviceNamed reports whether tokens [from, to), found as a person, are a
// service line ("QuitLine") or an officer's title owning an office ("the
// Stearns County Sheriff's Office").
func (s *scan) serviceNamed(from, to int) bool {
	if to-from == 1 && serviceLineWords.has(s.toks[from].low) {
		return true
	}
	last := s.toks[to-1].low
	if !inSet(last, "sheriff", "sheriffs", "marshal", "coroner", "assessor", "treasurer", "clerk", "constable", "fire", "police") {
		return false
	}
	return to+1 < len(s.toks) && s.toks[to].low == "s" && s.toks[to].start-s.toks[to-1].end <= len("’") && officerOffices.has(s.toks[to+1].low)
}
