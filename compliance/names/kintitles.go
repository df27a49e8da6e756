package names

// Kin and respect titles of the languages US practices' families speak
// (issue 11, session 17, t17leak). A family calls its elders and kin by a
// title before the name ("Xalê Kawa", "Kak Azad", "Abaayo Faadumo",
// "Ninang Lourdes") or by the kin word alone after a possessive ("Hodan's
// aabbe", "Kevin's dapîr"). Names of many origins are in no name list, so
// without the title the rules read no one; with it the next capitalised
// word is a person, as after "Grandma" or "Tía".
//
// Source: our own list, written by hand for this project from the common
// kin and address terms of each language; no list was copied. Words that
// are also everyday English words or a place's first word are left out
// even where the language uses them ("Ate" is English "ate", "Abu" opens
// "Abu Dhabi", "Hajj" is the pilgrimage in "Hajj Mubarak", "Saw" of Karen
// is the English verb, "Mam" is "ma'am", "Imo" is "IMO"), and so are
// Vietnamese titles written without their marks ("di", "cau").

// regionTitles are said before a name; each group is one language.
var regionTitles = []string{
	// Somali: sister, paternal uncle, maternal aunt, father, and the
	// Somali spellings of hajji and teacher ("Abaayo Faadumo", "Adeer
	// Cabdi", "Xaaji Maxamed", "Macallin Yusuf").
	"abaayo", "adeer", "habaryar", "aabbe", "xaaji", "xaajiyo", "macallin", "macalin", "walaal",
	// Kurdish, Kurmanji and Sorani: brother or Mr. ("Kak Azad", "Kaka
	// Rebwar"), maternal and paternal uncles, aunts, grandparents, mother,
	// father, hajji and teacher.
	"kak", "kaka", "xalê", "xale", "xalo", "mamê", "xaltî", "xalti", "metê", "dapîr", "dapir", "bapîr", "bapir", "dayê",
	"bavo", "hecî", "heci", "mamoste", "mamosta",
	// Levantine, Egyptian and Iraqi Arabic, transliterated: uncles, aunts,
	// grandparents and a woman back from the pilgrimage ("Khalto Samira",
	// "Sitti Wadad", "Jiddo Elias", "Hajjah Amina").
	"ammu", "khalo", "khalto", "khalti", "khaleh", "sitti", "jiddo", "jeddo", "giddo", "hajjah", "hajja",
	// Tagalog and Ilocano: godparents, mother, father, and Ilocano's
	// younger sibling, uncle, aunt and elders ("Ninang Lourdes", "Nanay
	// Cora", "Manong" and "Lola" are in the honorifics already).
	"ninang", "ninong", "nanay", "tatay", "inay", "itay", "tatang", "inang", "ading", "uliteg", "ikit", "baket", "lakay",
	// Hmong: paternal grandmother and aunt ("Pog Yer", "Phauj Mai").
	"pog", "phauj",
	// Karen and Burmese: teacher, man and woman ("Thra Eh Htoo",
	// "Tharamu Paw", "Sayama Khin").
	"thra", "thramu", "tharamu", "sayama",
	// Spanish: godparents and the co-parents a family chooses ("Madrina
	// Lupe", "Compadre Chuy", "Comay Nilda").
	"madrina", "padrino", "comadre", "compadre", "comay", "compay",
	// Punjabi, Hindi and Urdu: uncles and aunts on each side, brother and
	// sister-in-law, sister, grandmothers, and a Sikh's title ("Chachi
	// Gurpreet", "Bhabhi Simran", "Bhai Harjit", "Biji Kulwant").
	"chacha", "chachi", "massi", "masi", "bhua", "bua", "bhaji", "paaji", "paji", "veerji", "bhabhi", "didi", "bhaiya",
	"bhai", "nani", "dadi", "biji", "beji", "sardar", "sardarni",
	// Nepali (Bhutanese families): mother, older brother, grandparents,
	// brother's wife.
	"aama", "daju", "hajurama", "hajurba", "bhauju",
	// Amharic and Tigrinya: mother or grandmother, older brother, older
	// sister ("Emama Tsehay", "Gashe Alemu").
	"emama", "emaye", "gashe", "etiye", "etye",
	// Samoan respect titles ("Susuga Tavita", "Faletua Mele") and
	// Marshallese chiefs ("Iroij Kabua", "Leroij Atama").
	"susuga", "afioga", "faletua", "tinā", "tamā", "iroij", "leroij",
	// Haitian Creole: godparents, Mrs. and Mr. ("Marenn Rose", "Madanm
	// Joseph").
	"parenn", "marenn", "nènnenn", "madanm", "misye",
	// Korean, romanized: grandmother, grandfather, uncle ("Halmoni
	// Kim").
	"halmoni", "halmeoni", "harabeoji", "halabeoji", "samchon",
	// Chinese, romanized: grandparents and "auntie" ("Popo Lin", "Ayi
	// Mei").
	"popo", "yeye", "nainai", "laolao", "waipo", "ayi",
	// Bosnian, Croatian and Serbian grandparents ("Dedo Mehmed", "Baka
	// Zlata", "Nena Fata").
	"dedo", "deda", "djed", "baka", "nena",
	// Vietnamese, with their marks: maternal aunt and uncle, aunts by
	// marriage, great-grandparent or elder ("Dì Lan", "Cậu Minh", "Cụ
	// Hòa").
	"dì", "cậu", "mợ", "thím", "dượng", "cụ",
}

// regionKin are relatives said by the kin word alone after a possessive
// ("Nurse Hodan's aabbe", "Kevin's nanay", "Sarah's dapîr") or before
// their name ("her abaayo Hibaaq"): the relative of someone named.
var regionKin = []string{
	// Somali
	"aabbe", "aabo", "hooyo", "ayeeyo", "awoowe", "abaayo", "adeer", "eedo", "abti", "habaryar",
	// Kurdish
	"kaka", "xalê", "xalo", "mamê", "xaltî", "dapîr", "dapir", "bapîr", "bapir", "dayê", "bavo", "xwişk",
	// Arabic
	"sitti", "teta", "jiddo", "jeddo", "khalto", "ammu",
	// Tagalog and Ilocano
	"nanay", "tatay", "inay", "itay", "ninang", "ninong", "kuya",
	// Hmong
	"niam", "txiv", "pog", "yawg", "tais", "phauj",
	// Spanish
	"madrina", "padrino", "suegra", "suegro", "cuñada", "cuñado", "sobrina", "sobrino",
	// Punjabi, Hindi and Urdu
	"nani", "dadi", "chacha", "chachi", "massi", "bhua", "bhabhi", "didi", "bhaiya", "biji",
	// Nepali
	"aama", "buwa", "hajurama", "hajurba",
	// Amharic and Tigrinya
	"emama", "emaye",
	// Haitian Creole
	"manman", "granmè", "granpè", "grann", "tonton", "matant", "parenn", "marenn",
	// Korean and Chinese, romanized
	"halmoni", "harabeoji", "popo", "yeye", "nainai", "laolao", "waipo",
}

// regionElders are the kin words for an elder that describe one person
// as "the grandma who ..." does ("the Somali ayeeyo who brings us tea",
// "the lola from the bakery").
var regionElders = []string{"ayeeyo", "awoowe", "hooyo", "dapîr", "bapîr", "sitti", "teta", "jiddo", "lola", "lolo", "nanay",
	"tatay", "pog", "yawg", "abuela", "abuelo", "abuelita", "abuelito", "nani", "dadi", "biji", "emama", "granmè", "grann",
	"halmoni", "popo", "nainai", "bibi", "babu", "mzee", "hajurama", "hajurba"}

// RegionKin returns the kin words of other languages said after a
// possessive ("Hodan's aabbe"), for a caller with its own list of
// relatives.
func RegionKin() []string { return regionKin }

// RegionTitles returns the kin and respect titles of other languages said
// before a name ("Kak Azad"), for a caller with its own list of kin titles.
func RegionTitles() []string { return regionTitles }

// elderAlone are kin titles said alone as an elder's name, capitalised:
// "Vovó from the bakery", "Grandma from the laundromat", "Lola at the
// sari-sari store".
var elderAlone = union(set(regionElders...), set("grandma", "grandpa", "granny", "gramps", "nana", "vovó", "vovô", "vovo",
	"abuela", "abuelo", "abuelita", "abuelito", "auntie", "aunty", "tía", "tío", "tita", "tito", "dedo", "baka", "nonna", "nonno",
	"oma", "opa", "bubbe", "zayde"))

// placedFrom reports whether the words at k tell the shop or the place of
// worship where everyone sees a person: "from the" or "from our" and, in
// the next four words, a shop's word ("from the Back Central bakery",
// "from our corner bodega"). "Grandma from Ohio" or "Grandma from the old
// country" is anyone's grandma, and advice to every reader.
func placedFrom(words []Word, k int) bool {
	if k+2 >= len(words) || words[k].Low != "from" || !inList(words[k+1].Low, "the", "our") {
		return false
	}
	for j := k + 2; j < len(words) && j <= k+5 && words[j].Sent == words[k].Sent && !words[j].Punct; j++ {
		if business2.has(words[j].Low) || workplaceWords.has(words[j].Low) {
			return true
		}
	}
	return false
}

// workplaceWords are the places besides shops (business2) where a
// neighbourhood sees the same person every week.
var workplaceWords = set("laundromat", "counter", "stand", "truck", "church", "mosque", "masjid", "temple", "gurdwara",
	"barbershop", "bodega", "deli", "booth", "stall", "taqueria", "panadería", "panaderia", "kitchen", "corner")
