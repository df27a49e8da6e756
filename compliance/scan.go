package compliance

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/compliance/readability"
	"github.com/practicepost/practicepost/post"
)

// scan is one text of a draft (its main text or one channel's variant)
// with everything several rules need, computed once per check.
type scan struct {
	// ourFirst is the first "our", "we" or "us" of sentence
	// ourFirstSent-1 (-1 for none), for ourCareBefore; ourFirstSent 0 is
	// none asked yet.
	ourFirstSent, ourFirst int

	c *Checker
	d *Draft
	// reviewProc answers reviewNamesProcedure, once reviewProcAsked.
	reviewProcAsked, reviewProc bool
	text                        string // the text the rules read: written, or folded (see fold.go)
	// written is the text as written; when it differs from text, fold
	// maps the rules' spans back into it.
	written string
	fold    *folded
	// folded is what fold points to (held by value, not a new one per
	// check), in foldMem's memory, kept for reuse.
	folded  folded
	foldMem foldMem
	// ascii says the written text is all ASCII: any span of it is valid
	// UTF-8, and finish need not check the matches it cuts from it.
	ascii   bool
	channel string // "" for the main text
	toks    []token
	sents   []sentence
	// hits holds the phrases found, by list id (lexicon.match); hitsOf
	// asks by name. hitSig has the bit (listBitOf) of each list that had
	// hits: most lists asked for have none, and hitsOf learns it from the
	// name's bit without looking its id up.
	hits   [][]hit
	hitSig uint64
	// hitLists are the ids of the lists with hits (all the others are
	// empty): release empties only those.
	hitLists []int32
	// patientSent marks sentences in patient context; patientTok marks
	// tokens within contextWindow tokens of a patient-context cue.
	patientSent []bool
	patientTok  []bool
	// cueSent and cueTok are the same from the cue list alone, without
	// honorific names: a name needs some other sign it is a patient's.
	cueSent []bool
	cueTok  []bool
	cited   bool      // the text carries a URL, DOI or PMID
	words   wordIndex // every token's lower-case text, for gates; words.list holds each once, in text order
	// gates has the bit of each of gateSets some token is in (hasAny).
	gates gateBits
	// prefixBits has the bit of each of prefixGates some word starts
	// with a prefix of, computed on first use (prefixDone).
	prefixBits uint64
	prefixDone bool
	// conceptSeen holds the sentences where each of the lexicon's concepts
	// can start (lexicon.conceptSeen); computed on the first concepts call.
	conceptSeen []uint64
	seenDone    bool
	tally       conceptTally // conceptSeen's counts by entry; memory kept for reuse
	// islands are the numeric islands, computed on first use
	// (islandsDone); their memory is kept for reuse.
	islands     []island
	islandsDone bool
	// matches holds the match lists findAt and findNumeric return.
	matches matchArena
	// found holds the findings phraseFindings and checkLength return.
	found findingArena
	// read is the reading level, computed on first use (readDone); held
	// by value, as a pointer to it cost an allocation per check.
	read     Readability
	readDone bool
	// Indexes over hits, built on first use: for a list, the sentences
	// it matched in (bySentence) and the tokens its phrases start at
	// (byToken).
	bySentence listIndex
	byToken    listIndex
	// clauseFrom and clauseTo are each token's clause (clauseOf), built
	// on first use (clausesDone); their memory is kept for reuse.
	clauseFrom, clauseTo []int32
	clausesDone          bool
	// freeMemo is what freeCare learnt for the text's next "free".
	freeMemo freeCareMemo
	// The review's words and health terms, and whether it tells a health
	// detail, read once per check (attack23.go): rules asked them at every
	// home-care word of a reply. Zeroed by release.
	reviewRead                bool
	reviewLows                []string
	reviewStemSet             map[string]bool // the review's words and their first one to five letters (attack29b.go)
	reviewHits                []health.Hit
	reviewProcedure           bool            // a procedure among reviewHits
	reviewTermWords           map[string]bool // the words (4 bytes or more) of reviewHits
	recoveryReview            onceBool        // the review tells of recovery (reply25.go)
	reviewHealthAsked, revHlt bool
	reviewIll27               onceBool // the review tells an illness (reviewIllness27, attack27.go)
	reviewPerson28            onceBool // the review names a person or kin (reviewNamesPerson, attack28.go)
	reviewEvent28             onceBool // the review tells a gathering (reviewHasEvent28, attack28.go)
	// county21 is what countyWide learnt of the last sentence it read
	// (publicbodies21.go).
	county21 countyMemo
	clinical []bool // tokens within contextWindow of a context/clinical hit
	// clinicalSent marks sentences with a context/clinical hit (the
	// everyday words among them left out).
	clinicalSent []bool
	names        []span   // personNames, computed on first use
	persons      []person // people, computed on first use (nil until then)
	personBuf    []person // persons' memory, kept for reuse
	// nameWords and spanBuf are people's working memory, kept for reuse.
	nameWords []names.Word
	spanBuf   []span
	health    []health.Hit // healthHits, computed on first use
	// healthDone says health is computed: an empty result is nil too, and
	// taking nil for "not yet" searched the text again for every person.
	healthDone bool
	healthBuf  []health.Hit // health's memory, kept for reuse
	// healthCover marks the tokens inside a health detail (inHealth),
	// built on first use in a post of many details; memory kept.
	healthCover     []bool
	healthCoverDone bool
	// outBuf is a rule's findings' memory, kept for reuse (ruleOut): Check
	// copies a rule's findings before the next rule runs.
	outBuf   []post.Finding
	mentions []names.Mention
	lowWords []string // every token's low, for the health package
	// sentHealth says, by sentence, whether a health detail may start in
	// it (noHealthIn), until healthHits knows.
	sentHealth []sentenceHealth
	// introNames are the words of the people a staff welcome introduces
	// (introducedStaff), found once per scan.
	introNames []string
	introDone  bool
	// private says the post is a reply that takes its question private
	// (takenPrivate), found once per scan.
	private, privateDone bool
	// familyNews says the post is family news with no care told
	// (familyNewsOnly), found once per scan: each person named asks.
	familyNews, familyNewsDone bool
	// staffKinNews says the post's only patient cues are staff members'
	// relatives and it tells no care (staffkinnews19.go); done once read.
	staffKinNews, staffKinNewsDone bool
	// kinWeddings says every wedding the post tells is a relative's
	// (kinWeddingsOnly), found once per scan: each name asks.
	kinWeddings, kinWeddingsDone bool
	// noCare says the post tells no one's health or care (tellsNoCare,
	// places17.go), found once.
	noCare, noCareDone bool
	// careSents marks the sentences that tell care (careBySentence),
	// found once per scan for fansOfPatient: each crowd named asks.
	careSents []bool
	// warmSents holds warmLineOnly's answers by sentence (0 unasked, 1
	// yes, -1 no), found once per sentence: each name in it asks.
	warmSents []int8
	// giftCare says every care word in the post names a thing given
	// (everyCareWordGift), found once per scan: each person asks.
	giftCare, giftCareDone bool
	// monthNamed and worksNamed say the post names a history month or
	// books, songs or films (observanceAndWorks), found once per scan.
	monthNamed, worksNamed, monthWorksDone bool
	// sentenceFacts holds sentenceFact's answers (memo22.go), its memory
	// kept for reuse.
	sentenceFacts []uint8
	// patientWord says the post uses "patient" as a noun (patientNamed),
	// found once per scan.
	patientWord, patientWordDone bool
	// trivia says the post tells trivia of the past (toldAsTrivia's
	// post-wide half), found once per scan.
	trivia, triviaDone bool
	// famousAt holds, by sentence, the last token where "is a hero" or
	// "was a legend" is told (famousTold): -1 none, 0 unasked, else t+1.
	famousAt []int32
	// endorsed says the post vouches for a myth it quotes (mythEndorsed),
	// found once per scan: each quotation asks.
	endorsed, endorsedDone bool
	// lowText is the text lower-cased, for lowerContains, made on first
	// use (lowDone).
	lowText string
	lowDone bool
	// overflow holds the channel lengths, measured once per check, by
	// the channel's index in the draft (set on the main text's scan only).
	overflow []measured
	// masks indexes the tokens by first byte, for findAt (firstMasks).
	masks     []firstMask
	masksDone bool
	// mixed says a token may have letters and digits both
	// (mayHaveMixedWord), found once per scan.
	mixed, mixedDone bool
	// staffWord answers hasStaffWord, asked by several rules, once per
	// scan (staffWordDone).
	staffWord, staffWordDone bool
	// sentWords holds sentenceHasWord's answers for long sentences; the
	// map is kept, emptied, for the next check.
	sentWords map[sentWordKey]bool
	// readSpans are the words readability reads (analyzeReading), their
	// memory kept for reuse.
	readSpans []readability.Span
}

// sentenceHealth is what noHealthIn knows of a sentence.
type sentenceHealth uint8

const (
	healthUnasked sentenceHealth = iota
	healthNone                   // no word of it can start a health detail
	healthMaybe                  // one can: healthHits must say
)

// contextWindow is COMPLIANCE.md's N: a cue this many tokens away still
// puts a token in patient context.
const contextWindow = 12

// scanPool recycles scans: a check builds one per text, and their token,
// sentence, hit and word tables are most of what a check allocates.
var scanPool = sync.Pool{New: func() any {
	return new(scan)
}}

// release returns s to scanPool. Nothing of s may be used afterwards;
// findings only hold strings of the text and of the rule data.
func (s *scan) release() {
	clear(s.toks) // drop references to the text
	s.words.reset(0)
	for _, id := range s.hitLists {
		clear(s.hits[id]) // drop references to the phrases of a checker that may go away
		s.hits[id] = s.hits[id][:0]
	}
	clear(s.nameWords)
	clear(s.lowWords)
	clear(s.outBuf) // drop references to the text
	s.bySentence.reset()
	s.byToken.reset()
	s.matches.reset()
	s.found.reset()
	clear(s.sentWords)
	*s = scan{sentWords: s.sentWords, readSpans: s.readSpans[:0], bySentence: s.bySentence, byToken: s.byToken, matches: s.matches, found: s.found, foldMem: s.foldMem, toks: s.toks[:0], sents: s.sents[:0], hits: s.hits[:0], hitLists: s.hitLists[:0], words: s.words,
		nameWords: s.nameWords[:0], spanBuf: s.spanBuf[:0], lowWords: s.lowWords[:0], sentHealth: s.sentHealth[:0], introNames: s.introNames[:0], healthBuf: s.healthBuf[:0], healthCover: s.healthCover[:0], sentenceFacts: s.sentenceFacts[:0], famousAt: s.famousAt[:0], mentions: s.mentions[:0],
		conceptSeen: s.conceptSeen[:0], tally: conceptTally{left: s.tally.left[:0], complete: s.tally.complete[:0]}, masks: s.masks[:0],
		personBuf: s.personBuf[:0], islands: s.islands[:0], outBuf: s.outBuf[:0],
		patientSent: s.patientSent[:0], patientTok: s.patientTok[:0], cueSent: s.cueSent[:0], cueTok: s.cueTok[:0],
		clauseFrom: s.clauseFrom[:0], clauseTo: s.clauseTo[:0], freeMemo: freeCareMemo{serviceEnds: s.freeMemo.serviceEnds[:0]}}
	scanPool.Put(s)
}

// ruleOut returns memory for a rule's findings, empty: a rule that finds
// something in most posts (checkDates, checkNames) appends to it instead of growing a
// new slice each check, and hands the result back with keepOut. Check
// copies a rule's findings before the next rule runs, so one buffer serves
// every rule; a rule must not call another rule that uses it.
func (s *scan) ruleOut() []post.Finding { return s.outBuf[:0] }

// keepOut keeps out's memory for the next ruleOut and returns out.
func (s *scan) keepOut(out []post.Finding) []post.Finding {
	s.outBuf = out
	return out
}

// falses returns b resized to n, all false, reusing its memory.
func falses(b []bool, n int) []bool {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

// citationWords are the words a citation needs one of, unless it is a DOI ("10.").
var citationWords = newWordSet([]string{"http", "https", "www", "doi", "pmid", "gov", "org", "edu"})

func (c *Checker) newScan(d *Draft, text, channel string) *scan {
	s := scanPool.Get().(*scan)
	s.c, s.d, s.text, s.written, s.channel = c, d, text, text, channel
	s.toks, s.sents = tokenizeInto(s.toks[:0], s.sents[:0], text)
	s.ascii = isASCII(text)
	if needsFold(text, s.ascii, s.toks) {
		if f, changed := fold(text, c.leetTarget, &s.foldMem); changed {
			s.folded = f
			s.fold, s.text = &s.folded, f.text
			clear(s.toks)
			s.toks, s.sents = tokenizeInto(s.toks[:0], s.sents[:0], f.text)
		}
	}
	s.gates = c.lex.lookUp(s.toks, &s.words)
	s.hits, s.hitLists, s.hitSig = c.lex.match(s.toks, s.hits, s.hitLists)
	// One pass over each list for all its drops: none of them reads the
	// lists dropped from, so dropping one after another is the same.
	s.dropHits((*scan).notPatientCue, "context/patient", "PRIV-11")
	s.dropHits((*scan).shipment, "context/clinical")
	s.dropHits((*scan).equipment, "PRIV-12")
	s.patientSent = falses(s.patientSent, len(s.sents))
	s.patientTok = falses(s.patientTok, len(s.toks))
	mark := func(from, to int) {
		s.patientSent[s.toks[from].sent] = true
		for t := max(0, from-contextWindow); t < min(len(s.toks), to+contextWindow); t++ {
			s.patientTok[t] = true
		}
	}
	for _, h := range s.hitsOf("context/patient") {
		mark(h.from, h.to)
	}
	if s.words.has("patient") {
		s.describedPatients(mark)
	}
	s.cueSent = append(s.cueSent[:0], s.patientSent...)
	s.cueTok = append(s.cueTok[:0], s.patientTok...)
	for _, n := range s.honorificNames() {
		mark(n.from, n.to)
	}
	s.cited = (s.hasAny(citationWords) || strings.Contains(text, "10.")) &&
		len(s.findAt(citationRE, citationStart)) > 0
	return s
}

// describedPatients marks "our COPD patient", "this brave little
// patient", "the diabetic patient": one patient with words saying which
// between the article and "patient", which the phrase list (article, then
// "patient") cannot hold. "Our new patient forms", "the average patient"
// and "the patient portal" are no one.
func (s *scan) describedPatients(mark func(from, to int)) {
	for t := 2; t < len(s.toks); t++ {
		if s.toks[t].low != "patient" || s.patientTok[t] || t+1 < len(s.toks) && s.toks[t+1].sent == s.toks[t].sent && s.hitAt("context/patient-service", t+1) {
			continue
		}
		for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].kind != tokPunct && s.toks[k].sent == s.toks[t].sent; k-- {
			w := s.toks[k].low
			if anyPatientWords.has(w) {
				break
			}
			if k < t-1 && inSet(w, "our", "this", "the", "that", "one", "my", "nuestro", "nuestra") {
				mark(k, t+1)
				break
			}
		}
	}
}

// anyPatientWords between an article and "patient" make the patient
// anyone, or the practice's offer ("our new patient special", "the
// average patient", "every patient").
var anyPatientWords = newWordSet([]string{"new", "average", "typical", "ideal", "model", "sample", "standard", "every", "each",
	"any", "future", "prospective", "potential", "returning", "existing", "established",
	// "our favorite patient" greets someone by a fond word: a name beside it
	// is a question (warn), as in TestStaffByRole.
	"favorite", "favourite", "fav", "fave", "a", "an", "and", "or", "of",
	"per", "for", "to", "with", "in", "on", "at", "is", "was"})

// dropHits removes the hits of lists for which drop is true.
func (s *scan) dropHits(drop func(s *scan, h hit) bool, lists ...string) {
	for _, list := range lists {
		id := s.c.lex.id(list)
		if id < 0 {
			continue
		}
		hs := s.hits[id]
		kept := hs[:0]
		for _, h := range hs {
			if !drop(s, h) {
				kept = append(kept, h)
			}
		}
		s.hits[id] = kept
	}
}

// notPatientCue reports whether a hit of a patient-context list is no
// patient's: a service of the practice, a shipment or a thing that came in.
func (s *scan) notPatientCue(h hit) bool {
	return s.patientService(h) || s.shipment(h) || s.thingCameIn(h) || s.roomAsThing(h) || s.joinedFrom(h) || s.patientDenied(h) || s.therapistPT(h) ||
		s.admittedToSchool(h.to-1)
}

// patientDenied reports whether a hit ending in "patient" is denied or
// only supposed: "Not our patient 😄", "he's definitely not a patient",
// "we can't confirm whether anybody is our patient". No one's story.
func (s *scan) patientDenied(h hit) bool {
	if w := s.toks[h.to-1].low; w != "patient" && w != "patients" {
		return false
	}
	if h.to < len(s.toks) && s.toks[h.to].low == "yet" {
		return false // "Not our patient yet, but ... starts dialysis with us Monday": one soon
	}
	for k := h.from - 1; k >= 0 && k >= h.from-4 && s.toks[k].sent == s.toks[h.from].sent; k-- {
		switch w := s.toks[k].low; {
		case inSet(w, "not", "never", "no", "t", "whether", "nor"):
			return true
		case !inSet(w, "definitely", "even", "actually", "really", "certainly", "sadly", "also", "is", "was", "s", "are", "anybody",
			"anyone", "someone", "somebody", "you", "re", "he", "she", "they", "it", "this", "that"):
			return false
		}
	}
	return false
}

// therapistPT reports whether a hit "PT", written in capitals, is a
// physical therapist on staff, not a patient: a role beside a name
// ("Rusty, our PT, shows 3 stretches", "our PT Grace", "Luc Gagnon,
// PT,").
func (s *scan) therapistPT(h hit) bool {
	t := h.from
	if h.to != t+1 || s.text[s.toks[t].start:s.toks[t].end] != "PT" || t == 0 {
		return false
	}
	prev := s.toks[t-1].low
	credential := prev == "," && t >= 2 && s.toks[t-2].capital && s.toks[t-2].kind == tokWord // "Luc Gagnon, PT"
	if !credential && !inSet(prev, "our", "your", "my", "their") {
		return false
	}
	return t+1 >= len(s.toks) || s.toks[t+1].sent != s.toks[t].sent || s.toks[t+1].low == "," ||
		s.toks[t+1].capital && s.toks[t+1].kind == tokWord
}

// joinedFrom reports whether a hit "he came to us" goes on "from" a place
// in a post that introduces a team member or names staff ("Welcome
// Dmytro to our team! He came to us from Lviv by way of Detroit"), with
// no health detail in its sentence: a career, not a patient's arrival.
func (s *scan) joinedFrom(h hit) bool {
	if h.to >= len(s.toks) || s.toks[h.to-1].low != "us" || s.toks[h.to].low != "from" || s.healthInSentence(s.toks[h.from].sent) {
		return false
	}
	if len(s.hitsOf("names/newstaff")) > 0 {
		return true
	}
	for t := 0; t < h.from; t++ {
		if s.toks[t].capital && s.c.allow.staff[s.toks[t].low] {
			return true
		}
	}
	return false
}

// renovationWords make a numbered room a room: "Room 12 got fresh paint
// and new curtains", "exam room 3 just got a mural".
var renovationWords = newWordSet([]string{"paint", "painted", "repainted", "curtains", "mural", "renovated", "renovation",
	"remodel", "remodeled", "flooring", "floors", "carpet", "makeover", "decorated", "decorations", "wallpaper", "furniture", "art"})

// roomAsThing reports whether a hit "room 3" (or bed, bay) is said of the
// room itself, in a sentence about its paint or furniture with no one in
// it and no care.
func (s *scan) roomAsThing(h hit) bool {
	if h.to-h.from != 2 || !roomWords.has(s.toks[h.from].low) {
		return false
	}
	si := s.toks[h.from].sent
	return s.sentenceHasWord(si, renovationWords) && !s.sentenceHasWord(si, inRoomPersonWords) && !s.healthInSentence(si)
}

// patientService reports whether a hit ending in "patient" is followed by
// a service noun ("our patient portal", "this patient survey"): the
// practice's services, not a person.
func (s *scan) patientService(h hit) bool {
	if h.to < len(s.toks) && inSet(s.toks[h.to-1].low, "youngest", "oldest", "bravest") && teamWords.has(s.toks[h.to].low) {
		return true // "our youngest volunteer": one of the team, not a patient
	}
	// "pt portal", "pt forms": the shorthand names the same services
	// (session 17, dates17.go).
	return inSet(s.toks[h.to-1].low, "patient", "pt") && h.to < len(s.toks) && s.toks[h.to].sent == s.toks[h.from].sent &&
		s.hitAt("context/patient-service", h.to)
}

// careRooms after a word of care make it a place ("the therapy room",
// "the surgery suite").
var careRooms = newWordSet([]string{"room", "rooms", "suite", "suites", "wing", "pool", "gym", "center", "centre"})

// teamWords after "our youngest" make the person one of the practice's
// own people.
var teamWords = newWordSet([]string{"volunteer", "volunteers", "employee", "staff", "staffer", "team", "teammate",
	"intern", "helper", "hire", "member", "nurse", "doctor", "provider", "receptionist", "scribe", "student"})

// birthWords make "delivered" a birth rather than a shipment.
var birthWords = newWordSet([]string{"baby", "babies", "twins", "triplets", "boy", "girl", "son", "daughter", "mom", "mother",
	"birth", "born", "newborn", "c", "section", "labor", "lb", "lbs", "pounds", "ounces", "oz"})

// shipment reports whether a hit is "delivered" in a sentence with no word
// of a birth: "the new X-ray machine was delivered March 3" and "we
// delivered backpacks to the school" are shipments, and their dates are
// event dates.
func (s *scan) shipment(h hit) bool {
	if w := s.toks[h.to-1].low; w != "delivered" && w != "delivery" {
		return false
	}
	// sentenceHasWord keeps its answer for a long sentence: many
	// deliveries in one sentence read it once (TestShipmentLinear28).
	return !s.sentenceHasWord(s.toks[h.from].sent, birthWords)
}

// arrivingThings are what "came in" without anyone being seen: stock,
// equipment, mail and weather.
var arrivingThings = newWordSet([]string{"machine", "machines", "equipment", "shipment", "shipments", "order", "orders", "package",
	"packages", "delivery", "deliveries", "supplies", "supply", "stock", "vaccine", "vaccines", "booster", "boosters", "doses", "dose",
	"chairs", "chair", "tables", "table", "furniture", "sign", "signs", "computer", "computers", "printer", "phones", "mail", "boxes",
	"box", "inventory", "snow", "storm", "rain", "fog", "wind", "weather", "ice", "power", "x", "ray", "xray", "scanner", "unit",
	"units", "truck", "trucks", "calendars", "shirts", "hoodies", "books", "donations", "toys", "coats", "cards", "flowers", "cookies"})

// thingCameIn reports whether a hit is "came in" or "comes in" said of a
// thing: "the new ultrasound machine came in Monday", "our flu vaccine
// shipment came in on 10/2", "the snow came in fast". Its date is a
// delivery's or the weather's. The subject is read back to its
// determiner; a person word, a pronoun or a name in it keeps the cue.
func (s *scan) thingCameIn(h hit) bool {
	if h.to-h.from != 2 || s.toks[h.to-1].low != "in" || !inSet(s.toks[h.from].low, "came", "comes") {
		return false
	}
	if s.cameInNoVisit(h.to) {
		return true
	}
	thing := false
	si := s.toks[h.from].sent
	for t := h.from - 1; t >= 0 && t >= h.from-6 && s.toks[t].sent == si; t-- {
		tk := &s.toks[t]
		if tk.kind != tokWord {
			if tk.low == "-" {
				continue // "x-ray"
			}
			break
		}
		w := tk.low
		if personWords.has(w) || kinWords.has(w) || relativeWords.has(w) || calloutNouns.has(w) || birthWords.has(w) ||
			inSet(w, "who", "i", "we", "they", "someone", "somebody", "pt") || (tk.capital && t > s.sents[si].tokStart && tk.end-tk.start > 1 && !isAllUpper(s.text[tk.start:tk.end])) {
			return false
		}
		if arrivingThings.has(w) || w == "new" {
			thing = true
		}
		if inSet(w, "the", "our", "a", "an", "this", "that", "these", "those", "your", "my", "their") {
			break
		}
	}
	return thing
}

// cameInNoVisit reports whether the words from token t, right after "came
// in", make it no visit: a race's place ("came in 3rd in his age group",
// "came in first"), the mail ("a card came in the mail") or use ("came
// in handy").
func (s *scan) cameInNoVisit(t int) bool {
	if t >= len(s.toks) {
		return false
	}
	w := s.toks[t].low
	if inSet(w, "handy", "first", "second", "third", "fourth", "fifth", "last", "1st", "2nd", "3rd") ||
		(s.toks[t].kind == tokNumber && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "st", "nd", "rd", "th") && s.toks[t].end == s.toks[t+1].start) {
		return true
	}
	return w == "the" && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "mail", "post", "top", "lead")
}

// equipmentWords after "x-ray" or "scan" make it a machine or a room, not a
// picture of someone.
var equipmentWords = newWordSet([]string{"machine", "machines", "equipment", "room", "rooms", "suite", "department",
	"services", "service", "tech", "techs", "technician", "technicians", "unit", "lab", "labs", "hours", "appointments"})

// equipment reports whether a hit is followed by an equipment word.
func (s *scan) equipment(h hit) bool {
	return (h.to < len(s.toks) && s.toks[h.to].sent == s.toks[h.from].sent && equipmentWords.has(s.toks[h.to].low)) || s.xrayAsCare(h)
}

// xrayAsCare reports whether the hit is "an X-ray" as care one needs or
// gets ("an ankle that won't bear weight needs an X-ray first"): a test,
// not a picture shown. "An X-ray of her hand" shows someone.
func (s *scan) xrayAsCare(h hit) bool {
	if h.from == 0 || !inSet(s.toks[h.from-1].low, "a", "an") || !inSet(s.toks[h.from].low, "x", "xray") {
		return false
	}
	return h.to >= len(s.toks) || s.toks[h.to].low != "of"
}

// citationStart finds the tokens citationRE can start with: a link's
// scheme or "www", "doi", "pmid", a DOI's "10" and a domain's first label.
func citationStart(s *scan, i int) bool {
	switch s.toks[i].low {
	case "http", "https", "www", "doi", "pmid", "10":
		return true
	}
	return domainStart(s, i)
}

// inPatientContext reports whether token range [from,to) is in patient
// context: its sentence holds a cue, or a cue is within contextWindow tokens.
func (s *scan) inPatientContext(from, to int) bool {
	if from >= len(s.toks) {
		return false
	}
	if s.patientSent[s.toks[from].sent] {
		return true
	}
	for t := from; t < to && t < len(s.toks); t++ {
		if s.patientTok[t] {
			return true
		}
	}
	return false
}

// everydayClinical are words of context/clinical with an everyday sense
// ("fall" the season, "cast" of a play, "test" a smoke alarm, "visit" a
// booth, "birthday"): next to a name they make it no patient's. The health
// package finds their clinical senses ("her fall", "in a cast").
var everydayClinical = newWordSet([]string{"fall", "fell", "cast", "test", "tests", "results", "scan", "visit", "exam",
	"checkup", "appointment", "appointments", "birthday", "born"})

// nameInPatientContext is inPatientContext for a name: honorific names do
// not count as their own context, but a health word in the same sentence
// or within the window does ("keep Ms. Jordan in your prayers as she starts
// chemo").
func (s *scan) nameInPatientContext(from, to int) bool {
	if from >= len(s.toks) {
		return false
	}
	if s.cueSent[s.toks[from].sent] {
		return true
	}
	if s.clinical == nil {
		s.clinical = make([]bool, len(s.toks))
		s.clinicalSent = make([]bool, len(s.sents))
		for _, h := range s.hitsOf("context/clinical") {
			if h.to == h.from+1 && (everydayClinical.has(s.toks[h.from].low) || s.slangSick(h.from)) {
				continue // "the fall festival", "the cast of Annie", "test your smoke alarm"
			}
			if health.Figurative(s.healthWords(), h.from, h.to-h.from) {
				continue // "that sick kickflip", "we're still recovering from the potluck": a joke, no one's health
			}
			if h.to < len(s.toks) && careRooms.has(s.toks[h.to].low) || s.careNamesThing(h.from, h.to) || s.prayForUs(h.from) ||
				s.careDuty27(h.from, h.to) {
				continue // "our new therapy room", "the dialysis nurses", "on chemo call": a place, staff or duty, no one's care
			}
			if t := h.from; t > 0 && s.toks[t].capital && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && s.toks[t-1].sent == s.toks[t].sent {
				continue // "Riverside Hospital": an organization's name
			}
			s.clinicalSent[s.toks[h.from].sent] = true
			for t := max(0, h.from-contextWindow); t < min(len(s.toks), h.to+contextWindow); t++ {
				s.clinical[t] = true
			}
		}
	}
	if s.clinicalSent[s.toks[from].sent] {
		return true
	}
	for t := from; t < to && t < len(s.toks); t++ {
		if s.clinical[t] {
			return true
		}
	}
	for t := from; t < to && t < len(s.toks); t++ {
		if s.cueTok[t] {
			return true
		}
	}
	return false
}

// bytesInPatientContext is inPatientContext for a byte span.
// A titled neighbour in a post that tells no care is no patient's
// context (titleContextOnly, places17.go).
func (s *scan) bytesInPatientContext(start, end int) bool {
	from, to := s.tokenRange(start, end)
	return s.inPatientContext(from, to) && !s.titleContextOnly(from, to)
}

// identifyingContext reports whether bytes [start,end) lie in patient
// context or next to health detail, where an identifier points at a
// patient.
func (s *scan) identifyingContext(start, end int) bool {
	if len(s.toks) == 0 {
		return false
	}
	from, to := s.tokenRange(start, end)
	return s.inPatientContext(from, to) || s.nameInPatientContext(from, to)
}

// tokenRange returns the token indices covering bytes [start,end), or the
// token right after start when the span holds none (punctuation only).
func (s *scan) tokenRange(start, end int) (int, int) {
	from := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > start })
	to := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= end })
	if from >= to {
		return from, min(from+1, len(s.toks))
	}
	return from, to
}

// shortBlocks calls fn with each block finding of out whose token range
// [from,to) is not empty, at most maxToks tokens long and holds a word of
// set: the findings a rule that softens a short matched phrase reads.
func (s *scan) shortBlocks(out []post.Finding, maxToks int, set *wordSet, fn func(f *post.Finding, from, to int)) {
	for i := range out {
		f := &out[i]
		if f.Severity != post.SeverityBlock {
			continue
		}
		from, to := s.tokenRange(f.Start, f.End)
		if from >= to || to-from > maxToks || !s.tokensHaveWord(from, to, set) {
			continue
		}
		fn(f, from, to)
	}
}

// span returns the byte span of token range [from,to).
func (s *scan) span(from, to int) (int, int) {
	return s.toks[from].start, s.toks[to-1].end
}

// finding builds a finding for token range [from,to).
func (s *scan) finding(from, to int, msg string) post.Finding {
	a, b := s.span(from, to)
	return post.Finding{Start: a, End: b, Message: msg}
}

// phraseFindings turns every hit of list into a finding with msg (and the
// phrase's suggestion), one per distinct span.
func (s *scan) phraseFindings(list, msg string, sev post.Severity) []post.Finding {
	hs := s.hitsOf(list)
	if len(hs) == 0 {
		return nil
	}
	out := s.found.make(min(len(hs), maxMatches)) // sized once, not grown
	last := -1
	for _, h := range hs {
		if h.from < last {
			continue // overlaps the previous hit of the same list
		}
		if len(out) == maxMatches {
			break
		}
		f := s.finding(h.from, h.to, msg)
		f.Severity = sev
		f.Suggestion = h.p.suggestion
		out = append(out, f)
		last = h.to
	}
	return out
}

// hitsOf returns the hits of list, in text order.
func (s *scan) hitsOf(list string) []hit {
	if id := s.hitListID(list); id >= 0 {
		return s.hits[id]
	}
	return nil
}

// hitListID returns the id of list, or -1 when the text has no hit of it.
func (s *scan) hitListID(list string) int {
	if s.hitSig&listBitOf(list) == 0 {
		return -1 // no hit of list in the text
	}
	return s.c.lex.id(list)
}

// has reports whether list matched anywhere in the text.
func (s *scan) has(list string) bool {
	id := s.hitListID(list)
	return id >= 0 && len(s.hits[id]) > 0
}

// sentenceHas reports whether list matched in sentence si. The per-list
// sentence index is built on first use, so repeated questions stay linear.
func (s *scan) sentenceHas(list string, si int) bool {
	id := s.hitListID(list)
	if id < 0 {
		return false
	}
	idx, ok := s.bySentence.lookUp(id)
	if !ok {
		idx = s.bySentence.add(id, len(s.sents))
		for _, h := range s.hits[id] {
			idx[s.toks[h.from].sent] = true
		}
	}
	return si >= 0 && si < len(idx) && idx[si]
}

// hitAt reports whether a phrase of list starts at token t.
func (s *scan) hitAt(list string, t int) bool {
	id := s.hitListID(list)
	if id < 0 {
		return false
	}
	idx, ok := s.byToken.lookUp(id)
	if !ok {
		idx = s.byToken.add(id, len(s.toks))
		for _, h := range s.hits[id] {
			idx[h.from] = true
		}
	}
	return t >= 0 && t < len(idx) && idx[t]
}

// matchArena holds the match lists a scan's searches return (findAt,
// findNumeric) until the check ends. A rule may hold several lists at once,
// so each list gets its own stretch of one shared backing array, with its
// capacity cut to its length so an append by a caller copies rather than
// writing over the next list. The array is kept with the pooled scan: a
// new one per search with a match was a tenth of a check's allocations.
type matchArena struct {
	free [][]int // carved from the front; what lies past len is unused
	// ints holds the indices of the hand-written matchers' matches
	// (keepMatch), carved the same way.
	ints []int
	// last is where a hand-written matcher writes the match it found,
	// before keepMatch copies it: with the pooled scan, not on the stack
	// of a caller whose matcher, called through an interface or a func
	// value, would make it escape there.
	last handMatch
}

// keepMatch returns a copy of m's indices, each moved by off (those not
// -1: a group that did not take part), valid until reset.
func (a *matchArena) keepMatch(m *handMatch, off int) []int {
	if cap(a.ints)-len(a.ints) < m.n {
		a.ints = make([]int, 0, max(64, 2*cap(a.ints)))
	}
	n := len(a.ints)
	for _, v := range m.idx[:m.n] {
		if v >= 0 {
			v += off
		}
		a.ints = append(a.ints, v)
	}
	return a.ints[n:len(a.ints):len(a.ints)]
}

// keep returns a copy of ms that stays valid until reset.
func (a *matchArena) keep(ms [][]int) [][]int {
	if len(ms) == 0 {
		return nil
	}
	if cap(a.free)-len(a.free) < len(ms) {
		// Lists handed out before keep the old array alive; the new one
		// is what later checks reuse.
		a.free = make([][]int, 0, max(64, 2*cap(a.free), len(ms)))
	}
	n := len(a.free)
	a.free = append(a.free, ms...)
	return a.free[n:len(a.free):len(a.free)]
}

// reset forgets the lists handed out (dropping their memory) and keeps the
// array for the next check.
func (a *matchArena) reset() {
	clear(a.free)
	a.free, a.ints = a.free[:0], a.ints[:0]
}

// findingArena holds the findings some rules return (phraseFindings,
// checkLength) until the check ends, as matchArena holds match lists: each
// list is a stretch of one backing array kept with the pooled scan, its
// capacity cut so that a caller's append copies rather than writing over
// the next list. Check copies a rule's findings as soon as the rule
// returns, so nothing outlives the scan. A new slice per list was a
// fifth of the bytes a check allocates (BenchmarkCheck/280B: 880 of 3,950),
// and every byte allocated brings the next garbage collection nearer.
type findingArena struct {
	free []post.Finding // carved from the front; what lies past len is unused
}

// make returns an empty list with room for n findings, valid until reset.
func (a *findingArena) make(n int) []post.Finding {
	if cap(a.free)-len(a.free) < n {
		// Lists handed out before keep the old array alive; the new one
		// is what later checks reuse.
		a.free = make([]post.Finding, 0, max(16, 2*cap(a.free), n))
	}
	k := len(a.free)
	a.free = a.free[:k+n]
	return a.free[k : k : k+n]
}

// reset forgets the lists handed out, dropping their references to the
// text, and keeps the array for the next check.
func (a *findingArena) reset() {
	clear(a.free)
	a.free = a.free[:0]
}

// listIndex holds one table of bools per phrase list, built on first use
// (which sentences a list matched in, which tokens its phrases start at).
// A scan is pooled, and its listIndex with it: the map and the tables keep
// their memory from check to check, so building a table costs no
// allocation once the pool is warm. A fresh map and table per list were a
// fifth of a check's allocations.
type listIndex struct {
	// slot holds, by list id, 1 + the index in tables of the list's
	// table (0: none yet this check). The ids in use are in used.
	slot   []int
	used   []int
	tables [][]bool // every table made so far; the first len(used) are in use
}

// lookUp returns the table of the list with id, and false when this check
// has none yet.
func (x *listIndex) lookUp(id int) ([]bool, bool) {
	if id >= len(x.slot) || x.slot[id] == 0 {
		return nil, false
	}
	return x.tables[x.slot[id]-1], true
}

// add returns a new table of n falses for the list with id, reusing the
// memory of a table an earlier check made.
func (x *listIndex) add(id, n int) []bool {
	if id >= len(x.slot) {
		x.slot = append(x.slot, make([]int, id+1-len(x.slot))...)
	}
	i := len(x.used)
	if i == len(x.tables) {
		x.tables = append(x.tables, nil)
	}
	x.tables[i] = falses(x.tables[i], n)
	x.slot[id] = i + 1
	x.used = append(x.used, id)
	return x.tables[i]
}

// reset forgets this check's tables and keeps their memory.
func (x *listIndex) reset() {
	for _, id := range x.used {
		x.slot[id] = 0
	}
	x.used = x.used[:0]
}

// lowerContains reports whether the lower-cased text holds sub; for the few
// rules that look for a literal anywhere in the post.
func (s *scan) lowerContains(sub string) bool {
	if !s.lowDone {
		// Lowered once per scan: asked once per person ("not a real
		// person", madeUp), lowering the text each time was quadratic.
		s.lowText, s.lowDone = strings.ToLower(s.text), true
	}
	return strings.Contains(s.lowText, sub)
}

// reviewMode reports whether the draft answers a review.
func (s *scan) reviewMode() bool { return strings.TrimSpace(s.d.ReviewText) != "" }

// concepts finds the co-occurrence entries of list in the text (see
// lexicon.matchConcepts); tokens for which skip is true take no concept.
func (s *scan) concepts(list string, skip func(t int) bool) []conceptHit {
	if !s.seenDone {
		s.conceptSeen = s.c.lex.conceptSeenTally(s.toks, s.conceptSeen, &s.tally)
		s.seenDone = true
	}
	return s.c.lex.matchConcepts(list, s.toks, s.sents, s.conceptSeen, &s.tally, skip)
}
