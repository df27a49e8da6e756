package names

// shortForms maps a given name (lower case, written without its marks)
// to the short and pet forms people who carry it go by that do not simply
// begin or end the same way, so a practice need not list them beside the
// name: Spanish hypocoristics ("Chuy" for Jesús, "Pancho" for Francisco,
// "Lupe" for Guadalupe, "Chayo" for Rosario), the English ones of old
// ("Bill", "Peggy", "Hank"), Russian and Ukrainian ones ("Katya",
// "Sasha", "Dima") and a few Arabic and Somali ones ("Moe" for
// Mohamed). A form the practice's staff list derives by its own rules
// (a beginning, "-ie", "-y") is not repeated here. Our own list, written
// by hand (session 20): the public nickname lists found were of English
// genealogy's names only and carried two different licence statements.
var shortForms = map[string][]string{
	// Spanish
	"jesus": {"chuy", "chucho", "chuyito"}, "francisco": {"pancho", "paco", "paquito", "kiko", "frank", "cisco"},
	"guadalupe": {"lupe", "lupita", "pita"}, "jose": {"pepe", "pepito", "chepe", "joe", "jojo"}, "josefina": {"pepa", "fina", "chepa"},
	"ignacio": {"nacho"}, "eduardo": {"lalo"}, "guillermo": {"memo", "guille"}, "roberto": {"beto", "tito"},
	"alberto": {"beto"}, "humberto": {"beto"}, "enrique": {"quique"}, "antonio": {"tono", "toño", "tony"},
	"rosario": {"chayo", "charo"}, "graciela": {"chela"}, "consuelo": {"chelo"}, "concepcion": {"concha", "conchita", "chona"},
	"dolores": {"lola", "lolita"}, "lorenzo": {"lencho"}, "vicente": {"chente"}, "gonzalo": {"chalo"},
	"rodolfo": {"fito", "rudy"}, "adolfo": {"fito"}, "alfonso": {"poncho"}, "alicia": {"licha"}, "luz": {"lucha"},
	"mercedes": {"meche"}, "soledad": {"sole", "chole"}, "asuncion": {"chonita"}, "manuel": {"manny", "manolo"},
	"salvador": {"chava", "chavo"}, "ricardo": {"rico", "richie"}, "federico": {"fede", "kiko"},
	"maria": {"mari", "masha"}, "margarita": {"rita", "margie"}, "isabel": {"chabela", "isa"}, "teresa": {"tere", "techa"},
	"gregorio": {"goyo"}, "anastasio": {"tacho"}, "celestino": {"tino"}, "santiago": {"chago", "santi"},
	"gerardo": {"jerry"}, "refugio": {"cuca", "cuco"}, "socorro": {"coco"}, "eugenia": {"maru", "queña"},
	"angeles": {"angie"}, "cristina": {"tina"}, "rafael": {"rafa", "rafi"}, "fernando": {"nando", "fer"},
	"armando": {"mando"}, "ernesto": {"neto"}, "leonardo": {"leo"}, "gilberto": {"gil", "beto"},
	// English
	"william": {"bill", "billy", "will", "willie", "liam"}, "robert": {"bob", "bobby", "rob", "robbie", "bert"},
	"richard": {"dick", "rick", "ricky", "rich"}, "elizabeth": {"liz", "lizzie", "beth", "betsy", "betty", "libby", "eliza", "bess"},
	"margaret": {"peggy", "maggie", "meg", "madge", "greta", "rita"}, "mary": {"molly", "polly", "mae", "mamie"},
	"henry": {"hank", "harry", "hal"}, "john": {"jack", "johnny"}, "edward": {"ted", "ned", "eddie"},
	"theodore": {"ted", "teddy", "theo"}, "charles": {"chuck", "charlie", "chaz"}, "james": {"jim", "jimmy", "jamie"},
	"sarah": {"sally", "sadie"}, "ann": {"nancy", "annie"}, "anne": {"nancy", "annie"}, "helen": {"nell", "nellie"},
	"eleanor": {"nell", "ellie", "nora"}, "katherine": {"kate", "kathy", "kit", "kay"}, "catherine": {"kate", "cathy", "kit", "kay"},
	"patricia": {"patty", "trish", "tricia"}, "martha": {"marty", "patsy"}, "dorothy": {"dot", "dottie"},
	"susan": {"sue", "suzy"}, "deborah": {"debbie", "deb"}, "barbara": {"barb", "babs"}, "virginia": {"ginny", "ginger"},
	"frances": {"fran", "frankie"}, "alexander": {"alex", "sandy", "xander"}, "alexandra": {"alex", "sandy", "lexi"},
	"anthony": {"tony"}, "lawrence": {"larry"}, "gerald": {"jerry"}, "jerome": {"jerry"}, "raymond": {"ray"},
	"harold": {"hal", "harry"}, "matthew": {"matt"}, "nicholas": {"nick", "nico"}, "zachary": {"zach", "zack"},
	"jacqueline": {"jackie"}, "christopher": {"chris", "kit"}, "christina": {"tina", "chris"}, "abigail": {"abby", "gail"},
	"rebecca": {"becky", "becca"}, "cynthia": {"cindy"}, "kimberly": {"kim"}, "jennifer": {"jen", "jenny"},
	"victoria": {"vicky", "tori"}, "cassandra": {"cassie", "sandy"}, "roberta": {"bobbie"},
	// Russian and Ukrainian
	"ekaterina": {"katya", "katia"}, "yekaterina": {"katya", "katia"}, "kateryna": {"katya", "katia"},
	"aleksandr": {"sasha", "shura"}, "oleksandr": {"sasha"}, "aleksandra": {"sasha", "shura"}, "oleksandra": {"sasha"},
	"mikhail": {"misha"}, "mykhailo": {"misha"}, "dmitri": {"dima"}, "dmitry": {"dima"}, "dmytro": {"dima"},
	"vladimir": {"vova", "volodya"}, "volodymyr": {"vova", "volodya"}, "nikolai": {"kolya"}, "mykola": {"kolya"},
	"elena": {"lena"}, "olena": {"lena"}, "yelena": {"lena"}, "natalia": {"natasha"}, "nataliya": {"natasha"},
	"tatiana": {"tanya"}, "tetiana": {"tanya"}, "tatyana": {"tanya"}, "svetlana": {"sveta"}, "olga": {"olya"},
	"evgeny": {"zhenya"}, "yevgeny": {"zhenya"}, "evgenia": {"zhenya"}, "yevheniia": {"zhenya"}, "ivan": {"vanya"},
	"anastasia": {"nastya", "ana"}, "mariya": {"masha"}, "lyudmila": {"luda", "mila"},
	"lyudmyla": {"luda", "mila"}, "sergei": {"seryozha"}, "serhiy": {"seryozha"}, "pavel": {"pasha"}, "pavlo": {"pasha"},
	"yuri": {"yura"}, "yuriy": {"yura"}, "anatoly": {"tolya"}, "viktor": {"vitya"}, "irina": {"ira"}, "iryna": {"ira"},
	// Arabic and Somali
	"mohamed": {"moe", "mo", "hamid", "moha"}, "mohammed": {"moe", "mo", "moha"}, "muhammad": {"moe", "mo"},
	"mohammad": {"moe", "mo"}, "maxamed": {"moe", "mo"}, "abdirahman": {"abdi"}, "abdullahi": {"abdi"},
	"abdulkadir": {"abdi"}, "abdiaziz": {"abdi", "aziz"}, "ibrahim": {"abe"},
	// Tagalog and Portuguese
	"josefa": {"pepita"}, "joao": {"jojo"}, "antonia": {"toni", "tonia"},
}

// ShortForms returns the short forms people named low (a given name in
// lower case, marks left out) go by that shortForms lists, or nil.
func ShortForms(low string) []string { return shortForms[low] }

// addShortForms makes every form of shortForms that the name data does
// not know a Weak first name ("Chuy", "Memo"): a person only with the
// evidence an everyday word's name needs, since a few are words too
// ("memo", "coco"). A form rare.txt holds ("Pancho", "Rafa") is left to
// rareName, which reads it where any name stands.
func addShortForms(first, rare map[string]Strength) {
	for _, forms := range shortForms {
		for _, f := range forms {
			_, known := first[f]
			if _, ok := rare[f]; !ok && !known {
				first[f] = Weak
			}
		}
	}
}
