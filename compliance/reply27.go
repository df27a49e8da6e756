package compliance

// Session 27 (t27reply): words of other languages that a name list holds,
// and Hmong titles of kinship, in a reply's greeting; an everyday illness
// said back to a review that told its own.

// foreignOpeners27 are words of other languages that are also first names
// in the name lists, with the words of their own language that follow
// them: Spanish "Dale" and "Denle" (give him, give her: "Dale un abrazo a
// tu abuela"), Portuguese and Cape Verdean Kriolu "Manda" (send: "Manda um
// beijo", "Manda un abrasu"), German and Pennsylvania Dutch "Mir" (we:
// "Mir sind froh", "Mir sin froh") and Japanese "Okage" ("Okage sama de",
// thanks to you). Followed so, the word names no one. "A", "o", "as" and
// "os" are left out of the followers: they are English too ("Please give
// Dale a hug"). Our own lists, from our knowledge of the languages.
var foreignOpeners27 = func() map[string]*wordSet {
	give := newWordSet([]string{"un", "una", "um", "uma", "unos", "unas", "saludos", "saludo", "saluditos", "abrazo", "abrazos",
		"abrazote", "besito", "besitos", "beso", "besos", "besote", "beijo", "beijos", "beijinho", "beijinhos", "abraço",
		"abraços", "abrasu", "abrasus", "cariños", "cariño", "recuerdos", "lembranças", "lembrança", "mis", "mi", "nuestros", "nuestras",
		"nuestro", "nuestra", "nossos", "nossas", "nosso", "nossa", "les", "los", "las", "la", "el", "gracias", "ánimo", "animo", "pa", "pra"})
	we := newWordSet([]string{"sin", "sind", "sinn", "san", "hen", "hän", "sinds", "wünschen", "winsche", "danken", "bedanken", "freuen",
		"gfreue", "hoffen", "hoffe", "sagen", "welle", "wollen", "freie"})
	return map[string]*wordSet{
		"dale": give, "dales": give, "denle": give, "manda": give, "mande": give, "mandale": give, "mándale": give,
		"mir":   we,
		"okage": newWordSet([]string{"sama", "samade", "samadesu"}),
	}
}()

// foreignOpener27 reports a "name" at bytes [start, end) that begins with
// one of foreignOpeners27 followed, in the same sentence, by a word of its
// own language: no person.
func (s *scan) foreignOpener27(start int) bool {
	t := s.tokenStart(start)
	if t+1 >= len(s.toks) || s.toks[t].start != start {
		return false
	}
	follow, ok := foreignOpeners27[s.toks[t].low]
	k := t + 1
	return ok && s.toks[k].sent == s.toks[t].sent && s.toks[k].kind == tokWord && follow.has(s.toks[k].low) &&
		!s.wordBefore27(t) // "Give Dale un abrazo from us": after an English word, the name (attack27.go)
}

// hmongKinTitles27 are the Hmong titles of kinship said before an elder's
// name: niam (mother), txiv (father), niam tais (grandmother, the
// mother's side), yawm txiv (grandfather, the mother's side), yawg
// (grandfather), pog (grandmother), phauj (aunt), ntxawm and hlob
// (younger and elder uncle or aunt), tij laug (elder brother), muam
// (sister), kwv (younger brother). "Ua tsaug, Niam Pa!" greets Pa as
// "Tía Lupe" greets Lupe (kinGreetTitles, replygreet17.go).
var hmongKinTitles27 = []string{"niam", "txiv", "tais", "yawm", "yawg", "pog", "phauj", "ntxawm", "hlob", "tij", "laug", "muam", "kwv"}

// weatherSympathy27 reports a sentence that is sympathy or a wish ("So
// sorry you're feeling under the weather", "hope you feel better soon",
// "rest up"): said back to a review that told its own illness, "under the
// weather" is that illness, no care the practice gave.
func (s *scan) weatherSympathy27(si int) bool {
	// "Glad we could help you get back on your feet": care told beside it.
	return s.sentenceHasWord(si, sympathyWords27) && !s.sentenceHasWord(si, factWords) && !s.sentenceHasWord(si, instructWords)
}

// sympathyWords27 open sympathy or a wish.
var sympathyWords27 = newWordSet([]string{"sorry", "hope", "hoping", "hopefully", "wishing", "wish", "feel", "rest"})

// reviewIllness27 reports a review that tells an illness of its own: a
// health detail (reviewHealth), or an everyday one the health lexicon
// reads as no illness ("my cold was awful", "sick as a dog", "a stomach
// bug", "feeling ill").
func (s *scan) reviewIllness27() bool {
	// Asked once per check: a reply may say "under the weather" many
	// times (attack27.go).
	return s.reviewIll27.get(s.readReviewIllness27)
}

// readReviewIllness27 is reviewIllness27's reading.
func (s *scan) readReviewIllness27() bool {
	if s.reviewCondition27() {
		return true // an illness the lexicon reads (attack27.go: not a flu shot, not "sick of waiting")
	}
	words, _ := s.reviewWords23()
	for i, w := range words {
		switch {
		case illnessWordNot27(words, i):
			continue // "sick of waiting", "a flu shot", "a cold waiting room", "a bug in your app" (attack27.go)
		case inSet(w, "sick", "ill", "unwell", "flu", "fever", "virus", "enfermo", "enferma", "doente"):
			return true
		case inSet(w, "cold", "bug") && i > 0 && inSet(words[i-1], "my", "a", "nasty", "bad", "awful", "terrible", "stomach", "head", "chest"):
			return true
		}
	}
	return false
}

// animalWords27 are the animals a practice keeps in its lobby, which a
// review remarks on and a reply names: "Gus the goldfish", "we've
// officially named him Gerald" (the fish the review joked about), and in
// Spanish and Portuguese ("Pancho el pez", "Chico, o peixe").
var animalWords27 = newWordSet([]string{"fish", "goldfish", "betta", "tank", "aquarium", "turtle", "tortoise", "dog", "pup", "puppy",
	"cat", "kitty", "kitten", "bird", "parrot", "parakeet", "budgie", "hamster", "bunny", "rabbit", "lizard", "gecko", "snake",
	"guinea", "pig", "mascot",
	"pez", "peces", "pecera", "acuario", "tortuga", "perro", "perrito", "gato", "gatito", "pájaro", "pajaro", "loro", "conejo",
	"peixe", "peixes", "peixinho", "aquário", "aquario", "tartaruga", "cachorro", "cachorrinho", "pássaro", "passaro", "papagaio",
	"coelho", "mascota", "mascote"})

// animalArticles28 stand between a name and its animal: "Gus the
// goldfish", "Pancho el pez", "Chico, o peixe" (t28reply). Not "a": "we
// gave Jorge a cat toy" is a person given something.
var animalArticles28 = newWordSet([]string{"the", "el", "la", "o"})

// animalNamers28 give a name in a reply to a review of an animal: "we
// named him", "le pusimos", "la llamamos", "se chama", "o nome dele é"
// (t28reply). A clitic or "nome dele/dela é" may stand between.
var animalNamers28 = newWordSet([]string{"name", "named", "naming", "call", "called", "calling", "dub", "dubbed",
	"pusimos", "puse", "llamamos", "llama", "llamó", "llamo", "bautizamos", "chamamos", "chama", "chamou", "batizamos"})

// animalNamed27 reports a one-word name at bytes [start, end) that is an
// animal's: followed by "the" and an animal ("Gus the goldfish"), or given
// by "name him", "named her", "call it" in a reply to a review that spoke
// of an animal ("we've officially named him Gerald" to "the fish in the
// lobby tank"). No person.
func (s *scan) animalNamed27(start, end int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) || s.toks[t].end != end {
		return false
	}
	si := s.toks[t].sent
	a := t + 1
	if a < len(s.toks) && s.toks[a].sent == si && s.toks[a].low == "," {
		a++ // "Chico, o peixe"
		if s.ourAnimalAt29(a, si) {
			return true // "Clementine, our neighbor's goat" (t29reply, reply29.go)
		}
	}
	if a+1 < len(s.toks) && s.toks[a+1].sent == si && animalArticles28.has(s.toks[a].low) && animalWord29(s.toks[a+1].low) {
		// "Marcus the dog walker", "Ana the cat's owner", "Marta the
		// cat lover": a person with an animal's trade or liking.
		return !(a+2 < len(s.toks) && s.toks[a+2].sent == si && (animalPeople27.has(s.toks[a+2].low) || s.toks[a+2].low == "s" || animalTradeAny28(s.toks[a+2].low)))
	}
	if !s.namedAfterNamer28(t, si) || t >= 2 && s.namedByOther28(t-2) {
		return false
	}
	words, _ := s.reviewWords23()
	for _, w := range words {
		if animalWord29(w) {
			return true
		}
	}
	return false
}

// namedAfterNamer28 reports a name at token t given by a naming verb just
// before it: "named him Gerald", "le pusimos Pancho", "la llamamos
// Rosita", "o nome dele é Chico".
func (s *scan) namedAfterNamer28(t, si int) bool {
	if t >= 2 && s.toks[t-2].sent == si && inSet(s.toks[t-1].low, "him", "her", "it", "them") && animalNamers28.has(s.toks[t-2].low) {
		return true
	}
	if t >= 1 && s.toks[t-1].sent == si && animalNamers28.has(s.toks[t-1].low) && s.toks[t-1].low != "name" {
		// "le pusimos Pancho", "se llama Rosita"; the clitic comes
		// before the verb in Spanish and Portuguese.
		return t >= 2 && inSet(s.toks[t-2].low, "le", "la", "lo", "se", "o", "a", "lhe")
	}
	// "o nome dele é Chico", "su nombre es Pancho".
	return t >= 3 && s.toks[t-3].sent == si && inSet(s.toks[t-1].low, "é", "e", "es") &&
		inSet(s.toks[t-2].low, "dele", "dela", "nombre")
}

// animalPeople27 follow an animal word to make a person's trade or
// liking: "the dog walker", "the cat lady", "the cat lover".
var animalPeople27 = newWordSet([]string{"walker", "walkers", "groomer", "trainer", "sitter", "owner", "owners", "lady", "guy", "man",
	"woman", "person", "mom", "dad", "whisperer", "handler",
	"lover", "lovers", "fan", "fanatic", "breeder", "keeper", "catcher", "watcher", "enthusiast", "rescuer", "foster", "expert",
	"collector", "photographer", "vet", "doctor", "nurse", "people", "girl", "boy", "mama", "papa"})
