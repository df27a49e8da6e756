package compliance

// Harmful first-aid remedies (MIS-01, issue 11, session 16; tests in
// myth_remedies16_test.go). The myths are data: each pairs what is put on,
// in or given with the injuries it harms, taken from the myths public
// first-aid pages correct (Red Cross, NHS and Mayo Clinic first aid:
// burns, jellyfish stings, earaches, teething, cuts, fevers, frostbite),
// in our own words. Which myth a post names is the list; whether it
// recommends it or busts it is grammar, the same for every remedy:
//
//   - applied: the remedy is put on, in or given for the injury ("butter
//     on a burn", "rub them with snow", "Burned your hand? Butter on it")
//     and nothing refuses it: a myth stated (block), or debunked by
//     addMyth's framing (warn);
//   - refused: a negation or "skip", "avoid", "instead of" just before the
//     remedy ("cool water, not butter", "never rub it with snow") is the
//     true advice, which names the myth only to rule it out: no finding.

// remedyMyth is one first-aid myth: its remedies and the injuries they
// are wrongly given for.
type remedyMyth struct {
	remedies, injuries *wordSet
}

// Child words make an injury of a remedy only safe for adults: spirits
// and menthol rubs harm babies.
var remedyBabyWords = []string{"baby", "babies", "infant", "infants", "newborn", "newborns", "toddler", "toddlers", "young",
	"bebé", "bebe", "bebés", "niño", "niña", "niños", "keiki", "pitit", "teething", "teethe", "gums", "encías"}

var remedyMyths = []remedyMyth{
	// Burns: fats, toothpaste and ice hold the heat in or freeze the skin.
	{newWordSet([]string{"butter", "margarine", "mayo", "mayonnaise", "mustard", "toothpaste", "lard", "grease", "ice",
		"mantequilla", "mostaza", "manteca", "hielo", "beurre", "dentifrice", "manteiga", "bè"}),
		newWordSet([]string{"burn", "burns", "burned", "burnt", "scald", "scalds", "scalded", "quemadura", "quemaduras", "quemaste",
			"quemó", "quemado", "quemada", "brûlure", "brûlé", "queimadura", "queimou", "boule"})},
	// Jellyfish and sea nettle stings: urine does not help and may make
	// the stinging cells fire.
	{newWordSet([]string{"pee", "peeing", "urine", "urinate", "urinating", "orina", "orinar", "orinarle", "pipí", "pipi"}),
		newWordSet([]string{"sting", "stings", "stung", "jellyfish", "nettle", "medusa", "medusas", "aguaviva", "aguamala", "picadura"})},
	// An aching or infected ear: oil hides it and harms a burst eardrum
	// (oil to soften wax is advice, so the injury is the ache, not the ear).
	{newWordSet([]string{"oil", "aceite", "óleo", "lwil", "huile"}),
		newWordSet([]string{"earache", "earaches", "otitis", "oído", "oídos"})},
	// Spirits and menthol rubs given to a baby.
	{newWordSet([]string{"whiskey", "whisky", "bourbon", "brandy", "rum", "rakija", "moonshine", "vodka", "liquor", "tequila",
		"kleren", "clairin", "aguardiente", "vicks", "vaporub"}), newWordSet(remedyBabyWords)},
	// Cuts: bleach, solvents, spirits and hot pepper burn the wound;
	// soap and water clean it.
	{newWordSet([]string{"bleach", "clorox", "cloro", "lejía", "kerosene", "gasoline", "turpentine", "pili", "pilipili", "cayenne",
		"whiskey", "whisky", "rakija", "vodka", "moonshine", "tequila", "kleren", "clairin"}),
		newWordSet([]string{"cut", "cuts", "wound", "wounds", "gash", "scrape", "scrapes", "scraped", "herida", "heridas", "cortada",
			"cortadura", "raspón", "blesi"})},
	// Fevers: a raw potato draws nothing out, and spirits rubbed on a
	// child poison through the skin.
	{newWordSet([]string{"potato", "potatoes", "papa", "kleren", "clairin", "alcohol", "vodka", "whiskey", "whisky", "rum",
		"rakija", "tequila", "aguardiente"}),
		newWordSet([]string{"fever", "fevers", "fiebre", "calentura", "lafyèv", "lafyev"})},
	// A chest cold or pneumonia: animal fat and solvents rubbed on the
	// chest treat nothing.
	{newWordSet([]string{"fat", "grease", "lard", "turpentine", "kerosene", "manteca", "sebo"}),
		newWordSet([]string{"pneumonia", "bronchitis", "croup", "pulmonía", "neumonía", "bronquitis"})},
	// Honey for a baby under one: botulism. Only babies are the injury
	// ("honey for kids over 1" is the advice), and an age after them
	// lifts it (see remedyOnInjury).
	{newWordSet([]string{"honey", "miel", "mel", "siwo"}), newWordSet([]string{"baby", "babies", "infant", "infants", "newborn",
		"newborns", "bebé", "bebés", "recién"})},
	// Frostbite: rubbing with snow tears the frozen skin.
	{newWordSet([]string{"snow", "nieve"}), newWordSet([]string{"frostbite", "frostbitten", "congelación"})},
}

// firstAidRemedies are all the myths' remedies: a post naming none pays one
// pass over its words.
var firstAidRemedies = func() *wordSet {
	var all []string
	for _, m := range remedyMyths {
		for _, slot := range m.remedies.slots {
			all = append(all, slot...)
		}
	}
	return newWordSet(all)
}()

var (
	// applyPreps put a remedy on, in or to an injury: "butter on a burn",
	// "oil in the ear", "whiskey for a teething baby".
	applyPreps = newWordSet([]string{"on", "onto", "in", "into", "over", "for", "to", "sobre", "en", "encima", "na", "no", "sur", "pou", "nan"})
	// applyVerbs put a remedy on: "rub them with snow", "ponle mantequilla".
	applyVerbs = newWordSet([]string{"put", "rub", "rubbed", "rubbing", "rubs", "apply", "applying", "dab", "smear", "spread", "pour",
		"slather", "ponle", "ponga", "pon", "poner", "ponerle", "untar", "unta", "úntale", "frota", "frotar", "echa", "echarle",
		"fwote"})
	// applyWith takes the remedy after the injury: "rub frostbite with
	// snow", "cúbrela con mantequilla".
	applyWith = newWordSet([]string{"with", "con", "avec", "ak"})
	// injuryPointers stand for an injury told in the sentence before: "Burned?
	// Butter on it".
	injuryPointers = newWordSet([]string{"it", "them", "that", "there", "encima", "lo", "la"})
	// refusers before a remedy rule it out: "not butter", "skip the ice",
	// "never rub it with snow", "instead of toothpaste".
	refusers = newWordSet([]string{"not", "no", "never", "don", "dont", "skip", "avoid", "without", "instead", "nunca", "sin",
		"evite", "evita", "leave", "ditch"})
)

// remedyMythGate holds the words every shape of this file needs one of
// (a first-aid remedy, a folk illness, a chill): most posts have none and
// pay one pass over their words for the three shapes.
var remedyMythGate = func() *wordSet {
	var all []string
	for _, ws := range []*wordSet{firstAidRemedies, folkIllnesses, chillCauses} {
		for _, slot := range ws.slots {
			all = append(all, slot...)
		}
	}
	return newWordSet(all)
}()

// remediesApplied adds the first-aid myths applied in the text (see the
// file comment): a block when recommended, a warning when debunked.
func (s *scan) remediesApplied(add func(conceptHit)) {
	for r := range s.toks {
		if !firstAidRemedies.has(s.toks[r].low) || s.remedyRefused(r) {
			continue
		}
		for i := range remedyMyths {
			if !remedyMyths[i].remedies.has(s.toks[r].low) {
				continue
			}
			if h, ok := s.remedyOnInjury(r, remedyMyths[i].injuries); ok {
				add(h)
				return
			}
		}
	}
}

// remedyOnInjury finds the injury the remedy at r is applied to: after
// it through a preposition ("pee on a jellyfish sting"), before it with
// an applying verb ("rub frostbite with snow"), or asked in the sentence
// before when the remedy points back ("Stung? Pee on it.").
func (s *scan) remedyOnInjury(r int, injuries *wordSet) (conceptHit, bool) {
	si := s.toks[r].sent
	se := s.sents[si]
	// "butter on a burn", "on your kid's fever": the injury a few words
	// after the preposition, in its clause. After an injury asked in the
	// sentence before, the preposition alone applies the remedy ("Stung?
	// Pee on it.", "Earache? Warm oil in the ear.").
	asked := s.injuryAsked(si, injuries)
	for p := r + 1; p < se.tokEnd && p <= r+3; p++ {
		if !applyPreps.has(s.toks[p].low) {
			continue
		}
		if s.isNegator(p - 1) {
			break // "honey (not for babies under 1)": the application refused
		}
		for k := p + 1; k < se.tokEnd && k <= p+4 && !clauseBreak(&s.toks[k]) && s.toks[k].low != ","; k++ {
			if injuries.has(s.toks[k].low) && !s.agedPast(k) {
				return conceptHit{from: r, to: k + 1, parts: [][2]int{{r, r + 1}, {p, p + 1}, {k, k + 1}}}, true
			}
		}
		if asked {
			return conceptHit{from: r, to: p + 1, parts: [][2]int{{r, r + 1}, {p, p + 1}}}, true
		}
	}
	// "with" a few words before ("rub it with a little snow"); the injury
	// or its pointer in the words before "with", the applying verb before
	// that ("Rub frostbite with snow", "Fwote fwon li ak yon ti kleren"
	// after "Ti moun ou gen lafyèv?").
	if w := s.withBefore(r, se.tokStart); w > se.tokStart {
		for k := w - 1; k >= se.tokStart && k >= w-4; k-- {
			if injuries.has(s.toks[k].low) && s.applyVerbBefore(k, se.tokStart) {
				return conceptHit{from: k, to: r + 1, parts: [][2]int{{k, k + 1}, {w, w + 1}, {r, r + 1}}}, true
			}
		}
		if asked && s.applyVerbBefore(w, se.tokStart) {
			return conceptHit{from: w, to: r + 1, parts: [][2]int{{w, w + 1}, {r, r + 1}}}, true
		}
	}
	// "Moonshine and honey is the best thing for a young'un's cough":
	// the remedy vouched for, the injury after its "for".
	for p := r + 1; p < se.tokEnd && p <= r+10 && !clauseBreak(&s.toks[p]); p++ {
		if s.toks[p].low != "for" || !s.vouchedFor(p) {
			continue
		}
		for k := p + 1; k < se.tokEnd && k <= p+4; k++ {
			if injuries.has(s.toks[k].low) {
				return conceptHit{from: r, to: k + 1, parts: [][2]int{{r, r + 1}, {p - 1, p + 1}, {k, k + 1}}}, true
			}
		}
	}
	// "Ponle mantequilla", "Smear some butter" after the injury asked.
	if asked && s.applyVerbBefore(r, se.tokStart) {
		return conceptHit{from: r, to: r + 1, parts: [][2]int{{r, r + 1}}}, true
	}
	return conceptHit{}, false
}

// agedPast reports an age bound right after the injury at k: "babies
// over 1", "infants older than 12 months" are past the myth's harm.
func (s *scan) agedPast(k int) bool {
	for t := k + 1; t < len(s.toks) && t <= k+3; t++ {
		if inSet(s.toks[t].low, "over", "older", "after", "past", "mayores") {
			return true
		}
	}
	return false
}

// vouchBeforeFor, before "for", vouch for a remedy: "good for", "works
// for"; "thing" only after praise ("the best thing for", not "the
// worst thing for").
var (
	vouchBeforeFor = newWordSet([]string{"good", "great", "works", "work", "cure", "trick"})
	remedyPraise   = newWordSet([]string{"best", "good", "great", "only", "right"})
)

// vouchedFor reports praise before the "for" at p.
func (s *scan) vouchedFor(p int) bool {
	w := s.toks[p-1].low
	return vouchBeforeFor.has(w) || inSet(w, "thing", "remedy") && p >= 2 && remedyPraise.has(s.toks[p-2].low)
}

// withBefore returns the token of "with" (con, avec, ak) up to four
// words before the remedy at r, small words between ("with a bit of
// vodka", "ak yon ti kleren"), or -1.
func (s *scan) withBefore(r, start int) int {
	for k := r - 1; k >= start && k >= r-4; k-- {
		if applyWith.has(s.toks[k].low) {
			return k
		}
		if s.toks[k].kind != tokWord {
			return -1
		}
	}
	return -1
}

// remedyRefusedIn reports a first-aid remedy among the words of a listed
// myth that the post refuses in passing ("cool burns with water, not
// butter!"): true advice, as in remediesApplied.
func (s *scan) remedyRefusedIn(h conceptHit) bool {
	for _, p := range h.parts {
		for k := p[0]; k < p[1]; k++ {
			if firstAidRemedies.has(s.toks[k].low) && s.remedyRefused(k) {
				return true
			}
		}
	}
	return false
}

// applyVerbBefore reports an applying verb in the three words before t
// in its sentence ("smear some butter", "pour a little bleach").
func (s *scan) applyVerbBefore(t, start int) bool {
	for k := t - 1; k >= start && k >= t-3; k-- {
		if applyVerbs.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// injuryAsked reports an injury in the sentence before si when that
// sentence is a question or a heading ("Burned your hand on the pan?",
// "Jellyfish sting:"): the remedy's "it" is that injury.
func (s *scan) injuryAsked(si int, injuries *wordSet) bool {
	if si == 0 {
		return false
	}
	prev := s.sents[si-1]
	if last := s.toks[prev.tokEnd-1].low; last != "?" && last != ":" {
		return false
	}
	return s.tokensHaveWord(prev.tokStart, prev.tokEnd, injuries)
}

// remedyRefused reports a refuser in the three words before the remedy
// at r, in its clause: "not butter", "skip the ice", "never rub it with
// snow" (the verb's object: up to five words). A sentence opening "No,"
// answers a myth rather than refusing a remedy ("No, toothpaste on a
// burn doesn't help"), which addMyth's framing reads.
func (s *scan) remedyRefused(r int) bool {
	se := s.sents[s.toks[r].sent]
	for k := r - 1; k >= se.tokStart && k >= r-5 && !clauseBreak(&s.toks[k]); k-- {
		w := s.toks[k].low
		if !refusers.has(w) && !(w == "t" && s.isNegator(k)) {
			continue
		}
		if w == "no" && k+1 < len(s.toks) && s.toks[k+1].low == "," {
			continue // "No, ...": an answer
		}
		if k < r-3 && !applyVerbs.has(s.toks[k+1].low) && !(k+2 < r && applyVerbs.has(s.toks[k+2].low)) {
			continue // far off, the refuser must take the applying verb: "don't rub it with snow"
		}
		return true
	}
	return false
}

// harmWords, after a remedy, say what it does wrong: "traps heat",
// "is dangerous"; after "but", also "keeps the heat in".
var (
	harmWords = newWordSet([]string{"traps", "trap", "trapping", "seals", "damages", "damage", "worsens", "worse", "hurts",
		"harms", "irritates", "delays", "dangerous", "harmful", "risky", "infect", "infects", "useless", "poison", "poisonous",
		"toxic", "peligroso", "peligrosa", "dañino"})
	harmAfterBut = newWordSet([]string{"holds", "keeps", "infection"})
)

// correctedAfter reports a claim the post corrects right after telling
// it: refused by a bare "please don't" or "nope" after a colon or a dash
// ("Bourbon on a baby's gums: please don't.", whatever the myth; "...:
// don't go out with wet hair" goes on as advice and corrects nothing);
// and, for a remedy, faulted in its sentence ("Alcohol rubs for a fever
// are dangerous", "... is an abuela classic, but it traps heat") or
// replaced in the next sentence ("Cool running water instead."). Only a remedy is replaced: after "a fan can kill you",
// "Crack a window instead" is the myth's own advice. The post busts the
// myth; a doctor checks it.
func (s *scan) correctedAfter(h conceptHit) bool {
	si := s.toks[h.from].sent
	se := s.sents[si]
	remedy := s.remedyIn(h)
	for t := h.to; t < se.tokEnd && t < h.to+mythLook; t++ {
		switch {
		case clauseBreak(&s.toks[t]):
			if s.bareRefusal(t+1, se.tokEnd) {
				return true
			}
		case remedy && harmWords.has(s.toks[t].low):
			return true // "Alcohol rubs for a fever are dangerous"
		case remedy && s.toks[t].low == "but":
			for k := t + 1; k < se.tokEnd && k <= t+4; k++ {
				if harmAfterBut.has(s.toks[k].low) || s.isNegator(k) && k+1 < se.tokEnd && inSet(s.toks[k+1].low, "work", "help", "heal", "cure") {
					return true
				}
			}
		}
	}
	if !remedy || si+1 >= len(s.sents) {
		return false
	}
	next := s.sents[si+1]
	for t := next.tokStart; t < next.tokEnd; t++ {
		// "Cool water instead? Nah." asks the correction and turns it
		// down (session 16, att16).
		if s.toks[t].low == "instead" && !(t > next.tokStart && injuryPointers.has(s.toks[t-1].low)) && !s.repeatsClaim(h, next) &&
			s.toks[next.tokEnd-1].low != "?" {
			return true
		}
	}
	return false
}

// bareRefusal reports a refusal that stands alone from t to its clause's
// end: "please don't.", "nope!", "no."; a refusal that goes on ("don't
// go out with wet hair") is advice.
func (s *scan) bareRefusal(t, end int) bool {
	if t < end && s.toks[t].low == "please" {
		t++
	}
	if t >= end || !(s.isNegator(t) || inSet(s.toks[t].low, "nope", "nah", "don")) {
		return false
	}
	if s.toks[t].low == "don" && t+1 < end && s.toks[t+1].low == "t" {
		t++
	}
	return t+1 >= end || s.toks[t+1].kind == tokPunct
}

// remedyIn reports a remedy word (a first-aid or a kitchen remedy) among
// the claim's words.
func (s *scan) remedyIn(h conceptHit) bool {
	for k := h.from; k < h.to; k++ {
		if w := s.toks[k].low; firstAidRemedies.has(w) || cureRemedies.has(w) {
			return true
		}
	}
	return false
}

// repeatsClaim reports a word of the claim h's parts in sentence se:
// "Butter instead." recommends the remedy, it corrects nothing.
func (s *scan) repeatsClaim(h conceptHit, se sentence) bool {
	for _, p := range h.parts {
		for k := p[0]; k < p[1]; k++ {
			if s.toks[k].kind != tokWord || len(s.toks[k].low) < 3 {
				continue
			}
			for t := se.tokStart; t < se.tokEnd; t++ {
				if s.toks[t].low == s.toks[k].low {
					return true
				}
			}
		}
	}
	return false
}

// chillCatchVerbs and chillIllnesses: "how you catch a cold", "how you get
// pneumonia".
var (
	chillCatchVerbs = newWordSet([]string{"catch", "get", "end", "got", "caught"})
	chillIllnesses  = newWordSet([]string{"cold", "colds", "pneumonia", "flu", "sick", "bronchitis"})
	// chillCauses name the chill the myth blames: wet hair, a draft,
	// bare feet.
	chillCauses = newWordSet([]string{"wet", "damp", "chilly", "draft", "drafts", "drafty", "barefoot"})
)

// howYouCatchIt adds the myth of a chill that gives a cold told as "that's
// how you catch it" ("Went out with wet hair? That's how you catch
// pneumonia"): "how you catch|get" an illness, with the chill in its
// sentence or the one before. The chill must be the myth's: "Skipped the
// hand washing? That's how you catch a cold" is true.
func (s *scan) howYouCatchIt(add func(conceptHit)) {
	for t := 0; t+3 < len(s.toks); t++ {
		if s.toks[t].low != "how" || !inSet(s.toks[t+1].low, "you", "u", "kids", "people", "we") || !chillCatchVerbs.has(s.toks[t+2].low) {
			continue
		}
		si := s.toks[t].sent
		for k := t + 3; k < s.sents[si].tokEnd && k <= t+6; k++ {
			if !chillIllnesses.has(s.toks[k].low) {
				continue
			}
			if s.sentenceHasWord(si, chillCauses) || si > 0 && s.sentenceHasWord(si-1, chillCauses) {
				add(conceptHit{from: t, to: k + 1, parts: [][2]int{{t, t + 3}, {k, k + 1}}})
				return
			}
		}
	}
}

// folkIllnesses are illnesses of folk medicine; folkTreatments what a
// healer does for them: "Empacho es real: ... una buena sobada", "Susto
// is real: ... a barrida with an egg", "Para el empacho: sobarle la
// pancita con aceite".
var (
	folkIllnesses  = newWordSet([]string{"empacho", "susto", "mollera", "ojo", "eye"})
	folkTreatments = newWordSet([]string{"sobada", "sobadas", "sobar", "sobarle", "sobando", "sobador", "sobadora", "huevo",
		"egg", "barrida", "limpia", "aceite", "jalar", "jalando", "azarcón", "greta", "sobo"})
)

// folkIllnessTreated adds the myth of a folk illness treated by a healer's
// practice in one sentence: the remedy stands for care ("no need for a
// doctor"), whatever verb joins them. Named with no treatment ("Mal de
// ojo, empacho, susto: we grew up with these words too") it is no claim;
// denied ("la sobada no cura el empacho") it warns.
func (s *scan) folkIllnessTreated(add func(conceptHit)) {
	for t := range s.toks {
		if !folkIllnesses.has(s.toks[t].low) || !s.folkIllnessAt(t) {
			continue
		}
		se := s.sents[s.toks[t].sent]
		for k := se.tokStart; k < se.tokEnd; k++ {
			if folkTreatments.has(s.toks[k].low) {
				from, to := min(t, k), max(t, k)+1
				add(conceptHit{from: from, to: to, parts: [][2]int{{t, t + 1}, {k, k + 1}}})
				return
			}
		}
	}
}

// folkIllnessAt reports whether the word at t names the folk illness: "ojo"
// and "eye" only in "mal de ojo" and "evil eye"; "mollera" in "caída de
// mollera" or "mollera caída".
func (s *scan) folkIllnessAt(t int) bool {
	switch s.toks[t].low {
	case "ojo":
		return t >= 2 && s.toks[t-1].low == "de" && s.toks[t-2].low == "mal"
	case "eye":
		return t >= 1 && s.toks[t-1].low == "evil"
	}
	return true
}

// sorryNotSorry reports a sentence opening "Sorry not sorry": a shrug
// that keeps the claim before it, no rebuttal ("... pee on it. Sorry not
// sorry 😂").
func (s *scan) sorryNotSorry(se sentence) bool {
	t := se.tokStart
	return t+2 < se.tokEnd && s.toks[t].low == "sorry" && s.toks[t+1].low == "not" && s.toks[t+2].low == "sorry"
}

// beliefHeads head a claim as something people believe: "A belief we
// hear in Spanish and Mixteco: ...", "Old superstition: ...".
var beliefHeads = newWordSet([]string{"belief", "beliefs", "superstition", "superstitions", "creencia",
	"creencias", "superstición"})

// beliefHeaded reports a claim whose clause follows a colon closing a
// heading of a few words that names a belief: the post tells what people
// believe, to answer it. "Our belief:" heads the practice's own claim.
func (s *scan) beliefHeaded(h conceptHit) bool {
	se := s.sents[s.toks[h.from].sent]
	colon := -1
	for t := h.from - 1; t >= se.tokStart && t >= h.from-mythLook; t-- {
		if s.toks[t].low == ":" {
			colon = t
			break
		}
	}
	for k := colon - 1; colon > 0 && k >= se.tokStart && k >= colon-8; k-- {
		if beliefHeads.has(s.toks[k].low) {
			// "Our belief: ..." is the practice's own.
			return k == se.tokStart || !inSet(s.toks[k-1].low, "our", "my", "nuestra", "mi")
		}
	}
	return false
}

// vouchedNext reports a sentence after the myth's that opens by vouching
// for it with no negation (session 16, att16): "It works great, trust
// us.", "And honestly, it's true.", "Trust me, it helps."
func (s *scan) vouchedNext(h conceptHit) bool {
	si := s.toks[h.from].sent
	for j := si + 1; j < len(s.sents) && j <= si+2; j++ {
		se := s.sents[j]
		for t := se.tokStart; t+1 < se.tokEnd && t < se.tokStart+5; t++ {
			a, b := s.toks[t].low, s.toks[t+1].low
			if s.isNegator(t) || s.isNegator(t+1) {
				break
			}
			after := ""
			if t+2 < se.tokEnd {
				after = s.toks[t+2].low
			}
			// "It helps to know the facts", "it's true that the shot is
			// safe" go on to something else.
			if a == "it" && inSet(b, "works", "helps", "worked", "helped") && !inSet(after, "to", "that") ||
				inSet(a, "we", "i") && b == "agree" ||
				inSet(a, "s", "is") && b == "true" && t > se.tokStart && inSet(s.toks[t-1].low, "it", "that") && (after == "" || s.toks[t+2].kind == tokPunct) ||
				a == "trust" && inSet(b, "us", "me") {
				return true
			}
		}
	}
	return false
}

// labelOverDenial reports a myth label over the claim's own denial
// (session 16, att16): "Myth: butter on a burn doesn't help.", "Myth:
// butter on a burn is bad." call the denial the myth, and so state the
// claim. The label is in the claim's sentence before it; the denial is a
// negation among the claim's words or just after them, or a harm word
// right after ("is bad", "is dangerous").
func (s *scan) labelOverDenial(h conceptHit) bool {
	se := s.sents[s.toks[h.from].sent]
	// The label itself ("Myth:", "Mito:"), not "fact check" or "myth vs
	// fact", which labelBefore also reads as a myth's.
	labelled := false
	for t := h.from - 1; t >= se.tokStart && t >= h.from-mythLook; t-- {
		if factLabels[s.toks[t].low] {
			return false
		}
		if mythLabels[s.toks[t].low] && s.toks[t].kind == tokWord && !s.labelNegated(t) && t+1 < h.from && s.toks[t+1].low == ":" {
			// "busts a myth:" heads the fact, as a topic does (mythbust29.go).
			labelled = !s.topicBeforeMyth(t, se.tokStart) && !s.bustedLabel29(t, se.tokStart)
			break
		}
	}
	if !labelled {
		return false
	}
	for t := h.from; t < h.to; t++ {
		if !inParts(h.parts, t) && s.isNegator(t) {
			return true
		}
	}
	for t := h.to; t < se.tokEnd && t < h.to+4; t++ {
		w := s.toks[t].low
		if s.isNegator(t) || labelHarm.has(w) {
			return true
		}
		if clauseBreak(&s.toks[t]) || inSet(w, ",", "and", "but", "so") {
			break
		}
	}
	return false
}

// labelHarm are what a claim is called after it when the post faults it:
// "Myth: butter on a burn is bad."
var labelHarm = newWordSet([]string{"bad", "dangerous", "harmful", "useless", "unsafe", "risky", "pointless", "overrated"})
