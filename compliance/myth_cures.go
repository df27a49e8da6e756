package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// A kitchen or folk remedy said to cure an illness (issue 11, dev50-dev69
// kinds): "Pickle juice cures leg cramps", "Un té de gordolobo ... curan el
// empacho", "whiskey and honey in hot tea clears pneumonia", "coining
// pulls the fever out". The myth list cannot hold every remedy of every
// kitchen; the shape is the same: a remedy, a verb that ends an illness,
// and the illness. Stated it blocks; told as not working ("won't cure a
// fever", "no cura el empacho") it warns through addMyth's framing.

var (
	// cureRemedies name a food, a drink, a home practice or a folk
	// healer. Not a supplement or "natural": iron pills do treat anemia.
	cureRemedies = newWordSet([]string{"syrup", "onion", "onions", "cebolla", "compress", "poultice", "plaster", "mustard", "lard",
		"horseradish", "bath", "baths", "salt", "saltwater", "seawater", "whiskey", "whisky", "brandy", "rum", "moonshine", "grogue",
		"tequila", "mezcal", "liquor", "pickle", "buttermilk", "seal", "kimchi", "prayer", "prayers", "rub", "rubs",
		"sobada", "sobando", "sobar", "sobarle", "barrida", "coining", "coins", "cạo", "gió", "vicks", "vaporub", "vaporrub", "vaporú",
		"holy", "tsebel", "sorghum", "turpentine", "garrafada", "gordolobo", "gobernadora", "manzanilla", "chamomile", "sweating",
		"sweat", "ocean", "grease", "butter", "potato", "potatoes", "rakija", "snuff", "yakamein", "broth", "té", "tea", "teas",
		"leaf", "leaves", "hojas", "juice", "jugo", "garlic", "ajo", "vinegar", "vinagre", "honey", "miel", "ginger", "jengibre",
		"turmeric", "herb", "herbs", "herbal", "hierba", "hierbas", "remedy", "remedies", "remedio", "remedios", "sobador",
		"sobadora", "curandero", "curandera", "limpia", "sauna", "socks", "fat", "cobwebs", "cranberry", "lemon", "limón", "aloe", "sábila", "moringa",
		"cupping", "ventosas", "elderberry", "kombucha", "homeopathy", "cleanse", "detox", "caldo", "soup", "sopa", "egg", "huevo",
		"canela", "cinnamon", "oil", "aceite", "sauce",
		// Session 18: drinks, seeds, metals and heat people swear by
		// ("coconut water flushes out kidney stones", "colloidal silver
		// clears sinus infections", "cold plunges cure diabetes").
		"coconut", "agüita", "aguita", "seed", "seeds", "silver", "copper", "penny", "plunge", "plunges", "smoke", "bourbon",
		"vodka", "cumin", "karela", "oregano", "neem"})
	// cureVerbs end an illness: "cures", "clears", "kills", "pulls ...
	// out", "quita", "curan".
	cureVerbs = newWordSet([]string{"cure", "cures", "cured", "curing", "cura", "curan", "curó", "quita", "quitan", "clears",
		"clear", "heals", "heal", "kills", "kill", "pulls", "pull", "draws", "knocks", "takes", "elimina", "eliminan", "disuelve",
		"disuelven", "chữa", "sana", "sanan", "keeps", "keep", "flushes", "flush", "stops", "stop",
		// Session 18: "vinegar dissolves kidney stones", "seal oil
		// prevents heart disease", "a sauna burns the flu out".
		"dissolves", "dissolve", "prevents", "burns",
		// "pasar un huevo ... saca el susto": takes the folk illness out.
		"saca", "sacan", "sacar", "sacarle"})
	// folkConditions are illnesses folk medicine names that the health
	// terms may not hold.
	folkConditions = newWordSet([]string{"empacho", "mollera", "susto", "ojo", "fever", "fevers", "fiebre", "calentura", "tos",
		"cough", "coughs", "gripa", "gripe", "flu", "cold", "colds", "resfriado", "catarro", "hangover", "cramps", "calambres",
		"infection", "infections", "infección", "wind", "aire", "shingles", "worms", "lombrices", "piedras", "stones", "pneumonia",
		"bronchitis", "asthma", "asma", "diabetes", "presión", "cuts", "wounds", "heridas", "venom", "pesticide", "toxins", "sinus"})
)

// remedyCures adds the myth of a remedy said to end an illness: a remedy
// before a cure verb in its clause, and an illness after the verb ("Cạo
// gió pulls the bad wind out", "Horseradish tea kills a sinus
// infection"). A subject "it" or "that" takes the remedy of the sentence
// before ("Coining leaves marks. It won't cure a fever.").
func (s *scan) remedyCures(add func(conceptHit)) {
	for t := 1; t+1 < len(s.toks); t++ {
		if !cureVerbs.has(s.toks[t].low) || s.toks[t-1].low == "a" || s.toks[t-1].low == "the" || s.toks[t-1].low == "no" && !s.spanish() {
			continue // "no cure for the common cold", "a cure": the noun
		}
		if inSet(s.toks[t].low, "takes", "knocks", "pulls", "pull", "draws", "flushes", "flush", "burns") && !s.particleAfter(t) {
			continue // "takes a while", "pulls a muscle"
		}
		if inSet(s.toks[t].low, "keeps", "keep") && (!s.awayAfter(t) || s.toks[t-1].low == "to") {
			// "keeps you going": only "keeps the flu away" wards an
			// illness off; "dump coconut shells to keep dengue away" is
			// the dumping's purpose, not the remedy's (session 18).
			continue
		}
		if s.toks[t-1].low == "se" {
			if c := s.passiveCure(t); c >= 0 {
				add(conceptHit{from: c, to: t + 2, parts: [][2]int{{c, c + 1}, {t - 1, t + 2}}})
				return
			}
			continue
		}
		if inSet(s.toks[t-1].low, "help", "helps", "helping", "may", "might") {
			continue // "salt water rinses help heal the gums": comfort, no cure
		}
		r := s.remedyBefore(t)
		if r < 0 || s.medicineBefore(r) || s.remedyCutBack(r) {
			continue
		}
		c := s.illnessAfter(t)
		if c < 0 {
			continue
		}
		add(conceptHit{from: r, to: c + 1, parts: [][2]int{{r, r + 1}, {t, t + 1}, {c, c + 1}}})
		return
	}
}

// medicineWords make the remedy word just after them a medicine or a
// hygiene product: "alcohol hand rubs", "a saline rinse of salt water".
var medicineWords = newWordSet([]string{"hand", "saline", "sanitizer", "antiseptic"})

// medicineBefore reports a medicine (a drug the health terms know, or
// medicineWords) in the three words before the remedy at r: "ibuprofen
// syrup knocks a fever down", "hand rubs kill the flu virus" tell what a
// medicine does, no kitchen cure. Only that close: in "garlic works
// better than antibiotics and kills strep" the drug is no part of the
// remedy.
func (s *scan) medicineBefore(r int) bool {
	si := s.toks[r].sent
	for k := r - 1; k >= 0 && k >= r-3 && s.toks[k].sent == si; k-- {
		if medicineWords.has(s.toks[k].low) {
			return true
		}
		for _, h := range s.healthHits() {
			// "castor oil" is a drug that holds the remedy word: a folk
			// remedy still; "ibuprofen syrup" ends before it.
			if h.From <= k && k < h.To && h.To <= r && h.Cat == health.Medicine {
				return true
			}
		}
	}
	return false
}

// spanish reports a Spanish clue in the post ("no cura" is a denial,
// where English "no cure" is the noun).
func (s *scan) spanish() bool {
	return s.words.has("el") || s.words.has("la") || s.words.has("los") || s.words.has("las") || s.words.has("que")
}

// particleAfter reports "away", "out" or "down" within four words after
// the verb at t: "takes shingles away", "pulls the bad wind out".
func (s *scan) particleAfter(t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+5 && s.toks[k].sent == s.toks[t].sent; k++ {
		if inSet(s.toks[k].low, "away", "out", "down") {
			return true
		}
	}
	return false
}

// remedyBefore returns the token of a remedy in the clause before the
// verb at t (up to ten words back), or of the remedy the sentence before
// names when the subject is "it" or "that"; else -1.
func (s *scan) remedyBefore(t int) int {
	si := s.toks[t].sent
	for k := t - 1; k >= 0 && k >= t-10 && s.toks[k].sent == si && !clauseBreak(&s.toks[k]); k-- {
		if cureRemedies.has(s.toks[k].low) {
			return k
		}
	}
	if k := t - 1; k >= 0 && (s.isNegator(k) || inSet(s.toks[k].low, "won", "doesn", "don", "does", "will", "can", "didn")) {
		t = k // "It won't cure": the subject is before the auxiliary
	}
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == si; k-- {
		if !inSet(s.toks[k].low, "it", "that", "this") || si == 0 {
			continue
		}
		prev := s.sents[si-1]
		for p := prev.tokStart; p < prev.tokEnd; p++ {
			if cureRemedies.has(s.toks[p].low) {
				return k
			}
		}
	}
	return -1
}

// illnessAfter returns the token of an illness up to seven words after
// the verb at t in its clause, or -1.
func (s *scan) illnessAfter(t int) int {
	for k := t + 1; k < len(s.toks) && k <= t+7 && s.toks[k].sent == s.toks[t].sent && !clauseBreak(&s.toks[k]); k++ {
		if folkConditions.has(s.toks[k].low) && !(k+1 < len(s.toks) && coldWeather.has(s.toks[k+1].low)) {
			return k
		}
		for _, h := range s.healthHits() {
			if h.From == k && h.Cat == health.Condition && !(h.To < len(s.toks) && coldWeather.has(s.toks[h.To].low)) {
				return k
			}
		}
	}
	return -1
}

// coldWeather after "cold" make it the weather: "on a cold day".
var coldWeather = newWordSet([]string{"day", "days", "night", "nights", "morning", "mornings", "evening", "afternoon", "weather",
	"snap", "spell", "front", "winter", "week", "weekend", "wind", "rain", "water", "drink", "drinks", "brew", "feet", "hands"})

// mythInQuotes reports a claim inside quotation marks that open in its
// sentence and close after it ("'Mpiodi leaf cures malaria' — we love
// ...", "'I eat healthy so I don't need a colonoscopy.'"), in a post that
// does not vouch for it ("... and she was right").
func (s *scan) mythInQuotes(h conceptHit) bool {
	se := s.sents[s.toks[h.from].sent]
	lo := 0 // a mark opening the text is no token: read from the last sentence's end
	if se.tokStart > 0 {
		lo = s.toks[se.tokStart-1].end
	}
	from := s.toks[h.from].start
	if !quoteOpens(s.text[lo:from]) {
		return false
	}
	end := min(len(s.text), s.toks[se.tokEnd-1].end+4)
	if quoteCloses(s.text[s.toks[h.to-1].end:end]) < 0 || s.mythEndorsed() {
		return false
	}
	// "... we tell our patients", "We hear it, and we say it too", "we've
	// seen it for ourselves": the practice's own words.
	last := se.tokEnd
	if si := s.toks[h.from].sent; si+1 < len(s.sents) {
		last = s.sents[si+1].tokEnd
	}
	for t := h.to; t < last; t++ {
		if heardWords.has(s.toks[t].low) && (s.saidByUs(t) || s.seenByUs(t)) {
			return false
		}
	}
	return true
}

// topicAsserted reports a myth's subjects named together ("Vaccines and
// autism:") in sentence si, with the link said to be real or the science
// said to be open: "the link is real", "the science is still out", "just
// isn't settled yet". Said so, the post states the myth.
func (s *scan) topicAsserted(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "real":
			if s.sentenceHasWord(si, linkWords) && !s.negatedClose(t) {
				return true
			}
		case "settled", "decided", "proven":
			if s.negatedClose(t) || t >= 2 && s.isNegator(t-2) {
				return true // "isn't settled yet", "not settled", "hasn't been decided"
			}
		case "out":
			if t >= 2 && s.toks[t-1].low == "still" && inSet(s.toks[t-2].low, "is", "s") {
				return true // "the jury is still out"
			}
		case "unsettled", "undecided":
			return true
		}
	}
	return false
}

// linkWords name a link said to be real.
var linkWords = newWordSet([]string{"link", "links", "connection", "tie", "ties", "risk", "association"})

// awayAfter reports "away" within five words after the verb at t.
func (s *scan) awayAfter(t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+5 && s.toks[k].sent == s.toks[t].sent; k++ {
		if s.toks[k].low == "away" {
			return true
		}
	}
	return false
}

// passiveCure returns the illness of a Spanish passive cure at the verb
// t ("El empacho se cura con aceite", "La mollera caída se cura
// sobando", "el mal de ojo se quita pasando un huevo"): an illness in the
// few words before "se", and a remedy ("con ...") or a gerund after the
// verb; or -1. A medicine after "con" cures what it treats ("las
// infecciones de orina se curan con antibióticos"), unless the illness is
// a cold.
func (s *scan) passiveCure(t int) int {
	c := -1
	for k := t - 2; k >= 0 && k >= t-6 && s.toks[k].sent == s.toks[t].sent && !clauseBreak(&s.toks[k]); k-- {
		if folkConditions.has(s.toks[k].low) || s.conditionAt(k) {
			c = k
			break
		}
	}
	if c < 0 || t+1 >= len(s.toks) {
		return -1
	}
	next := s.toks[t+1].low
	if strings.HasSuffix(next, "ando") || strings.HasSuffix(next, "iendo") {
		return c
	}
	if next != "con" {
		return -1
	}
	for k := t + 2; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
		if w := s.toks[k].low; medWords.has(w) || strings.HasPrefix(w, "antibi") || strings.HasPrefix(w, "medic") || s.medicineAt(k) {
			if viralWords.has(s.toks[c].low) || inSet(s.toks[c].low, "resfriados", "resfriado", "gripe", "gripa", "catarro") {
				return c
			}
			return -1
		}
	}
	return c
}

// medicineAt reports a medicine starting at token k.
func (s *scan) medicineAt(k int) bool {
	for _, h := range s.healthHits() {
		if h.From == k && h.Cat == health.Medicine {
			return true
		}
	}
	return false
}
