package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// One person pointed at (session 18, t18ident). A notice may name no one
// and still speak to one person: "whoever from the 98948 zip code",
// "the one who", "to the family on Fort Road just past the crossing",
// "the night-shift loader at the plant knows who he is", "the Roy Farms
// hand who got the booster". The place, the road or the shift picks that
// person out for everyone who lives or works there, and the care the
// notice tells (a sample, a device, stitches, an accident, a result) is
// theirs (Safe Harbor B and R; issue 11, identifier family). Without
// care it is a lost-and-found or a road notice; without someone pointed
// at, a ZIP code or a shift is a program's area or a group thanked.

// pointedCareWords are care one person has that the health lexicon does
// not count as theirs: a device lent, a sample given, a referral, a
// wound dressed, an accident at work.
var pointedCareWords = newWordSet([]string{"holter", "cpap", "bipap", "nebulizer", "concentrator", "oxygen", "sample", "specimen",
	"referral", "stitches", "sutures", "staples", "crutches", "wheelchair", "accident", "injury", "injured", "burn", "burns", "sting",
	"pain", "followup", "lactation", "prenatal"})

// pointedCare reports whether sentence si tells care one person has:
// what noticeCare reads, pointedCareWords, or a follow-up ("missed his
// heart follow-up").
func (s *scan) pointedCare(si int) bool {
	if s.noticeCare(si) || s.sentenceHasWord(si, pointedCareWords) {
		return true
	}
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if s.toks[t].low != "follow" {
			continue
		}
		n := t + 1
		if s.toks[n].low == "-" && n+1 < se.tokEnd {
			n++
		}
		if s.toks[n].low == "up" {
			return true
		}
	}
	return false
}

// careNear reports whether sentence si or the next tells one person's
// care: a notice's head, then its body ("... knows who he is. Your CPAP
// is in").
func (s *scan) careNear(si int) bool {
	return s.pointedCare(si) || si+1 < len(s.sents) && s.pointedCare(si+1)
}

// workerNouns are one person told by the work they do: "the Roy Farms
// hand", "the night-shift loader".
var workerNouns = newWordSet([]string{"hand", "worker", "picker", "packer", "foreman", "forewoman", "supervisor", "driver", "trucker",
	"mechanic", "welder", "operator", "cashier", "clerk", "guard", "cook", "dishwasher", "janitor", "custodian", "lineman", "milker",
	"irrigator", "sorter", "loader", "machinist", "bartender", "waitress", "waiter", "mayordomo", "tractorista"})

// addressedPeople, a few words after "To the" opening a notice, make it
// speak to one person or household: "To the family on Fort Road".
var addressedPeople = newWordSet([]string{"family", "neighbor", "neighbour", "gentleman", "lady", "man", "woman", "guy", "gal", "fella",
	"sir", "resident", "couple", "mom", "dad", "mama", "papa", "grandma", "grandpa", "abuela", "abuelo", "owner"})

// shiftKinds before "shift" name one crew: "the night shift", "swing
// shift".
var shiftKinds = newWordSet([]string{"night", "day", "swing", "graveyard", "overnight", "morning", "evening", "early", "late"})

// streetSuffixes after a capitalized word make a road: "Fort Road",
// "Birch Ave".
var streetSuffixes = newWordSet([]string{"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "highway",
	"hwy", "way", "drive", "court", "ct", "pike"})

// singleOnes in a sentence with a shift make it about one of the crew:
// "'Güero' from the night shift ... his stitches".
var singleOnes = newWordSet([]string{"he", "she", "his", "her", "him", "friend", "guy", "lady", "man", "woman", "buddy", "compa"})

// pointedTries bounds the sentences pointedOnes asks careNear about.
const pointedTries = 8

// mayPoint reports whether the text may hold one of pointedOnes' shapes:
// a cue word ("whoever", "who", "shift") or a worker, a sentence opening
// "To the", or a person word with a five-digit number in the text. Most
// posts have none and are asked nothing more.
func (s *scan) mayPoint() bool {
	// Four look-ups in the word index, then the one pass over the
	// text's words that the workers need.
	if s.hasWord("whoever", "quienquiera", "who", "shift") || s.hasAny(workerNouns) {
		return true
	}
	for _, se := range s.sents {
		for t := se.tokStart; t < se.tokEnd && t <= se.tokStart+1; t++ {
			if s.toks[t].low == "to" && t+1 < se.tokEnd && s.toks[t+1].low == "the" {
				return true
			}
		}
	}
	for i := range s.toks {
		if s.toks[i].kind == tokNumber && len(s.toks[i].low) == 5 {
			return s.hasAny(zipPeople) // a person beside a ZIP code
		}
	}
	return false
}

// pointedOnes finds notices that point at one unnamed person by a place
// or a workplace and tell their care (PRIV-14 block).
func (s *scan) pointedOnes() []post.Finding {
	if !s.mayPoint() {
		return nil
	}
	var out []post.Finding
	tries := 0
	for si := range s.sents {
		cue, at, shift, single, place := -1, -1, -1, false, -1
		se := s.sents[si]
		for t := se.tokStart; t < se.tokEnd; t++ {
			switch w := s.toks[t].low; {
			case (w == "whoever" || w == "quienquiera") && s.pastDeed(t+1, se.tokEnd):
				cue = t // "whoever sent...", not "whoever needs a ride"
			case w == "one" && t > se.tokStart && s.toks[t-1].low == "the" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "who", "that") && s.pastDeed(t+2, se.tokEnd):
				cue = t - 1 // "the one who left..."
			case w == "who" && t > se.tokStart && inSet(s.toks[t-1].low, "know", "knows", "knew"):
				cue = t - 1 // "knows who he is", "you know who you are"
			case zipPeople.has(w) && s.zipNextTo(t, se.tokStart, se.tokEnd):
				cue = t // "Patient in 93706 who called", "ZIP 68776 mom of twins"
			case w == "to" && t <= se.tokStart+1 && t+1 < se.tokEnd && s.toks[t+1].low == "the" &&
				(s.tokensHaveWord(t+2, min(t+7, se.tokEnd), addressedPeople) || s.tokensHaveWord(t+2, min(t+7, se.tokEnd), workerNouns)):
				cue = t // "To the family on Fort Road"
			case workerNouns.has(w) && s.workplaceWorker(t, se.tokStart, se.tokEnd):
				at = t
			case w == "shift" && s.shiftAt(t, se.tokStart):
				shift = t
			case singleOnes.has(w) || s.quotedName(t):
				single = true
			}
			if place < 0 && s.placeAt(t, se.tokEnd) {
				place = t
			}
		}
		// from and to span the one pointed at and what points at them.
		from, to := -1, -1
		switch {
		case cue >= 0 && (place >= 0 || shift >= 0):
			from, to = cue, max(place, shift) // "Whoever from the 98948 zip code"
		case at >= 0:
			from, to = at, at // "The Roy Farms hand who got..."
		case shift >= 0 && single:
			from, to = shift, shift // "'Güero' from the Washington Fruit night shift"
		}
		if from < 0 {
			continue
		}
		// careNear walks the text's health words: asked of a few
		// sentences only, so that a text of many notices stays linear.
		if tries++; tries > pointedTries || !s.careNear(si) {
			continue
		}
		from, to = min(from, to), max(from, to)
		f := s.finding(from, to+1, "This notice names no one, but the place, road or workplace it gives picks out the one person it speaks to, and it tells their care.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Reach the person privately; leave the place and the care out."
		out = append(out, f)
	}
	return out
}

// workplaceWorker reports whether the worker noun at token t is one
// person told by where they work: a capitalized name before it ("the Roy
// Farms hand who") with "who" after, or a workplace after it ("the pit
// foreman at Keetac", "the loader from the Pepsi plant").
func (s *scan) workplaceWorker(t, start, end int) bool {
	if t+1 >= end || !s.definiteBefore(t, start) {
		return false // "a crossing guard at the school": one of many
	}
	next := s.toks[t+1].low
	if next == "who" && t-1 >= start && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && t-1 > start {
		return true
	}
	if next != "at" && next != "from" {
		return false
	}
	n := t + 2
	if n < end && s.toks[n].low == "the" {
		n++
	}
	return n < end && s.toks[n].capital && s.toks[n].kind == tokWord
}

// shiftAt reports whether "shift" at token t is a crew's ("night shift",
// "night-shift").
func (s *scan) shiftAt(t, start int) bool {
	k := t - 1
	if k >= start && s.toks[k].low == "-" {
		k--
	}
	return k >= start && shiftKinds.has(s.toks[k].low)
}

// quotedName reports whether token t is a capitalized word in quotes: a
// nickname ("'Güero'").
func (s *scan) quotedName(t int) bool {
	tk := &s.toks[t]
	if !tk.capital || tk.kind != tokWord || tk.start == 0 {
		return false
	}
	switch s.text[tk.start-1] {
	case '\'', '"':
		return true
	}
	return tk.start >= 3 && (s.text[tk.start-3:tk.start] == "‘" || s.text[tk.start-3:tk.start] == "“")
}

// placeAt reports whether token t starts a locator that picks out a home
// or a person: a five-digit ZIP code that is not the practice's, a road
// ("Fort Road", "Atkinson St"), or a landmark on one ("just past the
// crossing", "across from the grain elevator").
func (s *scan) placeAt(t, end int) bool {
	tk := &s.toks[t]
	switch {
	case tk.kind == tokNumber && len(tk.low) == 5:
		return !s.c.allow.address(tk.low)
	case tk.capital && tk.kind == tokWord && t+1 < end && streetSuffixes.has(s.toks[t+1].low):
		return !s.c.allow.address(s.text[tk.start:s.toks[t+1].end])
	case tk.low == "past" && t > 0 && inSet(s.toks[t-1].low, "just", "right"):
		return true
	case tk.low == "across" && t+1 < end && s.toks[t+1].low == "from":
		return true
	case inSet(tk.low, "labeled", "labelled", "marked") && t+1 < end && (s.toks[t+1].kind == tokPunct || s.toks[t+1].capital || quoteAt(s.text, tk.end+1)):
		return true // "the sample labeled 'Ramirez 53204'": a name or a date on it
	case vehicleWords.has(tk.low) && s.colourBefore(t):
		return true // "whoever drove the silver Chevy Silverado"
	case tk.low == "crossing" || tk.low == "marker" && t > 0 && s.toks[t-1].low == "mile":
		return true
	}
	return false
}

// pastDeeds, after "whoever" or "the one who", say the notice is about
// one deed done ("whoever sent...", "the one who left..."), not anyone
// who may need something ("whoever needs a ride").
var pastDeeds = newWordSet([]string{"from", "left", "sent", "lost", "forgot", "dropped", "was", "got", "brought", "drove", "parked",
	"came", "had", "took", "called", "texted", "emailed", "messaged", "mailed", "asked", "wrote", "did", "dm", "dmed"})

// pastDeed reports whether token t (before end) is one of pastDeeds or
// another verb in -ed.
func (s *scan) pastDeed(t, end int) bool {
	if t >= end || s.toks[t].kind != tokWord {
		return false
	}
	w := s.toks[t].low
	return pastDeeds.has(w) || len(w) > 4 && w[len(w)-2:] == "ed"
}

// zipPeople next to a ZIP code make it one person's: "Patient in 93706",
// "Friend in 92250", "ZIP 68776 mom of twins".
var zipPeople = newWordSet([]string{"patient", "pt", "friend", "neighbor", "neighbour", "mom", "dad", "mama", "papa", "lady", "guy",
	"man", "woman", "gentleman", "grandma", "grandpa", "widow", "widower", "family"})

// zipNextTo reports whether the person word at token t has a five-digit
// ZIP code right after it ("patient in 93706", "friend from 92250") or
// right before it ("68776 mom of twins").
func (s *scan) zipNextTo(t, start, end int) bool {
	zip := func(k int) bool {
		return k >= start && k < end && s.toks[k].kind == tokNumber && len(s.toks[k].low) == 5 && !s.c.allow.address(s.toks[k].low)
	}
	if t+2 < end && inSet(s.toks[t+1].low, "in", "from", "of") && zip(t+2) {
		return true
	}
	return zip(t - 1)
}

// colourBefore reports whether one of the three words before token t is a
// colour: "the silver Chevy Silverado".
func (s *scan) colourBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if colourWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// quoteAt reports whether a quotation mark opens at byte i of text.
func quoteAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c == '\'' || c == '"' {
		return true
	}
	return strings.HasPrefix(text[i:], "‘") || strings.HasPrefix(text[i:], "“")
}

// definiteBefore reports whether "the" (or "that") stands within five
// tokens before the worker noun at t, with no "a" or "an" nearer: "the
// night-shift pit foreman", not "a crossing guard".
func (s *scan) definiteBefore(t, start int) bool {
	for k := t - 1; k >= start && k >= t-5; k-- {
		switch s.toks[k].low {
		case "the", "that":
			return true
		case "a", "an", "one", "any", "every":
			return false
		}
	}
	return false
}
