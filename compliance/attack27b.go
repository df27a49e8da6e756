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
