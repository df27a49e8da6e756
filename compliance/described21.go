package compliance

import (
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// One person pointed at by what they are instead of a name (session 21,
// t21desc): a job, a rank, a school year, a church role, a trade or a
// habit, with a pointer before it and a detail that narrows it to one
// person: "our favorite TSgt from the Hill AFB flight line ... that ankle
// sprain", "this year's Eastview valedictorian was diagnosed with type 1
// diabetes", "the RA on the 4th floor of Dunmore Hall who reached out
// about her depression", "the guy behind the deli counter at Sal's ... He
// passed Sunday after a long fight with COPD". described19.go reads thirty
// person words and a team's positions; the roles of names/find.go read a
// town's one-person jobs. Here the person word may be any of WordNet's
// nouns for a kind of person (names.PersonNoun) or of our lists by
// category below. What keeps it to one person is the pointer (a crowd,
// "every senior", "all our nurses", has none; a plural is many) and the
// narrowing detail: a capitalized name between the pointer and the word
// ("the Westfield senior"), or after it a place, a floor or a route ("from
// the Hill AFB flight line", "on the 4th floor"), or a clause that names
// one ("who coaches the Lakeview Little League team"). With their own
// health event it tells their care (PRIV-14 block); advice ("if the night
// auditor at your hotel has chest pain") and care they gave someone else
// ("the lifeguard who did CPR on a swimmer") are not theirs.

// describedWorkWords are the kinds of person WordNet's list lacks (words
// that are verbs or adjectives too) or that posts write short, by
// category. Our own lists.
var describedWorkWords = newWordSet([]string{
	// School years and honours: "the Westfield senior", "this year's
	// Eastview valedictorian".
	"senior", "junior", "freshman", "sophomore", "kindergartner", "kindergartener", "grader", "valedictorian",
	"salutatorian", "student", "transfer", "ra",
	// Ranks, as written out and as abbreviated: "our favorite TSgt".
	"sgt", "tsgt", "ssgt", "msgt", "smsgt", "cmsgt", "sergeant", "cpl", "corporal", "pfc", "spc", "lt", "lieutenant",
	"capt", "colonel", "airman", "ensign", "cadet", "recruit", "petty",
	// Church roles: "the organist from Zion Lutheran".
	"pastor", "deacon", "deaconess", "usher", "organist", "pianist", "cantor", "sacristan", "acolyte", "priest", "bishop",
	"nun", "friar", "imam", "rabbi", "reverend", "minister", "chaplain", "vicar", "rector", "lector", "catechist", "elder",
	// Trades and work: "the night auditor at the Sandpiper Inn", "the
	// jefe at the Whataburger".
	"regular", "auditor", "owner", "president", "rep", "jefe", "supervisor", "foreman", "operator", "groom", "herdsman",
	"driver", "dispatcher", "tech", "clerk", "teller", "vendor", "server", "host", "hostess", "busboy", "bouncer", "dj",
	"bassist", "drummer", "guitarist", "singer", "friend", "coach", "manager", "volunteer", "resident",
	// A shift's lead (session 24, workers24.go): "The IBM night-shift lead
	// who came in Tuesday with chest pain".
	"lead",
	// Spanish: "el panadero de la Panadería Guadalupe".
	"cartero", "cartera", "maestro", "maestra", "dueño", "dueña", "cajero", "cajera", "mesero", "mesera", "chofer",
	"conserje", "panadero", "panadera", "carnicero", "carnicera", "entrenador", "entrenadora", "estudiante", "vendedor",
	"vendedora", "mecánico", "tendero", "tendera", "pescador", "sacerdote", "diácono",
})

// capitalPersonWords are the person words written in capitals or as
// abbreviations: "our favorite TSgt", "the RA on the 4th floor". Any
// other person word in capitals is part of a name ("the Asotin Senior
// Center", "Voc-Tech").
var capitalPersonWords = newWordSet([]string{"ra", "sgt", "tsgt", "ssgt", "msgt", "smsgt", "cmsgt", "cpl", "pfc", "spc", "lt",
	"capt", "dj",
	// A service member written as the services write them (session 23):
	// "the Airman from the 375th Wing who came in Monday".
	"airman", "soldier", "sailor", "guardsman"})

// careGiverWords are the people whose work is care: "the surgeon at
// Mercy who fixed her knee" tells a patient's care, not the surgeon's.
var careGiverWords = newWordSet([]string{"doctor", "surgeon", "nurse", "physician", "clinician", "therapist", "midwife",
	"doula", "paramedic", "medic", "emt", "dentist", "hygienist", "pharmacist", "practitioner", "provider", "specialist",
	"chiropractor", "optometrist", "counselor", "caregiver", "aide", "lifeguard", "coroner", "médico", "enfermera",
	"enfermero", "doctora", "partera"})

// describedPointers set one person before the description: "the", "our",
// "that", "this" ("this year's Eastview valedictorian"), and Spanish.
var describedPointers = newWordSet([]string{"the", "our", "that", "this", "el", "la", "nuestro", "nuestra", "ese", "esa"})

// describedBetweenStops end the walk back from the person word to its
// pointer: a word that starts another phrase ("the kids and their coach").
var describedBetweenStops = newWordSet([]string{"and", "or", "of", "for", "to", "with", "in", "at", "on", "from", "by", "is",
	"was", "are", "were", "has", "had", "his", "her", "their", "my", "your", "a", "an", "who", "every", "all", "each", "any",
	"no", "y", "o", "de", "del", "con", "en", "que"})

// describedAfterPlace open a place, a floor or a route after the person
// word: "from the Hill AFB flight line", "on the 4th floor", "behind the
// deli counter at Sal's", "de la Panadería Guadalupe".
var describedAfterPlace = newWordSet([]string{"at", "from", "of", "on", "off", "behind", "for", "out", "near", "by", "de",
	"del", "en"})

// compoundAfterPerson are nouns a person word stands before as a
// modifier, making the phrase a place, a group or a thing: "the senior
// center", "the Westfield senior class", "our volunteer program".
var compoundAfterPerson = newWordSet([]string{"center", "centre", "centers", "class", "classes", "discount", "discounts",
	"citizen", "citizens", "living", "housing", "home", "homes", "care", "day", "days", "night", "nights", "program",
	"programs", "league", "meal", "meals", "lunch", "hours", "services", "club", "group", "groups", "trip", "prom",
	"portrait", "portraits", "photos", "pictures", "pics", "year", "week", "game", "award", "awards", "joke", "jokes",
	"appreciation", "orientation", "fair", "list", "season", "seasons", "team", "teams", "staff", "council", "board", "clinic", "health",
	"visit", "visits", "account", "accounts", "portal", "life", "s", "sunday", "choir", "band", "ministry", "ministries"})

// careDoneWords tell care someone gave or a thing done for others: "the
// lifeguard who did CPR on a swimmer", "the owner who hosts our flu clinic".
var careDoneWords = newWordSet([]string{"saved", "saves", "rescued", "rescues", "revived", "helped", "helps", "helping",
	"taught", "teaches", "teaching", "hosting", "hosted", "hosts", "donated", "donates", "sponsors", "sponsored",
	"organized", "organizes", "volunteered", "volunteers", "delivered", "delivers", "raised", "raising", "did", "does",
	"gave", "gives", "performed", "translated", "translates", "drove", "drives", "brought", "brings", "collecting"})

// addressedWords tell the care sentence speaks to the one described:
// "your biopsy came back benign".
var addressedWords = newWordSet([]string{"you", "your", "youre", "ur", "u", "su", "usted"})

// ownCareTails after "his" or "her" are one person's numbers checked:
// "finally let us check her sugar", "his pressure was 180".
var ownCareTails = newWordSet([]string{"sugar", "sugars", "pressure", "a1c", "numbers", "labs", "bloodwork", "levels",
	"cholesterol", "ldl"})

// describedWorkTries bounds the descriptions asked about, so that a
// text of many stays linear.
const describedWorkTries = 8

// describedPersonSet holds every person word describedPersonWord
// accepts: one look-up a word.
var describedPersonSet = func() *wordSet {
	var all []string
	for _, ws := range []*wordSet{describedWorkWords, describedPersonNouns, positionNouns, workJobs, indefinitePeople} {
		for _, slot := range ws.slots {
			all = append(all, slot...)
		}
	}
	all = append(append(all, names.PersonNouns()...), names.RoleNouns()...)
	kept := all[:0]
	for _, w := range all {
		if len(w) >= 2 && w != "one" && !careGiverWords.has(w) && !careGiverSuffix(w) {
			kept = append(kept, w)
		}
	}
	return newWordSet(kept)
}()

// describedPersonWord reports whether w is one person of a kind: our
// lists, a one-person role, a trade, or WordNet's person nouns (a
// singular), not someone whose work is care.
func describedPersonWord(w string) bool { return describedPersonSet.has(w) }

// careGiverSuffix reports whether w names a clinician by its ending:
// "cardiologist", "pediatrician", "podiatrist", "neurosurgeon".
func careGiverSuffix(w string) bool {
	return hasSuffix(w, "ologist") || hasSuffix(w, "iatrist") || hasSuffix(w, "iatrician") || hasSuffix(w, "therapist") ||
		hasSuffix(w, "surgeon") || hasSuffix(w, "ician") && !inSet(w, "electrician", "technician", "musician", "magician", "politician")
}

// describedByWork finds one person told by what they are, pointed at and
// narrowed, beside their own care.
func (s *scan) describedByWork() []post.Finding {
	// One pass over the text's distinct words: most posts hold no person
	// word, and WordNet's list is asked once per word, not per token.
	var cand []string
	for _, w := range s.words.list {
		if describedPersonWord(w) {
			cand = append(cand, w)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	var out []post.Finding
	tries := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tokWord || !inSet(t.low, cand...) {
			continue
		}
		if t.capital && !capitalPersonWords.has(t.low) || s.text[t.end:min(t.end+1, len(s.text))] == "-" {
			continue // "the Senior Center", "Bishop Dwenger": a name's word; "the staff cook-off": a compound's
		}
		from, ok := s.workDescribedAt(i)
		if !ok {
			continue
		}
		si := t.sent
		if s.sentenceHasWord(si, genericClaimWords) {
			continue // "if the night auditor at your hotel has chest pain"
		}
		if tries++; tries > describedWorkTries {
			break
		}
		if s.staffIntro(si) {
			continue // "Please welcome our new hire, a Fresno State graduate ...": the practice's own
		}
		if !s.ownCareIn(si, from, i+1) && !(si+1 < len(s.sents) && (s.headsNext(si) || s.opensWithThem(si+1)) && s.ownCareIn(si+1, from, i+1)) {
			continue
		}
		f := s.finding(from, i+1, "This names no one, but the description (what the person is or does, with where or with whom) picks out one person, and the post tells their care.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave out the description or the care; reach the person privately."
		if !overlapsAny(out, f.Start, f.End) && len(out) < maxMatches {
			out = append(out, f)
		}
	}
	return out
}

// workDescribedAt reports whether the person word at token i is one
// person pointed at and narrowed, and where the description starts.
func (s *scan) workDescribedAt(i int) (int, bool) {
	si := s.toks[i].sent
	if n := i + 1; s.sameSent(n, si) && s.toks[n].kind == tokWord && !s.toks[n].capital &&
		(compoundAfterPerson.has(s.toks[n].low) || describedPersonWord(s.toks[n].low) || s.inHealth(n) || pluralPerson(s.toks[n].low)) {
		// "the senior center", "the team manager" (the last word is the
		// person), "the senior flu shot", "212 newcomer families"
		return -1, false
	}
	from, named, indefinite := -1, false, false
	start := s.sents[si].tokStart
	for k := i - 1; k >= start && k >= i-5; k-- {
		t := &s.toks[k]
		if t.kind == tokPunct {
			break
		}
		if describedPointers.has(t.low) && !(t.low == "this" && k+1 < i && s.toks[k+1].capital) {
			from = k
			break
		}
		if t.low == "a" || t.low == "an" {
			from, indefinite = k, true // "A Toyota Georgetown team leader on second shift" (workers23.go)
			break
		}
		if describedBetweenStops.has(t.low) {
			break
		}
		if t.low == "s" && !(k > start && (s.toks[k-1].capital || inSet(s.toks[k-1].low, "year", "season", "week"))) {
			break // "the senior's mom" is no one's description here
		}
		if t.capital && t.kind == tokWord && (practiceWord(s, k) || s.c.allow.staff[t.low]) {
			return -1, false // the practice's own
		}
		if t.low == "team" && s.employersTeam(k, i) {
			continue // "the Toyota Georgetown team leader": the plant's team, not ours (workers23.go)
		}
		if s.inHealth(k) || inSet(t.low, "health", "care", "medical", "clinic", "community", "staff", "team", "office", "desk", "salud") {
			return -1, false // "our Karen community health worker", "the ER cook": care's own role
		}
		if t.capital && t.kind == tokWord || ordinalWord(t.low) || s.lineNumber24(k) {
			named = true // "the Westfield senior", "this year's Eastview valedictorian", "the 3rd grader", "this 787 line mechanic"
		}
	}
	if from < 0 {
		return -1, false
	}
	if s.toks[from].low == "our" && (names.PracticeRole("", s.toks[i].low) || i-from == 1 && inSet(s.toks[i].low, "own")) {
		return -1, false // "our receptionist": the practice's own at work
	}
	if indefinite {
		// "a" says no name is meant: the employer's name and the shift or
		// the day they came in must leave one person (workers23.go).
		// The employer may come after the job: "A forklift operator from
		// second shift at Menomonee Valley Brewing" (workers24.go).
		if (named || s.narrowedAfterWork(i+1, si)) && s.onShiftOrDay(si) {
			return from, true
		}
		return -1, false
	}
	if named || s.narrowedAfterWork(i+1, si) {
		return from, true
	}
	return -1, false
}

// pluralPerson reports whether w is a plural of people: "families",
// "seniors".
func pluralPerson(w string) bool {
	person, plural := names.PersonNoun(w)
	return person && plural
}

// narrowedAfterWork reports whether the words from token k narrow the
// person before them to one: a place, a floor or a route within five
// words after a locator ("from the Hill AFB flight line", "on the 4th
// floor", "behind the deli counter at Sal's"), or a clause that names a
// place or a team ("who coaches the Lakeview Little League team"). One
// that speaks of the practice or the reader ("at our Clovis office",
// "at your hotel") tells their work for us or anyone's.
func (s *scan) narrowedAfterWork(k, si int) bool {
	if !s.sameSent(k, si) {
		return false
	}
	w := s.toks[k].low
	span := 0
	switch {
	case describedAfterPlace.has(w):
		span = 5
	case inSet(w, "who", "whose", "que"):
		span = 10
	default:
		return false
	}
	for m := k + 1; m <= k+span && s.sameSent(m, si); m++ {
		t := &s.toks[m]
		if ownWorkWords.has(t.low) || inSet(t.low, "my", "nuestra", "nuestro") {
			return false
		}
		if t.kind == tokWord && t.capital && !(t.end-t.start > 1 && isUpperWord(s.text[t.start:t.end]) && s.inHealth(m)) {
			return true
		}
		if span == 5 && (t.kind == tokNumber || ordinalWord(t.low)) {
			return true // "on the 4th floor", "from 2nd shift"
		}
	}
	return false
}

// opensWithThem reports whether sentence si goes on about one person in
// its first words: "He passed Sunday after ...".
func (s *scan) opensWithThem(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
		if inSet(s.toks[t].low, "he", "she", "his", "her", "él", "ella") {
			return true
		}
	}
	return false
}

// ownCareIn reports whether sentence si tells care of the one described
// (from token from): what describedCare reads, a shot or a screening of
// "his" or "hers" ("got his flu shot"), or their numbers checked ("check
// her sugar"); and told as theirs. A he, she, his or her says whose it
// is; so does "you" when the description opens the sentence and speaks to
// them ("Our Wednesday regular from the Kroger pharmacy counter: your
// biopsy came back benign!"). With neither, the person must be the one
// the care happened to, not someone who says, asks, hosts or gives care
// ("the coach at Westfield says concussion checks are mandatory", "the
// lifeguard who did CPR on a swimmer"), nor a crowd's care ("every
// player needs a physical"). A visit alone is no one's care ("our ASL
// interpreter is available for appointments").
func (s *scan) ownCareIn(si, from, end int) bool {
	care := s.sentenceHasWord(si, testOutcomeWords) || s.sentenceHasWord(si, pointedCareWords) || s.sentenceHasWord(si, careDeviceWords) ||
		s.bodyHurtIn(si) || s.hurtBeforeBody(si) || !s.visitOnly(si) && s.describedCare(si) || s.ownShotIn(si)
	if !care {
		return false
	}
	if s.sentenceHasWord(si, theirWords) {
		return true
	}
	if s.sentenceHasWord(si, careDoneWords) || s.sentenceHasWord(si, sayerWords) || s.crowdCareIn(si) {
		return false
	}
	if s.toks[from].sent == si && s.thankedForService(person{span{from, end}, end, names.Role}) {
		return false // "Thank you to the owner of Sal's for feeding our staff all through the COVID surge"
	}
	if s.sentenceHasWord(si, addressedWords) {
		return s.toks[from].sent == si && s.spokenTo(from, end)
	}
	// Nothing says whose the care is: it must have happened ("came in
	// with mono", "was diagnosed with type 1 diabetes"), not be an event
	// or a plan ("will kick off our 5K for diabetes").
	if s.sentenceHasWord(si, plannedWords) {
		return false
	}
	return s.eventIn(si) || s.sentenceHasWord(si, pastIrregular) || s.mendingIn(si)
}

// mendingIn reports whether sentence si tells care one is getting over
// or a span since it: "hobbling around after that ankle sprain", "is back
// with another ankle sprain", "30 days nicotine-free".
func (s *scan) mendingIn(si int) bool {
	if s.sentenceHasWord(si, mendingWords) {
		return true
	}
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		w, n := s.toks[t].low, s.toks[t+1].low
		if w == "back" && inSet(n, "with", "from", "on", "in") || s.toks[t].kind == tokNumber && inSet(n, "days", "weeks", "months",
			"years", "días", "semanas", "meses") {
			return true
		}
	}
	return false
}

// plannedWords make a sentence a plan or an invitation: "will kick off
// our 5K for diabetes", "join us".
var plannedWords = newWordSet([]string{"will", "ll", "gonna", "tomorrow", "upcoming", "join", "register", "rsvp", "va", "vamos"})

// mendingWords tell care one is getting over now: "hobbling around after
// that ankle sprain", "recovering from".
var mendingWords = newWordSet([]string{"after", "recovering", "healing", "hobbling", "limping", "since", "still", "despues",
	"después"})

// spokenTo reports whether the description in tokens [from,end) is
// spoken to: it opens its sentence, past a greeting ("To the ...", "Hey,
// ...", "So proud of ..."), and a dash, a colon or a comma after it sets
// it apart before "you" ("Our Wednesday regular from the Kroger pharmacy
// counter: your biopsy came back benign!"). "The pastor at St. Mary's
// asked us to remind you ..." speaks of them to the reader.
func (s *scan) spokenTo(from, end int) bool {
	si := s.toks[from].sent
	start := s.sents[si].tokStart
	for k := from - 1; k >= start; k-- {
		if !inSet(s.toks[k].low, "to", "hey", "dear", "shoutout", "shout", "out", "congrats", "congratulations", "so", "proud",
			"of", "hi", "hello", ",", "lol", "ok") {
			return false
		}
	}
	for k := end; s.sameSent(k, si) && !addressedWords.has(s.toks[k].low); k++ {
		if inSet(s.toks[k].low, "—", "–", "-", ":", ",", "(", "!") {
			return true
		}
	}
	return false
}

// sayerWords tell the one described says, asks or shares something: the
// health words after are what they said, not their care ("the coach at
// Westfield says concussion checks are mandatory").
var sayerWords = newWordSet([]string{"says", "said", "say", "reminds", "reminded", "remind", "wants",
	"tells", "told", "shares", "shared", "explains", "explained", "recommends", "recommended", "urges", "urged",
	"encourages", "encouraged", "invites", "invited", "warns", "warned", "talks", "talked", "spoke", "speaks", "wrote",
	"writes", "posted", "announced", "announces", "requires", "required", "insists", "swears", "agrees", "about", "dice",
	"dijo", "recomienda", "pide"})

// crowdCareWords make the care in a sentence everyone's: "every player
// needs a physical", "all students".
var crowdCareWords = newWordSet([]string{"every", "everyone", "everybody", "anyone", "anybody", "all", "each", "whole",
	"players", "students", "kids", "parents", "families", "members", "athletes", "todos", "todas"})

// ownShotIn reports whether sentence si tells a shot or a count one
// person got: "his flu shot", "her B12 shot", "check her sugar".
func (s *scan) ownShotIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if ownCareTails.has(s.toks[t].low) && inSet(s.toks[t-1].low, "his", "her") {
			return true
		}
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si {
			continue
		}
		// "her flu shot", "his annual physical"
		if p := h.From - 1; p > se.tokStart && (inSet(s.toks[p].low, "his", "her") || inSet(s.toks[p-1].low, "his", "her") && s.toks[p].kind == tokWord) {
			return true
		}
	}
	return false
}
