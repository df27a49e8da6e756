package names

import "strings"

// abroad are everyday words of the other languages US practices' families
// read and write (Spanish, Portuguese, French, Haitian Creole, Tagalog,
// Somali, Italian): function words, greetings and thanks, and the words
// posts to them open with ("¡Viva la ...!", "Marque pelo (407) ...",
// "Merci, volunteers!", "Joyeux Noël et Bonne Année!", "Tu opinión nos
// ayuda"). The name data holds some of them as rarer first names, so a
// capitalized one would otherwise be taken for a person. Our own list,
// kept to words a reader of the language meets in every few sentences.
// Articles, possessives and prepositions that open a place's or a work's
// name ("La Veta Pass", "Del Rio", "Mi Tierra", "De Leon") are left out:
// as names they join the word after them, which the recognizer already
// reads as a place or a title.
var abroad = set(
	// Spanish
	"a", "algo", "alla", "allí", "ahora", "ahí", "aquí", "así", "años", "año", "ayuda", "ayudar", "bien",
	"bienvenidos", "buen", "buena", "buenas", "bueno", "buenos", "cada", "casa", "como", "cómo", "con", "contigo", "cuando",
	"cuándo", "cuidado", "cuídate", "desde", "después", "día", "días", "dónde", "donde", "durante", "él",
	"ella", "ellas", "ellos", "en", "entre", "es", "esa", "ese", "eso", "esta", "está", "están", "estamos", "este", "esto",
	"estos", "fue", "gente", "gracias", "gran", "grande", "gratis", "hay", "hasta", "hoy", "juntos",
	"llame", "llama", "llámenos", "mañana", "más", "me", "mejor", "mucho", "muchos", "muy",
	"nada", "ni", "no", "nos", "nosotros", "nuestra", "nuestro", "nuestros", "nueva", "nuevo", "o", "otra", "otro", "para",
	"pero", "poco", "por", "porque", "pronto", "puede", "pueden", "que", "qué", "quien", "salud", "se", "sea", "según", "ser",
	"si", "sí", "siempre", "sin", "sobre", "solo", "somos", "son", "también", "tanto", "te", "tenemos", "tiene",
	"todo", "todos", "toda", "todas", "tu", "tú", "uno", "unos", "usted", "ustedes", "va", "vamos",
	"ven", "venga", "vida", "viva", "y", "ya",
	// "Tal vez" (maybe), "tal como" (just as): "Tal" is a name too.
	"tal", "vez", "tienen", "dijo", "estaba",
	// Portuguese
	"ao", "aos", "agora", "ainda", "aqui", "às", "até", "bem", "boa", "bom", "cá", "com", "dele",
	"depois", "e", "é", "ela", "ele", "em", "essa", "esse", "estão", "eu", "faz", "fazer", "hoje", "isso",
	"isto", "já", "lá", "mais", "mas", "marque", "meu", "minha", "muito", "na", "nas", "não", "nem", "no", "nossa", "nosso",
	"os", "ou", "pela", "pelas", "pelo", "pelos", "pode", "quando", "quem", "sem", "seu", "sim", "só", "sua", "tem", "temos",
	"tudo", "um", "você", "vocês", "obrigado", "obrigada", "parabéns", "saúde",
	// French
	"à", "au", "aux", "avec", "bonne", "bonnes", "bonjour", "bonsoir", "c", "ça", "ce", "ces", "cette", "chez", "dans", "des",
	"du", "elle", "elles", "est", "et", "être", "eux", "il", "ils", "je", "joyeux", "leur", "lui", "mais", "merci",
	"mes", "moi", "mon", "ne", "notre", "nous", "on", "où", "par", "pas", "pour", "qu", "qui", "sa", "salut", "ses", "sont",
	"sur", "ta", "toi", "ton", "tous", "tout", "toute", "toutes", "une", "vos", "votre", "vous", "année", "noël",
	"bienvenue", "santé",
	// Haitian Creole
	"ak", "an", "ap", "avè", "avèk", "bonjou", "byen", "epi", "fè", "gen", "kounye", "li", "m", "mwen", "nan", "nou",
	"pa", "pou", "sou", "w", "yo", "mèsi", "mesi",
	// Tagalog
	"ang", "ako", "at", "ay", "ikaw", "ito", "kami", "kayo", "ko", "mga", "ng", "niya", "po", "siya", "tayo", "salamat",
	"kumusta", "mabuhay", "maraming",
	// "Sana all" (I wish), "Sana gumaling ka": "Sana" is a name too.
	"sana", "naman", "lang", "daw", "din", "rin", "pala", "talaga", "kasi", "tayong", "lahat",
	// Somali
	"iyo", "oo", "waa", "waxaa", "ka", "ku", "soo", "mahadsanid",
	// Nepali, romanized (session 22, nepali22.go: "Naya patient?" is
	// "new patient?"); words that are English words or short names too
	// ("ma", "ra", "din", "ghar") are left out.
	"naya", "nayā", "barsa", "barsha", "hamro", "hamra", "tapai", "tapāī", "sabai", "aaja", "bholi", "subhakamana",
	"shubhakamana", "dhanyabad", "dhanyabaad", "dhanyavad", "namaste", "garnus", "garnuhos", "hardik", "khulla", "ramro",
	"lagi", "chha", "hunchha", "garnu", "kholiyo", "badhai",
	// Italian
	"gli", "i", "in", "per", "tra", "fra", "che", "chi", "non", "grazie", "ciao", "buongiorno", "auguri",
)

// mostGiven is how many of first.txt's names, the most given first, are
// people's names before anything else even where they are a word abroad
// ("Ella", "Elle", "Al" stay names).
const mostGiven = 2500

// demoteAbroad marks the first names of data (first.txt, most given
// first) that are words abroad and not among the mostGiven as Weak in
// first: a person only with more evidence, as an English word's name
// ("Grace") is. A rarer name (rare.txt) that is one is dropped from rare,
// so it is asked only as any unknown capitalized word is.
func demoteAbroad(data string, first, rare map[string]Strength) {
	n := 0
	for line := range strings.Lines(data) {
		n++
		w := strings.TrimRight(strings.TrimSpace(line), "*#~")
		if n > mostGiven && abroad.has(w) {
			first[w] = Weak
		}
	}
	for w := range rare {
		if abroad.has(w) {
			delete(rare, w)
		}
	}
}

// wordAbroadHere reports whether the capitalized word i, which opens its
// sentence, is a word of abroad and one of the two words after it, in
// lower case in the same sentence, is one too and no English word: "Ella
// tiene cita", "Ella ya está mejor" (she), "Tal vez" (maybe) are words of
// Spanish, where "Ella is back home" is Ella.
func wordAbroadHere(words []Word, i int) bool {
	w := &words[i]
	if !w.Capital || w.Acronym || i > 0 && words[i-1].Sent == w.Sent || !abroad.has(w.Low) {
		return false
	}
	for j := i + 1; j < len(words) && j <= i+2; j++ {
		n := &words[j]
		if n.Sent != w.Sent || n.Capital || n.Punct {
			return false
		}
		if abroad.has(n.Low) && !IsWord(n.Low) && !functionWord.has(n.Low) {
			return true
		}
	}
	return false
}
