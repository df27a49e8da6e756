package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// Attacks on session 27's checklist changes (issue 11, att27): where a new
// exception let a patient through, the exception is narrowed here.

// illnessWordNot27 reports whether the everyday illness word at words[i]
// of a review (reviewIllness27: "sick", "ill", "flu", "fever", "virus",
// "cold", "bug") names no illness: "sick of waiting", "ill-mannered", "a
// flu shot", "cabin fever", "a cold waiting room", "a bug in your app",
// "the portal got a virus". Said back as "under the weather" to such a
// review, the illness is the practice's own knowledge of the reviewer, as
// before t27reply (a REV-01 block).
func illnessWordNot27(words []string, i int) bool {
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch words[i] {
	case "sick":
		return next == "of" // "sick of waiting"
	case "ill":
		return len(next) > 3 && strings.HasSuffix(next, "ed") // "ill-mannered", "ill-prepared"
	case "flu":
		return vaccineWords.has(next) || inSet(next, "clinic", "clinics", "season", "line", "drive") // "a flu shot", "the flu clinic"
	case "fever":
		return i > 0 && inSet(words[i-1], "cabin", "spring", "baby") // "cabin fever"
	case "cold":
		// "a cold waiting room", "bad cold coffee": cold before a noun is
		// the room's; the illness ends its phrase or goes on with a verb
		// or a linking word ("a cold that wouldn't quit", "my cold was awful").
		return next != "" && !coldFollows27.has(next) && isLetters27(next)
	case "virus", "bug":
		for k := i - 4; k <= i+4; k++ {
			if k >= 0 && k < len(words) && techWords27.has(words[k]) {
				return true // "a bug in your booking app", "your portal got a virus"
			}
		}
	}
	return false
}

// reviewCondition27 reports whether the review tells an illness the
// health lexicon reads: a condition, not a procedure or a medicine ("Waited
// an hour for a flu shot" told no illness; reviewHealth reads any health
// detail), and not a word illnessWordNot27 reads as none ("sick of
// waiting", "ill-mannered", "bad cold coffee").
func (s *scan) reviewCondition27() bool {
	words, hits := s.reviewWords23()
	for _, h := range hits {
		if h.Cat != health.Condition {
			continue
		}
		none := false
		for k := h.From; k < h.To && k < len(words); k++ {
			none = none || illnessWordNot27(words, k)
		}
		if !none {
			return true
		}
	}
	return false
}

// coldFollows27 may follow "a cold" or "my cold" that is an illness.
var coldFollows27 = newWordSet([]string{"and", "that", "which", "for", "since", "last", "this", "so", "but", "or", "was", "is",
	"got", "turned", "went", "wouldn", "won", "would", "had", "has", "with", "in", "i", "the", "all", "going", "from", "over",
	"then", "when", "after", "before", "on", "at", "to", "into", "lasted", "kept", "just", "too", "s", "y", "pero"})

// techWords27 name a machine, a site or a line: what has a bug or a virus
// in a review of the office.
var techWords27 = newWordSet([]string{"app", "apps", "portal", "website", "site", "web", "online", "computer", "computers", "system",
	"software", "booking", "login", "email", "phone", "phones", "laptop", "link", "page", "kiosk", "tablet", "texts", "text"})

// isLetters27 reports whether w is a word of letters (no punctuation).
func isLetters27(w string) bool {
	for _, r := range w {
		if !('a' <= r && r <= 'z' || r >= 0x80) {
			return false
		}
	}
	return w != ""
}

// wordBefore27 reports whether token t has a word before it in its own
// sentence. A foreign opener (foreignOpener27: "Dale un abrazo", "Manda
// um beijo") opens its sentence or follows a mark ("¡Gracias, dale
// saludos!"); after an English word it is the name it is in English:
// "Give Dale un abrazo from all of us", "Tell Dale gracias for the
// tamales", "Un abrazo para Dale el jueves" (REV-02 block, as before
// t27reply).
func (s *scan) wordBefore27(t int) bool {
	return t > 0 && s.toks[t-1].sent == s.toks[t].sent && s.toks[t-1].kind == tokWord
}

// stockRecipient27 reports whether the vaccine told as stock at tokens
// ending at end goes, later in its sentence, to a person: "the COVID
// booster was delivered to Mr. Jones at his bedside", "the shingles
// vaccine is ready for Mrs. Ortiz", "has arrived for your son", "are now
// available for you". A shipment for one person is that person's shot
// (PRIV-10 block, as before t27clean); "for everyone", "to our Elm St
// office", "at both offices" stay stock.
func (s *scan) stockRecipient27(end int) bool {
	if end >= len(s.toks) {
		return false
	}
	si := s.toks[end].sent
	for j := end; j < len(s.toks) && s.toks[j].sent == si && j < end+12; j++ {
		if !inSet(s.toks[j].low, "to", "for", "para", "pra") {
			continue
		}
		for k := j + 1; k < len(s.toks) && k < j+7 && s.toks[k].sent == si; k++ {
			tk := s.toks[k]
			switch {
			case recipientWords27.has(tk.low):
				return true // "for you", "to her", "for your son", "para usted"
			case tk.kind == tokWord && tk.capital && !stockPlaceAfter27(s, k):
				return true // "to Mr. Jones", "for Mrs. Ortiz", "to 92-year-old Ruth Hall"
			case tk.kind == tokNumber, inSet(tk.low, "year", "years", "old", "-", "mr", "mrs", "ms", "miss", "little", "baby"):
				continue // "92-year-old", "little"
			}
			break
		}
	}
	return false
}

// recipientWords27 after "for" or "to" make a person the one the vaccine
// is for.
var recipientWords27 = newWordSet([]string{"you", "your", "him", "her", "his", "them", "their", "u", "ur", "usted", "ustedes",
	"ti", "su", "sus", "tu", "tus", "você", "vocês"})

// stockPlaceAfter27 reports whether the capitalized word at k is a place's
// or a program's name: "to our Elm St office", "for Medicare patients",
// "at the Elm Street office".
func stockPlaceAfter27(s *scan, k int) bool {
	if inSet(s.toks[k].low, "medicare", "medicaid", "vfc", "walk", "all", "everyone", "our", "the") {
		return true
	}
	for j := k + 1; j < len(s.toks) && j < k+4 && s.toks[j].sent == s.toks[k].sent; j++ {
		if inSet(s.toks[j].low, "office", "offices", "clinic", "clinics", "st", "street", "ave", "avenue", "campus", "location",
			"site", "center", "pharmacy", "school", "schools", "county", "patients", "families", "residents") {
			return true
		}
		if !s.toks[j].capital && s.toks[j].low != "." {
			break
		}
	}
	return false
}

// followUpNotCare27 reports whether the follow-up at token m ("follow
// up" or "followup", read by visitForCare27 as one's own care) is the
// office's business: "stopped by for a follow-up meeting about the coffee
// cart", "for a follow-up call with our office manager", "for a follow-up
// about the parking lot break-in", "for a follow up on the catering
// order". A follow-up on one's own ("on his knee") and one told alone or
// as a visit ("for his follow-up", "a follow-up visit") stay care.
func (s *scan) followUpNotCare27(m, end int) bool {
	n := m + 1
	if s.toks[m].low == "follow" {
		n++
	}
	if n >= end || s.toks[n].kind != tokWord {
		return false
	}
	w := s.toks[n].low
	if w != "on" && w != "with" {
		return followUpBusiness27.has(w)
	}
	if n+1 >= end {
		return false
	}
	next := s.toks[n+1].low
	switch {
	case possessiveWords.has(next) || followUpCarers27.has(next):
		return false // "on his knee", "with Dr. Patel"
	case next == "our" && n+2 < end && followUpCarers27.has(s.toks[n+2].low):
		return false // "with our nurse practitioner"
	case next == "the":
		return w == "on" && n+2 < end && !s.healthStartsAt(n+2) // "on the catering order"; not "on the wound"
	}
	return true // "with our office manager", "on Friday's delivery"
}

// followUpCarers27 after "follow-up with" make it a visit.
var followUpCarers27 = newWordSet([]string{"dr", "doctor", "doc", "nurse", "np", "pa", "provider", "surgeon", "specialist"})

// followUpBusiness27 after "follow-up" make it the office's business.
var followUpBusiness27 = newWordSet([]string{"meeting", "meetings", "call", "calls", "email", "emails", "letter", "talk", "chat",
	"walkthrough", "walk", "about", "regarding", "re", "interview", "story", "article", "piece", "inspection", "training",
	"session", "order", "donation", "tour", "drill", "question", "questions", "survey", "report", "presentation"})

// tellsNamed27 reports whether the name at token from is the one told or
// given something ("We told Rosa the dog scratch should heal", "We gave
// Jorge the cat scratch fever results"): "<name> the <animal>" after
// such a verb is the person and what they were told of, not a pet's name
// (petByBreed27, pets27.go).
func (s *scan) tellsNamed27(from int) bool {
	return from > 0 && s.toks[from-1].sent == s.toks[from].sent && tellVerbs27.has(s.toks[from-1].low)
}

// tellVerbs27 take a person and then what they are told or given.
var tellVerbs27 = newWordSet([]string{"told", "tell", "tells", "gave", "give", "gives", "showed", "show", "shows", "sent", "send",
	"handed", "hand", "asked", "ask", "reminded", "remind", "taught", "teach", "wished", "wish", "promised", "let"})
