package compliance

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

var (
	// adviceRE is second-person advice to change a treatment.
	adviceRE = mustAnchor(`(?i)\byou\s+(?:should|must|need\s+to|have\s+to|ought\s+to|can)\s+(?:stop|quit|double|increase|decrease|lower|switch|skip|come\s+off|taper)\b[^.!?\n]{0,40}\b(?:meds?|medications?|pills?|insulin|dose|dosage|antibiotics?|prescriptions?|statins?|inhalers?|treatment|antidepressants?)\b`, 128)
	// phiInviteRE asks the public to send personal health information.
	phiInviteRE = mustAnchor(`(?i)\b(?:dm|pm|message|inbox|comment|reply|send|tell|share|post|drop|text|email|e-mail|list)\b(?:\s+(?:us|me|below|here|with|in\s+the\s+comments|privately))*\s+(?:your|ur)\s+(?:full\s+|current\s+)?(?:symptoms|date\s+of\s+birth|birth\s?date|birthday|dob|insurance(?:\s+(?:id|card|number|info|details))?|member\s+id|policy\s+number|ssn|social\s+security(?:\s+number)?|medical\s+history|diagnos[ie]s|medications|meds|test\s+results|lab\s+results|x-?rays)\b`, 128)
	exclaimRE   = regexp.MustCompile(`[!?]{3,}|!{2,}`)
)

// checkProfanity is PROF-01: rated profanity; surely profane blocks, maybe
// profane warns.
func checkProfanity(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-01/block", "Profanity. A practice's posts must stay professional.", post.SeverityBlock)
	out = append(out, s.phraseFindings("PROF-01/warn", "Possibly crude wording for a practice's post.", post.SeverityWarn)...)
	out = s.withoutProperNames(out)
	// "cold af", "that's bs": the abbreviations, written in lower case
	// (in capitals, AF and BS are atrial fibrillation and a degree).
	crude := s.words.has("af") || s.words.has("bs") // rare: no walk without them
	for i := 0; crude && i < len(s.toks); i++ {
		t := &s.toks[i]
		if (t.low == "af" || t.low == "bs") && s.text[t.start:t.end] == t.low && !overlapsAny(out, t.start, t.end) {
			f := s.finding(i, i+1, "Possibly crude wording for a practice's post.")
			f.Severity = post.SeverityWarn
			out = append(out, f)
		}
	}
	if s.mayHaveMask() {
		for _, f := range maskedProfanity(s.text) {
			if !overlapsAny(out, f.Start, f.End) {
				out = append(out, f)
			}
		}
	}
	return out
}

// withoutProperNames drops a capitalised "Dick" that is part of a name or
// a title: "Moby-Dick", "Philip K. Dick", "Dick Van Dyke", "Dick's
// Sporting Goods". In lower case, or alone, it is still the word.
func (s *scan) withoutProperNames(fs []post.Finding) []post.Finding {
	kept := fs[:0]
	for _, f := range fs {
		from, to := s.tokenRange(f.Start, f.End)
		if to == from+1 && s.toks[from].low == "dick" && s.toks[from].capital && s.text[s.toks[from].start+1] == 'i' && s.namedDick(from) {
			// ("DON'T BE A DICK" shouts the word: its capitals are no name's.)
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// namedDick reports a capitalised "Dick" at token t glued to a name by a
// hyphen, or beside a capitalised word, an initial or "'s".
func (s *scan) namedDick(t int) bool {
	if st := s.toks[t].start; st > 0 && s.text[st-1] == '-' {
		return true // "Moby-Dick"
	}
	if t+1 < len(s.toks) && s.toks[t+1].sent == s.toks[t].sent && (s.toks[t+1].capital || s.toks[t+1].low == "s") {
		return true
	}
	if t >= 2 && s.toks[t-1].low == "." && len(s.toks[t-2].low) == 1 && s.toks[t-2].capital {
		return true // "Philip K. Dick"
	}
	return t > 0 && s.toks[t-1].sent == s.toks[t].sent && s.toks[t-1].capital && s.toks[t-1].kind == tokWord
}

// maskedWords are the words a masked spelling stands for ("sh*t", "f***",
// "a**hole"), with the severity of the word itself. A masked word is
// compared letter by letter, a mask character standing for any one letter;
// when several words fit ("d***"), the mildest wins.
var maskedWords = []struct {
	word string
	sev  post.Severity
}{
	{"damn", post.SeverityWarn}, {"hell", post.SeverityWarn}, {"crap", post.SeverityWarn}, {"crappy", post.SeverityWarn},
	{"pissed", post.SeverityWarn}, {"fuck", post.SeverityBlock}, {"fucks", post.SeverityBlock}, {"fucking", post.SeverityBlock},
	{"fucked", post.SeverityBlock}, {"fucker", post.SeverityBlock}, {"shit", post.SeverityBlock}, {"shitty", post.SeverityBlock},
	{"bullshit", post.SeverityBlock}, {"bitch", post.SeverityBlock}, {"bitches", post.SeverityBlock}, {"asshole", post.SeverityBlock},
	{"ass", post.SeverityBlock}, {"dick", post.SeverityBlock}, {"bastard", post.SeverityBlock}, {"cunt", post.SeverityBlock},
	{"motherfucker", post.SeverityBlock}, {"piss", post.SeverityBlock}, {"dumbass", post.SeverityBlock}, {"jackass", post.SeverityBlock},
	// Spanish, for bilingual practices.
	{"mierda", post.SeverityBlock}, {"puta", post.SeverityBlock}, {"pendejo", post.SeverityBlock}, {"pendeja", post.SeverityBlock},
	{"cabron", post.SeverityBlock}, {"joder", post.SeverityBlock}, {"carajo", post.SeverityWarn},
}

// isMask reports a character people put in place of a letter. A table:
// mayHaveMask asks it about every byte of the text.
func isMask(c byte) bool { return maskBytes[c] }

var maskBytes = [256]bool{'*': true, '#': true, '@': true, '$': true, '!': true, '%': true}

// mayHaveMask reports whether the text has a mask character inside or at
// the end of a word: one followed by a letter ("sh!t", "$hit"), or any but
// "!" following a letter or another mask ("f***"). A sentence's "!" is not
// one. Every mask character is a punctuation token of its own, so it reads
// the punctuation tokens' bytes rather than every byte of the text.
func (s *scan) mayHaveMask() bool {
	text := s.text
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tokPunct || !isMask(text[t.start]) {
			continue
		}
		c, i := text[t.start], t.start
		if i+1 < len(text) && isASCIILetter(text[i+1]) {
			return true
		}
		if c != '!' && i > 0 && (isASCIILetter(text[i-1]) || isMask(text[i-1])) {
			return true
		}
	}
	return false
}

// maskedProfanity finds profanity spelled with mask characters: runs of
// ASCII letters and masks holding at least one of each. Trailing "!" and
// "." end a sentence, not a word; "*word*" is emphasis; a run starting with
// # or @ is a hashtag or handle.
func maskedProfanity(text string) []post.Finding {
	var out []post.Finding
	for i := 0; i < len(text); {
		if !isMask(text[i]) && !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isMask(text[j]) || isASCIILetter(text[j])) {
			j++
		}
		start, end := i, j
		i = j
		if (start > 0 && isWordByte(text[start-1])) || (end < len(text) && isWordByte(text[end])) {
			continue // glued to digits or underscores: a code, not a word
		}
		for end > start && (text[end-1] == '!' || text[end-1] == '.') {
			end--
		}
		if end-start >= 2 && text[start] == '*' && text[end-1] == '*' {
			start, end = start+1, end-1
		}
		if start >= end || text[start] == '#' || text[start] == '@' {
			continue
		}
		w := text[start:end]
		if !strings.ContainsAny(w, "*#@$!%") || strings.IndexFunc(w, func(r rune) bool { return r < 128 && isASCIILetter(byte(r)) }) < 0 {
			continue
		}
		var sev post.Severity
		for _, m := range maskedWords {
			if (maskFits(w, m.word) || maskedCompound(w, m.word)) && (sev == "" || severityRank(m.sev) < severityRank(sev)) {
				sev = m.sev
			}
		}
		if sev != "" {
			// Masked, the word is toned down by its author: whether it
			// fits the practice's voice is a doctor's call, not a block.
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityWarn, NeedsHuman: true,
				Message: "Profanity, masked with symbols. It still reads as profanity in a practice's post."})
		}
	}
	return out
}

// maskedSuffixes make a compound of a masked word: "sh!tshow",
// "f**king", "cr@ppy", "a**hat".
var maskedSuffixes = []string{"show", "storm", "hole", "head", "hat", "faced", "ing", "in", "ed", "er", "ers", "y", "ty", "s", "load", "bag"}

// maskedCompound reports whether w is a masked word followed by a plain
// suffix ("sh!tshow"): the mask is in the word, the suffix is letters.
func maskedCompound(w, word string) bool {
	if len(w) <= len(word) || !maskFits(w[:len(word)], word) || !strings.ContainsAny(w[:len(word)], "*#@$!%") {
		return false
	}
	rest := strings.ToLower(w[len(word):])
	return slices.Contains(maskedSuffixes, rest)
}

// maskFits reports whether masked spelling w stands for word: same
// length, every letter equal (any case), every mask any letter; "$" may
// only stand for an s and "@" for an a.
func maskFits(w, word string) bool {
	if len(w) != len(word) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '$':
			if word[k] != 's' {
				return false
			}
		case c == '@':
			if word[k] != 'a' {
				return false
			}
		case isMask(c):
		case c|0x20 != word[k]:
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// checkStigma is PROF-02: stigmatizing wording, with the person-first
// alternative.
func checkStigma(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-02", "Wording that can stigmatize patients.", "")
	if len(out) > 0 && s.hasByte("\"“") {
		out = s.withoutDeniedLabels(out) // "we never call anyone a \"junkie\"" refuses the word
	}
	if len(out) > 0 {
		out = s.withoutThingSlang(out)
	}
	return out
}

// noticeWords state what the practice does about abuse of its staff:
// "we do not tolerate abuse", "threats will end the visit".
var noticeWords = newWordSet([]string{"tolerate", "tolerated", "threat", "threats", "threaten", "threatened", "threatens",
	"threatening", "abuse", "abusive", "harassment"})

// abusedStaff are what "yelled at" lands on in a notice: staff, us, our
// front desk.
var abusedStaff = newWordSet([]string{"staff", "us", "our", "the", "team", "nurses", "doctors", "receptionists"})

// abuseNotice reports whether the mocking hit at bytes [start, end) is a
// group that yelled at or screamed at staff, in a civility notice: a
// post that says what the practice does about abuse ("visits will be
// ended if staff are threatened") with no laugh, eye-roll or sarcasm. The
// notice vents at no one; with a laugh it still mocks.
func (s *scan) abuseNotice(start, end int) bool {
	if !s.hasAny(noticeWords) || contemptOf(s) || s.hasAny(contemptEmoji) || s.sarcastic() {
		return false
	}
	_, to := s.tokenRange(start, end)
	return to >= 2 && to < len(s.toks) && abuseWords.has(s.toks[to-2].low) && s.toks[to-1].low == "at" && abusedStaff.has(s.toks[to].low)
}

// checkDisparaging is PROF-03: disparaging patients, colleagues or
// competitors.
//
// Mocking is found as a group of people with contempt in one clause ("some
// patients think Google is a medical degree"), or a contempt marker
// ("smh", an eye-roll emoji) in a post about patients or people.
func checkDisparaging(s *scan) []post.Finding {
	const msg = "This disparages patients, colleagues or competitors."
	out := s.dropFindings(s.phraseFindings("PROF-03", msg, ""), s.likeYouPraised) // "ranked by patients like you": likeyou21.go
	if s.hasByte("\"“") {
		out = s.withoutDeniedLabels(out)
	}
	if s.words.has("grow") {
		out = s.withoutWatchedGrowUp(out)
	}
	for _, f := range s.conceptFindings("PROF-03/mock", "This mocks or vents about patients. Posts are public and patients read them.", "") {
		if !overlapsAny(out, f.Start, f.End) && !s.abuseNotice(f.Start, f.End) {
			if s.kindnessPlea(f.Start, f.End) {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			out = append(out, f)
		}
	}
	for _, f := range s.conceptFindings("PROF-03/vent", "This vents about patients. Posts are public and patients read them.", post.SeverityWarn) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	if s.has("PROF-03/weak") && s.aboutPeople() {
		for _, f := range s.phraseFindings("PROF-03/weak", "A laugh or a sigh in a post about patients can read as mocking them.", post.SeverityWarn) {
			if !overlapsAny(out, f.Start, f.End) {
				out = append(out, f)
			}
		}
	}
	from, to, called := s.callout()
	if called && (s.hasAny(laughWords) || s.hasAny(accusationWords)) {
		// "To the folks who come in ... we see you 😂": laughing at
		// people singled out.
		f := s.finding(from, to, "This singles out people and laughs at them. Posts are public and those people read them.")
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	out = append(out, s.conductStructure(out, from, to, called)...)
	if len(out) == 0 {
		if f, ok := s.toneFinding(); ok {
			out = append(out, f)
		}
	}
	if s.has("PROF-03/marker") && s.aboutPeople() {
		spooky, nails := s.hasAny(spookyWords), s.hasAny(nailWords)
		sev := post.Severity("")
		if s.blamesInstitution() {
			sev = post.SeverityWarn // "Do better" said to an insurer
		}
		for _, f := range s.phraseFindings("PROF-03/marker", "A sign of contempt in a post about patients or people reads as mocking them.", sev) {
			if sev != "" && s.peopleMockedAt(f.Start) {
				// "Insurers keep delaying approvals. Meanwhile some
				// people can't even remember their own birthday 🙄":
				// the insurer blamed spares no contempt for people.
				f.Severity = post.SeverityBlock
			}
			if spooky && s.text[f.Start:f.End] == "💀" {
				continue // "Día de los Muertos altar 🌼💀": the holiday's skull
			}
			if nails && s.text[f.Start:f.End] == "💅" {
				continue // "go get your nails done 💅": nails, not sass
			}
			if s.selfBetter27(f.Start, f.End) {
				continue // "We'll do better": the practice's own promise (dobetter27.go)
			}
			if !overlapsAny(out, f.Start, f.End) {
				out = append(out, f)
			}
		}
	}
	// Last, so that its warning leaves any block on the same words be.
	if f, ok := s.pointedAt17(); ok && (f.Severity == "" || !overlapsAny(out, f.Start, f.End)) {
		out = append(out, f)
	}
	if f, ok := s.scoredForFun17(); ok {
		out = append(out, f)
	}
	if f, ok := s.crowdScorned17(); ok && !overlapsAny(out, f.Start, f.End) {
		out = append(out, f)
	}
	if f, ok := s.kinCalledOut17(); ok && !overlapsAny(out, f.Start, f.End) {
		out = append(out, f)
	}
	if f, ok := s.scornedByKind19(); ok && !overlapsAny(out, f.Start, f.End) {
		out = append(out, f)
	}
	return out
}

// checkPolitics is PROF-04: political topics, noted per practice policy.
//
// A topic named is noted (info); asking readers to act on a political
// question ("vote no on Issue 2", "call your senator") or partisan wording
// goes to a doctor (warn). "Vote for us" in a readers' poll is not
// political.
func checkPolitics(s *scan) []post.Finding {
	var out []post.Finding
	// Advocacy asks readers to act: "tell them to vote yes" is the ask
	// itself, not reported speech, so only a negation takes it back.
	var advocacy []post.Finding
	for _, h := range s.concepts("PROF-04/advocacy", nil) {
		if a, b := s.span(h.from, h.to); !s.negatedBefore(h.from) && !overlapsAny(advocacy, a, b) && !s.noPolicyLaw(h) {
			f := s.finding(h.from, h.to, "Political advocacy. A practice's posts speak for every doctor there; check it fits the practice's policy.")
			f.Severity = post.SeverityWarn
			advocacy = append(advocacy, f)
		}
	}
	for _, f := range append(advocacy, s.phraseFindings("PROF-04/partisan", "Partisan wording. Check it fits the practice's policy.", post.SeverityWarn)...) {
		if !overlapsAny(out, f.Start, f.End) && (!s.exceptedSpan("PROF-04/except", f.Start, f.End) &&
			!s.sentenceExcepted("PROF-04/except", f.Start) || s.runForOffice(f)) {
			out = append(out, f)
		}
	}
	for _, f := range s.phraseFindings("PROF-04", "A political or controversial topic. Check it fits the practice's policy.", "") {
		if !overlapsAny(out, f.Start, f.End) && !s.exceptedSpan("PROF-04/except", f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// electedOffices are offices a person runs for: "vote for our own nurse
// for county sheriff" backs a candidate even though "vote for our" heads a
// readers' poll elsewhere.
var electedOffices = newWordSet([]string{"sheriff", "coroner", "judge", "clerk", "assessor", "treasurer", "auditor", "mayor",
	"governor", "senator", "senate", "congress", "council", "commissioner", "commission", "board", "alderman", "alderwoman",
	"delegate", "magistrate", "constable", "prosecutor", "attorney", "president", "representative", "assembly", "legislature"})

// runForOffice reports an office after "for" in finding f's sentence:
// someone is put up for election.
func (s *scan) runForOffice(f post.Finding) bool {
	t, _ := s.tokenRange(f.Start, f.Start+1)
	if t >= len(s.toks) {
		return false
	}
	se := s.sents[s.toks[t].sent]
	for k := se.tokStart + 1; k < se.tokEnd; k++ {
		if electedOffices.has(s.toks[k].low) {
			for j := k - 1; j >= se.tokStart && j >= k-5; j-- {
				if s.toks[j].low == "for" && j > t+1 {
					return true
				}
			}
		}
	}
	return false
}

// noPolicyLaw reports whether the law or bill of an advocacy hit is none
// a reader is asked to act on: the privacy law a reply cites ("because of
// privacy laws we can't discuss anyone's care here, but call us") or a
// man named Bill ("call me directly and ask for Bill").
func (s *scan) noPolicyLaw(h conceptHit) bool {
	// "Thank you for the support, Madam Mayor!": support thanked for (a
	// noun after "the" or "your"), said to an office holder, asks no
	// one to act.
	thanked, office := false, false
	for _, p := range h.parts {
		for t := p[0]; t < p[1]; t++ {
			w := s.toks[t].low
			if w == "support" && t > 0 && inSet(s.toks[t-1].low, "the", "your", "their", "his", "her", "our") {
				thanked = true
			}
			if officeWords.has(w) {
				office = true
			}
			// "pay bills", "pay your bill": bills paid, no law.
			if (w == "bill" || w == "bills") && t > 0 && (paidBillWords.has(s.toks[t-1].low) ||
				(t > 1 && inSet(s.toks[t-1].low, "your", "ur", "my", "the") && paidBillWords.has(s.toks[t-2].low))) {
				return true
			}
			if (w == "law" || w == "laws") && t > 0 && inSet(s.toks[t-1].low, "privacy", "hipaa", "confidentiality") {
				return true
			}
			if w == "bill" && s.toks[t].capital && t > 0 && !inSet(s.toks[t-1].low, "the", "this", "that", "a", "house", "senate", "assembly") {
				return true
			}
		}
	}
	return thanked && office
}

// paidBillWords before "bill" or "bills" make them what is paid: "pay
// bills online", "unpaid bills". "Surprise medical bills" stay: a
// law against them is what readers are asked to call about.
var paidBillWords = newWordSet([]string{"pay", "paying", "pays", "paid", "unpaid", "utility", "phone", "electric"})

// withoutDeniedLabels drops a label put in quotes to deny it: `it's not
// "drug seeking," it's pain`, `there's no such thing as a "frequent
// flyer"`, `we never call anyone "noncompliant"`. The quotes hold the
// label itself; a negator stands within three words before them; and the
// sentence names no one (`not gonna lie, "frequent flyer" Mrs. D is back`
// still mocks her).
func (s *scan) withoutDeniedLabels(fs []post.Finding) []post.Finding {
	kept := fs[:0]
	for _, f := range fs {
		from, to := s.tokenRange(f.Start, f.End)
		if from > 0 && from < len(s.toks) && isQuoteMark(s.toks[from-1].low) && s.quoteClosesAt(to) &&
			s.deniedBefore(from-1) && !s.personInSentence(s.toks[from].sent) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// quoteClosesAt reports whether a closing quote is at token t, or after
// a comma or a period inside it (`"drug seeking,"`).
func (s *scan) quoteClosesAt(t int) bool {
	if t < len(s.toks) && inSet(s.toks[t].low, ",", ".") {
		t++
	}
	return t < len(s.toks) && (s.toks[t].low == `"` || s.toks[t].low == "”")
}

// deniedBefore reports a negator within three words before token q (an
// opening quote) in its sentence: "not", "isn't", "no such thing as a",
// "never call anyone".
func (s *scan) deniedBefore(q int) bool {
	for t := q - 1; t >= 0 && t >= q-5 && s.toks[t].sent == s.toks[q].sent; t-- {
		if s.isNegator(t) && !(t+1 < len(s.toks) && inSet(s.toks[t+1].low, "gonna", "going", "lie", "lying", "kidding")) {
			return true
		}
	}
	return false
}

// withoutWatchedGrowUp drops "grow up" said of someone ("we've watched
// your kids grow up"): only told to someone ("Grow up.", "you need to
// grow up") is it a put-down.
func (s *scan) withoutWatchedGrowUp(fs []post.Finding) []post.Finding {
	kept := fs[:0]
	for _, f := range fs {
		from, _ := s.tokenRange(f.Start, f.End)
		if from < len(s.toks) && s.toks[from].low == "grow" && from > s.sents[s.toks[from].sent].tokStart &&
			!inSet(s.toks[from-1].low, "just", "please", "to", "and", ",", "so", "ll") {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// nailWords make 💅 what it draws: nails painted.
var nailWords = newWordSet([]string{"nail", "nails", "manicure", "manicures", "mani", "pedi", "pedicure", "pedicures", "polish", "salon", "salons", "spa"})

// spookyWords name the days whose sign is a skull: Halloween and the Day
// of the Dead.
var spookyWords = newWordSet([]string{"halloween", "muertos", "dead", "spooky", "costume", "costumes", "skeleton", "skeletons",
	"ofrenda", "ofrendas", "calavera", "calaveras", "trick", "haunted"})

// peopleWords speak of patients or people.
var peopleWords = newWordSet([]string{"patients", "patient", "parents", "parent", "people", "moms", "dads", "mom", "dad", "callers", "caller", "someone",
	"folks", "reviewer", "guy", "lady", "ladies", "boys", "girls", "teens", "crowd", "person", "yall", "reviewers", "adults",
	"commenter", "commenters", "ppl", "whoever"})

// aboutPeople reports a post that speaks of patients or people, where a
// laugh or an eye-roll reads as mocking them.
func (s *scan) aboutPeople() bool {
	return s.hasAny(peopleWords) || s.yall() || s.someOfYou()
}

// someOfYou reports "some of you", "half of u": readers singled out as a
// group.
func (s *scan) someOfYou() bool {
	if !s.words.has("of") {
		return false
	}
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i+1].low == "of" && inSet(s.toks[i].low, "some", "half", "most", "many", "few") && inSet(s.toks[i+2].low, "you", "u") {
			return true
		}
	}
	return false
}

// yall reports "y'all", which the tokenizer splits into "y" and "all".
func (s *scan) yall() bool {
	if !s.words.has("y") {
		return false
	}
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low == "y" && s.toks[i+1].low == "all" && s.toks[i].end+1 == s.toks[i+1].start {
			return true
		}
	}
	return false
}

// laughWords laugh: at people singled out in a callout, they mock them.
var laughWords = newWordSet([]string{"😂", "🤣", "💀", "🙃", "😤", "💅", "🙄", "lol", "lmao", "lmaoo", "lmaooo", "rofl", "haha", "hahaha"})

// accusationWords, in a post singling someone out, argue with them in
// public: "to the 1-star reviewer who ...: u screamed at a receptionist".
var accusationWords = newWordSet([]string{"screamed", "yelled", "lied", "lying", "cursed", "swore", "rude", "👋"})

// gratitudeWords make a callout a thank-you.
var gratitudeWords = newWordSet([]string{"thank", "thanks", "grateful", "appreciate", "love", "congrats", "congratulations", "welcome", "shoutout"})

// calloutNouns are the groups or people a post singles out as "to the
// folks who ...".
var calloutNouns = newWordSet([]string{"folks", "people", "parents", "parent", "moms", "mom", "dads", "dad", "guy", "guys", "lady",
	"ladies", "patient", "patients", "reviewer", "reviewers", "crowd", "person", "man", "woman", "caller", "callers", "family", "families",
	"clients", "client",
	// "To everyone who no-showed today: ...", "Those who ...:".
	"everyone", "everybody", "anyone", "those", "ppl"})

// callout finds "To the folks who come in ...", "to the 1-star reviewer
// who ...": a post speaking to people others may recognize. It returns
// the tokens from "to" to the noun.
func (s *scan) callout() (int, int, bool) {
	// Each shape needs a word the text may not have: a colon, or "to the".
	colons := s.words.has(":")
	for si, se := range s.sents {
		if !colons {
			break
		}
		// "Counseling clients who cancel 5 minutes before: we see you",
		// "Dear Karen-in-the-white-Tesla: ...": a sentence that opens by
		// naming whom it speaks to, up to a colon.
		colon := -1
		for t := se.tokStart; t < se.tokEnd && t <= se.tokStart+12; t++ {
			if s.toks[t].low == ":" {
				colon = t
				break
			}
		}
		if colon < 0 || s.sentenceHasWord(si, gratitudeWords) {
			continue
		}
		if s.toks[se.tokStart].low == "dear" {
			return se.tokStart, colon, true
		}
		for t := se.tokStart; t+1 < colon && t <= se.tokStart+3; t++ {
			if calloutNouns.has(s.toks[t].low) && s.toks[t+1].low == "who" && !s.thankedGiver(t+1) {
				return se.tokStart, t + 1, true
			}
		}
	}
	toThe := s.words.has("to") && s.words.has("the")
	for i := 0; toThe && i+3 < len(s.toks); i++ {
		if s.toks[i].low != "to" || s.toks[i+1].low != "the" || s.toldTo(i) {
			continue
		}
		for k := i + 2; k < len(s.toks) && k <= i+5 && s.toks[k].sent == s.toks[i].sent; k++ {
			if calloutNouns.has(s.toks[k].low) && k+1 < len(s.toks) && inSet(s.toks[k+1].low, "who", "that", "in", "from", "with") {
				if s.sentenceHasWord(s.toks[i].sent, gratitudeWords) || s.toks[k+1].low == "who" && s.thankedGiver(k+1) {
					break // "To the families who came: thank you!", "to the person who fixed the Wi-Fi 🙌"
				}
				return i, k + 1, true
			}
		}
	}
	return 0, 0, false
}

// sentenceExcepted reports whether the sentence holding byte start has a
// hit of exception list.
func (s *scan) sentenceExcepted(list string, start int) bool {
	from, _ := s.tokenRange(start, start+1)
	return from < len(s.toks) && s.sentenceHas(list, s.toks[from].sent)
}

// checkPersonalAdvice is PROF-05: individual medical advice through a
// public post.
func checkPersonalAdvice(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-05", "Individual medical advice in a public post. Advice needs a visit, not a comment.", "")
	if from, to, ok := s.addressee(); ok {
		// "To the dad who called about his son's fever: alternate ..."
		// answers one person in public, whom others may recognize.
		health := s.sentenceHas("context/clinical", s.toks[from].sent) || s.healthInSentence(s.toks[from].sent) ||
			s.sentenceHasWord(s.toks[from].sent, saludWords)
		advice := len(s.concepts("PROF-05/advice", nil)) > 0 || s.medicineInstruction() || health && s.toldAfterColon(to)
		if advice || health {
			f := s.finding(from, to, "Advice or health details for one person others can recognize, in a public post. Answer them by phone, in private.")
			f.Severity = post.SeverityWarn
			if advice {
				f.Severity = post.SeverityBlock
			}
			f.Suggestion = "Post general advice for everyone, and call the person back."
			out = append(out, f)
		}
	}
	// "Replying to @x: ..." answers the account as surely as a tag that
	// opens the post.
	end, ok := s.repliedHandle()
	if !ok && !s.reviewMode() {
		// "Karen T., since you asked: ..." speaks to one person by name.
		// A reply greets its reviewer by name; REV-01 reads what it
		// tells them.
		end, ok = s.nameAddressed()
	}
	if ok && !overlapsAny(out, 0, end) && !s.takenPrivate() {
		// "@jo.bakes from what u describe that's hand foot mouth, keep
		// her home": advice or a diagnosis for the person tagged.
		health := len(s.healthHits()) > 0
		advice := len(s.concepts("PROF-05/advice", nil)) > 0 || s.medicineInstruction() || s.has("PROF-05") ||
			(health && (s.hasAny(personWords) || s.hasAny(homeCareVerbs)))
		if !advice {
			_, advice = containsAny(strings.ToLower(s.text), diagnosisCues)
		}
		advice = advice || s.ownMedicineChanged()
		if advice {
			out = append(out, post.Finding{Start: 0, End: end, Severity: post.SeverityBlock,
				Message:    "Medical advice or a diagnosis for the person tagged, in public. Answer them by phone, in private.",
				Suggestion: "Reply that you can't advise in the comments and ask them to call the office."})
		}
	}
	if !blocksAny(out) {
		if f, ok := s.addressedCareFinding(); ok {
			out = append(out, f)
		}
	}
	for _, m := range s.findAtIf(s.words.has("you"), adviceRE, adviceAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Telling readers to change a medicine or dose. That needs their own doctor.",
				Suggestion: "Talk to your doctor before changing any medicine."})
		}
	}
	return out
}

// changeVerbs change how much of a medicine someone takes.
var changeVerbs = newWordSet([]string{"take", "bump", "raise", "lower", "increase", "decrease", "double", "halve"})

// ownMedicineChanged reports, in a post that tags someone, a dose ("30
// units") or a change to their own medicine ("bump your Lantus", "double
// ur zoloft"): advice for that person, whatever the drug is called and
// whether any list knows its name.
func (s *scan) ownMedicineChanged() bool {
	for i := range s.toks {
		if doseAt(s.toks, i) {
			return true
		}
		if medChangeVerbs.has(s.toks[i].low) && s.medicineNamedAfter(i) {
			return true // "don't double up on the Xarelto", "stop the retinol"
		}
		if !changeVerbs.has(s.toks[i].low) ||
			// "take your time" is no dose: "take" changes one only with
			// an amount ("take an extra strip of ur ...").
			s.toks[i].low == "take" && (i+2 >= len(s.toks) || !inSet(s.toks[i+1].low, "extra", "more", "less", "another", "half", "two") &&
				!inSet(s.toks[i+2].low, "extra", "more", "less", "another", "half")) {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+5 && s.toks[k].sent == s.toks[i].sent; k++ {
			if inSet(s.toks[k].low, "your", "ur") {
				return true
			}
		}
	}
	return false
}

// medChangeVerbs stop, cut or double a medicine someone takes.
var medChangeVerbs = newWordSet([]string{"double", "drop", "cut", "stop", "skip", "quit", "restart", "resume", "wean", "halve"})

// otcActives are medicines bought without a prescription that the
// health data reads as everyday words or lacks: "stop the retinol".
var otcActives = newWordSet([]string{"retinol", "retinoid", "retinoids", "tretinoin", "hydroquinone", "minoxidil", "melatonin",
	"niacinamide", "benzoyl", "vaseline", "aquaphor", "tylenol", "motrin", "advil", "aleve", "benadryl", "miralax", "pepto", "imodium"})

// medicineNamedAfter reports a medicine within a few tokens after the
// verb at token i ("up on the Xarelto", "your Zoloft", "the retinol"): a
// medicine the health data knows, or a capitalised word no name or word
// list holds, which in a post that tags someone is a brand.
func (s *scan) medicineNamedAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4 && s.toks[k].sent == s.toks[i].sent; k++ {
		t := s.toks[k]
		if _, cat := health.At(s.healthWords(), k); cat == health.Medicine || otcActives.has(t.low) {
			return true
		}
		if t.capital && t.kind == tokWord && names.First(t.low) == 0 && !names.IsWord(t.low) && !s.isStaff(k, k+1) {
			return true
		}
		if !inSet(t.low, "up", "on", "the", "your", "ur", "that", "those", "off", "taking", "using") {
			return false
		}
	}
	return false
}

// toldAfterColon reports an instruction opening the words after the
// colon that ends an address ("To the man asking about chest pain: stop
// running and see a cardiologist"): what that person is told to do.
func (s *scan) toldAfterColon(t int) bool {
	si := s.toks[min(t, len(s.toks)-1)].sent
	for k := t; k+1 < len(s.toks) && k <= t+20 && s.toks[k].sent == si; k++ {
		if s.toks[k].low == ":" {
			// The instruction opens the answer or follows a short
			// verdict: "no es nada, tome miel con limón".
			for j := k + 1; j < len(s.toks) && j <= k+5 && s.toks[j].sent == si; j++ {
				w := s.toks[j].low
				if instructionVerbs.has(w) || homeCareVerbs.has(w) || inSet(w, "see", "call", "get", "go", "come", "book", "ice", "rest", "rinse",
					"apply", "run", "dele", "tome", "dale", "toma", "póngale", "llévelo", "tráigalo") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// diagnosisCues, in a post that tags someone, answer their health
// question: "spotting at 8 weeks is usually nothing", "no need to come in".
var diagnosisCues = []string{"usually nothing", "probably nothing", "no need to come in", "don't need to come in", "sounds like",
	"that's def", "that's definitely", "that's probably", "keep her out", "keep him out", "keep them out", "you should", "u should"}

// homeCareVerbs tell someone what to do at home: "put your feet up",
// "keep her out of daycare".
var homeCareVerbs = newWordSet([]string{"keep", "put", "drink", "rest", "ice", "give", "take", "try", "stay", "skip", "avoid", "use"})

// handleAddressed reports a post that opens by tagging an account that is
// not the practice's ("@jessy_bklyn from what u describe ..."), and where
// the tag ends.
func (s *scan) handleAddressed() (int, bool) {
	i := 0
	for i < len(s.text) && (s.text[i] == ' ' || s.text[i] == '\n') {
		i++
	}
	if i >= len(s.text) || s.text[i] != '@' {
		return 0, false
	}
	j := i + 1
	for j < len(s.text) && (isWordByte(s.text[j]) || (s.text[j] == '.' && j+1 < len(s.text) && isWordByte(s.text[j+1]))) {
		j++
	}
	if j == i+1 || s.c.allow.handles[lowerASCII(s.text[i+1:j])] {
		return 0, false
	}
	return j, true
}

// repliedHandle returns the end of the account a post answers: one it
// opens by tagging (handleAddressed) or "Replying to @x" as X shows it.
func (s *scan) repliedHandle() (int, bool) {
	if end, ok := s.handleAddressed(); ok {
		return end, true
	}
	if len(s.toks) < 4 || !inSet(s.toks[0].low, "replying", "reply", "responding") || s.toks[1].low != "to" || s.toks[2].low != "@" {
		return 0, false
	}
	i := s.toks[2].start + 1
	j := i
	for j < len(s.text) && (isWordByte(s.text[j]) || (s.text[j] == '.' && j+1 < len(s.text) && isWordByte(s.text[j+1]))) {
		j++ // "@desert_dad", "@dr.amal.skin"
	}
	if j == i || s.c.allow.handles[lowerASCII(s.text[i:j])] {
		return 0, false
	}
	return j, true
}

// privateWords send a question to a private channel: "call our nurse
// line", "DM us", "message your care team on the portal", "llámenos".
var privateWords = []string{"call", "dm", "message", "portal", "privately", "private", "book", "schedule", "inbox",
	"email", "llámenos", "llamenos", "llámanos", "llamanos", "llame", "escríbanos", "rele", "ligue", "ligue-nos"}

// careOfYours, after "your", name whom or what the reader brings a
// question to, not their health: "your prescriber", "your care team".
var careOfYours = newWordSet([]string{"prescriber", "doctor", "doc", "dentist", "provider", "care", "team", "pharmacist", "nurse",
	"chart", "records", "portal", "situation", "question", "questions", "options", "insurance", "plan", "pcp", "local", "own",
	"area", "comment", "post", "message", "pharmacy", "clinic", "office"})

// youngWords after "your" are a child of theirs: "your boy", "your little one".
var youngWords = newWordSet([]string{"boy", "girl", "kiddo", "little", "toddler", "infant", "teen", "kids", "babies", "bub"})

// takenPrivate reports a public reply to the account that asked which
// answers in general words and sends them to a private channel:
// "Replying to @x: A baby with fever and a rash should be seen soon.
// Please call our nurse line." It tells nothing about them and advises
// no one. Their own health told back ("your baby needs amoxicillin", "ur
// bp is too high"), a dose, or their story in the third person ("crushed
// his first 10k after his surgery") is not that.
func (s *scan) takenPrivate() bool {
	if s.privateDone {
		return s.private
	}
	s.privateDone = true
	if _, ok := s.repliedHandle(); !ok || !s.hasWord(privateWords...) ||
		s.hasWord("he", "she", "his", "her", "him", "hers", "mg", "ml", "mcg", "units", "tabs", "pills") {
		return false
	}
	if s.medicineInstruction() || len(s.concepts("PROF-05/advice", nil)) > 0 {
		return false // "use hydrocortisone 1% twice a day", "stop the retinol ... DM if it doesn't clear"
	}
	for t := range s.toks {
		if inSet(s.toks[t].low, "that", "this", "those", "these", "esa", "ese") {
			// "that rash looks like ...", "that knee MRI": theirs, pointed at
			for k := t + 1; k < len(s.toks) && k <= t+2; k++ {
				if s.healthStartsAt(k) {
					return false
				}
			}
			continue
		}
		if s.toks[t].low == "the" && s.hasWordInSentence(s.toks[t].sent, feltForWords...) {
			// "so sorry about the miscarriage", "glad the surgery went
			// well": their event, felt for
			for k := t + 1; k < len(s.toks) && k <= t+2; k++ {
				if s.healthStartsAt(k) {
					return false
				}
			}
			continue
		}
		yours := inSet(s.toks[t].low, "your", "ur", "yours", "tu", "su")
		if !yours && !inSet(s.toks[t].low, "you", "u", "you're", "youre") {
			continue
		}
		private := s.hasWordInSentence(s.toks[t].sent, "privately", "private")
		if yours && t+1 < len(s.toks) && !careOfYours.has(s.toks[t+1].low) && !private {
			return false // "your potassium was 6.1": theirs, told back
		}
		for k := t + 1; k < len(s.toks) && k <= t+5 && s.toks[k].sent == s.toks[t].sent; k++ {
			w := s.toks[k].low
			if careOfYours.has(w) || inSet(w, privateWords...) {
				break
			}
			if relativeWords.has(w) || youngWords.has(w) || (s.healthStartsAt(k) && !private) {
				return false
			}
		}
	}
	s.private = true
	return true
}

// feltForWords are sympathy, relief and wishes said of someone's own
// event.
var feltForWords = []string{"sorry", "glad", "hope", "hoping", "congrats", "congratulations", "condolences", "praying",
	"prayers", "relieved", "thrilled"}

// hasWordInSentence reports whether sentence si holds one of words.
func (s *scan) hasWordInSentence(si int, words ...string) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if inSet(s.toks[t].low, words...) {
			return true
		}
	}
	return false
}

// nameAddressed reports a post that opens by speaking to a person by name,
// a comma after it: "Karen T., since you asked ...", "Mike, based on what
// you said ...". It returns where the name ends. Staff and everyday words
// ("Hope, ...") are not addressed people.
func (s *scan) nameAddressed() (int, bool) {
	if len(s.toks) < 3 || len(s.sents) == 0 {
		return 0, false
	}
	// The name opens the post, after a greeting ("Hey Marcus, ..."), or
	// is called out after a comma ("..., Deb: at 36 weeks ...").
	for i := range s.toks {
		if i >= 40 {
			break // the address comes early
		}
		opens := i == 0 || (i == 1 && inSet(s.toks[0].low, "hi", "hey", "hello", "dear", "ok", "okay", "yes", "no", "so"))
		if (i == 2 && inSet(s.toks[0].low, "replying", "reply", "responding") && s.toks[1].low == "to" ||
			i == 3 && s.toks[0].low == "in" && inSet(s.toks[1].low, "response", "reply", "answer") && s.toks[2].low == "to") &&
			s.toks[i].capital && s.toks[i].kind == tokWord && !s.isStaff(i, i+1) {
			// "Replying to Mark's comment: ...", "In response to Malia's
			// comment: ...": a post that answers one person by name.
			return s.toks[i].end, true
		}
		if !opens && s.toks[i-1].low != "," {
			continue
		}
		if opens && addressTitles.has(s.toks[i].low) && i+2 < len(s.toks) && s.toks[i+1].capital && s.toks[i+1].kind == tokWord &&
			s.toks[i+2].low == "," && !s.isStaff(i, i+2) {
			return s.toks[i+2].start, true // "Pastor Elie, per your question ..."
		}
		if !s.plainFirstName(i) && !s.unknownVocative(i, opens) && !(opens && s.wordNameToYou(i)) {
			continue
		}
		t := i + 1
		if t+1 < len(s.toks) && len(s.toks[t].low) == 1 && s.toks[t].kind == tokWord && s.toks[t+1].low == "." {
			t += 2 // an initial: "Karen T."
		}
		if t < len(s.toks) && inSet(s.toks[t].low, ",", ":", "!") {
			return s.toks[t].start, true
		}
	}
	return 0, false
}

// wordNameToYou reports a first name that is also an everyday word
// ("Tammy", "Rose", "Hope") opening the post before a comma, in a
// sentence that speaks to "you": "Rose, since you asked: ...".
func (s *scan) wordNameToYou(i int) bool {
	t := s.toks[i]
	if !t.capital || t.kind != tokWord || names.First(t.low) == 0 || i+1 >= len(s.toks) || s.toks[i+1].low != "," ||
		s.isStaff(i, i+1) || s.c.allow.isStaff([]string{t.low}) {
		return false
	}
	return s.hasWordInSentence(t.sent, "you", "your", "u", "ur")
}

// addressTitles open an address to one person: "Pastor Elie, ...",
// "Coach Rivera, ...".
var addressTitles = newWordSet([]string{"pastor", "coach", "father", "rabbi", "imam", "deacon", "sister", "brother", "mr", "mrs", "ms",
	"miss", "don", "doña", "tío", "tía", "abuela", "abuelo", "auntie", "uncle", "grandma", "grandpa"})

// unknownVocative reports a capitalised word no list knows, opening the
// post before a comma, in a sentence that speaks to "you": "Tavita, I saw
// your post — stop taking ...". A name the data lacks is still a name
// there.
func (s *scan) unknownVocative(i int, opens bool) bool {
	t := s.toks[i]
	if !opens || !t.capital || t.kind != tokWord || len(t.low) < 3 || i+1 >= len(s.toks) || s.toks[i+1].low != "," ||
		names.First(t.low) != 0 || names.IsWord(t.low) || notPlaces[s.text[t.start:t.end]] || s.isStaff(i, i+1) || s.community(i, i+1) {
		return false
	}
	return s.sentenceHasWord(t.sent, personWords)
}

// instructionVerbs tell someone what to do with a medicine.
var instructionVerbs = newWordSet([]string{"start", "stop", "take", "try", "switch", "double", "increase", "decrease",
	"alternate", "give", "use", "quit", "skip", "cut", "add", "begin"})

// medicineInstruction reports whether a sentence tells the reader to do
// something with a medicine ("start a statin", "stop the metformin").
func (s *scan) medicineInstruction() bool {
	for _, h := range s.healthHits() {
		if h.Cat != health.Medicine {
			continue
		}
		for t := max(s.sents[s.toks[h.From].sent].tokStart, h.From-4); t < h.From; t++ {
			if instructionVerbs.has(s.toks[t].low) {
				return true
			}
		}
	}
	return false
}

// addresseeNouns are the people a post may speak to as "the dad who ...".
var addresseeNouns = newWordSet([]string{"mom", "mother", "mama", "dad", "father", "papa", "parent",
	"parents", "grandma", "grandmother", "grandpa", "grandfather", "lady", "gentleman",
	"woman", "man", "guy", "gal", "patient", "caller", "person", "family", "teen",
	"teacher", "coach", "neighbor", "friend", "follower", "girl", "boy", "student",
	"client", "nurse"})

// addressOpeners open an address to someone.
var addressOpeners = newWordSet([]string{"to", "for", "dear", "para", "al", "a"})

// saludWords are health in the Spanish of an answer to one person, which
// the health data (English) does not read: "la señora que preguntó por su
// tos con sangre".
var saludWords = newWordSet([]string{"fiebre", "tos", "presión", "presion", "dolor", "sangre", "pastilla", "pastillas", "medicina",
	"acetaminofén", "acetaminofen", "jarabe", "gripe", "diarrea", "vómito", "vomito", "azúcar", "azucar", "calentura", "infección",
	"infeccion", "asma", "mareo", "mareos"})

// contactVerbs, after "who" or "que", say someone asked the practice
// something: "the farmworker who messaged us", "la señora que llamó".
var contactVerbs = newWordSet([]string{"asked", "messaged", "called", "wrote", "commented", "emailed", "texted", "dmed", "posted",
	"llamó", "preguntó", "escribió", "comentó", "mandó", "llamo", "pregunto", "escribio"})

// addressDeterminers follow addressOpeners.
var addressDeterminers = newWordSet([]string{"the", "our", "that", "this", "la", "el"})

// toldToVerbs before "to the person who ..." make it the one spoken or
// given to, not the one the post speaks to: "without talking to the
// person who prescribed it", "send it to the nurse who called you".
var toldToVerbs = newWordSet([]string{"talk", "talking", "talked", "speak", "speaking", "spoke", "ask", "asking", "asked", "listen",
	"listening", "send", "sent", "give", "gave", "hand", "handed", "reach", "say", "said", "tell", "report", "reported", "explain",
	"show", "go", "goes", "went", "belongs", "return", "returned", "refer", "referred", "write", "wrote", "it", "them", "this",
	"mention", "bring", "brought", "turn", "point", "pass", "forward", "forwarded", "according", "compared", "due"})

// toldTo reports a "to" or "for" at token i after such a verb.
func (s *scan) toldTo(i int) bool {
	return i > 0 && s.toks[i-1].sent == s.toks[i].sent && toldToVerbs.has(s.toks[i-1].low)
}

// addressee finds a sentence that speaks to one recognizable person:
// "To the dad who called", "Dear our patient from Tuesday", "For the mom
// with the twins". It returns the tokens from "to" to the noun.
func (s *scan) addressee() (int, int, bool) {
	// The two-word opening first: a few look-ups, where addresseeNouns is
	// asked about every distinct word.
	if !s.hasAny(addressOpeners) || !s.hasAny(addressDeterminers) || !s.hasAny(addresseeNouns) && !s.hasAny(contactVerbs) {
		return 0, 0, false
	}
	for i := 0; i+3 < len(s.toks); i++ {
		// Plain comparisons: this runs for every token, and inSet builds
		// its list of words on each call.
		if w := s.toks[i].low; w != "to" && w != "for" && w != "dear" && w != "a" && w != "para" && w != "al" {
			continue
		}
		if w := s.toks[i+1].low; w != "the" && w != "our" && w != "that" && w != "this" && w != "la" && w != "el" || s.toldTo(i) {
			continue
		}
		for k := i + 2; k < len(s.toks) && k <= i+4 && s.toks[k].sent == s.toks[i].sent; k++ {
			if addresseeNouns.has(s.toks[k].low) && k+1 < len(s.toks) && inSet(s.toks[k+1].low, "who", "that", "from", "with", "in", "asking", "wondering") {
				return i, k + 1, true
			}
			if k+2 < len(s.toks) && inSet(s.toks[k+1].low, "who", "que") && contactVerbs.has(s.toks[k+2].low) {
				// "To the farmworker who messaged us at 2am", "A la
				// señora que llamó hoy": whoever asked us is the one
				// person answered, whatever the noun.
				return i, k + 1, true
			}
		}
	}
	return 0, 0, false
}

// checkInvitingPHI is PROF-06: asking the public to post or send symptoms,
// birth dates or insurance numbers.
func checkInvitingPHI(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-06", "This invites people to share health or personal details in public or by message.", "")
	for _, m := range s.findAtIf(s.hasWord("your", "ur"), phiInviteRE, phiInviteStart) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This invites people to share health or personal details in public or by message."})
		}
	}
	kept := out[:0]
	for _, f := range out {
		if from, _ := s.tokenRange(f.Start, f.End); s.askRefused(from) {
			continue // "Please don't share your test results here"
		}
		f.Suggestion = "Ask people to call the office instead."
		kept = append(kept, f)
	}
	return kept
}

// phiInviteAnchor finds the verbs phiInviteRE starts with ("e" is e-mail's).
var phiInviteAnchor = wordAnchor("dm", "pm", "message", "inbox", "comment", "reply", "send", "tell", "share", "post", "drop", "text",
	"email", "e", "list")

// shoutingAcronyms are all-caps words that are names, not shouting.
var shoutingAcronyms = map[string]bool{"COVID": true, "FAQ": true, "ADHD": true, "COPD": true, "CPR": true, "HIPAA": true, "NOTE": false}

// checkShouting is PROF-07: many all-caps words, "!!!", emoji floods and
// hashtag walls.
func checkShouting(s *scan) []post.Finding {
	var out []post.Finding
	var n shoutTally
	n.count(s)
	all := func(msg string) {
		out = append(out, post.Finding{Start: 0, End: 0, Message: msg})
	}
	switch {
	case n.capsAny >= 5 && n.capsAny*10 >= n.lettered*9:
		out = append(out, post.Finding{Start: 0, End: 0, Severity: post.SeverityWarn, Message: "The whole post is in capitals, which reads as shouting."})
	case n.caps > 3:
		all("Many words in capitals read as shouting.")
	}
	// Text few can read: shorthand or numbers for letters in a third or
	// more of the words ("cuz o th rd wrk pls use bk dr", "h0liday h0urs").
	// Half the words in vowelless shorthand is hard to read without a
	// texting form among them ("vx clnc tmrw ... brng med lst").
	if hard := n.short + 2*n.leet; hard >= 4 && n.words >= 6 && hard*100 >= n.words*35 && (n.texting+n.leet >= 2 || hard*100 >= n.words*50) {
		out = append(out, post.Finding{Start: 0, End: 0, Severity: post.SeverityWarn, NeedsHuman: true,
			Message:    "Hard to read: shorthand or numbers in place of letters. Many readers, and screen readers, cannot follow it.",
			Suggestion: "Write the words out in full sentences."})
	}
	if n.mocking >= 3 {
		out = append(out, post.Finding{Start: 0, End: 0, Severity: post.SeverityWarn, NeedsHuman: true,
			Message:    "Words in alternating capitals (\"wHaT hApPeNs\") read as mocking someone.",
			Suggestion: "Write the words in ordinary case."})
	}
	if n.hashtags > 5 {
		all("More than five hashtags looks like spam.")
	}
	if n.words > 0 && n.emoji > 3 && n.emoji*4 > n.words {
		all("Many emoji for the amount of text.")
	}
	for _, m := range s.findIf(n.repeated, exclaimRE) {
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Repeated exclamation marks read as shouting.", Suggestion: "!"})
	}
	return out
}

// shoutTally is what checkShouting counts over the tokens. The counts live
// in a struct that add updates in place: as a dozen locals of one loop,
// the compiler stored them all at every token.
type shoutTally struct {
	caps, words, hashtags, emoji int
	capsAny, lettered            int // words of two or more letters: in capitals, and all
	// shorthand words ("tmrw", "bk", "pls"), numbers for letters
	// ("h0urs"), texting forms ("u", "2moro")
	short, leet, texting int
	mocking              int  // words in alternating case ("wHaT hApPeNs")
	repeated             bool // "!!", "??", "?!" or "!?" in the text: exclaimRE may match
}

// count counts the tokens of s, in one loop: a call per token (add, as
// it was) cost some 700 instructions a check.
func (n *shoutTally) count(s *scan) {
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case tokWord:
			n.words++
			// The word's shape answers the questions below for an ASCII word
			// (most of them) without a search per question: whether it is
			// written in lower case (then its low is its text, and no slice
			// of the text is taken), has a vowel, or is in capitals.
			sh := t.shape
			w, lowAsWritten := t.low, sh&(classUpper|classNonASCII) == 0
			if !lowAsWritten {
				w = s.text[t.start:t.end]
				lowAsWritten = sh&classUpper == 0 && t.low == w // an ASCII capital is lowered in low
			}
			// A word glued to a '#', '@' or link mark is a hashtag, a handle
			// or a piece of a link: not prose, so none of the counts below.
			// Asked only of a word some count would take: most words none.
			glued := func() bool { return i > 0 && s.toks[i-1].end == t.start && isGlueMark(s.toks[i-1].low) }
			switch {
			case sh.may(classDigit) && numberForLetter(w):
				if !glued() {
					n.leet++
				}
			case lowAsWritten && shorthand.has(w):
				if !glued() {
					n.short++
					n.texting++
				}
			case lowAsWritten && len(w) >= 2 && (sh.ascii() && sh&classVowel == 0 || !sh.ascii() && !hasVowel(w) && latinWord(w)) && !vowellessWords.has(w):
				if !glued() {
					n.short++
				}
			}
			if sh&(classUpper|classLower) == classUpper|classLower && sh.ascii() && len(w) >= 4 && alternatingCase(w) && !glued() {
				n.mocking++ // "tHiS iS wHaT": capitals and small letters taking turns
			}
			capitals := sh.may(classUpper) && sh.isCapitals(w)
			if len(w) >= 4 && capitals && sh.runeCount(w) >= 4 && !shoutingAcronyms[w] {
				n.caps++
			}
			if len(w) >= 2 && (w[0] < '0' || w[0] > '9') { // a word token holds a letter; numbers are tokNumber, and "8AM" is a time
				n.lettered++
				if t.capital && capitals {
					n.capsAny++
				}
			}
		case tokPunct:
			switch c := t.low[0]; c {
			case '#':
				if i+1 < len(s.toks) && s.toks[i+1].start == t.end {
					n.hashtags++
				}
			case '!', '?':
				if i > 0 && s.toks[i-1].end == t.start && (s.toks[i-1].low == "!" || s.toks[i-1].low == "?") {
					n.repeated = true
				}
			default:
				// No ASCII character is an other-symbol (So): only a
				// multi-byte one can be an emoji.
				if c >= utf8.RuneSelf {
					if r, _ := utf8.DecodeRuneInString(t.low); unicode.Is(unicode.So, r) {
						n.emoji++
					}
				}
			}
		}
	}
}

// isGlueMark reports whether a token glued to the next word makes that word
// part of a hashtag, a handle or a link.
func isGlueMark(low string) bool {
	return len(low) == 1 && (low[0] == '#' || low[0] == '@' || low[0] == '/' || low[0] == '.' || low[0] == '_')
}

// shorthand are texting forms of words ("u", "tmrw", "pls"); the
// vowelless ones are found by hasVowel too, these have a vowel or a digit.
var shorthand = newWordSet([]string{"u", "ur", "n", "w", "r", "b4", "pls", "plz", "thx", "2moro", "2morrow", "2day", "2nite", "tmrw", "tmr", "ppl",
	"cuz", "bcuz", "thru", "tho", "idk", "ngl", "tbh", "lmk", "abt", "ya", "gr8", "l8r", "sry", "ofc", "f", "o", "ol", "updts",
	// Office shorthand and chat forms that keep a vowel: "appt conf txt
	// rply Y 2 conf", "exc hol; see sched", "if u kno tha feelin".
	"ty", "ily", "txt", "appt", "appts", "conf", "cxl", "rply", "resched", "sched", "exc", "hol", "alt", "prev", "cf", "kno", "tha",
	"probs", "smth", "4get", "kthx", "fr", "asap", "lol"})

// vowellessWords are real words and abbreviations with no vowel: not
// shorthand.
var vowellessWords = newWordSet([]string{"mg", "ml", "hr", "hrs", "pm", "st", "nd", "rd", "th", "mr", "mrs", "ms", "dr", "vs",
	"tv", "ny", "nyc", "md", "np", "pt", "lbs", "lb", "ft", "sq", "mph", "hwy", "mt", "ct", "pcp", "ldl", "hdl", "std", "sts",
	"mmr", "rsv", "hpv", "cdc", "hmm", "shh", "psst", "grr", "brr", "rn", "cpr", "ddx", "tdap", "dtp", "pcr", "ct", "bp",
	"ppd", "pms", "rx", "hx", "px", "sx", "tx", "dx", "fx", "pdf", "www", "http", "https", "nw", "sw", "se", "ne", "mkt", "nth",
	// Social and measuring words people write in lower case.
	"dm", "dms", "bf", "gf", "hbd", "fyi", "sms", "spf", "ph", "bpm", "mcg", "kg", "cm", "mm", "km", "tsp", "tbsp", "bts", "tbt",
	"mcm", "wcw", "nsfw", "pcos", "lgbtq", "ptsd", "adhd", "ocd", "vr", "ln", "blvd", "pkwy", "pl", "ste", "rm", "pg", "pgs", "cvs"})

// latinWord reports whether w holds an ASCII letter: a word of another
// script (Cyrillic, Hangul) has no Latin vowel and is no shorthand.
func latinWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if isASCIILetter(w[i]) {
			return true
		}
	}
	return false
}

// hasVowel reports whether the lower-case word w has a vowel (y counts).
func hasVowel(w string) bool { return strings.ContainsAny(w, "aeiouyáéíóúü") }

// numberForLetter reports a word with a digit between letters, written in
// lower case: "h0urs", "d3sk", not "H1N1", "B12" or "4th".
func numberForLetter(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' {
			digits++
			if i > 0 && i+1 < len(w) && isASCIILetter(w[i-1]) && isASCIILetter(w[i+1]) && w[i-1] >= 'a' && w[i+1] >= 'a' {
				return digits <= 2
			}
		}
	}
	return false
}

// checkSpelling is PROF-08: common misspellings.
func checkSpelling(s *scan) []post.Finding {
	return s.phraseFindings("PROF-08", "Possible misspelling.", "")
}

// checkSafetyLine is PROF-09: urgent symptoms with no "call 911" or "988"
// line.
// A condition named as a risk or as something to prevent ("lowers your
// risk of heart disease, stroke and diabetes") does not count.
//
// Suicide and self-harm wording needs the 988 line itself: 911 alone is
// not the help safe-messaging guidance asks for.
func checkSafetyLine(s *scan) []post.Finding {
	if s.has("PROF-09/crisis") && !s.has("PROF-09/crisis-line") {
		h := s.hitsOf("PROF-09/crisis")[0]
		f := s.finding(h.from, h.to, "The post mentions suicide or self-harm but does not give the 988 Suicide & Crisis Lifeline.")
		f.Suggestion = "Add: \"If you or someone you know is struggling, call or text 988.\""
		return []post.Finding{f}
	}
	if s.reviewInCrisis() && !s.has("PROF-09/crisis-line") {
		// "You matter, keep reaching out" to a review that says "I was
		// thinking about ending it all": the reply answers a crisis and
		// must give the line (replyleaks17.go).
		f := post.Finding{Start: 0, End: 0, Message: "The review mentions suicide or self-harm and the reply does not give the 988 Suicide & Crisis Lifeline."}
		f.Suggestion = "Add: \"If you or someone you know is struggling, call or text 988.\""
		return []post.Finding{f}
	}
	if s.has("PROF-09/safety") {
		return nil
	}
	facts := safetyFacts{si: -1}
	for _, h := range s.hitsOf("PROF-09") {
		if s.namedAsRisk(h) || s.namedAsTopic(h) || s.hazardNamed(h, &facts) || s.careLineFor(h, &facts) {
			continue // prof_safety15.go: a hazard named, or advice that sends the reader to care
		}
		f := s.finding(h.from, h.to, "The post mentions urgent symptoms but does not tell readers to call 911 (or 988 for a mental-health crisis).")
		f.Suggestion = "Add: \"If you have these symptoms, call 911 now.\""
		return []post.Finding{f}
	}
	return nil
}

// topicWords make an urgent condition the subject of a resource or a
// gathering: "heart attack symptoms in five languages are now on our
// website", "our stroke survivors group meets Tuesday".
var topicWords = newWordSet([]string{"website", "handout", "handouts", "flyer", "flyers", "poster", "posters", "brochure",
	"brochures", "guide", "guides", "translated", "languages", "survivor", "survivors", "support", "group", "groups", "class",
	"classes", "webinar", "awareness", "workshop", "podcast", "episode", "magnet", "magnets", "wallet", "card", "cards",
	// A county's counts: "overdose deaths dropped 30% from last year".
	"deaths", "rates", "statistics"})

// namedAsTopic reports whether the urgent condition hit h is the subject
// of a resource or a group in its sentence, with no one told what to do
// when it strikes: the post points to help, it gives no advice to act on.
func (s *scan) namedAsTopic(h hit) bool {
	si := s.toks[h.from].sent
	return s.sentenceHasWord(si, topicWords) && !s.sentenceHasWord(si, symptomAdvice)
}

// symptomAdvice tells the reader what to do when a symptom strikes.
var symptomAdvice = newWordSet([]string{"if", "when", "call", "go", "take", "chew", "wait", "drive", "ignore"})

// riskWindow is how many tokens before a condition a risk word may stand
// ("lower your risk of heart disease, high blood pressure and stroke").
const riskWindow = 10

// namedAsRisk reports whether the condition hit h is named as a risk: a
// PROF-09/risk word up to riskWindow tokens before it in its sentence, with
// no symptom word ("signs", "symptoms") between, or right after it
// ("stroke risk").
func (s *scan) namedAsRisk(h hit) bool {
	sent := s.toks[h.from].sent
	if h.to < len(s.toks) && s.toks[h.to].sent == sent && s.hitAt("PROF-09/risk", h.to) {
		return true
	}
	for t := h.from - 1; t >= 0 && t >= h.from-riskWindow && s.toks[t].sent == sent; t-- {
		if s.hitAt("PROF-09/symptom", t) {
			return false
		}
		if s.hitAt("PROF-09/risk", t) {
			return true
		}
	}
	return false
}

// Anchors of adviceRE and phiInviteRE, built once.
var (
	adviceAnchor   = allAnchor(wordAnchor("you"), followedBy("should", "must", "need", "have", "ought", "can"))
	phiInviteStart = allAnchor(phiInviteAnchor, withinTokens(12, wordAnchor("your", "ur")))
)

// isCapitals reports whether w is written in capitals: upper-casing leaves
// it as it is and lower-casing changes it. ASCII words are checked byte by
// byte, without building the two copies.
func isCapitals(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		case 'a' <= b && b <= 'z':
			return false
		case 'A' <= b && b <= 'Z':
			upper = true
		}
	}
	return upper
}

// alternatingCase reports an ASCII word whose capitals and small letters
// take turns at least three times and at half its letters or more:
// "tHiS", "hApPeNs"; not "McDonald", "iPhone" or a CamelCase
// "FlossLikeABoss".
func alternatingCase(w string) bool {
	flips, letters, prev := 0, 0, byte(0)
	for i := 0; i < len(w); i++ {
		c := w[i]
		var k byte
		switch {
		case 'a' <= c && c <= 'z':
			k = 1
		case 'A' <= c && c <= 'Z':
			k = 2
		default:
			continue
		}
		letters++
		if prev != 0 && k != prev {
			flips++
		}
		prev = k
	}
	return flips >= 3 && 2*flips >= letters
}

// mockedPeople are people a contempt marker's sentence may be about:
// "some people can't even ...", "to the folks who park in the fire lane".
var mockedPeople = newWordSet([]string{"people", "ppl", "folks", "patient", "patients", "someone", "somebody", "guy", "lady",
	"man", "woman", "parents", "moms", "dads", "customers", "visitors"})

// peopleMockedAt reports whether the sentence holding byte b speaks of
// people, not of an insurer or a public body.
func (s *scan) peopleMockedAt(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) {
		t = len(s.toks) - 1
	}
	return t >= 0 && s.sentenceHasWord(s.toks[t].sent, mockedPeople)
}
