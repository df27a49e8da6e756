package compliance

// Family and community news (session 15, t15prec): "Congrats to Lily on
// getting into BU! Her mom is so proud", "little Aiyana and her grandma
// stopped by to say hi". A kin word ("her mom") or a child told fondly
// ("our little buddy") is a patient cue because in a patient's story it
// points at the patient's family. In a post that tells no health detail
// and no care at all it points at no one's care: the person named goes
// to a doctor (PRIV-10 warn) instead of the post being stopped. Only a
// post that opens as a celebration or a greeting counts ("Congrats to",
// "Happy 9th birthday", "Look who stopped by"): the health lexicon does
// not know every loss or birth ("lost her twins", "gave his brother a
// kidney"), and a post that opens on one is a story, not news.

// fondChildWords end the cues that tell a child fondly ("little buddy",
// "sweet girl", "our youngest"), not a patient by any clinical word.
var fondChildWords = newWordSet([]string{"guy", "girl", "boy", "man", "lady", "one", "buddy", "youngest", "oldest", "bravest"})

// birthKin are kin words that tell a birth ("her twins", "their baby"):
// a health event, never family news.
var birthKin = newWordSet([]string{"baby", "twins", "triplets"})

// mendedWords tell a recovery the health lexicon does not know as a
// detail ("All healed up", "back on her feet after", "since the tubes"):
// news of someone mended is news of their care, not family news (session
// 15 attack: "Look who stopped by — little Aiyana and her grandma! All
// healed up.").
var mendedWords = newWordSet([]string{"healed", "healing", "heals", "recovered", "recovering", "recovery", "mend", "mending",
	"mended", "tubes", "discharged", "remission", "stitches", "cast"})

// newsOpeners open a post that celebrates, welcomes or thanks someone,
// in English and Spanish.
var newsOpeners = newWordSet([]string{"congrats", "congratulations", "felicidades", "felicitaciones", "happy", "feliz",
	"welcome", "bienvenida", "bienvenido", "shoutout", "shout", "thanks", "thank", "gracias", "kudos", "cheers"})

// kinOpeners start the kin and fond-child cues of context/patient.
var kinOpeners = newWordSet([]string{"her", "his", "their", "little", "sweet", "our"})

// familyNewsOnly reports whether the post's only patient cues are kin
// words and children told fondly, and it holds no health detail and no
// clinical word: a name in it is family or community news, not care.
func (s *scan) familyNewsOnly() bool {
	if !s.familyNewsDone {
		s.familyNews, s.familyNewsDone = s.findFamilyNews(), true
	}
	return s.familyNews
}

// findFamilyNews is familyNewsOnly's walk over the post's cues.
func (s *scan) findFamilyNews() bool {
	if !s.opensCelebrating() || len(s.healthHits()) > 0 || s.tokensHaveWord(0, len(s.toks), mendedWords) {
		return false
	}
	for _, h := range s.hitsOf("context/clinical") {
		if !s.noCareWord(h) {
			return false
		}
	}
	for _, h := range s.hitsOf("context/patient") {
		if !kinOpeners.has(s.toks[h.from].low) {
			return false
		}
		if last := s.toks[h.to-1].low; !relativeWords.has(last) && !fondChildWords.has(last) || birthKin.has(last) {
			return false
		}
	}
	return true
}

// noCareWord reports whether a context/clinical hit tells no care: a
// birthday, a word inside an organisation's name ("Mercy Hospital
// Foundation"), or a care word naming a thing, not anyone's care.
func (s *scan) noCareWord(h hit) bool {
	if h.to == h.from+1 && s.toks[h.from].low == "birthday" {
		return true
	}
	if t := h.from; t > 0 && s.toks[t].capital && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && s.toks[t-1].sent == s.toks[t].sent {
		return true
	}
	return s.careNamesThing(h.from, h.to)
}

// opensCelebrating reports whether the post's first sentence opens, in its
// first three words, with a celebration, a welcome or thanks ("Big
// congrats to", "Happy 7th birthday", "Welcome home") or with "look who"
// or "guess who" ("Look who stopped by to say hi").
func (s *scan) opensCelebrating() bool {
	if len(s.sents) == 0 {
		return false
	}
	se := s.sents[0]
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
		w := s.toks[t].low
		if newsOpeners.has(w) || inSet(w, "look", "guess") && t+1 < se.tokEnd && s.toks[t+1].low == "who" {
			return true
		}
	}
	return false
}
