package compliance

import (
	"sort"

	"github.com/practicepost/practicepost/compliance/health"
)

// Attacks on session 24's changes (att24; tests in attack24_test.go).

// dripMythWords24 name what a detox drip is told to pull out, or to
// replace, that the health lexicon does not hold: "spike protein toxins",
// "the toxins fluoride leaves". A gut "reset" stays the drip's ad, as the
// dev sets label it (the base set's e065).
var dripMythWords24 = newWordSet([]string{"spike", "mrna", "fluoride", "vaccine", "vaccines", "vaxx", "vax", "jab", "jabs"})

// dripServiceWords24 are the drip's own health words ("IV", "vitamin IV
// therapy", "hydration"): the service sold, not what it is told to cure.
var dripServiceWords24 = newWordSet([]string{"iv", "ivs", "drip", "drips", "infusion", "infusions", "therapy", "therapies",
	"hydration", "vitamin", "vitamins", "treatment", "treatments", "session", "sessions"})

// dripMythNamed24 reports a health detail, or a word of dripMythWords24,
// in the finding's sentence from twelve tokens before it to after: the
// drip's detox told of a vaccine ("flushes out vaccine toxins after your
// kids' shots"), a cancer treatment ("chemo toxins"), a named illness
// ("the toxins causing your migraines") or a medicine given up ("so you
// won't need your insulin"). That is the detox myth, sold or not, and
// ownDripDetox (ivdetox24.go) leaves its block. The drip's own words
// ("vitamin IV therapy") do not count.
func (s *scan) dripMythNamed24(from, after int) bool {
	lo := max(s.sents[s.toks[from].sent].tokStart, from-12)
	if s.tokensHaveWord(lo, after, dripMythWords24) {
		return true
	}
	hits := s.healthHits()
	for k := sort.Search(len(hits), func(k int) bool { return hits[k].From >= lo }); k < len(hits) && hits[k].From < after; k++ {
		if h := hits[k]; !s.tokensHaveWord(h.From, h.To, dripServiceWords24) && h.Cat != health.BodyPart {
			return true
		}
	}
	return false
}

// roomThingVerbs24 are the Spanish and Portuguese verbs of seats24.go
// that tell a thing as often as a person: "se" ("la cama 4 se vende", is
// for sale; "se mueve", is moved; "se limpia", is cleaned), "tiene",
// "tuvo", "tem", "teve" ("la cama 5 tiene control remoto", has a remote).
// After a numbered bed or chair they make it a person only in the shapes
// roomActsAsPerson reads ("se va a casa", "tuvo un gran día"); otherwise
// the bed is a bed (someonesRoom).
var roomThingVerbs24 = newWordSet([]string{"se", "tiene", "tuvo", "tem", "teve"})

// storyNotPatient24 head a story after a room's colon that is no
// patient's: a visitor or a helper ("Room 1 today: a volunteer from the
// Rotary club brought his guitar"), a visiting professional ("a visiting
// pharmacist shared her tips"), or words said ("a reminder that ..., she
// said"). Read only in the three tokens after the opener, so "a shy
// little guy who came with the church volunteers got his flu shot" is
// still the child's (roomStoryAfter24).
var storyNotPatient24 = newWordSet([]string{"volunteer", "volunteers", "visitor", "visitors", "visiting", "guest", "guests",
	"speaker", "mayor", "santa", "artist", "musician", "chaplain", "pharmacist", "pharmacists", "intern", "interns", "reminder",
	"note", "message", "tip", "tips", "shoutout", "shout", "thanks", "thank", "visit", "word", "donation", "donor", "delivery",
	"voluntario", "voluntaria", "visita", "recordatorio", "mensaje"})

// storyHeadNotPatient24 reports a word of storyNotPatient24 in the three
// tokens after the story's opener at m+1.
func (s *scan) storyHeadNotPatient24(m, end int) bool {
	return s.tokensHaveWord(m+2, min(end, m+5), storyNotPatient24)
}

// sugarReadings24 tell how a blood sugar is doing: "has been steady",
// "looked great", "is way down", "at 140".
var sugarReadings24 = newWordSet([]string{"steady", "stable", "high", "higher", "low", "lower", "better", "worse", "good", "great",
	"fine", "normal", "up", "down", "controlled", "control", "improving", "improved", "perfect", "numbers", "number", "range",
	"target", "dropping", "dropped", "climbing", "spiking", "spiked", "okay", "ok", "well", "level", "levels", "reading",
	"readings", "a1c", "under", "over", "much", "doing", "doin", "bien", "mejor"})

// sugarNotReading24 reports the health data's "his sugar has", "her sugar
// looks", "his sugar's" (session 24, t24names: a named person's blood
// sugar told as how it is doing) at tokens [from, to) with no reading in
// the six tokens after it in its sentence: "Chef Tony swears his sugar's
// the secret to his pecan pie", "her sugar has to be cane sugar for the
// pralines" are a baker's sugar, no one's health.
func (s *scan) sugarNotReading24(from, to int) bool {
	if to-from < 2 || !inSet(s.toks[from].low, "his", "her") || s.toks[from+1].low != "sugar" {
		return false
	}
	si := s.toks[from].sent
	for k := to; k < len(s.toks) && k < to+6 && s.toks[k].sent == si; k++ {
		if sugarReadings24.has(s.toks[k].low) || s.toks[k].kind == tokNumber {
			return false
		}
	}
	return true
}

// recoveryFromNotCondition24 follow "من" after an Arabic get-well wish
// and name where the recovery comes from or how it is meant, not an
// illness: "الشفاء العاجل من الله" (from God), "من عند الله", "من رب
// العالمين", "من كل قلوبنا" (with all our hearts), "من القلب" (from the
// heart). arabicRecoveryFrom (reply24.go) reads no condition in them.
var recoveryFromNotCondition24 = newWordSet([]string{"الله", "الرحمن", "المولى", "رب", "ربنا", "ربي", "عند", "كل", "جميع",
	"القلب", "قلب", "قلبي", "قلبنا", "قلوبنا", "قلوبكم", "أعماق", "اعماق", "صميم"})

// gladThingOf24 name a thing after "de"/"do"/"da" that a reading or
// "points" word belongs to when it is no one's care: "los puntos de su
// tarjeta" (reward points), "os pontos do programa de fidelidade", "la
// presión del agua". gladCareForeign24 (reply24.go) passes them over.
var gladThingOf24 = newWordSet([]string{"agua", "água", "aire", "ar", "llanta", "llantas", "neumáticos", "pneu", "pneus",
	"tarjeta", "cartão", "cartao", "programa", "recompensa", "recompensas", "fidelidad", "fidelidade", "lealtad", "compra",
	"compras", "cuenta", "conta", "ducha", "regadera", "chuveiro", "baño", "banheiro", "estacionamiento", "premio", "premios",
	"prêmio", "prêmios", "club", "clube", "app", "aplicación", "aplicativo"})

// gladThingOf24At reports the care word at token t said of a thing: "de",
// "del", "do", "da" (and an article or possessive) then a gladThingOf24
// word.
func (s *scan) gladThingOf24At(t, end int) bool {
	k := t + 1
	if k >= end || !inSet(s.toks[k].low, "de", "del", "do", "da", "dos", "das") {
		return false
	}
	k++
	if k < end && inSet(s.toks[k].low, "la", "el", "los", "las", "su", "sus", "tu", "tus", "mi", "a", "o", "as", "os", "seu", "sua") {
		k++
	}
	return k < end && gladThingOf24.has(s.toks[k].low)
}
