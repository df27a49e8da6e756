package names

// figures are people of medicine's history and public health whom clinics
// write about on their days ("Happy birthday, Jonas Salk!", "Florence
// Nightingale's lamp"): by surname, the first names they go by. A surname
// marked alone is distinctive enough to stand for the person by itself
// ("Pasteur", "Hippocrates"); the others need the first name ("Alexander
// Fleming", not any Fleming). Our own list.
var figures = map[string]figure{
	"salk": {"jonas", true}, "nightingale": {"florence", true}, "pasteur": {"louis", true},
	"fleming": {"alexander", false}, "jenner": {"edward", false}, "banting": {"frederick", true},
	"best": {"charles", false}, "apgar": {"virginia", true}, "barton": {"clara", false},
	"lister": {"joseph", false}, "curie": {"marie", true}, "blackwell": {"elizabeth", false},
	"semmelweis": {"ignaz", true}, "koch": {"robert", false}, "drew": {"charles", false},
	"sabin": {"albert", true}, "hippocrates": {"", true}, "crumpler": {"rebecca", true},
	"williams": {"daniel", false}, "lacks": {"henrietta", true}, "seacole": {"mary", true},
	"dix": {"dorothea", false}, "osler": {"william", true}, "fauci": {"anthony", true},
	"farmer": {"paul", false}, "snow": {"john", false}, "harvey": {"william", false},
	"vesalius": {"andreas", true}, "galen": {"", true}, "franklin": {"rosalind", false},
	"koop": {"everett", true}, "elders": {"joycelyn", false}, "freud": {"sigmund", true},
	"mendel": {"gregor", true}, "darwin": {"charles", true}, "seuss": {"", true},
	"rogers": {"fred", false}, "sanger": {"margaret", false}, "hamilton": {"alice", false},
	"avicenna": {"", true}, "maimonides": {"", true}, "laennec": {"rene", true},
	"hodgkin": {"dorothy", false}, "montagu": {"mary", false}, "goldberger": {"joseph", false},
	"reed": {"walter", false}, "gorgas": {"william", true}, "carson": {"rachel", false},
	"röntgen": {"wilhelm", true}, "roentgen": {"wilhelm", true}, "heimlich": {"henry", true},
	"hopkins": {"johns", false}, "kübler": {"elisabeth", true}, "sacks": {"oliver", false},
}

type figure struct {
	first string // the first name the person goes by ("" for one name)
	alone bool   // the surname alone names them
}

// Figure reports whether a name given as its words (lower case: a first
// name, middle names or initials, a surname; or a surname alone) is a
// figure of medicine's history or public health.
func Figure(words []string) bool {
	if len(words) == 0 {
		return false
	}
	f, ok := figures[words[len(words)-1]]
	if !ok {
		return false
	}
	if len(words) == 1 {
		return f.alone
	}
	return f.first == words[0]
}
