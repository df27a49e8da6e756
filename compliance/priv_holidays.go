package compliance

// Names PRIV-10 read as people on fresh text (issue 11, session 14, read
// by kind on dev50-dev69): a holiday's own name glossed in brackets
// beside its English one ("Ethiopian Christmas (Genna)"), a test
// account's made-up name ("Demo Dora") and the name given to a machine
// ("the espresso machine is named Selena").

// holidayHeads end a holiday's English name: "Ethiopian Christmas",
// "Cambodian New Year", "Festival of the Dead".
var holidayHeads = newWordSet([]string{"christmas", "year", "easter", "holiday", "holidays", "festival", "day", "eve",
	"thanksgiving", "feast", "new", "lent", "fast"})

// holidayGloss reports whether tokens [from,to) fill brackets right after
// a holiday's English name ("Ethiopian Christmas (Genna)", "Cambodian New
// Year (Chaul Chnam Thmey)"), or come right before brackets holding it
// ("Genna (Ethiopian Christmas)"): the holiday's own name, no one.
func (s *scan) holidayGloss(from, to int) bool {
	if from >= 2 && to < len(s.toks) && s.toks[from-1].low == "(" && s.toks[to].low == ")" && holidayHeads.has(s.toks[from-2].low) &&
		s.toks[from-2].capital {
		return true
	}
	if to+2 >= len(s.toks) || s.toks[to].low != "(" {
		return false
	}
	for k := to + 1; k < len(s.toks) && k <= to+4; k++ {
		if s.toks[k].low == ")" {
			return k > to+1 && holidayHeads.has(s.toks[k-1].low) && s.toks[k-1].capital
		}
	}
	return false
}

// placeholderWords before a name make it a test account's or a form's
// made-up name ("Demo Dora", "Test Tommy") in a sentence about an account
// or a screen (placeholderScreens).
var (
	placeholderWords   = newWordSet([]string{"demo", "test", "sample", "dummy", "fake", "example"})
	placeholderScreens = newWordSet([]string{"account", "accounts", "portal", "screenshot", "login", "profile", "user", "data",
		"app", "page", "form", "screen", "sign", "signup"})
)

// placeholderName reports whether tokens [from,to) are a made-up name: a
// capitalised placeholder word right before it or opening it, in a
// sentence about an account or a screen ("test account 'Demo Dora', no
// real data"). "Test Tommy's sugar daily" tells of no screen.
func (s *scan) placeholderName(from, to int) bool {
	k := from - 1
	if to-from >= 2 && placeholderWords.has(s.toks[from].low) {
		k = from
	}
	if k < 0 || !s.toks[k].capital || !placeholderWords.has(s.toks[k].low) || s.toks[k].sent != s.toks[from].sent {
		return false
	}
	return s.sentenceHasWord(s.toks[from].sent, placeholderScreens)
}

// machineWords are the things a practice names: "the espresso machine
// is named Selena", "our new copier is called Gloria". No vehicle: a
// baby born in a car may be "named" in that sentence.
var machineWords = newWordSet([]string{"machine", "espresso", "copier", "printer", "robot", "roomba", "mannequin", "skeleton",
	"kiosk", "scanner", "vacuum", "computer", "ultrasound", "fridge", "microwave", "kettle", "plant", "ficus"})

// namedMachine reports whether tokens [from,to) are the name given to a
// machine: after "named", "called" or "dubbed", with a machine's word
// before it in its sentence and no baby.
func (s *scan) namedMachine(from, to int) bool {
	if from < 2 || !inSet(s.toks[from-1].low, "named", "called", "dubbed") {
		return false
	}
	se := s.sents[s.toks[from].sent]
	machine := false
	for k := se.tokStart; k < from-1; k++ {
		if inSet(s.toks[k].low, "baby", "babies", "son", "daughter", "girl", "boy", "twins") {
			return false
		}
		machine = machine || machineWords.has(s.toks[k].low)
	}
	return machine
}
