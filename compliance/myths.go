package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// checkMyths is MIS-01: known false health claims, each a set of concepts
// that must meet in one clause ("MMR|vaccine" + "causes|linked" +
// "autism"). Stated as true, the claim holds the post (block): FSMB calls
// spreading it grounds for discipline. Framed as false (a "Myth: ...
// Fact: ..." post, "No, the MMR shot does not cause autism", "there is no
// evidence that ...", a question answered no) it goes to a doctor (warn),
// who checks that the post states the fact clearly.
func checkMyths(s *scan) []post.Finding {
	var out []post.Finding
	hits := s.concepts("MIS-01", s.mythExcepted)
	for _, h := range hits {
		if s.warnedOffColdTurkey(h) || s.remedyRefusedIn(h) {
			continue
		}
		n := len(out)
		out = s.addMyth(out, h, "a known false health claim")
		s.quotedToAnswer(out, n, h)
		if len(out) == n {
			s.statedWithin(out, h)
		}
	}
	// "Vaccines and autism: no link." names the myth without its verb; a
	// denial in the sentence makes it myth-busting, which a doctor checks.
	for _, h := range s.concepts("MIS-01/topic", s.mythExcepted) {
		a, b := s.span(h.from, h.to)
		si := s.toks[h.from].sent
		if overlapsAny(out, a, b) {
			continue
		}
		if !(s.sentenceHas("MIS-01/denial", si) ||
			(si > 0 && s.sents[si-1].tokEnd-s.sents[si-1].tokStart <= 6 && s.sentenceHas("MIS-01/denial", si-1))) {
			if s.topicAsserted(si) {
				out = s.addMyth(out, h, "a known false health claim")
			}
			continue
		}
		f := s.finding(h.from, h.to, "This mentions a known false health claim, framed as a myth. Check the post states the fact clearly.")
		f.Severity = post.SeverityWarn
		out = append(out, f)
	}
	out = s.shapedMyths(out)
	out = s.echoedMyths(out)
	out = s.dropMirroredFacts(out)
	out = s.dropNotContagiousFacts(out)
	// "In general, antibiotics don't work on cold viruses" to "they
	// wouldn't give me antibiotics": the reason for a decision (t21reply).
	out = s.dropAnsweredFacts(out)
	// "Our allergy drops work better than shots": allergy treatments
	// compared, not a remedy said to beat vaccines (allergyshots23.go).
	if s.hasAny(allergyWords) {
		s.allergyShotsCompared(out)
	}
	// "Our IV hydration drips ... flush out toxins": the practice's own
	// drip sold with detox words (ivdetox24.go).
	s.ownDripDetox(out)
	// "Myth: you only need sunscreen in summer. Fact: ...": a myth-busting
	// post quotes its myth whatever the myth is, listed or not; a doctor
	// checks that the fact is stated clearly.
	if len(out) == 0 {
		if t := s.mythHeading(); t >= 0 {
			f := s.finding(t, t+1, "A myth-busting post: it quotes a myth. Check the fact is stated clearly and the myth cannot be read as advice.")
			f.Severity = post.SeverityWarn
			out = append(out, f)
		}
	}
	return out
}

// warnedOffColdTurkey reports a medicine stopped "cold turkey" that the
// post tells readers not to do ("Don't stop your antidepressant cold
// turkey", "Never quit seizure meds cold turkey"): that is the fact, not
// a myth quoted.
func (s *scan) warnedOffColdTurkey(h conceptHit) bool {
	turkey := false
	for t := h.from; t+1 < h.to; t++ {
		turkey = turkey || s.toks[t].low == "cold" && s.toks[t+1].low == "turkey"
	}
	if !turkey {
		return false
	}
	start := s.sents[s.toks[h.from].sent].tokStart
	for k := h.from - 1; k >= start; k-- {
		if clauseBreak(&s.toks[k]) {
			start = k + 1
			break
		}
	}
	for k := start; k < h.from && k < start+3; k++ {
		if inSet(s.toks[k].low, "don", "dont", "never", "not", "avoid") {
			return true
		}
	}
	return false
}

// mythWords head a myth.
var mythWords = newWordSet([]string{"myth", "myths", "mito", "mitos", "mythe", "mythes", "mit", "mity", "mythbusting", "myth-busting",
	"mythbusters", "mythbuster",
	// Russian, Ukrainian, Somali, Tagalog ("maling akala" is two words:
	// "akala" heads it) and Korean ("오해", a misbelief; "속설", folk lore).
	"миф", "мифы", "мифов", "міф", "міфи", "міфів", "khuraafaad", "khuraafaadka", "akala", "오해", "속설"})

// mythJoin words join a myth label to the rest of its heading: "MYTH vs
// FACT", "¿Mito o realidad?", "Mitos y verdades", "Мифы и факты".
var mythJoin = newWordSet([]string{"-", "–", "—", "vs", "versus", "or", "o", "ou", "y", "e", "и", "і", "та", "або", "или", "!"})

// mythTopic words name what a heading's myths are about before its colon:
// "Myths about flu shots:", "Mitos sobre la vacuna:", "Мифы о прививках:".
var mythTopic = newWordSet([]string{"about", "on", "sobre", "de", "sur", "o", "о", "об", "про", "về", "tungkol"})

// mythHeading returns the token of a myth label used as a heading ("Myth:",
// "MYTH vs FACT", "myth #3:", "Mito:", "Mythe :", "Lầm tưởng:"), or -1. "Not a myth" is no heading.
func (s *scan) mythHeading() int {
	if s.words.has("tưởng") {
		// Vietnamese "Lầm tưởng: ..." (a mistaken belief), two words.
		for t := 1; t+1 < len(s.toks); t++ {
			if s.toks[t].low == "tưởng" && s.toks[t-1].low == "lầm" && (s.toks[t+1].low == ":" || s.toks[t+1].low == "(") {
				return t - 1
			}
		}
	}
	if !s.hasAny(mythWords) {
		return -1 // most posts: a few look-ups rather than a walk
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if !mythWords.has(s.toks[t].low) || s.labelNegated(t) {
			continue
		}
		if s.toks[t].low == "akala" && (t == 0 || s.toks[t-1].low != "maling") {
			continue // "akala ko" (I thought): only "maling akala" is a myth
		}
		next := s.toks[t+1].low
		if inSet(next, "busting", "buster", "busters") && t+2 < len(s.toks) {
			// "Fluoride myth-busting: ...", the hyphen kept no token.
			t, next = t+1, s.toks[t+2].low
		}
		// A mark the tokenizer keeps no token for may stand between:
		// "MYTH ❌ a base tan protects you".
		gap := s.text[s.toks[t].end:s.toks[t+1].start]
		if s.toks[t+1].kind == tokPunct && next[0] >= 0x80 {
			gap = next // an arrow or a pointing hand the tokenizer keeps
		}
		if next == ":" || crossMark(gap) || s.markedHeading(gap) || (s.fold != nil && crossAfterMyth(s.written)) || mythJoin.has(next) ||
			(next == ")" && t+2 < len(s.toks) && s.toks[t+2].low == ":") || s.topicHeading(t+1) || s.seriesHeading(t) ||
			(next == "#" && t+3 < len(s.toks) && s.toks[t+3].low == ":") || (s.toks[t+1].kind == tokNumber && t+2 < len(s.toks) && s.toks[t+2].low == ":") {
			return t
		}
	}
	return -1
}

// markedHeading reports a myth label set off by a mark the tokenizer
// keeps no token for ("MYTH 👉 ...", "Mito ➡️ ...") in a post that also
// labels a fact: the pair heads a myth-busting post.
func (s *scan) markedHeading(gap string) bool {
	if strings.TrimSpace(gap) == "" && (s.fold == nil || !markAfterMyth(s.written)) {
		return false
	}
	for t := range s.toks {
		if factLabels[s.toks[t].low] {
			return true
		}
	}
	return false
}

// markAfterMyth reports "myth", "mito" or "mythe" followed by a symbol
// (an arrow, a pointing hand) in the text as written: folding drops it.
func markAfterMyth(written string) bool {
	for i := 0; i+4 <= len(written); i++ {
		if c := written[i] | 0x20; c != 'm' || i > 0 && isASCIILetter(written[i-1]) {
			continue
		}
		w := written[i:min(len(written), i+5)]
		n := 0
		switch {
		case strings.EqualFold(w, "mythe"), strings.EqualFold(w, "myths"), strings.EqualFold(w, "mitos"):
			n = 5
		case strings.EqualFold(w[:4], "myth"), strings.EqualFold(w[:4], "mito"):
			n = 4
		default:
			continue
		}
		rest := strings.TrimLeft(written[i+n:], " \t")
		if r, _ := utf8.DecodeRuneInString(rest); r >= 0x2000 && (unicode.IsSymbol(r) || unicode.Is(unicode.So, r)) {
			return true
		}
	}
	return false
}

// topicHeading reports whether a heading's topic and its colon follow at
// t: "about flu shots:", "о прививках:" (a few words, no sentence end).
func (s *scan) topicHeading(t int) bool {
	if !mythTopic.has(s.toks[t].low) {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
		if s.toks[k].low == ":" {
			return true
		}
	}
	return false
}

// mythExcepted reports tokens that are part of a MIS-01/except phrase
// ("poison control", "potato chips"): words a myth's concept must not
// take.
func (s *scan) mythExcepted(t int) bool {
	for _, h := range s.hitsOf("MIS-01/except") {
		if t >= h.from && t < h.to {
			return true
		}
	}
	return false
}

// Myths by their shape: what no list words but the grammar of a false
// claim tells. Each is guarded by a word most posts lack, so a post
// without it pays one look-up per shape.
var (
	// strikeVerbs say whom a condition falls on: "only affects", "only
	// happens to".
	strikeVerbs = newWordSet([]string{"affect", "affects", "happen", "happens", "hit", "hits", "strike", "strikes"})
	// stereotypeGroups are kinds of people a stereotype confines a condition to.
	stereotypeGroups = newWordSet([]string{"people", "women", "men", "girls", "boys", "kids", "children", "teens", "teenagers",
		"teenage", "adults", "seniors", "older", "elderly", "old", "young", "athletes", "smokers", "drinkers", "overweight",
		"fat", "skinny", "thin", "weak", "white", "fair", "rich", "poor", "moms", "mothers", "veterans", "soldiers", "lazy"})
	// stopVerbs and permitWords: "you can stop your meds".
	stopVerbs   = newWordSet([]string{"stop", "quit", "skip", "ditch", "drop"})
	permitWords = newWordSet([]string{"can", "may", "could", "should", "okay", "ok", "fine", "free"})
	// medWords are medicines in everyday words the term list may lack.
	medWords = newWordSet([]string{"meds", "medication", "medications", "medicine", "medicines", "pills", "pill", "antibiotics",
		"insulin", "statin", "statins", "inhaler", "inhalers", "prescription", "prescriptions", "antidepressants", "drops"})
	// betterWords say the numbers or the symptoms look good: the false
	// cue for stopping a medicine.
	betterWords = newWordSet([]string{"better", "normal", "gone", "controlled", "good", "fine", "down", "improves", "improved",
		"cured", "clears", "cleared", "disappear", "disappears"})
	// guidedWords hand the stopping to a clinician: "ask your doctor
	// before you stop".
	guidedWords = newWordSet([]string{"doctor", "provider", "ask", "talk", "discuss", "unless", "prescriber", "pharmacist"})
)

// shapedMyths adds to out the myths found by shape: a condition confined
// to one kind of person ("Eating disorders only affect teenage girls"),
// a medicine stopped once the numbers look good ("if your blood pressure
// is normal you can stop your meds"), both stated as fact (block) or
// denied (warn); and "No, your statin is not 'eating your liver'", which
// quotes a myth to bust it (warn).
func (s *scan) shapedMyths(out []post.Finding) []post.Finding {
	add := func(h conceptHit) { out = s.addMyth(out, h, "a false health claim") }
	if s.words.has("only") {
		for t := 1; t+2 < len(s.toks); t++ {
			if s.toks[t].low != "only" || !strikeVerbs.has(s.toks[t+1].low) {
				continue
			}
			if from, to, ok := s.conditionBefore(t); ok {
				if g := s.groupAfter(t + 2); g > 0 {
					add(conceptHit{from: from, to: g + 1, parts: [][2]int{{from, to}, {t, t + 2}, {g, g + 1}}})
				}
			}
		}
	}
	if s.hasAny(stopVerbs) && s.hasAny(betterWords) {
		for t := 1; t+1 < len(s.toks); t++ {
			if !stopVerbs.has(s.toks[t].low) || !s.permitted(t) {
				continue
			}
			si := s.toks[t].sent
			if m := s.medicineAfter(t + 1); m > 0 && s.sentenceHasWord(si, betterWords) && !s.sentenceHasWord(si, guidedWords) {
				add(conceptHit{from: t, to: m + 1, parts: [][2]int{{t, t + 1}, {m, m + 1}}})
			}
		}
	}
	if s.words.has("no") || s.words.has("nope") || s.words.has("nah") {
		out = s.quotedDenial(out)
	}
	if len(out) == 0 && s.hasAny(rebutWords) {
		out = s.answeredNo(out)
	}
	if s.hasAny(poisonWords) && s.hasAny(milkWords) && s.hasAny(pairedFoods) {
		s.poisonPairing(add)
	}
	// A remedy's cure or a care given up, set in quotation marks, is
	// quoted to be answered unless the post vouches for it.
	addQuoted := func(h conceptHit) {
		n := len(out)
		out = s.addMyth(out, h, "a false health claim")
		s.quotedToAnswer(out, n, h)
	}
	if len(out) == 0 && (s.hasAny(stopVerbs) || s.hasAny(forgoOpeners)) {
		s.remedyInsteadOfCare(addQuoted)
	}
	if len(out) == 0 && s.hasAny(cureVerbs) && (s.hasAny(cureRemedies) || s.words.has("se")) {
		s.remedyCures(addQuoted)
	}
	if len(out) == 0 && s.hasAny(likeWords) && s.hasAny(cureRemedies) {
		s.remedyLikeDrug(addQuoted)
	}
	// The shapes of mythcause17.go.
	if len(out) == 0 && s.hasAny(exposureWords) && s.hasAny(causedIllnesses) {
		s.folkCause(addQuoted)
	}
	if len(out) == 0 && s.hasAny(silentMeasures) && s.hasAny(feelWellWords) {
		s.feelFineSkipsCare(addQuoted)
	}
	// The shapes of myth_remedies16.go, behind one gate.
	if len(out) == 0 && s.hasAny(remedyMythGate) {
		if s.hasAny(firstAidRemedies) {
			s.remediesApplied(addQuoted)
		}
		if len(out) == 0 && s.hasAny(folkIllnesses) && s.hasAny(folkTreatments) {
			s.folkIllnessTreated(addQuoted)
		}
		if len(out) == 0 && s.words.has("how") && s.hasAny(chillCauses) {
			s.howYouCatchIt(add)
		}
	}
	if len(out) == 0 && (s.hasAny(antibioticWords) || s.words.has("pack") || s.words.has("pak")) && s.hasAny(viralWords) && !s.hasAny(bacterialWords) {
		s.antibioticsForColds(add)
	}
	// An antibiotic raced against a cold (myth_antibiotics17.go): its
	// block replaces a warning a list entry read from "so it doesn't turn
	// into ...".
	if (s.hasAny(earlyAntibiotics) || s.words.has("pak") || s.words.has("pack")) && s.hasAny(coldIllnesses) && !s.hasAny(clearlyBacterial) {
		out = s.upgradeMyths(out, s.antibioticsEarly)
	}
	return out
}

// antibioticWords, viralWords and bacterialWords: an antibiotic offered in
// a post about a cold, with no bacterial illness named.
var (
	antibioticWords = newWordSet([]string{"antibiotic", "antibiotics", "zpack", "zpak", "z-pack", "z-pak", "amoxicillin",
		"azithromycin", "augmentin", "penicillin", "cephalexin", "keflex"})
	viralWords     = newWordSet([]string{"cold", "colds", "flu", "virus", "viral", "cough", "coughs", "sniffles", "congestion", "runny"})
	bacterialWords = newWordSet([]string{"bacteria", "bacterial", "strep", "pneumonia", "uti", "utis", "infection", "infections", "sinusitis"})
	// antibioticCures, after an antibiotic, say it ends an illness.
	antibioticCures = newWordSet([]string{"knock", "knocks", "kill", "kills", "clear", "clears", "cure", "cures", "fix", "fixes", "kick", "kicks",
		"treat", "treats", "beat", "beats", "zap", "zaps"})
	// prescribeVerbs ask for or hand out a prescription.
	prescribeVerbs = newWordSet([]string{"get", "ask", "take", "start", "need", "give", "prescribe", "request", "call", "grab", "pick"})
)

// antibioticsForColds adds the myth of an antibiotic for a cold said as
// advice across sentences: "Your kid has a cold? Ask for a Z-pack early",
// "cold going around town ... we'll get you some antibiotics to knock it
// out". Told not to ("don't ask for antibiotics"), it is the fact.
func (s *scan) antibioticsForColds(add func(conceptHit)) {
	for t := range s.toks {
		if !antibioticWords.has(s.toks[t].low) && !(s.toks[t].low == "z" && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "pack", "pak")) {
			continue
		}
		for k := t - 1; k >= 0 && k >= t-5 && s.toks[k].sent == s.toks[t].sent; k-- {
			if prescribeVerbs.has(s.toks[k].low) {
				add(conceptHit{from: k, to: t + 1, parts: [][2]int{{k, k + 1}, {t, t + 1}}}) // refused, it warns
				return
			}
		}
		// "Antibiotics will knock that flu right out": a cure of the
		// virus, said of the antibiotic (denied, "antibiotics don't work
		// on the flu", it warns).
		for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
			if antibioticCures.has(s.toks[k].low) && s.viralHere(s.toks[t].sent, t, k) {
				add(conceptHit{from: t, to: k + 1, parts: [][2]int{{t, t + 1}, {k, k + 1}}})
				return
			}
		}
		if s.toks[t].low != "antibiotics" && s.toks[t].low != "antibiotic" {
			return // the first drug named tells the advice
		}
	}
}

// conditionBefore finds a condition ending just before token t, in its
// clause: "Eating disorders only ...".
func (s *scan) conditionBefore(t int) (int, int, bool) {
	for _, h := range s.healthHits() {
		if h.Cat == health.Condition && h.To <= t && h.To >= t-3 && s.toks[h.From].sent == s.toks[t].sent {
			return h.From, h.To, true
		}
	}
	return 0, 0, false
}

// groupAfter returns the token of a kind of people right after a strike
// verb ("to older men", "teenage girls"), or 0; "people who had
// chickenpox" are whom the condition can follow, no stereotype.
func (s *scan) groupAfter(t int) int {
	if t < len(s.toks) && s.toks[t].low == "to" {
		t++
	}
	for k := t; k < len(s.toks) && k < t+3 && s.toks[k].kind == tokWord; k++ {
		if !stereotypeGroups.has(s.toks[k].low) {
			continue
		}
		if k+2 < len(s.toks) && s.toks[k+1].low == "who" && inSet(s.toks[k+2].low, "had", "have", "has", "got", "already") {
			return 0
		}
		return k
	}
	return 0
}

// permitted reports whether the stop verb at t is allowed to the reader
// just before: "you can stop", "it's fine to quit", "ok to skip".
func (s *scan) permitted(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if permitWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// medicineAfter returns the token of a medicine the stop verb at t takes
// ("stop your meds", "quit taking the statin"), or 0.
func (s *scan) medicineAfter(t int) int {
	for k := t; k < len(s.toks) && k < t+4 && s.toks[k].kind == tokWord; k++ {
		if medWords.has(s.toks[k].low) {
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

// debunkFinding is the finding for sentence se answering a myth no at
// token from: a warning with message so a doctor checks the fact, or a
// block when a clause after the answer says the myth again ("No, vaccines
// won't hurt your baby... but they do cause autism").
func (s *scan) debunkFinding(se sentence, from int, message string) post.Finding {
	if s.reasserted(from, [2]int{se.tokStart, se.tokEnd}) {
		return post.Finding{Start: se.start, End: se.end, Severity: post.SeverityBlock,
			Message:    "This answers a myth no, then says it again after \"but\", \"though\" or \"...\". Posting it is misinformation.",
			Suggestion: "Remove the clause that says the myth again and state the fact plainly."}
	}
	return post.Finding{Start: se.start, End: se.end, Severity: post.SeverityWarn, NeedsHuman: true, Message: message}
}

// quotedDenial adds a warning for a sentence that opens "No," (or
// "Nope,", "Nah,") and denies something next to a health detail: "No,
// your statin is not 'eating your liver.'", "No, naloxone won't hurt
// someone who isn't overdosing" answer a myth to bust it. A no about
// needs and logistics ("No, you don't need an appointment") busts none.
func (s *scan) quotedDenial(out []post.Finding) []post.Finding {
	for si, se := range s.sents {
		if se.tokEnd-se.tokStart < 5 || !inSet(s.toks[se.tokStart].low, "no", "nope", "nah") || s.toks[se.tokStart+1].low != "," || !s.mythHealth(si) {
			continue
		}
		plain := !s.sentenceHasWord(si, logisticsWords)
		for t := se.tokStart + 2; t+1 < se.tokEnd; t++ {
			if !s.isNegator(t) && s.toks[t].low != "not" { // "not 'just ...'" denies what it quotes
				continue
			}
			if q := s.toks[t+1].start; plain && s.effectAfter(t+1) || q > 0 && q < len(s.text) && (isQuoteByte(s.text[q]) || isQuoteByte(s.text[q-1]) || s.toks[t+1].low == "‘" || s.toks[t+1].low == "“") {
				if overlapsAny(out, se.start, se.end) {
					break
				}
				out = append(out, s.debunkFinding(se, t, "A myth-busting post: it quotes a myth to deny it. Check the fact is stated clearly."))
				break
			}
		}
	}
	return out
}

// effectVerbs say what a thing does to the body: the claim a myth makes
// and a "No, X won't ..." denies ("won't hurt", "can't catch", "does not
// make", "doesn't clean better").
var effectVerbs = newWordSet([]string{"cause", "causes", "make", "makes", "hurt", "hurts", "harm", "harms", "give", "gives", "spread",
	"spreads", "catch", "work", "works", "help", "helps", "affect", "affects", "damage", "damages", "ruin", "ruins", "change",
	"changes", "mean", "means", "matter", "clean", "protect", "protects", "prevent", "prevents", "cure", "cures", "kill", "kills",
	"lower", "lowers", "raise", "raises", "increase", "increases", "weaken", "weakens", "poison", "stunt", "stunts", "lead", "leads",
	"rot", "rots", "break", "breaks", "thin", "thins", "clog", "clogs", "trigger", "triggers", "get", "transmit", "contain", "contains"})

// effectAfter reports an effect verb within three words from t.
func (s *scan) effectAfter(t int) bool {
	for k := t; k < len(s.toks) && k < t+3; k++ {
		if effectVerbs.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// logisticsWords make a "No, ..." an answer about needs and visits, not a
// myth: "No, you don't need a referral", "No, we're not closed".
var logisticsWords = newWordSet([]string{"need", "needed", "needs", "require", "required", "requires", "necessary", "referral",
	"appointment", "appointments", "appt", "open", "closed", "wait", "charge", "cost", "costs", "bill", "insurance", "fast", "fasting"})

// rebutWords answer a claim false: "Nope.", "Not true:", "Wrong."
var rebutWords = newWordSet([]string{"nope", "nah", "wrong", "false", "not", "no", "myth", "busted", "nop", "falso", "mentira"})

// beliefWords ask after a belief: "Heard that ...?", "Think you can ...?"
var beliefWords = newWordSet([]string{"heard", "hear", "think", "thought", "believe", "believed", "true", "really", "told", "myth", "say", "says"})

// answeredNo adds a warning for a health claim quoted or asked and then
// answered no: "'Cold showers boost your immune system.' Nope.",
// "\"Cracking your back ruins your spine\" — nope.", "Heard that eye
// drops fix pink eye overnight? Not true: ...". The post busts a myth; a
// doctor checks the fact is clear. A question of logistics answered no
// ("Can I eat before my blood test? No, ...") asks after no belief.
func (s *scan) answeredNo(out []post.Finding) []post.Finding {
	for si, se := range s.sents {
		quoted := se.start < len(s.text) && (isQuoteByte(s.text[se.start]) || se.start > 0 && isQuoteByte(s.text[se.start-1]) ||
			strings.HasPrefix(s.text[se.start:], "“") || strings.HasPrefix(s.text[se.start:], "‘"))
		// A quotation inside the sentence ("Heard at the barbershop:
		// '...'", "Khalto always says '...'") quotes a claim too
		// (session 18).
		quoted = quoted || quotationIn(s.text[se.start:min(len(s.text), se.end+1)])
		hit := -1
		if quoted {
			// A rebuttal after a dash in the same sentence.
			for t := se.tokStart + 1; t < se.tokEnd; t++ {
				if s.rebuttal(t, se.tokEnd) && (inSet(s.toks[t-1].low, "—", "–", "-") || s.toks[t-1].kind == tokPunct && s.toks[t-1].low != ",") {
					hit = t
					break
				}
			}
		}
		if hit < 0 && si+1 < len(s.sents) {
			next := s.sents[si+1]
			question := s.toks[se.tokEnd-1].low == "?"
			asked := question && (s.sentenceHasWord(si, beliefWords) || s.sentenceHasWord(si, causeAskWords)) && !s.sentenceHasWord(si, logisticsWords)
			short := !question && next.tokEnd-next.tokStart <= 3
			first := next.tokStart // a closing quote may open it
			for first+1 < next.tokEnd && s.toks[first].kind == tokPunct {
				first++
			}
			if s.rebuttal(first, next.tokEnd) && (quoted || asked || short) {
				hit = first
			}
		}
		if hit < 0 || !s.mythHealth(si) {
			continue
		}
		return append(out, s.debunkFinding(se, hit, "A myth-busting post: it quotes or asks a myth and answers no. Check the fact is stated clearly."))
	}
	return out
}

// mythHealth reports health in sentence si or the two after it (the
// answer that states the fact): a health term, or a health topic word
// ("gums", "skin", "immune").
func (s *scan) mythHealth(si int) bool {
	for k := si; k < len(s.sents) && k <= si+2; k++ {
		if s.healthInSentence(k) || s.sentenceHas("MIS-04/topic", k) {
			return true
		}
	}
	return false
}

// rebuttal reports whether the words at t (before end) answer no:
// "Nope", "Nah", "Wrong", "False", "Myth", "Not true", "No." or "No,".
func (s *scan) rebuttal(t, end int) bool {
	if t >= end {
		return false
	}
	switch w := s.toks[t].low; w {
	case "nope", "nah", "wrong", "false", "myth", "busted", "nop", "falso", "mentira":
		return true
	case "not":
		return t+1 < end && inSet(s.toks[t+1].low, "true", "so", "really", "quite", "exactly")
	case "no":
		return t+1 >= end || s.toks[t+1].kind == tokPunct
	}
	return false
}

// isQuoteByte reports a straight quote or the last byte of a curly one.
func isQuoteByte(b byte) bool { return b == '\'' || b == '"' || b == 0x98 || b == 0x9c }

// crossMark reports a mark that labels what follows false: ❌, 🚫, ✖.
func crossMark(gap string) bool {
	return strings.Contains(gap, "❌") || strings.Contains(gap, "🚫") || strings.Contains(gap, "✖")
}

// crossAfterMyth reports "myth" followed by a cross mark in the text as
// written: folding drops the emoji, so a folded text no longer shows it.
func crossAfterMyth(written string) bool {
	for i := 0; i+4 <= len(written); i++ {
		if (written[i] == 'm' || written[i] == 'M') && strings.EqualFold(written[i:i+4], "myth") {
			rest := strings.TrimLeft(written[i+4:], "sS \t")
			if len(rest) > 0 && crossMark(rest[:min(len(rest), 4)]) {
				return true
			}
		}
	}
	return false
}

// addMyth adds to out the finding for the myth at h, named what ("a known
// false health claim"): stated as fact it blocks, denied it warns so a
// doctor checks the fact is clear. A myth overlapping one already found
// adds nothing.
func (s *scan) addMyth(out []post.Finding, h conceptHit, what string) []post.Finding {
	a, b := s.span(h.from, h.to)
	if overlapsAny(out, a, b) {
		return out
	}
	return append(out, s.mythFinding(h, what))
}

// mythFinding is the finding addMyth adds for the myth at h.
func (s *scan) mythFinding(h conceptHit, what string) post.Finding {
	f := s.finding(h.from, h.to, "This states "+what+" as true. Posting it is misinformation.")
	f.Severity = post.SeverityBlock
	f.Suggestion = "Remove the claim, or frame it clearly as a myth and state the fact."
	// A correction or a belief heading is no framing when the post then
	// vouches for the claim: "A belief we hear: butter on a burn. It works
	// great, trust us.", "Butter on a burn: please don't. Just kidding, it
	// works!" (session 16, att16).
	if s.denied(h) && !s.reasserted(h.to, [2]int{h.from, h.to}) && !s.labelOverDenial(h) ||
		(s.correctedAfter(h) || s.beliefHeaded(h)) && !s.mythEndorsed() && !s.vouchedNext(h) {
		f.Severity = post.SeverityWarn
		f.Message = "This mentions " + what + ", framed as a myth. Check the post states the fact clearly."
		f.Suggestion = ""
	}
	return f
}

// A food pairing called poison ("mango with milk is poison", "nunca
// pescado con leche, es veneno"): a folk myth in many kitchens.
var (
	poisonWords = newWordSet([]string{"poison", "poisonous", "veneno", "venenoso", "venenosa", "pwazon", "toxic", "tóxico",
		"tóxica", "deadly", "mortal", "poisoning"})
	milkWords   = newWordSet([]string{"milk", "leche", "lèt", "lait", "dairy", "lácteos", "leite"})
	pairedFoods = newWordSet([]string{"mango", "mangos", "mangoes", "mangó", "mang", "fish", "pescado", "pwason", "poisson", "seafood",
		"mariscos", "shrimp", "camarones", "watermelon", "sandía", "melón", "melon", "citrus", "orange", "oranges", "naranja",
		"pineapple", "piña", "banana", "bananas", "guineo", "guineos", "lime", "limes", "limón", "lemon", "soda", "beer", "cerveza",
		"alcohol", "rum", "ron", "eggs", "huevos", "chicken", "pollo", "avocado", "aguacate", "combo", "combination", "mix", "together", "juntos"})
)

// poisonPairing adds the myth of a food pairing called poison, in a
// sentence naming milk and another food; "is not poison" denies it (warn
// through addMyth's framing).
func (s *scan) poisonPairing(add func(conceptHit)) {
	for t := range s.toks {
		if !poisonWords.has(s.toks[t].low) {
			continue
		}
		si := s.toks[t].sent
		if !s.sentenceHasWord(si, milkWords) || !s.sentenceHasWord(si, pairedFoods) {
			continue
		}
		from := s.sents[si].tokStart
		for from < t && !milkWords.has(s.toks[from].low) && !pairedFoods.has(s.toks[from].low) {
			from++
		}
		add(conceptHit{from: from, to: t + 1, parts: [][2]int{{from, from + 1}, {t, t + 1}}})
		return
	}
}

// quotedToAnswer makes out[n], the block just added for the myth at h, a
// warning when the myth is set in quotation marks the post does not vouch
// for: it is quoted to be answered.
func (s *scan) quotedToAnswer(out []post.Finding, n int, h conceptHit) {
	if len(out) > n && out[n].Severity == post.SeverityBlock && s.mythInQuotes(h) {
		out[n].Severity = post.SeverityWarn
		out[n].Message = "This quotes a false health claim to answer it. Check the post states the fact clearly."
		out[n].Suggestion = ""
	}
}
