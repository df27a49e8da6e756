package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// Advice to one person in public, session 17 (issue 11, PROF-05).
//
// A post that opens by speaking to one person others can pick out and
// then tells them what to do for their body ("Hey Lorenzo (blue hoodie)
// — your sugar ran high, cut the soda", "Whoever asked in the parents
// page about her son's cough: it sounds like croup, run a humidifier")
// answers a patient in public. The address is read from the opening
// words: a tag, a name or a title, or a singular "to the <person> who
// asked ...", "whoever posted ...", "<someone> who DM'd us ...". The
// advice is an instruction opening a clause, a reading of "your" body
// told back, or a diagnosis ("sounds like"), in a post with health in it.
// A group addressed ("Parents:", "To the families who ..."), an errand
// ("stop by the desk") and a question sent to a private line are not
// advice to one person.

// addressedCareFinding is the PROF-05 block for advice after an address.
func (s *scan) addressedCareFinding() (post.Finding, bool) {
	if s.reviewMode() || len(s.toks) < 5 {
		return post.Finding{}, false
	}
	end, ok := s.openingAddress17()
	if !ok || !s.careAfter17(end) || s.takenPrivate() {
		return post.Finding{}, false
	}
	f := s.finding(0, end, "Medical advice for one person others can recognize, in a public post. Answer them by phone, in private.")
	f.Severity = post.SeverityBlock
	f.Suggestion = "Post general advice for everyone, and call the person back."
	return f, true
}

// addressGreetings may come before the person spoken to: "Hey Lorenzo",
// "Yes, sir, ...", "Quick answer for Nyawal".
var addressGreetings = newWordSet([]string{"hey", "hi", "hello", "yes", "ok", "okay", "so", "dear", "quick", "answer", "for", "para",
	"psst", "yo", ",", "re", "reply", "to", "pro", "tip"})

// addressTitles17 speak to one person by a title or a kin word, with or
// without a name after it: "Sir, ...", "Señora, ...", "Kak Sardar",
// "Bishnu dai".
var addressTitles17 = newWordSet([]string{"sir", "ma'am", "maam", "señora", "senora", "señor", "senor", "kak", "dai", "didi", "bhai",
	"mama", "tita", "tito", "tutu", "aunty", "ate", "kuya", "mrs", "mr", "ms", "mx"})

// addressSeparators end an address: "Deb from Sturgeon Bay, ...",
// "Jerome from the barn: ...", "Hey Darnell (Titans cap) — ...".
var addressSeparators = newWordSet([]string{",", ":", "—", "–", "(", ".", "!", ";"})

// openingAddress17 reports a post that opens by speaking to one person,
// and the token that ends the address.
func (s *scan) openingAddress17() (int, bool) { return s.openingAddressFrom17(0) }

// openingAddressFrom17 is openingAddress17 read from token i0, past words
// that head a note ("Message for ...", notice20.go).
func (s *scan) openingAddressFrom17(i0 int) (int, bool) {
	i := i0
	for i < len(s.toks) && i < i0+4 && addressGreetings.has(s.toks[i].low) {
		i++
	}
	if i >= len(s.toks) {
		return 0, false
	}
	named, after := false, i+1
	switch t := s.toks[i]; {
	case t.low == "@":
		var b int
		b, named = s.repliedOrTagged17(i)
		for after < len(s.toks) && s.toks[after].start < b {
			after++ // past "@mountain.mike88"
		}
		if named {
			return after - 1, true // the tag is the address: "@trailrunner_dee your knee ..."
		}
	case t.low == "to" || t.low == "whoever" || t.low == "the" || t.low == "la" || t.low == "el":
		return s.singularCallout17(i)
	case addressTitles.has(t.low) || addressTitles17.has(t.low):
		named = i == 0 || s.toks[i-1].low != "dr"
	case t.capital && t.kind == tokWord:
		named = (s.plainFirstName(i) || s.unknownName17(i) || s.personOpensAt17(i)) && !s.isStaff(i, i+1)
	}
	if !named {
		return s.contactedOpening17(i)
	}
	// The name runs on over capitalised words and initials ("Mr. Ventura",
	// "Marcel Poirier", "Kak Sardar"); what follows it must go on
	// addressing ("from King City", "(Titans cap)", "asked in the
	// comments") and not tell about them ("Susan Butcher won ...").
	for after < len(s.toks) && after <= i+3 && (s.toks[after].low == "." && after == i+1 || s.toks[after].capital && s.toks[after].kind == tokWord) {
		after++
	}
	if after >= len(s.toks) || !addressSeparators.has(s.toks[after].low) && !addressTitles17.has(s.toks[after].low) &&
		!contactVerbs17.has(s.toks[after].low) && !inSet(s.toks[after].low, "from", "in", "at", "on", "dm") {
		return 0, false
	}
	for k := after; k < len(s.toks) && k <= i+16; k++ {
		w := s.toks[k].low
		if w == "s" && k > 0 && inSet(s.toks[k-1].low, "'", "’") || inSet(w, "says", "said", "reminds", "wants", "here") {
			return 0, false // "Coach Rivera's tip: ...", "Jenna says: ...": a staff voice
		}
		if addressSeparators.has(w) && !(w == "." && k == i+1) {
			return k, true
		}
	}
	return 0, false
}

// repliedOrTagged17 reports an account tagged at token i (the "@") that
// is not the practice's own.
func (s *scan) repliedOrTagged17(i int) (int, bool) {
	if i+1 >= len(s.toks) || s.toks[i+1].start != s.toks[i].end {
		return 0, false
	}
	a := s.toks[i+1].start
	b := a
	for b < len(s.text) && (isWordByte(s.text[b]) || (s.text[b] == '.' && b+1 < len(s.text) && isWordByte(s.text[b+1]))) {
		b++
	}
	if b == a || s.c.allow.handles[lowerASCII(s.text[a:b])] {
		return 0, false
	}
	return b, true
}

// personOpensAt17 reports a person the name finder reads at token i:
// "Marcel Poirier, ...".
func (s *scan) personOpensAt17(i int) bool {
	for _, p := range s.people() {
		if p.from == i && p.name == i {
			return true
		}
	}
	return false
}

// unknownName17 reports a capitalised word no word or name list holds
// ("Nyawal", "Bishnu"), followed by a separator, a title or "from": a
// name the data lacks.
func (s *scan) unknownName17(i int) bool {
	t := s.toks[i]
	if len(t.low) < 3 || names.First(t.low) != 0 || names.IsWord(t.low) || notPlaces[s.text[t.start:t.end]] || s.community(i, i+1) {
		return false
	}
	if i+1 >= len(s.toks) {
		return false
	}
	// A word no list holds before a comma is often an interjection
	// ("Dang, ...") or a misspelling ("Hydrat."): a name only when the
	// post speaks to "you".
	n := s.toks[i+1].low
	return (inSet(n, ",", ":", "—", "(") || addressTitles17.has(n) || inSet(n, "from", "in")) && s.hasAny(personWords)
}

// singularCallout17 reads "To the roofer with the nail ...:", "Whoever
// posted in the moms group ...:", "Para la señora que me preguntó ...:":
// one person singled out, up to the colon. A plural ("To the parents who
// ...") speaks to a group.
func (s *scan) singularCallout17(i int) (int, bool) {
	for k := i + 1; k < len(s.toks) && k <= i+25; k++ {
		w := s.toks[k].low
		if w == ":" || w == "—" {
			return k, k > i+2 && s.singularBefore17(i, k)
		}
		if w == "." || w == "!" || w == "?" {
			return 0, false
		}
	}
	return 0, false
}

// singularBefore17 reports whether the address between tokens i and end
// names one person: "whoever", or a singular noun before "who", "que",
// "with", "at", "in", "from" or "we".
func (s *scan) singularBefore17(i, end int) bool {
	if s.toks[i].low == "whoever" {
		return true
	}
	for k := i + 1; k < end; k++ {
		if !inSet(s.toks[k].low, "who", "que", "with", "at", "in", "from", "on") {
			continue
		}
		n := s.toks[k-1].low
		plural := strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || calloutPlurals17.has(n)
		return !plural && s.toks[k-1].kind == tokWord && !inSet(n, "the", "la", "el")
	}
	return false
}

// calloutPlurals17 are groups whose plural has no "s" at its end.
var calloutPlurals17 = newWordSet([]string{"people", "folks", "everyone", "everybody", "anyone", "men", "women", "children", "ppl", "crowd"})

// contactVerbs17 say the person spoken to asked or told the practice
// something: "Kenji ... asked about his knee in the comments".
var contactVerbs17 = newWordSet([]string{"asked", "dm'd", "dmed", "dm’d", "messaged", "posted", "commented", "tagged", "emailed", "texted",
	"preguntó", "pregunto", "escribió", "comentó"})

// contactedOpening17 reads an opening that names no one by a list but
// says they contacted the practice: "Savannah State cadet who DM'd us
// about chest pain: ...", "Kenji from the wrestling team asked about his
// knee in the comments: ...". It returns the token ending the address.
func (s *scan) contactedOpening17(i int) (int, bool) {
	contacted := false
	for k := i; k < len(s.toks) && k <= i+20; k++ {
		w := s.toks[k].low
		if w == "dm" && k+1 < len(s.toks) && s.toks[k+1].low == "d" {
			w = "dm'd" // "who DM'd us": the apostrophe splits the word
		}
		if contactVerbs17.has(w) && k > i {
			prev := s.toks[k-1].low
			// "who DM'd", "Kenji ... asked": someone did; "we asked" is the practice.
			// "the cadet who DM'd us", "Deb, since you asked ...:"; "no
			// questions asked" and "we asked" are no one contacting us.
			contacted = inSet(prev, "who", "que", "whoever") || prev == "you" && k >= 2 && inSet(s.toks[k-2].low, "since", "as")
		}
		if w == ":" || w == "—" {
			return k, contacted && k <= i+20
		}
		if w == "." && contacted {
			return k, true
		}
		if w == "." || w == "!" || w == "?" {
			return 0, false
		}
	}
	return 0, false
}

// careVerbs17 tell someone what to do for their body, opening a clause.
var careVerbs17 = newWordSet([]string{"stop", "cut", "take", "ice", "soak", "finish", "start", "keep", "skip", "rinse", "roll", "double",
	"hydrate", "ditch", "rest", "elevate", "apply", "avoid", "quit", "switch", "wear", "recheck", "re-check", "push", "snip", "wash",
	"tómese", "tomese", "tome", "tómelo", "deje", "déjela", "déjelo", "póngase", "póngale", "dele", "déle", "toma", "deja"})

// clauseOpeners may come just before an instruction: "yeah just double
// up", "and finish the Keflex", "please no more".
var clauseOpeners = newWordSet([]string{"and", "then", "just", "yeah", "yes", "please", "pls", "so", "now", "y", "sí", "si", "not",
	"don't", "dont", "never", "also", "maybe", "sir", "ma'am", "babe", "bud", "hun"})

// readingVerbs17 after "your <body>" tell a reading or a verdict: "your
// pressure was high", "your knee is just IT band".
var readingVerbs17 = newWordSet([]string{"was", "is", "isn't", "isn", "ran", "sounds", "looks", "won't", "won", "of", "being", "needs"})

// careAfter17 reports health advice for the person after the address
// that ends at token end: an instruction opening a clause, "your <body>"
// with a reading, or a diagnosis, in a post with health in it.
func (s *scan) careAfter17(end int) bool {
	if len(s.healthHits()) == 0 && !s.hasAny(saludWords) && !s.hasAny(bodyReadings17) {
		return false
	}
	for k := end + 1; k < len(s.toks) && k <= end+60; k++ {
		w := s.toks[k].low
		prev := s.toks[k-1].low
		if prev == "t" && k >= 2 && inSet(s.toks[k-2].low, "don", "dont") {
			prev = "don't" // "don't mix": the apostrophe splits the word
		}
		needTo := prev == "to" && k >= 2 && inSet(s.toks[k-2].low, "need", "needs", "have", "gotta") // "u need to ice that ankle"
		if careVerbs17.has(w) && (k == end+1 || addressSeparators.has(prev) || prev == ")" || clauseOpeners.has(prev) || needTo) &&
			!(k+1 < len(s.toks) && inSet(s.toks[k+1].low, "by", "in", "blaming", "calling", "asking", "over")) {
			return true
		}
		if inSet(w, "your", "ur", "su") && s.readingAfter17(k) {
			return true
		}
		if w == "sounds" && k+1 < len(s.toks) && s.toks[k+1].low == "like" {
			return true
		}
	}
	return false
}

// bodyReadings17 are parts of the body and readings the health data
// leaves out as everyday words: "your pressure was high", "ice that
// ankle", "his chest tightness".
var bodyReadings17 = newWordSet([]string{"pressure", "sugar", "sugars", "bp", "a1c", "potassium", "cholesterol", "knee", "knees",
	"ankle", "ankles", "shoulder", "hip", "leg", "legs", "thumb", "finger", "wrist", "elbow", "foot", "feet", "back", "neck", "chest",
	"sting", "bite", "rash", "cough", "fever", "burn", "cut", "sprain", "shin", "tightness", "swelling", "swollen", "stitches", "splinter",
	"palm", "hand", "toe"})

// readingAfter17 reports "your" at token k followed by a health word and a
// reading: "your sugar was 310", "your baby's rash sounds like eczema".
func (s *scan) readingAfter17(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if !s.healthStartsAt(j) && !s.inHealth(j) && !saludWords.has(s.toks[j].low) && !bodyReadings17.has(s.toks[j].low) {
			continue
		}
		for r := j + 1; r < len(s.toks) && r <= j+3; r++ {
			if readingVerbs17.has(s.toks[r].low) {
				return true
			}
		}
	}
	return false
}

// blocksAny reports whether any of fs blocks.
func blocksAny(fs []post.Finding) bool {
	for _, f := range fs {
		if f.Severity == post.SeverityBlock {
			return true
		}
	}
	return false
}
