package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// Framing: whether a sentence states a claim or denies it. A myth-busting
// post quotes the myth ("Myth: vaccines cause autism. Fact: ..."), and a
// practice's "we can't guarantee results" holds the words of a guarantee;
// both must read differently from the claim said as true. The tests here
// are grammar, not data: negation words, labels ("Myth:", "Fact:"),
// reported speech ("some people say"), questions and a rebuttal in the
// next sentence.

// negatorAfter are the contractions whose "n't" the tokenizer leaves as a
// separate "t" ("doesn't" is "doesn" "t").
var negatorAfter = map[string]bool{"don": true, "doesn": true, "didn": true, "won": true, "can": true, "isn": true, "aren": true,
	"wasn": true, "weren": true, "couldn": true, "wouldn": true, "shouldn": true, "haven": true, "hasn": true, "ain": true, "mustn": true}

// isNegator reports whether token t negates: not, no, never, cannot, the
// "t" of "doesn't", nothing, none. "Not only" and "no doubt" do not.
func (s *scan) isNegator(t int) bool {
	switch w := s.toks[t].low; w {
	case "not":
		return !(t+1 < len(s.toks) && inSet(s.toks[t+1].low, "only", "just", "to", "sure"))
	case "no":
		// "No problem", "no worries" answer a question; they deny nothing.
		return !(t+1 < len(s.toks) && inSet(s.toks[t+1].low, "doubt", "wonder", "matter", "longer", "problem", "problemo", "worries", "sweat"))
	case "never", "cannot", "nothing", "none", "neither", "nor", "nobody", "untrue", "isnt", "doesnt", "dont", "cant", "wont":
		return true
	case "không", "chẳng", "chả":
		// Vietnamese: "Nước dừa KHÔNG chữa được tiểu đường" (coconut water
		// does not cure diabetes) denies; a closing "không?" asks.
		return !(t+1 < len(s.toks) && s.toks[t+1].low == "?")
	case "t":
		if t == 0 || !negatorAfter[s.toks[t-1].low] {
			return false
		}
		// The apostrophe of "n't" is one byte typed straight and three
		// typed curly, as phones do: "Vaccines don’t cause autism" denies
		// as "don't" does (session 16, att16).
		gap := s.text[s.toks[t-1].end:s.toks[t].start]
		return len(gap) <= 1 || gap == "’" || gap == "ʼ" || gap == "‘"
	}
	return false
}

// mythLabels say the claim next to them is false; factLabels that it is
// true. "Myth vs fact" and "fact check" are headers of a myth-busting post.
var (
	mythLabels = map[string]bool{"myth": true, "myths": true, "mythbusting": true, "mythbuster": true, "mythbusters": true, "false": true,
		"untrue": true, "wrong": true, "debunk": true, "debunked": true, "debunking": true, "disproven": true, "hoax": true, "misinformation": true,
		"rumor": true, "rumors": true, "rumour": true, "rumours": true, "fiction": true, "misconception": true, "misconceptions": true, "busted": true,
		"claim": true, "contrary": true, "❌": true, "✖": true, "🚫": true,
		// A claim traced to a discredited source: "came from one
		// retracted, fraudulent study".
		"retracted": true, "fraudulent": true, "discredited": true, "disproved": true, "baseless": true, "unfounded": true,
		// Spanish, Portuguese, French and Polish, for bilingual posts:
		// "Mito: ... Realidad: ...", "Mythe : ... Réalité : ...".
		"mito": true, "mitos": true, "falso": true, "falsa": true, "mentira": true, "mythe": true, "mythes": true, "faux": true,
		"fausse": true, "mity": true,
		// Russian, Ukrainian, Somali, Haitian Creole.
		"миф": true, "мифы": true, "міф": true, "міфи": true, "неправда": true, "khuraafaad": true, "khuraafaadka": true, "manti": true}
	factLabels = map[string]bool{"fact": true, "facts": true, "truth": true, "true": true, "reality": true, "✅": true, "✔": true,
		"realidad": true, "verdad": true, "realidade": true, "verdade": true, "réalité": true, "realite": true, "vrai": true,
		"fakt": true, "fakty": true, "prawda": true,
		// Russian, Ukrainian, Somali, Tagalog, Haitian Creole.
		"правда": true, "факт": true, "факты": true, "факти": true, "xaqiiq": true, "xaqiiqda": true, "katotohanan": true,
		"verite": true, "verité": true}
	// reportWords put a claim in someone else's mouth: "some people say",
	// "parents ask whether", "the idea that".
	reportWords = map[string]bool{"say": true, "says": true, "said": true, "claim": true, "claims": true, "claimed": true, "heard": true,
		"hear": true, "worry": true, "worried": true, "worries": true, "fear": true, "fears": true, "concern": true, "concerned": true,
		"concerns": true, "ask": true, "asks": true, "asked": true, "asking": true, "wonder": true, "wondering": true, "wonders": true,
		"idea": true, "notion": true, "belief": true, "read": true, "seen": true, "online": true, "question": true, "questions": true,
		"whether": true, "if": true, "suggest": true, "suggests": true, "spread": true, "spreading": true, "told": true, "tell": true,
		"insist": true, "insists": true, "insisted": true, "think": true, "thinks": true, "thought": true, "believe": true,
		"believes": true, "convinced": true, "demand": true, "demands": true, "demanded": true, "expect": true, "expects": true,
		// "Some aunties swear a spoon of Vicks cures a cough": others'
		// word, unless the post vouches for it ("swore by it").
		"swear": true, "swears": true,
		// "Some group chats are saying ...", "people keep claiming ...".
		"saying": true, "claiming": true, "insisting": true, "posting": true, "sharing": true}
	firstPerson = map[string]bool{"i": true, "we": true, "m": true, "re": true, "ve": true, "our": true, "my": true}
	answerYes   = map[string]bool{"yes": true, "yep": true, "absolutely": true, "definitely": true, "true": true, "correct": true}
	answerNo    = map[string]bool{"no": true, "nope": true, "false": true, "wrong": true, "myth": true, "not": true, "never": true}
)

// denied reports whether the claim at h (a concept hit) is framed as false
// or only reported: a negation in its clause outside the claim's own words,
// a myth label before it (the nearest label wins: "Fact:" asserts),
// a label after it in its sentence ("... is a myth"), reported speech, a
// question not answered yes, or a rebuttal opening the next sentence.
func (s *scan) denied(h conceptHit) bool {
	own := func(t int) bool { return inParts(h.parts, t) }
	si := s.toks[h.from].sent
	se := s.sents[si]
	// The clause around the claim; "but" starts a new one for negation
	// ("Doctors won't tell you, but vaccines cause autism").
	// Every look below stays within mythLook tokens of the claim: a text
	// of one long sentence of claims would otherwise read its whole start
	// and end again at each (session 16, att16).
	cs := h.from
	for cs > se.tokStart && cs > h.from-mythLook && !clauseBreak(&s.toks[cs-1]) && !inSet(s.toks[cs-1].low, "but", "yet", "however") {
		cs--
	}
	if s.antibioticForBacteria(h) {
		return true // "..., and antibiotics treat bacteria": the fact, told beside the myth's words
	}
	twice := s.doubleNegated(cs, h)
	for t := cs; t < h.to; t++ {
		// "only" limits the claim: "antibiotics only work on bacteria".
		// In mocking, "with no ID" describes, it denies nothing: "folks
		// who show up with no ID and expect to be seen".
		withNo := s.toks[t].low == "no" && t > 0 && s.toks[t-1].low == "with" && h.p != nil && h.p.list == "PROF-03/mock"
		if !own(t) && (s.isNegator(t) && !twice && !withNo && !s.adviceForMyth(t, h) || (s.toks[t].low == "only" && !s.rankingOnly(t))) {
			return true
		}
	}
	// After the claim in its sentence: "... is a myth", "... is false".
	// A mark (❌, 🚫) labels only the words just before it: at the end of
	// a longer sentence it decorates ("... fluoride-free toothpaste 🦷🚫").
	for t := h.to; t < se.tokEnd && t < h.to+mythLook; t++ {
		if w := s.toks[t].low; mythLabels[w] && !s.labelNegated(t) && (s.toks[t].kind != tokPunct || t <= h.to+1) {
			return true
		}
		if t < se.tokEnd-1 && s.toks[t].low == "not" && inSet(s.toks[t+1].low, "true", "proven", "so") {
			return true
		}
		// "... is an old farm remedy we need to retire", "... is an old
		// wives' tale": the post wants the remedy gone.
		if inSet(s.toks[t].low, "retire", "retired", "retiring") && !s.mythEndorsed() ||
			s.toks[t].low == "tale" && t >= 2 && (s.toks[t-1].low == "wives" || s.toks[t-2].low == "wives") && !s.taleDenied(t) {
			return true
		}
		// "\"Feed a cold, starve a fever\" — nope.": a quoted or set-off
		// claim answered no after a dash or a quote ("no matter what"
		// answers nothing).
		if t+1 < se.tokEnd && inSet(s.toks[t].low, "—", "–", "-", "\"", "”", "'", "’") && inSet(s.toks[t+1].low, "no", "nope", "nah", "false", "wrong") &&
			(t+2 >= se.tokEnd || s.toks[t+2].kind == tokPunct || inSet(s.toks[t+2].low, "it", "that", "they", "this", "not")) {
			// "— no, it doesn't", "— nope."; not "— no surgery, no downtime"
			return true
		}
	}
	// The nearest label before the claim, in its sentence or in a short
	// sentence (a heading) before it.
	if lab, ok := s.labelBefore(h.from, max(se.tokStart, h.from-mythLook)); ok {
		return lab
	}
	if si > 0 {
		prev := s.sents[si-1]
		if prev.tokEnd-prev.tokStart <= 6 {
			if lab, ok := s.labelBefore(prev.tokEnd, prev.tokStart); ok {
				return lab
			}
		}
	}
	// A heading naming the claim as others' saying or belief: "Urban
	// legend: ...", "They say: ..." (beliefheading20.go).
	// A post that goes on to vouch for it ("Heard on the dock: ... Honestly,
	// it does.") states it.
	if s.beliefHeading(cs, se) && !s.mythEndorsed() {
		return true
	}
	// Reported speech before the claim, not in the first person.
	// A sentence's first word is an imperative ("Say goodbye to ..."),
	// unless it is a hearing told in the past ("Heard on the dock: ...",
	// "Overheard in the lobby: ...").
	first := se.tokStart + 1
	if inSet(s.toks[se.tokStart].low, "heard", "overheard") {
		first = se.tokStart
	}
	for t := max(cs, first); t < h.from; t++ {
		// "if" and "whether" report only after a verb ("parents ask if");
		// opening a clause they make a condition ("if you're nursing, ...").
		if inSet(s.toks[t].low, "if", "whether") && (t == cs || clauseBreak(&s.toks[t-1])) {
			continue
		}
		if reportWords[s.toks[t].low] && !(t > se.tokStart && s.firstPersonAt(t-1)) &&
			!(t > se.tokStart+1 && s.firstPersonAt(t-2)) && !s.mythEndorsed() {
			return true
		}
	}
	var next *sentence
	if si+1 < len(s.sents) {
		next = &s.sents[si+1]
	}
	if s.quotedHeard(h, se, next) {
		return true
	}
	// A question, unless the answer is yes.
	if s.toks[se.tokEnd-1].low == "?" && !s.didYouKnow(se) {
		// "Vaccines contain microchips? ... do your own research": a
		// question the post goes on to endorse asks nothing.
		return (next == nil || !answerYes[s.toks[next.tokStart].low]) && !s.has("MIS-03") && !s.mythEndorsed()
	}
	// A rebuttal: "No." "Not true." "That's a myth." "They don't." After
	// a claim worded in the negative ("we don't bill the coinsurance"), a
	// short negative sentence agrees with it ("Never have.").
	if next != nil && !s.sorryNotSorry(*next) && !s.urgedOn(*next) {
		agrees := s.negativeClaim(h)
		short := next.tokEnd-next.tokStart <= 6 && !agrees
		first := next.tokStart // its first word: a closing quote may open it
		for first+1 < next.tokEnd && s.toks[first].kind == tokPunct {
			first++
		}
		for t := first; t < next.tokEnd && t < first+4; t++ {
			w := s.toks[t].low
			// "It's not some old wives' tale", "That's no rumor.": the
			// label denied vouches for the claim, whatever else follows.
			if s.isNegator(t) && s.deniesMythLabel(t, next.tokEnd) {
				return false
			}
			// "Not true." rebuts whatever the claim's wording.
			if t == first && w == "not" && t+1 < next.tokEnd && inSet(s.toks[t+1].low, "true", "so", "really", "correct") {
				return true
			}
			// Haitian Creole "Sa pa vre." / "Se pa vre.": that's not true.
			if w == "pa" && t+1 < next.tokEnd && s.toks[t+1].low == "vre" {
				return true
			}
			// "No exceptions.", "No excuses.": emphasis that backs
			// the claim, no answer to it (session 19, t19myth).
			if t == first && w == "no" && t+1 < next.tokEnd && inSet(s.toks[t+1].low, "exceptions", "exception", "excuses") {
				break
			}
			if s.featureNo(t, next.tokEnd) {
				break // "No meds, no surgery, no downtime.", "No more limping.": what is spared, no answer
			}
			if (t == first && answerNo[w] && !(agrees && s.isNegator(t))) || (mythLabels[w] && !s.labelNegated(t)) || (short && s.isNegator(t)) {
				return true
			}
			// "It can't —", "They don't.": the claim's subject denied at
			// once; "It can't be denied" agrees.
			if t <= first+2 && inSet(s.toks[first].low, "it", "they", "that", "this") && s.isNegator(t) && !agrees &&
				(t+1 >= next.tokEnd || !inSet(s.toks[t+1].low, "be", "deny", "denied", "argue", "hurt", "stop")) {
				return true
			}
		}
	}
	return false
}

// heardWords, after a quotation, say the post hears or is asked it: "we
// hear it every fall", "we get asked this", "patients tell us", "we
// wish!".
var heardWords = newWordSet([]string{"hear", "heard", "hears", "hearing", "asked", "ask", "asks", "tell", "tells", "told", "say", "says",
	"said", "repeat", "repeated", "wish",
	// Where the reader met it: "you've seen it on Facebook", "maybe you
	// read it in a group chat".
	"seen", "saw", "read", "spotted"})

// seenByUs reports whether the seeing word at token t is the practice's
// own ("we've seen it for ourselves", "I saw it happen"): a witness that
// vouches for the quotation, not someone else's words being answered.
func (s *scan) seenByUs(t int) bool {
	if !inSet(s.toks[t].low, "seen", "saw", "read", "spotted") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if w := s.toks[k].low; w == "we" || w == "i" {
			return true
		}
	}
	return false
}

// firstPersonAt reports a first-person word at token t: "I", "we", "our";
// the "ve" or "re" of a contraction only after "I" or "we" ("you've
// heard" reports the reader's hearing, not ours).
func (s *scan) firstPersonAt(t int) bool {
	w := s.toks[t].low
	if inSet(w, "ve", "re", "m") {
		return t > 0 && inSet(s.toks[t-1].low, "i", "we")
	}
	return firstPerson[w]
}

// quotedHeard reports a claim inside quotation marks that the post then
// says it hears or is asked, in the rest of the sentence or early in the
// next ("\"Fluoride lowers IQ\" — we get asked this at every school
// visit"): someone else's words, being answered. A post that goes on to
// agree ("they're right") states the claim. Single quotes are no tokens,
// so the marks are read from the text.
func (s *scan) quotedHeard(h conceptHit, se sentence, next *sentence) bool {
	from, lo := s.toks[h.from].start, 0 // a mark opening the text is no token: read from the last sentence's end
	if se.tokStart > 0 {
		lo = s.toks[se.tokStart-1].end
	}
	if !quoteOpens(s.text[max(lo, from-60):from]) {
		return false
	}
	end := se.tokEnd
	if next != nil {
		end = min(next.tokStart+8, next.tokEnd)
	}
	limit := s.text[s.toks[h.to-1].end:s.toks[end-1].end]
	c := quoteCloses(limit)
	if c < 0 {
		return false
	}
	closed := s.toks[h.to-1].end + c
	heard := false
	// "Heard on the dock: \"a nip of whiskey warms you up.\"": the
	// hearing told before the quotation, in its sentence or a short one
	// heading it.
	lead := se.tokStart
	if se.tokStart > 0 && se.tokStart-s.sents[s.toks[se.tokStart-1].sent].tokStart <= 6 {
		lead = s.sents[s.toks[se.tokStart-1].sent].tokStart
	}
	for t := lead; t < h.from; t++ {
		if inSet(s.toks[t].low, "heard", "overheard", "hear", "seen", "spotted") && !s.seenByUs(t) && !s.saidByUs(t) {
			heard = true
		}
	}
	for t := h.to; t < end; t++ {
		if s.toks[t].start < closed || !heardWords.has(s.toks[t].low) {
			continue
		}
		// "We hear it, and we say it too": the practice repeating it
		// makes the quotation its own claim, wherever it says so.
		if s.saidByUs(t) || s.seenByUs(t) {
			return false
		}
		heard = true
	}
	return heard && !s.mythEndorsed()
}

// deniesMythLabel reports a myth label or an old wives' tale within the
// few words after the negation at token t, before end ("not some old
// wives' tale", "no rumor", "not a myth"): the label is what is denied.
func (s *scan) deniesMythLabel(t, end int) bool {
	for k := t + 1; k < end && k <= t+5; k++ {
		w := s.toks[k].low
		if mythLabels[w] && s.toks[k].kind != tokPunct || w == "tale" && (s.toks[k-1].low == "wives" || k >= 2 && s.toks[k-2].low == "wives") {
			return true
		}
	}
	return false
}

// taleDenied reports a negation just before the old wives' tale at token
// t ("that's no old wives' tale", "it's not some old wives' tale"): the
// post vouches for the claim.
func (s *scan) taleDenied(t int) bool {
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if inSet(s.toks[k].low, "no", "not", "nothing", "never", "aint", "isnt", "t") || s.isNegator(k) {
			return true
		}
	}
	return false
}

// saidByUs reports whether the heard word at token t is the practice
// telling or saying the quotation itself ("we tell our patients", "as I
// always say"): its own claim, not someone else's words being answered.
// "We're told", "we get asked" and "patients tell us" are heard.
func (s *scan) saidByUs(t int) bool {
	if !inSet(s.toks[t].low, "tell", "told", "say", "said", "repeat", "repeated") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		switch w := s.toks[k].low; {
		case inSet(w, "always", "often", "still", "all", "ll", "also", "just", "usually", "do", "ve", "d", "have", "had", "ever"):
			continue
		case inSet(w, "we", "i"):
			return true
		default:
			return false
		}
	}
	return false
}

// quoteOpens reports an opening quotation mark in before (the text just
// before a claim): a mark at its start or after a space or a mark, not
// an apostrophe inside a word.
func quoteOpens(before string) bool {
	for i := 0; i < len(before); {
		r, n := utf8.DecodeRuneInString(before[i:])
		if strings.ContainsRune("\"“'‘«", r) && (i == 0 || !unicode.IsLetter(lastRune(before[:i]))) {
			return true
		}
		i += n
	}
	return false
}

// quoteCloses returns the byte offset in after of the first closing
// quotation mark not followed by a letter (not the apostrophe of
// "don't"), or -1.
func quoteCloses(after string) int {
	for i := 0; i < len(after); {
		r, n := utf8.DecodeRuneInString(after[i:])
		if strings.ContainsRune("\"”'’»", r) {
			if nr, _ := utf8.DecodeRuneInString(after[i+n:]); i+n >= len(after) || !unicode.IsLetter(nr) {
				return i
			}
		}
		i += n
	}
	return -1
}

// lastRune is the last rune of a non-empty string.
func lastRune(text string) rune {
	r, _ := utf8.DecodeLastRuneInString(text)
	return r
}

// mythEndorsed reports a post that endorses what it reports: "my grandma
// always said ... — and she was right", "Abuela tenía razón", "my uncle
// swore by it", "still works", "#grandmaknowsbest". Reported speech then
// states the claim, it does not distance it.
func (s *scan) mythEndorsed() bool {
	if !s.endorsedDone {
		s.endorsed, s.endorsedDone = s.findMythEndorsed(), true
	}
	return s.endorsed
}

// findMythEndorsed is mythEndorsed's scan of the post.
func (s *scan) findMythEndorsed() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i].low, s.toks[i+1].low
		switch {
		case inSet(a, "was", "is", "were", "s", "re", "are") && b == "right" && !(i+2 < len(s.toks) && inSet(s.toks[i+2].low, "about", "there")):
			return true // "she was right", "abuela is right"
		case inSet(a, "tenía", "tenian", "tenían", "tinha", "tinham") && inSet(b, "razón", "razon", "razão", "razao"):
			return true
		case inSet(a, "swore", "swears", "swear") && b == "by" && !s.butAfter(i+2),
			a == "still" && inSet(b, "works", "work", "worked"),
			a == "knows" && b == "best", inSet(a, "sabían", "sabian", "sabía", "sabia") && !s.isNegator(max(i-1, 0)):
			return true
		case inSet(a, "grandmaknowsbest", "momknowsbest", "abuelaknowsbest", "oldschoolremedies"):
			return true
		case inSet(a, "we", "i") && inSet(b, "agree", "concur") && (i+2 >= len(s.toks) || s.toks[i+2].kind == tokPunct && s.toks[i+2].low != "?"),
			a == "so" && b == "true" && (i+2 >= len(s.toks) || s.toks[i+2].kind == tokPunct && s.toks[i+2].low != "?"):
			return true // "They say: ... We agree." (att20)
		case a == "rule" && inSet(b, "it", "that", "this") && i+2 < len(s.toks) && s.toks[i+2].low == "out" && i > 0 && s.negatedClose(i):
			return true // "we can't rule it out": a myth asked and left open is vouched for
		case i+2 < len(s.toks) && s.toks[i+2].kind == tokPunct && s.toks[i+2].low != "?" &&
			(inSet(a, "s", "is") && b == "true" && i > 0 && inSet(s.toks[i-1].low, "it", "that") ||
				a == "it" && inSet(b, "does", "works", "helps") && !(i > 0 && reportWords[s.toks[i-1].low]) ||
				a == "really" && inSet(b, "works", "does", "helps") && !s.whatHelpsHeading(i)):
			// "It's true!", "Honestly, it does.", "It really works!":
			// the post vouches for what it quoted. "Parents swear it
			// does," reports their belief, not the post's.
			return true
		}
	}
	return false
}

// doubleNegated reports two negations in the claim's clause that cancel:
// "nothing|no <thing> ... can't|won't <claim>" ("Ain't no infection
// colloidal silver can't knock out", "nothing a detox tea can't clear
// out") asserts the claim. An opening "No," answers, it negates nothing;
// "and", "or" or "so" between the two starts a second denial ("has no
// live virus and can't give you the flu").
func (s *scan) doubleNegated(cs int, h conceptHit) bool {
	first := -1
	for t := cs; t < h.to; t++ {
		if inParts(h.parts, t) {
			continue
		}
		w := s.toks[t].low
		if first >= 0 && predicateJoiners.has(w) {
			first = -1 // "no live virus and can't ...": a new predicate, its own denial
			continue
		}
		if first < 0 {
			if inSet(w, "nothing", "nothin", "nuthin", "no") && t+1 < len(s.toks) && s.toks[t+1].kind == tokWord {
				first = t
			}
			continue
		}
		if w == "cannot" || w == "cant" || w == "wont" || w == "t" && t > 0 && inSet(s.toks[t-1].low, "can", "won", "couldn") {
			return true
		}
	}
	return false
}

// beliefVerbs, after an opening "don't", deny what follows ("Don't believe
// anyone who says ...", "don't let anyone tell you ...").
var beliefVerbs = newWordSet([]string{"believe", "listen", "trust", "buy", "fall", "think", "worry", "let", "fear", "assume", "say", "tell"})

// adviceForMyth reports a negation at token t that opens its sentence as
// advice and gives the claim, after a comma, as its reason: "Don't get
// your flu shot when you have a cold, it'll make you sicker". The "don't"
// forbids an act; the claim after the comma stands.
func (s *scan) adviceForMyth(t int, h conceptHit) bool {
	// The clause's first word: "Reminder: don't get ...".
	start := s.sents[s.toks[t].sent].tokStart
	for k := t - 1; k >= start; k-- {
		if clauseBreak(&s.toks[k]) {
			start = k + 1
			break
		}
	}
	if s.forbiddenSubject(t, h) {
		return true
	}
	start = s.pastVocative(start, t)
	if s.toks[t].low == "t" && t == start+1 {
		t = start // "don" "t": the contraction's two tokens
	}
	if t != start || !inSet(s.toks[t].low, "don", "dont", "never") {
		return false
	}
	v := t + 1
	if v < h.to && s.toks[v].low == "t" {
		v++
	}
	if v >= h.to || s.toks[v].kind != tokWord || beliefVerbs.has(s.toks[v].low) {
		return false
	}
	last := h.from
	for _, p := range h.parts {
		last = max(last, p[0])
	}
	for k := v; k < last; k++ {
		if s.toks[k].low == "," || s.orElse(k) {
			return true
		}
	}
	return false
}

// forbiddenSubject reports a "no" right before the claim's first word
// whose reason follows after a comma or "or": "No milk when your kid has
// a cold, it makes more mucus", "Ask for no MSG, it's what gives you
// headaches". The thing is forbidden and the myth given as the reason;
// "No, milk doesn't ..." (a comma after "no") and "no link between ..."
// (another word first) stay denials (session 19, t19myth).
func (s *scan) forbiddenSubject(t int, h conceptHit) bool {
	if s.toks[t].low != "no" || t+1 != h.from {
		return false
	}
	last := h.from
	for _, p := range h.parts {
		last = max(last, p[0])
	}
	for k := h.from + 1; k < last; k++ {
		if s.toks[k].low == "," || s.orElse(k) {
			return true
		}
	}
	return false
}

// pastVocative returns the token after a short address that opens a
// clause ("Girls, don't sit on cold steps, ..."; "Kids, never ..."): up
// to three words and a comma before the negation at t. Otherwise start.
// A denial before the comma ("No, ...") is no address.
func (s *scan) pastVocative(start, t int) int {
	for k := start; k < t && k < start+4; k++ {
		switch {
		case s.toks[k].low == ",":
			if k > start && k+1 <= t {
				return k + 1
			}
			return start
		case s.toks[k].kind != tokWord || s.isNegator(k) || answerYes[s.toks[k].low] || answerNo[s.toks[k].low]:
			return start
		}
	}
	return start
}

// orElse reports an "or" at k that gives the forbidden act's consequence
// ("Don't go out with wet hair or you'll catch pneumonia", "or else"): the
// consequence is the claim, stated (session 19, t19myth).
func (s *scan) orElse(k int) bool {
	if s.toks[k].low != "or" || k+1 >= len(s.toks) {
		return false
	}
	return inSet(s.toks[k+1].low, "you", "u", "else", "they", "she", "he", "it", "your", "ya", "youll")
}

// negativeClaim reports whether the claim's own words hold a negation
// ("don't bill", "can't get pregnant").
func (s *scan) negativeClaim(h conceptHit) bool {
	for t := h.from; t < h.to; t++ {
		if inParts(h.parts, t) && s.isNegator(t) {
			return true
		}
	}
	return false
}

// askedIfTrue reports "true" at t asked about ("Is it true that ...?",
// "is that true") rather than labelling a fact (session 19, t19myth).
func (s *scan) askedIfTrue(t int) bool {
	return s.toks[t].low == "true" && t >= 2 && inSet(s.toks[t-1].low, "it", "this", "that") && s.toks[t-2].low == "is"
}

// labelBefore finds the label nearest before token to, back to token
// from: (true, true) for a myth label, (false, true) for a fact label,
// (_, false) for none. "Myth vs fact", "fact or myth" and "fact check" read
// as myth-busting headers; "not a myth" as a fact.
func (s *scan) labelBefore(to, from int) (myth, found bool) {
	for t := to - 1; t >= from; t-- {
		w := s.toks[t].low
		switch {
		case mythLabels[w] || w == "mit" && t+1 < len(s.toks) && s.toks[t+1].low == ":":
			// Polish "mit:" is a heading; "mit" alone is German "with".
			return !s.labelNegated(t), true
		case s.vietnameseLabel(t, "lầm", "tưởng"):
			// "Lầm tưởng:" (a mistaken belief) heads a myth (session 24,
			// mythheadings24.go). Denied ("Không phải lầm tưởng:", not a
			// mistaken belief) it vouches for the claim (attack24.go).
			return !s.labelNegated(t - 1), true
		case factLabels[w]:
			if s.askedIfTrue(t) {
				continue // "Is it true you only need ...?": a question, no label
			}
			if t+1 < len(s.toks) && inSet(s.toks[t+1].low, "check", "checked", "checking", "or", "vs", "versus") {
				return true, true
			}
			for k := t - 1; k >= from && k >= t-3; k-- {
				if mythLabels[s.toks[k].low] {
					return true, true // "myth vs fact", "myth or fact"
				}
			}
			return false, true
		}
	}
	return false, false
}

// mythLook is how far, in tokens, a myth's framing is looked for around
// it in its sentence: a label, a clause's start, a correction. Sentences
// are shorter; a text of one sentence of a thousand claims is not.
const mythLook = 48

// labelNegated reports "not a myth", "no myth", "isn't false".
func (s *scan) labelNegated(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if s.isNegator(k) {
			return true
		}
	}
	return false
}

// negatedBefore reports whether the phrase at tokens [from, to) is denied
// by a negation just before it in its clause: "we can't guarantee",
// "no treatment is 100% safe", "there is no such thing as risk-free". Only
// a few function words may stand between, so "don't miss our guaranteed
// results" stays a guarantee.
func (s *scan) negatedBefore(from int) bool {
	if s.warnedAgainst(from) || s.deniedBySubject(from) {
		return true
	}
	sent := s.toks[from].sent
	subject := false // a denied subject crossed: "No doctor can guarantee"
	for t := from - 1; t >= 0 && t >= from-6 && s.toks[t].sent == sent && !clauseBreak(&s.toks[t]); t-- {
		if s.isNegator(t) {
			return !subject || !s.deniedThenClaimed(from)
		}
		if negationBridge[s.toks[t].low] {
			continue
		}
		if !s.deniedSubjectBridge(t) {
			return false
		}
		subject = true
	}
	return false
}

// deniedThenClaimed reports a denial by its subject turned round a few
// words on: "No doctor can guarantee a result, but we can", "Results not
// typical or guaranteed... except at Maple" deny it of others only
// (session 17, att17).
func (s *scan) deniedThenClaimed(from int) bool {
	at := func(k int, words ...string) bool { return k < len(s.toks) && inSet(s.toks[k].low, words...) }
	sent := s.toks[from].sent
	for t := from + 1; t < len(s.toks) && t <= from+12; t++ {
		switch s.toks[t].low {
		case "except":
			return true // "... except at Maple", after an ellipsis too (each dot a sentence)
		case "but":
			if s.toks[t].sent == sent && (at(t+1, "we") && at(t+2, "can", "do", "guarantee", "guarantees") || at(t+1, "here", "at")) {
				return true // "but we can", "but here"
			}
		}
	}
	return false
}

// deniedSubjects are what a guarantee would be of, or who would make it:
// "No results guaranteed", "No doctor can guarantee an outcome" deny it
// with its subject between (session 17).
var deniedSubjects = newWordSet([]string{"result", "results", "outcome", "outcomes", "doctor", "doctors", "physician",
	"physicians", "provider", "providers", "clinic", "clinics", "typical"})

// deniedSubjectBridge reports whether token t may stand between a
// negation and the claim it denies as the claim's subject, or as the
// "typical or" of "not typical or guaranteed".
func (s *scan) deniedSubjectBridge(t int) bool {
	w := s.toks[t].low
	return deniedSubjects.has(w) || w == "or" && t > 0 && s.toks[t-1].low == "typical"
}

// warnVerbs warn readers off whoever makes a claim: "be wary of any
// clinic that guarantees weight loss", "don't believe anyone who promises
// overnight results".
var warnVerbs = map[string]bool{"wary": true, "beware": true, "avoid": true, "careful": true, "suspicious": true, "skeptical": true,
	"sceptical": true, "believe": true, "trust": true, "fall": true, "red": true}

// warnedAgainst reports whether the claim at token from is in a "who" or
// "that" clause of someone the sentence warns readers about: the post
// tells readers to distrust the claim, it does not make it. "believe" and
// "trust" count only denied ("don't believe anyone who ...").
func (s *scan) warnedAgainst(from int) bool {
	sent := s.toks[from].sent
	for t := from - 1; t >= 0 && t >= from-4 && s.toks[t].sent == sent; t-- {
		if !inSet(s.toks[t].low, "who", "that", "which") {
			continue
		}
		for k := t - 1; k >= 0 && k >= t-5 && s.toks[k].sent == sent; k-- {
			w := s.toks[k].low
			if !warnVerbs[w] {
				continue
			}
			if w == "believe" || w == "trust" || w == "fall" {
				return k > 0 && s.negatedWord(k)
			}
			return true
		}
		return false
	}
	return false
}

// negatedWord reports whether the word at k has "don't", "never" or "not"
// right before it.
func (s *scan) negatedWord(k int) bool {
	for t := k - 1; t >= 0 && t >= k-2; t-- {
		if s.isNegator(t) {
			return true
		}
	}
	return false
}

// deniedBySubject reports whether the claim at token from is said of a
// denied subject through a copula: "Nothing about braces is painless",
// "no procedure out there is risk-free".
func (s *scan) deniedBySubject(from int) bool {
	if from == 0 || !inSet(s.toks[from-1].low, "is", "are", "feels", "be") {
		return false
	}
	cs, _ := s.clauseOf(from)
	return cs < from && inSet(s.toks[cs].low, "nothing", "nobody", "none", "no")
}

// negationBridge are the words that may stand between a negation and the
// phrase it denies.
var negationBridge = map[string]bool{"is": true, "are": true, "be": true, "can": true, "could": true, "will": true, "would": true,
	"should": true, "do": true, "does": true, "did": true, "such": true, "thing": true, "as": true, "a": true, "an": true, "the": true,
	"any": true, "one": true, "way": true, "treatment": true, "treatments": true, "procedure": true, "procedures": true,
	"medicine": true, "medicines": true, "drug": true, "drugs": true, "vaccine": true, "vaccines": true, "shot": true, "shots": true,
	"promise": true, "promises": true, "ever": true, "truly": true, "really": true, "completely": true, "totally": true,
	"we": true, "i": true, "it": true, "that": true, "guarantee": true, "offer": true, "make": true, "claim": true, "say": true,
	"t": true, "ll": true, "re": true, "s": true, "always": true, "you": true, "u": true, "everything": true, "anything": true, "%": true, "100": true}

// conceptFindings returns a finding with msg and severity sev for every
// co-occurrence entry of list found in a clause and not denied there ("we
// can't promise to end pain for good" is no promise), one per span.
func (s *scan) conceptFindings(list, msg string, sev post.Severity) []post.Finding {
	var out []post.Finding
	for _, h := range s.concepts(list, nil) {
		a, b := s.span(h.from, h.to)
		if overlapsAny(out, a, b) || s.denied(h) {
			continue
		}
		f := s.finding(h.from, h.to, msg)
		f.Severity = sev
		f.Suggestion = h.p.suggestion
		out = append(out, f)
	}
	return out
}

// withoutNegated drops the findings whose phrase a negation just before it
// denies (see negatedBefore).
func (s *scan) withoutNegated(fs []post.Finding) []post.Finding {
	kept := fs[:0]
	for _, f := range fs {
		if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) && s.negatedBefore(from) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// exceptedSpan reports whether bytes [start, end) overlap a hit of list
// (an exception list: "Children's Miracle Network", "breakthrough
// infection").
func (s *scan) exceptedSpan(list string, start, end int) bool {
	for _, h := range s.hitsOf(list) {
		a, b := s.span(h.from, h.to)
		if a < end && start < b {
			return true
		}
	}
	return false
}

// askBridge are the words that may stand between a refusal and the verb
// of an ask it refuses: "please don't ever post your ...", "you should
// never need to send your ...".
var askBridge = newWordSet([]string{"please", "pls", "plz", "ever", "you", "should", "need", "to", "t"})

// askRefused reports whether the ask whose verb is token from is refused
// just before it: "Please don't share your test results", "never post
// your date of birth", "avoid sending us ...". The post tells readers not
// to do it; it invites nothing.
func (s *scan) askRefused(from int) bool {
	sent := s.toks[from].sent
	for t := from - 1; t >= 0 && t >= from-4 && s.toks[t].sent == sent && !clauseBreak(&s.toks[t]); t-- {
		if s.isNegator(t) || inSet(s.toks[t].low, "avoid", "stop") {
			return true
		}
		if !askBridge.has(s.toks[t].low) {
			return false
		}
	}
	return false
}

// offerVerbs give something in return: the verb a refusal denies in "we
// don't offer anything in exchange for reviews".
var offerVerbs = newWordSet([]string{"offer", "offers", "give", "gives", "pay", "pays", "provide", "provides", "trade", "trades",
	"swap", "exchange", "reward", "rewards", "incentivize", "incentivise", "accept", "do",
	// "We never ask for or post fake reviews": the fake review refused.
	"ask", "post", "write", "buy", "publish", "allow", "solicit"})

// offerRefused reports whether the clause before token from refuses an
// offer: a negation right before an offer verb ("we don't offer anything
// in exchange for reviews", "we never trade gifts for reviews").
func (s *scan) offerRefused(from int) bool {
	cs, _ := s.clauseOf(from)
	for t := cs; t <= from && t+1 < len(s.toks); t++ {
		if !s.isNegator(t) {
			continue
		}
		k := t + 1
		if s.toks[k].low == "ever" && k+1 < len(s.toks) {
			k++
		}
		if offerVerbs.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// claimVerbs are the verbs a myth claims with; said again after a debunk
// they re-assert it ("Not true... it cures viral ones only").
var claimVerbs = newWordSet([]string{"cause", "causes", "caused", "cure", "cures", "cured", "heal", "heals", "fix", "fixes",
	"treat", "treats", "kill", "kills", "work", "works", "clear", "clears"})

// harmAfterDo follow an emphatic "do" that says a myth's harm again: "but
// they do cause autism", "it does happen", "some kids do get autism". "they
// do prevent measles" or "they do give you a sore arm" states a fact.
var harmAfterDo = newWordSet([]string{"cause", "causes", "happen", "happens", "hurt", "hurts", "harm", "harms", "damage",
	"damages", "trigger", "triggers", "get", "ruin", "ruins"})

// emphasisAdverbs may stand between a subject and an emphatic "do":
// "they really do".
var emphasisAdverbs = newWordSet([]string{"really", "actually", "sometimes", "still", "definitely", "totally", "honestly", "truly"})

// reasserted reports a debunk undone after it: past "but", "though",
// "although", "yet" or an ellipsis, within reach of the debunk at from, a
// clause says the myth again with an emphatic "do" after its subject, at
// the clause's end or before a harm ("Not true for everyone, but it does
// happen", "... but they do cause autism", "though they really do")
// or repeats the claim's own verb (one of claim's tokens) unnegated
// ("Not true... it cures viral ones only"). "but do ask us" advises, and a
// clause with a negation ("but it doesn't cause autism") keeps the fact.
func (s *scan) reasserted(from int, claim [2]int) bool {
	end := min(len(s.toks), from+30)
	for t := from; t+1 < end; t++ {
		tk := &s.toks[t]
		ellipsis := tk.low == "…" || tk.low == "." && s.toks[t+1].low == "." && s.toks[t+1].start == tk.end
		if !ellipsis && !inSet(tk.low, "but", "though", "although", "yet") {
			continue
		}
		for k := t + 1; k < end; k++ {
			w := s.toks[k].low
			if s.isNegator(k) || s.toks[k].low == "?" || clauseBreak(&s.toks[k]) || k > t+1 && inSet(w, "but", "though", "although") {
				break
			}
			if inSet(w, "do", "does", "did") && (k+1 == end || s.toks[k+1].kind == tokPunct && s.toks[k+1].low != "?" || harmAfterDo.has(s.toks[k+1].low)) {
				p := k - 1
				for p > t && emphasisAdverbs.has(s.toks[p].low) {
					p--
				}
				if p > t && s.toks[p].kind == tokWord {
					return true
				}
			}
			if claimVerbs.has(w) {
				for c := claim[0]; c < claim[1]; c++ {
					if s.toks[c].low == w {
						return true
					}
				}
			}
		}
	}
	return false
}

// featureNo reports a "no" at token t that lists what a treatment spares
// rather than answering a claim: "no more" ("No more limping"), or one
// "no" of several before words ("No meds, no surgery, no downtime").
func (s *scan) featureNo(t, end int) bool {
	if s.toks[t].low != "no" || t+1 >= end || s.toks[t+1].kind != tokWord {
		return false
	}
	if s.toks[t+1].low == "more" {
		return true
	}
	if s.toks[t+1].low == "questions" && t+2 < end && s.toks[t+2].low == "asked" {
		return true // "No questions asked.": the offer's terms, no answer
	}
	n := 0
	for k := t; k+1 < end; k++ {
		if s.toks[k].low == "no" && s.toks[k+1].kind == tokWord {
			n++
		}
	}
	return n >= 2
}

// butAfter reports "but" within the four words from t: "your tía swears
// by it, but there's no evidence" turns the vouching down.
func (s *scan) butAfter(t int) bool {
	for k := t; k < len(s.toks) && k < t+4; k++ {
		if s.toks[k].low == "but" || s.toks[k].low == "pero" {
			return true
		}
	}
	return false
}

// rankingOnly reports an "only" at t that ranks rather than limits: "the
// only", "our only", "the area's only CDC-certified clinic". A possessive
// "'s" counts unless it is "it's", "that's" or "there's" ("it's only a
// cold" limits).
func (s *scan) rankingOnly(t int) bool {
	if t == 0 {
		return false
	}
	switch s.toks[t-1].low {
	case "the", "our":
		return true
	case "s":
		return t >= 2 && !inSet(s.toks[t-2].low, "it", "that", "there", "what", "he", "she", "who", "here", "let")
	}
	return false
}
