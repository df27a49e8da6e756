package compliance

import (
	"slices"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// One person pointed at by a description instead of a name (session 19,
// t19leak): "That Kennedy Cougars point guard with the braids? ... the
// wrist isn't broken", "the lady who sells tamales at the flea market
// finally let us check her sugar", "the guy in the orange hat who came in
// with chest pain", "the tall one from 2nd shift? his strep test was
// positive". A team and a position, or a person word with what sets them
// apart (what they wear, what they do, where they come from), picks out
// one person for everyone who knows them; with a health event in the
// sentence or the next it tells their care (PRIV-14 block, Safe Harbor
// R). The same description with no health event is a shout-out; a
// position said of everyone ("every QB should ...") is advice.

// positionNouns are one player on a team, told by the place they play:
// the positions priv_roles16.go reads, and morePositionWords.
var positionNouns = newWordSet(slices.Concat(teamPositionWords, morePositionWords))

// morePositionWords are positions priv_roles16.go does not read.
var morePositionWords = []string{"linebacker", "halfback", "fullback", "tailback", "lineman", "cheerleader", "receiver",
	"baseman", "fielder", "defenseman", "portero", "portera", "arquero", "arquera", "delantero", "delantera"}

// describedPersonNouns are one person told by a plain person word.
var describedPersonNouns = newWordSet(describedPersonWords)

var describedPersonWords = []string{"guy", "lady", "man", "woman", "gentleman", "gal", "fella", "dude", "kid", "girl",
	"boy", "one", "señora", "señor", "senora", "senor", "muchacho", "muchacha", "chica", "chico", "senhora", "senhor", "viejito",
	"viejita", "abuelito", "abuelita", "monsieur", "madame", "dame",
	// One person on a route or a street: "the mailman on our route".
	"mailman", "mailwoman", "postman", "postwoman", "neighbor", "neighbour", "vecino", "vecina"}

// pointerWords set one person before a description: "that point
// guard", "the lady who".
var pointerWords = newWordSet([]string{"the", "that", "this", "la", "el", "esa", "ese", "esta", "este", "aquella", "aquel", "a", "o",
	"le", "ce", "cette"})

// describedVerbEnds: after "who" or "que", a verb that tells what the
// person does day to day ("sells", "walks", "vende", "trabaja"); a deed
// in the past ("who discovered insulin") is history's.
func describedVerb(w string) bool {
	n := len(w)
	if n < 4 || inSet(w, "says", "does", "goes", "needs", "wants", "gets", "has", "was", "is", "se", "les") {
		return false
	}
	return w[n-1] == 's' || w[n-1] == 'a' || w[n-1] == 'e' || inSet(w, "always", "usually", "still", "siempre")
}

// genericClaimWords make a sentence a statement about anyone: advice,
// odds and studies ("if the QB takes a hit, he should sit out").
var genericClaimWords = newWordSet([]string{"if", "whether", "should", "risk", "risks", "chance", "chances", "odds", "typical",
	"average", "study", "studies", "research", "researchers", "cdc", "nationwide", "statewide", "si", "cualquier"})

// pickedOutCues are the words describedOnes and locatedHouseholds need
// one of: one pass over the text's words asks for both, and most posts
// have none.
var pickedOutCues = newWordSet(slices.Concat(teamPositionWords, morePositionWords, describedPersonWords, householdWordList,
	teamPairHeads()))

// teamPairHeads returns the last words of teamPositionPairs ("guard" of
// "point guard"), which describedAt reads the pairs from.
func teamPairHeads() []string {
	var out []string
	for pair := range teamPositionPairs.m {
		out = append(out, pair[1])
	}
	return out
}

// describedTries bounds the descriptions describedOnes asks careNear
// about, so that a text of many stays linear.
const describedTries = 8

// describedOnes finds one person told by a description beside their
// care.
func (s *scan) describedOnes() []post.Finding {
	var out []post.Finding
	tries := 0
	for i := range s.toks {
		from, ok := s.describedAt(i)
		if !ok {
			continue
		}
		si := s.toks[i].sent
		if s.sentenceHasWord(si, genericClaimWords) {
			continue // "if your QB takes a hit, he should sit out"
		}
		if tries++; tries > describedTries {
			break
		}
		if !s.describedCare(si) && !(s.headsNext(si) && si+1 < len(s.sents) && s.describedCare(si+1)) {
			continue
		}
		f := s.finding(from, i+1, "This names no one, but the description (a team and a position, what the person wears or does, where they work) picks out one person, and the post tells their care.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave out the description or the care; reach the person privately."
		if !overlapsAny(out, f.Start, f.End) && len(out) < maxMatches {
			out = append(out, f)
		}
	}
	return out
}

// describedAt reports whether token i ends a description of one person,
// and where it starts: a position after a team's name or a pointer ("the
// Bexley Lions goalie", "that point guard"), or a person word after a
// pointer with what sets them apart after it ("the lady who sells
// tamales", "the guy in the orange hat", "the tall one from 2nd shift").
func (s *scan) describedAt(i int) (int, bool) {
	w := s.toks[i].low
	switch {
	case positionNouns.has(w):
		return s.positionPointed(i, i)
	case i > 0 && teamPositionPairs.has(s.toks[i-1].low, w):
		return s.positionPointed(i-1, i) // "point guard", "running back"
	case describedPersonNouns.has(w):
		from := s.pointerBefore(i)
		if from < 0 || !s.setApartAfter(i+1) {
			return -1, false
		}
		if w == "one" && from == i-1 {
			return -1, false // "the one who left...": pointedOnes
		}
		return from, true
	}
	return -1, false
}

// positionPointed reports whether the position in tokens [p, i] is one
// player's: a team's capitalized name right before it ("Kennedy Cougars
// point guard", "Grizzlies QB"), or a pointer a few words before ("the
// starting pitcher"); not "a QB", "every QB". It returns where the
// description starts.
func (s *scan) positionPointed(p, i int) (int, bool) {
	start := s.sents[s.toks[i].sent].tokStart
	from := -1
	for k := p - 1; k >= start && k >= p-4; k-- {
		t := &s.toks[k]
		if t.kind != tokWord {
			break
		}
		if inSet(t.low, "a", "an", "every", "any", "each", "all", "no", "un", "una", "cada") {
			return -1, false
		}
		if t.capital && k == p-1 || t.capital && from == k+1 {
			from = k // "Kennedy Cougars point guard"
			continue
		}
		if inSet(t.low, "the", "that", "this", "our", "el", "la", "ese", "esa") {
			from = k
			break
		}
		if from < 0 && !inSet(t.low, "starting", "backup", "star", "senior", "junior", "varsity", "freshman", "sophomore") {
			break
		}
	}
	if from < 0 {
		return -1, false
	}
	// Not a plural after it: "QB camp", "the Lions goalie clinic".
	if i+1 < len(s.toks) && (careGivenNouns.has(s.toks[i+1].low) || inSet(s.toks[i+1].low, "camp", "camps", "position", "coach", "coaches")) {
		return -1, false
	}
	return from, true
}

// pointerBefore returns where a pointer stands before the person word at
// i, with at most three describing words or a name of a place between
// ("that sweet older man", "the tall one", "the U of M kid"), or -1.
func (s *scan) pointerBefore(i int) int {
	start := s.sents[s.toks[i].sent].tokStart
	for k := i - 1; k >= start && k >= i-4; k-- {
		t := &s.toks[k]
		if t.kind != tokWord {
			return -1
		}
		if pointerWords.has(t.low) && !inSet(t.low, "a", "o") {
			return k
		}
	}
	return -1
}

// setApartAfter reports whether what follows the person word at k sets
// them apart: "with the braids", "in the orange hat", "who sells
// tamales", "from 2nd shift", "from the warehouse", "que vende elotes",
// "con el sombrero".
func (s *scan) setApartAfter(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].sent != s.toks[k+1].sent {
		return false
	}
	w, n := s.toks[k].low, s.toks[k+1].low
	switch {
	case inSet(w, "with", "con", "com") && inSet(n, "the", "those", "that", "his", "her", "el", "la", "los", "las", "a", "o"):
		return true
	case w == "in" && (inSet(n, "the", "that") || colourWords.has(n)):
		return k+2 < len(s.toks) && s.toks[k+2].kind == tokWord
	case inSet(w, "who", "que", "qui") && describedVerb(n):
		return true
	case w == "on" && inSet(n, "the", "our", "my", "that") && k+2 < len(s.toks) && s.toks[k+2].kind == tokWord:
		return true // "on our route", "on the corner"
	case w == "from" && (n == "the" || s.toks[k+1].kind == tokNumber || ordinalWord(n) || s.toks[k+1].capital):
		return true
	case inSet(w, "frente", "junto", "del") || w == "de" && inSet(n, "la", "el"):
		return true
	}
	return false
}

// ordinalWord reports whether w is an ordinal: "2nd", "third".
func ordinalWord(w string) bool {
	return inSet(w, "first", "second", "third", "1st", "2nd", "3rd", "4th") || len(w) >= 3 && w[0] >= '0' && w[0] <= '9' && inSet(w[len(w)-2:], "st", "nd", "rd", "th")
}

// careDeviceWords are things of one person's care they carry, use or
// leave behind: "you left your blood pressure cuff", "her EpiPen". The
// health lexicon does not count them.
// Medicines and prescriptions in general are left out: a practice's
// posts speak of refills and pickups to everyone.
var careDeviceWords = newWordSet([]string{"inhaler", "inhalers", "epipen", "epipens", "glucometer", "glucometers", "cuff",
	"inhalador"})

// describedFieldNouns after a health detail make it a program or an
// event, not one person's care: "our diabetes class", "the flu clinic".
var describedFieldNouns = newWordSet([]string{"class", "classes", "clinic", "clinics", "program", "programs", "training",
	"workshop", "lecture", "awareness", "education", "group", "groups", "support", "day", "days", "event", "fair", "drive",
	"research", "month", "walk", "run", "fundraiser", "screening", "screenings", "services", "talk", "night"})

// describedCare reports whether sentence si tells one person's care: a
// result, a wound or an accident, a hurt body part ("the wrist isn't
// broken"), or a health detail that is not a shot everyone gets nor a
// program or event named after it ("our diabetes class"). Cases of a
// disease count: "three whooping cough cases".
func (s *scan) describedCare(si int) bool {
	if s.sentenceHasWord(si, testOutcomeWords) || s.sentenceHasWord(si, pointedCareWords) || s.sentenceHasWord(si, careDeviceWords) || s.bodyHurtIn(si) {
		return true
	}
	if s.noHealthIn(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && !s.preventive(h) && !s.programAfter(h.To) {
			return true
		}
	}
	return false
}

// findingNouns after a body part are something found in it: "her
// thyroid nodule", "a breast lump", "a kidney cyst".
var findingNouns = newWordSet([]string{"nodule", "nodules", "lump", "lumps", "mass", "masses", "cyst", "cysts", "polyp",
	"polyps", "spot", "spots", "growth", "bleed", "stones", "stone", "blockage", "tear", "fracture", "infection"})

// bodyHurtIn reports whether sentence si tells a body part hurt or
// something found in it: an injury word at most four words after the
// body part ("the wrist isn't broken"), or a finding right after it
// ("her thyroid nodule").
func (s *scan) bodyHurtIn(si int) bool {
	if !s.sentenceHasWord(si, injuryWords) && !s.sentenceHasWord(si, findingNouns) {
		return false
	}
	se := s.sents[si]
	words := s.healthWords()
	for k := se.tokStart; k < se.tokEnd; k++ {
		n, cat := health.At(words, k)
		if n == 0 || cat != health.BodyPart {
			continue
		}
		if k+n < se.tokEnd && findingNouns.has(s.toks[k+n].low) {
			return true
		}
		for t := k + n; t < se.tokEnd && t <= k+n+3; t++ {
			if injuryWords.has(s.toks[t].low) {
				return true
			}
		}
	}
	return false
}

// programAfter reports whether the health detail ending at token end
// names a program, an event or a role ("diabetes class", "cancer
// nurse"), with a word between or not ("flu shot clinic"). Unlike
// fieldAfter, "cases" and "patients" after it are still one's illness.
func (s *scan) programAfter(end int) bool {
	for t := end; t < len(s.toks) && t <= end+1 && s.toks[t].kind == tokWord; t++ {
		if describedFieldNouns.has(s.toks[t].low) || roleAfterCondition.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// headsNext reports whether sentence si heads what the next one tells: a
// question or a line ending in a colon ("That point guard with the
// braids? ..."), or a short call-out of ten words or fewer. A long
// sentence of its own ("the guy who sells honey at the market is the
// best") leaves the next one to speak of others.
func (s *scan) headsNext(si int) bool {
	se := s.sents[si]
	if se.tokEnd-se.tokStart <= 10 {
		return true
	}
	last := s.toks[se.tokEnd-1].low
	return last == "?" || last == ":"
}
