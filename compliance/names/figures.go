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

// public are public figures a clinic's posts cite for what they told of
// their own health, or honour on their days ("Bob Marley's melanoma", "like
// Selena Gomez, many live with lupus", "Dr. Martin Luther King Jr."):
// named, they are no patient. Their full names as people write them, in
// lower case, initials without their periods. Our own list.
var public = set(
	"abraham lincoln", "albert einstein", "angelina jolie", "arthur ashe", "barack obama", "barbara bush",
	"beau biden", "betty ford", "bill clinton", "bob marley", "bruce willis", "carrie fisher", "celine dion",
	"cesar chavez", "chadwick boseman", "chris rock", "christopher reeve", "céline dion", "césar chavez",
	"david bowie", "demi lovato", "dwayne johnson", "dwayne the rock johnson", "earvin magic johnson",
	"eleanor roosevelt", "franklin d roosevelt", "franklin roosevelt", "frederick douglass", "george bush",
	"george w bush", "george washington", "halle berry", "harriet tubman", "helen keller", "hillary clinton",
	"jamie curtis", "jennifer aniston", "jimmy carter", "joe biden", "john f kennedy", "john kennedy",
	"kevin love", "khloe kardashian", "kim kardashian", "kobe bryant", "lady gaga", "lance armstrong",
	"laura bush", "lebron james", "lou gehrig", "magic johnson", "mahatma gandhi", "mariah carey",
	"martin king", "martin luther king", "martin luther king jr", "michael j fox",
	"michael jordan", "michael phelps", "michelle obama", "muhammad ali", "nancy reagan", "naomi osaka",
	"neil armstrong", "nelson mandela", "nick jonas", "oprah winfrey", "patrick swayze", "phil mcgraw",
	"robin williams", "ronald reagan", "rosa parks", "rosalynn carter", "selena gomez", "serena williams",
	"simone biles", "sonia sotomayor", "stephen hawking", "steve jobs", "taylor swift", "terry fox",
	"tina turner", "tom brady", "tom hanks", "venus williams",
	// Stars and people of history posts cite in jokes, posters and quotes
	// (issue 11, session 13): "Stephen Curry? No.", "the new history
	// posters: Roberto Clemente, Ruth Bader Ginsburg". Names keep their
	// marks as the text writes them; both spellings are listed.
	"stephen curry", "steph curry", "lionel messi", "cristiano ronaldo", "roberto clemente", "ruth bader ginsburg",
	"amílcar cabral", "amilcar cabral", "babe ruth", "jackie robinson", "hank aaron", "willie mays",
	"derek jeter", "shohei ohtani", "wayne gretzky", "tiger woods", "usain bolt", "megan rapinoe", "caitlin clark",
	"patrick mahomes", "travis kelce", "peyton manning", "kevin durant", "kareem abdul jabbar", "shaquille oneal",
	"dwyane wade", "diego maradona", "kylian mbappe", "kylian mbappé", "dale earnhardt",
	"dolly parton", "elvis presley", "johnny cash", "willie nelson", "frida kahlo", "bad bunny",
	"dolores huerta", "thurgood marshall", "sojourner truth", "booker t washington", "maya angelou",
	"toni morrison", "langston hughes", "zora neale hurston", "shirley chisholm", "fannie lou hamer",
	"ida b wells", "mary mcleod bethune", "jim thorpe", "sitting bull", "wilma mankiller",
	"simon bolivar", "simón bolívar", "kwame nkrumah",
	"wangari maathai", "desmond tutu", "malala yousafzai", "mother teresa", "anne frank", "winston churchill",
	"ho chi minh", "sun yat sen", "larry itliong",
	// Stars whose own injury, illness or recovery was news everyone
	// followed, which clinics cite to teach ("Larry Bird's back surgeries",
	// "Mario Lemieux beat Hodgkin lymphoma in 1993") and mourn (session 18,
	// t18prec): athletes, musicians and public servants, national and of the
	// regions the practices serve. Our own list, from common knowledge.
	"larry bird", "david ortiz", "tony conigliaro", "jon lester", "anthony rizzo", "mario lemieux", "saku koivu",
	"phil kessel", "eric berry", "jim kelly", "jim valvano", "stuart scott", "bo jackson", "monica seles",
	"greg louganis", "kerri strug", "pat summitt", "eric davis", "darryl strawberry", "john kruk", "mark herzlich",
	"payne stewart", "brett hull", "susan butcher", "gloria estefan", "celia cruz", "selena quintanilla",
	"juan gabriel", "jenni rivera", "vicente fernandez", "vicente fernández", "israel kamakawiwoole",
	"israel kamakawiwoʻole", "whitney houston", "aretha franklin", "prince rogers nelson", "michael jackson",
	"olivia newton john", "sheryl crow", "christina applegate", "michael douglas", "ben stiller", "hugh jackman",
	"shannen doherty", "jimmy buffett", "toby keith", "jerry lewis", "annette funicello", "richard pryor",
	"montel williams", "ozzy osbourne", "linda ronstadt", "neil diamond", "glen campbell", "bb king", "b b king",
	"john mccain", "ted kennedy", "gabby giffords", "gabrielle giffords", "steve scalise", "kirk douglas",
	"farrah fawcett", "audrey hepburn", "steve irwin", "lisa marie presley", "val kilmer", "jeff bridges",
	"bob dole", "colin powell", "chris evert", "hoda kotb", "robin roberts",
	"katie couric", "joan lunden", "sam simon", "luke perry", "naya rivera",
)

// publicAlone are the public figures one word names ("Beyoncé", "Gehrig").
var publicAlone = set(
	"aniston", "beyonce", "beyoncé", "biden", "biles", "boseman", "bowie", "einstein", "gaga", "gandhi",
	"gehrig", "hawking", "jolie", "kardashian", "lizzo", "lovato", "mandela", "marley", "obama", "oprah",
	"rihanna", "shakira", "sotomayor", "swayze", "tubman", "winfrey",
)

// Figure reports whether a name given as its words (lower case: a first
// name, middle names or initials, a surname; or a surname alone) is a
// figure of medicine's history or public health, or a public figure.
func Figure(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if f, ok := figures[last]; ok && ((len(words) == 1 && f.alone) || (len(words) > 1 && f.first == words[0])) {
		return true
	}
	if len(words) == 1 && publicAlone.has(last) {
		return true
	}
	var buf [64]byte
	full := buf[:0]
	for i, w := range words {
		if i > 0 {
			full = append(full, ' ')
		}
		full = append(full, w...)
	}
	if public.has(string(full)) {
		return true
	}
	// "Martin Luther King Jr.": the suffix ends the name, not the surname.
	if n := len(words); n > 2 && (last == "jr" || last == "sr") {
		return Figure(words[:n-1])
	}
	return false
}
