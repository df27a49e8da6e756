package compliance

import (
	"strings"

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
		out = s.addMyth(out, h, "a known false health claim")
	}
	// "Vaccines and autism: no link." names the myth without its verb; a
	// denial in the sentence makes it myth-busting, which a doctor checks.
	for _, h := range s.concepts("MIS-01/topic", s.mythExcepted) {
		a, b := s.span(h.from, h.to)
		si := s.toks[h.from].sent
		if overlapsAny(out, a, b) || !(s.sentenceHas("MIS-01/denial", si) ||
			(si > 0 && s.sents[si-1].tokEnd-s.sents[si-1].tokStart <= 6 && s.sentenceHas("MIS-01/denial", si-1))) {
			continue
		}
		f := s.finding(h.from, h.to, "This mentions a known false health claim, framed as a myth. Check the post states the fact clearly.")
		f.Severity = post.SeverityWarn
		out = append(out, f)
	}
	out = s.shapedMyths(out)
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

// mythWords head a myth.
var mythWords = newWordSet([]string{"myth", "myths", "mito", "mitos", "mythe", "mythes", "mit", "mity",
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
		// A mark the tokenizer keeps no token for may stand between:
		// "MYTH ❌ a base tan protects you".
		gap := s.text[s.toks[t].end:s.toks[t+1].start]
		if next == ":" || crossMark(gap) || (s.fold != nil && crossAfterMyth(s.written)) || mythJoin.has(next) ||
			(next == ")" && t+2 < len(s.toks) && s.toks[t+2].low == ":") || s.topicHeading(t+1) ||
			(next == "#" && t+3 < len(s.toks) && s.toks[t+3].low == ":") || (s.toks[t+1].kind == tokNumber && t+2 < len(s.toks) && s.toks[t+2].low == ":") {
			return t
		}
	}
	return -1
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
	if s.words.has("no") && s.words.has("not") {
		out = s.quotedDenial(out)
	}
	if len(out) == 0 && (s.hasAny(antibioticWords) || s.words.has("pack") || s.words.has("pak")) && s.hasAny(viralWords) && !s.hasAny(bacterialWords) {
		s.antibioticsForColds(add)
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
	antibioticCures = newWordSet([]string{"knock", "knocks", "kill", "kills", "clear", "clears", "cure", "cures", "fix", "fixes",
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
			if antibioticCures.has(s.toks[k].low) && s.sentenceHasWord(s.toks[t].sent, viralWords) {
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

// quotedDenial adds a warning for a sentence that opens "No," and denies
// a quoted phrase next to a health detail: "No, your statin is not
// 'eating your liver.'" quotes a myth to bust it.
func (s *scan) quotedDenial(out []post.Finding) []post.Finding {
	for si, se := range s.sents {
		if se.tokEnd-se.tokStart < 5 || s.toks[se.tokStart].low != "no" || s.toks[se.tokStart+1].low != "," || !s.healthInSentence(si) {
			continue
		}
		for t := se.tokStart + 2; t+1 < se.tokEnd; t++ {
			if !s.isNegator(t) && s.toks[t].low != "not" { // "not 'just ...'" denies what it quotes
				continue
			}
			if q := s.toks[t+1].start; q > 0 && q < len(s.text) && (isQuoteByte(s.text[q]) || isQuoteByte(s.text[q-1]) || s.toks[t+1].low == "‘" || s.toks[t+1].low == "“") {
				if overlapsAny(out, se.start, se.end) {
					break
				}
				out = append(out, post.Finding{Start: se.start, End: se.end, Severity: post.SeverityWarn, NeedsHuman: true,
					Message: "A myth-busting post: it quotes a myth to deny it. Check the fact is stated clearly."})
				break
			}
		}
	}
	return out
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
	f := s.finding(h.from, h.to, "This states "+what+" as true. Posting it is misinformation.")
	f.Severity = post.SeverityBlock
	f.Suggestion = "Remove the claim, or frame it clearly as a myth and state the fact."
	if s.denied(h) {
		f.Severity = post.SeverityWarn
		f.Message = "This mentions " + what + ", framed as a myth. Check the post states the fact clearly."
		f.Suggestion = ""
	}
	return append(out, f)
}
