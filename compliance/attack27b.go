package compliance

// att27b's attacks on t27clean's pets (pets27.go, session 27).
//
// A breed word written with a capital inside a sentence is a team's or a
// school's name for its players ("Former Husky Tanya is back on the
// court after her ACL surgery", "Oregon Duck Sabrina had her knee
// surgery here"), not a pet's breed: petByBreed27 read the player as a
// pet and the care passed. A breed in lower case, or at the sentence's
// start ("Beagle Bella says hi"), still names a pet.
//
// And "<name> the <animal>" followed by a trade is a person who works
// with animals or plants, and the trade list missed the farm and the
// factory ("Ann the goat farmer had her hip replaced", "Sam the plant
// manager is recovering from his heart attack", "Lisa the bird watcher
// is recovering from her stroke"): each passed or only warned.

// teamBreed27 reports whether the breed word at token k is capitalised
// mid-sentence: a team's player, not a pet's breed.
func (s *scan) teamBreed27(k int) bool {
	t := &s.toks[k]
	return t.capital && k > s.sents[t.sent].tokStart
}

// animalTradesMore27b are more trades after "the <animal>" (or "the
// plant"): the person who farms, raises, manages or watches them.
var animalTradesMore27b = newWordSet([]string{"farmer", "farmers", "rancher", "ranchers", "manager", "managers", "watcher",
	"watchers", "rider", "riders", "wrangler", "herder", "raiser", "lover", "lovers", "fancier", "doc", "nurse", "tech",
	"expert", "specialist", "worker", "boss", "supervisor", "operator", "seller", "dealer", "vendor", "photographer",
	"judge", "farm", "ranch", "feed", "shop", "store"})

// att27b's attack on t27reply's record told back (record27.go): a staff
// member's absence told to explain a wait ("Sorry you waited so long; our
// receptionist missed three days last week") was the reviewer's record,
// since "missed" with a count and "week" read as the reviewer's habit
// ("no-shows every other month"), and the reply blocked (REV-01). A
// staff word right before the verb is the practice's miss, as "we" is;
// "this reviewer has missed two visits", "you missed three appointments"
// still block.

// staffMissers27b are the practice's own people and desks; not "member"
// or "resident" ("your family member missed three appointments" stays
// held).
var staffMissers27b = newWordSet([]string{"receptionist", "receptionists", "nurse", "nurses", "doctor", "doctors", "dr", "physician",
	"physicians", "provider", "providers", "tech", "techs", "technician", "technicians", "manager", "staff", "team", "hygienist",
	"dentist", "therapist", "assistant", "scheduler", "biller", "desk", "office", "phlebotomist", "pharmacist", "recepcionista",
	"enfermera", "enfermero", "médico", "doctora"})

// staffMissed27b reports whether the verb of a miss at token t has a
// staff member as its subject: a staff word right before it.
func (s *scan) staffMissed27b(start, t int) bool {
	return t > start && staffMissers27b.has(s.toks[t-1].low)
}
