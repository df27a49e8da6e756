package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A remedy said to work and the doctor or the medicine said to be
// unneeded (issue 11): "Cranberry juice cures UTIs, no need to come in
// for antibiotics", "Té de canela ... you can skip the metformin 🌿",
// "the best fix is a sobador ... No need for a doctor". No list of myths
// can hold every remedy of every kitchen; the harm is the same shape:
// care given up for something said to work instead.

var (
	// remedyWords name a home remedy, a folk healer or nature itself, in
	// the languages the sets' clinics hear.
	remedyWords = newWordSet([]string{"juice", "tea", "teas", "té", "tè", "thé", "chá", "canela", "cinnamon", "garlic", "ajo", "vinegar",
		"vinagre", "honey", "miel", "ginger", "jengibre", "turmeric", "cúrcuma", "herb", "herbs", "herbal", "hierba", "hierbas",
		"remedy", "remedies", "remedio", "remedios", "natural", "naturally", "nature", "naturaleza", "oil", "oils", "aceite", "egg",
		"huevo", "sobador", "sobadora", "curandero", "curandera", "limpia", "sauna", "cranberry", "lemon", "limón", "aloe", "sábila",
		"moringa", "melon", "okra", "cupping", "ventosas", "tincture", "supplement", "supplements", "elderberry", "kombucha",
		"homeopathy", "homeopathic", "essential", "cleanse", "detox", "broth", "caldo", "soup", "sopa", "salabat", "luya"})
	// remedyClaims say a remedy works: "cures", "lowers your sugar",
	// "the best fix".
	remedyClaims = newWordSet([]string{"cure", "cures", "cured", "curing", "fix", "fixes", "heal", "heals", "healed", "lower", "lowers",
		"replace", "replaces", "reverse", "reverses", "kill", "kills", "clears", "works", "work", "treats", "beats", "better", "best",
		"cura", "curan", "quita", "quitan", "baja", "bajan", "sana", "sanan", "controla", "controls", "flushes", "gamot", "nagpapagaling"})
	// careWords are the care a remedy is said to make unneeded, besides
	// medWords: the doctor, the clinic, the visit.
	careWords = newWordSet([]string{"doctor", "doctors", "doc", "dr", "er", "clinic", "hospital", "visit", "checkup", "médico", "medico",
		"colonoscopy", "mammogram", "pap", "booster", "boosters", "screening", "urologist", "specialist", "clínica", "pastilla",
		"doctora", "clínica", "come", "coming", "swab", "test", "pastillas", "medicina", "medicinas", "medicamento", "medicamentos",
		"insulina", "vaccine", "vaccines", "shot", "shots", "repellent", "sunscreen", "chemo", "dialysis", "prescription"})
	// lifestyleWords are a diet, a habit or a belief said to make care
	// unneeded: "if you eat clean ... you don't need blood pressure
	// pills", "Si come bien y camina, no necesita las pastillas".
	lifestyleWords = newWordSet([]string{"eat", "eats", "eating", "diet", "greens", "veggies", "vegetables", "fiber", "fish",
		"salmon", "garlic", "pray", "prayer", "praying", "sunshine", "exercise", "comer", "coma", "comida", "dieta",
		"verduras", "camina", "caminar", "ejercicio", "rezar", "reza"})
	// forgoOpeners open care given up: "no need", "don't need", "instead
	// of", "no necesitas", plus stopVerbs ("skip", "ditch").
	forgoOpeners = newWordSet([]string{"need", "necesitas", "necesita", "necesitan", "instead", "replace", "replaces", "kailangan"})
)

// remedyInsteadOfCare adds the myth of a remedy said to work, with care
// said to be unneeded: a stop verb before a medicine or the doctor ("you
// can skip the metformin", "ditch the inhaler"), or "no need" / "don't
// need" / "instead of" before one. Told not to ("don't skip your
// insulin"), it is the fact and nothing is added.
func (s *scan) remedyInsteadOfCare(add func(conceptHit)) {
	remedy := s.hasAny(remedyWords) && s.hasAny(remedyClaims)
	if !remedy && !s.hasAny(lifestyleWords) {
		return
	}
	for t := range s.toks {
		w := s.toks[t].low
		if !stopVerbs.has(w) && !forgoOpeners.has(w) {
			continue
		}
		if !remedy && !s.lifestyleForgo(t) {
			continue
		}
		if stopVerbs.has(w) && s.negatedClose(t) {
			continue // "don't skip your insulin"
		}
		from := t
		if forgoOpeners.has(w) {
			n, ok := s.forgoes(t)
			if !ok {
				continue
			}
			from = n // the "no" of "no need" is the claim's, not a denial of it
		}
		if c := s.careAfter(t + 1); c > 0 && !s.careUnless(c) && (remedy || !s.lifestyleWithin(t+1, c)) {
			add(conceptHit{from: from, to: c + 1, parts: [][2]int{{from, t + 1}, {c, c + 1}}})
			return
		}
	}
}

// forgoes reports care given up at opener t, and the token the claim
// starts at: "no need", "don't need", "no necesitas", "hindi kailangan"
// (from the negator), "instead of", "replace(s)". "Won't replace your
// pills" is the fact.
func (s *scan) forgoes(t int) (int, bool) {
	switch s.toks[t].low {
	case "instead":
		return t, t+1 < len(s.toks) && s.toks[t+1].low == "of"
	case "replace", "replaces":
		return t, s.negatorClose(t) < 0
	}
	n := s.negatorClose(t) // "no need", "don't need", "no necesitas"
	return n, n >= 0
}

// negatedClose reports a negator up to three words before token t, in
// its clause.
func (s *scan) negatedClose(t int) bool { return s.negatorClose(t) >= 0 }

// negatorClose returns that negator's token, or -1.
func (s *scan) negatorClose(t int) int {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent && !clauseBreak(&s.toks[k]); k-- {
		if s.isNegator(k) || inSet(s.toks[k].low, "no", "hindi", "di") {
			return k
		}
	}
	return -1
}

// careAfter returns the token of a medicine or of care (the doctor, a
// visit) within a few words after t, in t's sentence, or 0.
func (s *scan) careAfter(t int) int {
	for k := t; k < len(s.toks) && k < t+5 && s.toks[k].sent == s.toks[max(t-1, 0)].sent; k++ {
		if medWords.has(s.toks[k].low) || careWords.has(s.toks[k].low) {
			if k+1 < len(s.toks) && s.toks[k+1].low == "s" && s.toks[k+1].start > s.toks[k].end {
				continue // "a doctor's note": the doctor's paper, no care forgone
			}
			return k
		}
		for _, h := range s.healthHits() {
			if h.From == k && h.Cat == health.Medicine {
				return k
			}
		}
	}
	return 0
}

// careUnless reports whether the care at token c is unneeded only with a
// condition after it in its sentence ("no need to visit the ER unless
// they struggle to breathe"): the usual safe advice, care kept for when
// it is needed.
func (s *scan) careUnless(c int) bool {
	si := s.toks[c].sent
	for k := c + 1; k < s.sents[si].tokEnd; k++ {
		if inSet(s.toks[k].low, "unless", "except", "excepto", "salvo") {
			return true
		}
	}
	return false
}

// lifestyleReach is how far from a "need" a diet or a habit is looked
// for: "If you eat plenty of oats, beans and greens every day, you don't
// need" is twelve words.
const lifestyleReach = 20

// lifestyleForgo reports care given up at opener t for a diet or a habit
// named in its part of the sentence (up to a semicolon; dashes set off
// the diet itself: "Eat like the nonnas — olive oil, greens — and you
// won't need a statin"): the care follows the opener with no "to" between
// ("you don't need a statin"; not "you don't need to fast for this test",
// which gives up no care). A habit in another clause ("back pain doesn't
// need a specialist; exercise and time help") is said of no care given up.
func (s *scan) lifestyleForgo(t int) bool {
	si := s.toks[t].sent
	found := false
	// Up to lifestyleReach words each way: asked at every opener, a scan
	// of the whole sentence is quadratic in a long one.
	for k := t - 1; k >= 0 && k >= t-lifestyleReach && s.toks[k].sent == si && s.toks[k].low != ";"; k-- {
		found = found || lifestyleWords.has(s.toks[k].low)
	}
	for k := t + 1; !found && k < len(s.toks) && k <= t+lifestyleReach && s.toks[k].sent == si && s.toks[k].low != ";"; k++ {
		found = lifestyleWords.has(s.toks[k].low)
	}
	if !found {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+2 && s.toks[k].sent == si; k++ {
		if s.toks[k].low == "to" {
			return false
		}
	}
	return true
}

// lifestyleWithin reports a diet or a food among tokens [from, c), before
// the care at c: the thing not needed is the diet ("you don't need a
// special diet after your flu shot") or a food's pill ("don't need fish
// oil pills"), not the care.
func (s *scan) lifestyleWithin(from, c int) bool {
	for k := from; k < c; k++ {
		if lifestyleWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
