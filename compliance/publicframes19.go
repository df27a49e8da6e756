package compliance

import (
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// Public figures and named things told by the sentence's frame (session
// 19, t19clean). No list of public figures is complete: the star a
// practice's town is proud of ("Kurt Warner", "Dan Gable") is in no word
// list we may ship. What a post does with the name says it is public:
// a deed on the big stage ("won a Super Bowl", "put Waterloo wrestling on
// the map", "became the first Black woman to"), or an event named for
// them ("Juan Gabriel night", "Chief Kamiakin history talk"). And some
// names are things: one of a kind after "a" ("a 1964 Gibson", "one very
// nice Stetson"), a song quoted after singing ("singing 'Amor eterno'"),
// a rivalry's bet ("the Cy-Hawk bet"). None of them is a patient when
// the sentence tells no health and no patient cue, the name is not
// greeted, and it is not told as one of the practice's people ("Kurt
// Warner from our walking group"); health told in the next sentence
// about "him" or "her" makes the deed a patient's (deedCareTold).

// publicFrame reports whether p is a public figure or a named thing by
// its sentence's frame (bigStageDeed, eventNamedFor, thingByFrame,
// titledCharacter, publicSaying, lookalikeDenied, honoredOne, historyFigure), in a
// sentence that tells no health and holds no patient cue.
func (s *scan) publicFrame(p person) bool {
	if p.kind == names.Role {
		return false
	}
	// The frames are read first: they are word look-ups, and most names
	// have none.
	if !s.bigStageDeed(p) && !s.eventNamedFor(p) && !s.thingByFrame(p) && !s.titledCharacter(p) && !s.publicSaying(p) &&
		!s.lookalikeDenied(p) && !s.honoredOne(p) && !s.historyFigure(p) {
		return false
	}
	si := s.toks[p.from].sent
	return !s.cueSent[si] && !s.healthInSentence(si) && !s.greets(si) && !s.figureNearby(p) && !s.deedCareTold(si) && !s.caredForNext(si) &&
		!s.presentCareAfter22(si) // "... in 1962. She is in our care now after her stroke." (staffpassing22.go)
}

// careNextWindow bounds how far into the next sentence caredForNext
// looks: a constant, so many names before one long sentence stay linear.
const careNextWindow = 12

// careUnitWords name the people and places of a practice's care that
// healthInSentence does not count: "her oncology nurses", "in our
// cardiac unit".
var careUnitWords = newWordSet([]string{"cardiac", "unit", "icu", "ward", "nurse", "nurses", "hospice", "patient", "patients"})

// caredForNext reports whether the sentence after si goes on about one
// person ("he", "her") and ties them to care: "Proud to be his
// cardiologist for 20 years", "Her oncology nurses here will all be
// there", "Weeks ago he was in our cardiac unit" (session 19, att19).
// The deed or the event then belongs to someone the practice cares for,
// and the name keeps the warning it had before the frame.
func (s *scan) caredForNext(si int) bool {
	if si+1 >= len(s.sents) {
		return false
	}
	se := s.sents[si+1]
	end := min(se.tokEnd, se.tokStart+careNextWindow)
	pronoun, care := false, s.cueSent[si+1] || s.healthInSentence(si+1)
	for t := se.tokStart; t < end; t++ {
		w := s.toks[t].low
		pronoun = pronoun || personPronouns.has(w) || w == "him"
		// A doctor's title is a staff member's as often as anyone's
		// doctor ("Dr. Tom still has the foam finger in his office").
		care = care || careKeepers.has(w) && !inSet(w, "dr", "doctor", "doctors") || careUnitWords.has(w)
	}
	return pronoun && care
}

// deedSpan is how many tokens after a name its deed is looked for in:
// "Kurt Warner was bagging groceries at a Cedar Falls Hy-Vee before he
// won a Super Bowl" is 15.
const deedSpan = 20

// winVerbs win a prize; bigPrizes are prizes only the big stage gives,
// named by one word ("a Heisman", "Olympic gold"); bigPrizeHeads and
// bigPrizeTails make one of two words ("a Super Bowl", "the World Series",
// "the Stanley Cup", "dos Series Mundiales"). A state title or a chili
// bowl is a neighbour's.
var (
	winVerbs      = newWordSet([]string{"won", "wins", "win", "winning", "ganó", "gano", "ganaron", "ganar"})
	bigPrizes     = newWordSet([]string{"heisman", "grammy", "grammys", "oscar", "oscars", "emmy", "emmys", "pulitzer", "nobel", "pennant", "pennants", "olympic", "olympics", "wimbledon", "mvp", "mundial", "mundiales"})
	bigPrizeHeads = newWordSet([]string{"super", "world", "stanley", "grand", "national", "nba", "nfl", "wnba", "mlb", "nhl", "ncaa", "series", "serie", "copa"})
	bigPrizeTails = newWordSet([]string{"bowl", "bowls", "series", "cup", "cups", "slam", "slams", "championship", "championships", "title", "titles", "ring", "rings", "finals", "mundial", "mundiales"})
)

// firstOfGroup, after "the first", make a first in history: "the first
// Black woman to", "the first Latina in".
var firstOfGroup = newWordSet([]string{"black", "woman", "women", "female", "african", "latina", "latino", "hispanic", "native",
	"indigenous", "asian", "mexican", "chicana", "chicano", "deaf"})

// bigStageDeed reports whether p, a whole name or a name under a title of
// office or honour, does in its sentence what only the big stage sees: a
// prize it gives (winVerbs before bigPrizes), a place put on the map,
// the first of a people to do something, a hall of fame, or an
// institution founded in a year at least 15 years back.
func (s *scan) bigStageDeed(p person) bool {
	if !s.wholeName(p) && (p.kind != names.Titled || courtesyTitle.has(s.toks[p.from].low)) {
		return false
	}
	se := s.sents[s.toks[p.from].sent]
	end := min(se.tokEnd, p.to+deedSpan)
	founded := false
	for k := p.to; k < end; k++ {
		w := s.toks[k].low
		switch {
		case winVerbs.has(w) && s.bigPrizeAfter(k+1, end):
			return true
		case (w == "put" || w == "puts") && s.onTheMap(k+1, end):
			return true
		case w == "first" && k+1 < end && firstOfGroup.has(s.toks[k+1].low) && k > p.to && s.toks[k-1].low == "the":
			return true
		case w == "hall" && k+2 < end && s.toks[k+1].low == "of" && s.toks[k+2].low == "fame":
			return true
		case inSet(w, "founded", "co-founded", "cofounded", "fundó", "fundo"):
			founded = true
		}
	}
	return founded && s.yearLongAgo(se.tokStart, se.tokEnd)
}

// bigPrizeAfter reports a big-stage prize in the four tokens from k:
// "a Super Bowl", "Olympic gold", "two World Series".
func (s *scan) bigPrizeAfter(k, end int) bool {
	for t := k; t < end && t < k+4; t++ {
		w := s.toks[t].low
		if bigPrizes.has(w) || bigPrizeHeads.has(w) && t+1 < end && bigPrizeTails.has(s.toks[t+1].low) {
			return true
		}
	}
	return false
}

// onTheMap reports "on the map" within eight tokens from k, after what was
// put there ("put Waterloo wrestling on the map").
func (s *scan) onTheMap(k, end int) bool {
	for t := k; t+2 < end && t < k+8; t++ {
		if s.toks[t].low == "on" && s.toks[t+1].low == "the" && s.toks[t+2].low == "map" {
			return true
		}
	}
	return false
}

// yearLongAgo reports a year at least 15 years back between tokens from
// and to.
func (s *scan) yearLongAgo(from, to int) bool {
	for t := from; t < to; t++ {
		if w := s.toks[t].low; s.toks[t].kind == tokNumber && len(w) == 4 {
			if y, err := strconv.Atoi(w); err == nil && y >= 1000 && y <= s.d.Now.Year()-15 {
				return true
			}
		}
	}
	return false
}

// namedEventNouns, right after a whole name, make an event or a thing named
// for a public figure: "Juan Gabriel night", "the Patsy Cline tribute",
// "Tom Petty-era fans". starEventNouns are the ones said after a star's
// one name too ("Selena tribute concert", "Prince covers"): no one holds
// a tribute concert or a karaoke night for a patient by first name.
var (
	namedEventNouns = newWordSet([]string{"night", "nights", "tribute", "concert", "covers", "karaoke", "talk", "lecture", "exhibit",
		"exhibition", "festival", "fest", "documentary", "biopic", "impersonator", "impersonators", "mural", "statue", "bobblehead",
		"era", "trivia", "playlist", "songs", "album", "albums", "marathon", "museum", "memorial", "monument", "birthplace"})
	starEventNouns = newWordSet([]string{"tribute", "concert", "covers", "karaoke", "impersonator", "impersonators", "documentary",
		"biopic", "era", "playlist", "songs", "album", "albums", "museum"})
)

// eventNamedFor reports whether an event or a work named for p follows
// the name: "Juan Gabriel night", "Chief Kamiakin history talk",
// "Aaron Rodgers-era fans", "Selena tribute night". A whole name or a
// title of honour takes any of namedEventNouns, a first name alone only
// starEventNouns.
func (s *scan) eventNamedFor(p person) bool {
	t := p.to
	if t < len(s.toks) && s.toks[t].low == "-" {
		t++ // "Rodgers-era"
	}
	if t >= len(s.toks) || s.toks[t].kind != tokWord {
		return false
	}
	w, next := s.toks[t].low, ""
	if inSet(w, "history", "tribute", "appreciation") && t+1 < len(s.toks) {
		next = s.toks[t+1].low // "history talk", "tribute night"
	}
	if s.wholeName(p) || p.kind == names.Titled && !courtesyTitle.has(s.toks[p.from].low) {
		return namedEventNouns.has(w) || namedEventNouns.has(next)
	}
	return p.to-p.from == 1 && (starEventNouns.has(w) || starEventNouns.has(next))
}

// thingAdjectives stand between "a" and a named thing: "a 1964 Gibson",
// "one very nice Stetson", "a vintage Schwinn".
var thingAdjectives = newWordSet([]string{"very", "really", "nice", "shiny", "new", "old", "vintage", "classic", "used", "lovely",
	"beautiful", "big", "little", "brand", "brand-new", "genuine", "real", "gorgeous", "fancy", "red", "blue", "black", "white",
	"green", "silver", "gray", "grey"})

// rivalryNouns after a name make it a game between two sides: "the
// Cy-Hawk bet", "the Iron Bowl trophy".
var rivalryNouns = newWordSet([]string{"bet", "bets", "rivalry", "trophy", "matchup", "showdown", "game", "series"})

// singingWords, before a quoted title, sing, play or read it: "singing
// 'Amor eterno'", "the book club pick: 'Praying for Sheetrock'".
var singingWords = newWordSet([]string{"sing", "sings", "sang", "singing", "song", "songs", "hum", "humming", "hummed", "play",
	"playing", "played", "requested", "request", "reading", "read", "book", "novel", "movie", "film", "watching", "watch", "pick",
	"cantando", "canción", "cancion"})

// thingByFrame reports whether the name p is a thing: one of a kind after
// "an" or "one", or after "a" with one to three years or adjectives
// between (a person is no "a 1964 Gibson"), the opening of a quoted title just after
// a word of singing, playing or reading, or a rivalry's bet or game
// ("Cy-Hawk bet", a hyphenated name before a rivalry noun), or the place
// a deed put on the map.
func (s *scan) thingByFrame(p person) bool {
	if p.kind == names.Titled {
		return false
	}
	k := p.from - 1
	between := 0
	for ; k >= 0 && between < 3 && (s.toks[k].kind == tokNumber || thingAdjectives.has(s.toks[k].low)); between++ {
		k--
	}
	// "a" right before a name is Spanish "to" as often as English "a"
	// ("gracias a Dios y a Faith"): it needs a year or an adjective
	// between.
	if k >= 0 && p.to-p.from <= 2 && (inSet(s.toks[k].low, "an", "one") || s.toks[k].low == "a" && between > 0) {
		return true
	}
	if s.quotedTitleAt(p.from) {
		return true
	}
	if p.from > 0 && inSet(s.toks[p.from-1].low, "put", "puts") && s.onTheMap(p.to, s.sents[s.toks[p.from].sent].tokEnd) {
		return true // "put Van Meter on the map": the place put there
	}
	return p.to < len(s.toks) && rivalryNouns.has(s.toks[p.to].low) &&
		strings.Contains(s.text[s.toks[p.from].start:s.toks[p.to-1].end], "-")
}

// quotedTitleAt reports whether token t opens a quoted title (a quote
// mark right before it) that closes within six words, with a word of
// singing, playing or reading in the two words before the quote.
func (s *scan) quotedTitleAt(t int) bool {
	before := strings.TrimRight(s.text[:s.toks[t].start], " ")
	if !(strings.HasSuffix(before, "'") || strings.HasSuffix(before, "‘") || strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "“")) {
		return false
	}
	sung := false
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		sung = sung || singingWords.has(s.toks[k].low)
	}
	if !sung {
		return false
	}
	for k := t; k < len(s.toks) && k < t+7; k++ {
		rest := s.text[s.toks[k].end:]
		if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "”") {
			return true
		}
	}
	return false
}

// titledCharacters are characters and mascots everyone knows by a
// courtesy title ("Mister Rogers", "Mr. Bingle", "Mrs. Doubtfire"): a
// courtesy title before a surname is otherwise a neighbour's. Their
// words in lower case, without periods. Our own list.
var titledCharacters = map[string]bool{
	"mister rogers": true, "mr rogers": true, "mr potato head": true, "mrs potato head": true, "mr bingle": true,
	"mrs doubtfire": true, "mr clean": true, "mr peanut": true, "mrs claus": true, "mr bean": true, "miss piggy": true,
	"mr magoo": true, "mrs butterworth": true, "mr freeze": true, "mr met": true, "mr coffee": true,
	"mr miyagi": true, "mrs maisel": true, "mr incredible": true, "mrs incredible": true, "mr krabs": true,
	"mr snuffleupagus": true,
}

// titledCharacter reports whether p is one of titledCharacters.
func (s *scan) titledCharacter(p person) bool {
	if p.kind != names.Titled || !courtesyTitle.has(s.toks[p.from].low) && s.toks[p.from].low != "mister" {
		return false
	}
	var buf [48]byte
	b := buf[:0]
	for t := p.from; t < p.to && t < p.from+4; t++ {
		if s.toks[t].kind != tokWord {
			continue // the title's period
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, s.toks[t].low...)
	}
	return titledCharacters[string(b)]
}

// fameSignals in a post say it tells of public people: a legend or a
// hero, history, a motivation or words of wisdom.
var fameSignals = newWordSet([]string{"legend", "legends", "legendary", "hero", "heroes", "icon", "iconic", "history",
	"historic", "motivation", "motivational", "inspiration", "inspired", "wisdom", "wise", "quote", "quotes", "mlk", "bhm"})

// sayingVerbs tell what a public figure said or wrote.
var sayingVerbs = newWordSet([]string{"said", "says", "wrote", "writes", "taught", "dijo", "decía", "escribió"})

// publicSaying reports whether p, a whole name or a titled character,
// is quoted in a post that tells of public people (fameSignals, or the
// character itself): "Monday motivation: Pat Summitt said 'Left foot,
// right foot, breathe.'", "Mister Rogers said to look for the helpers".
// A saying in the first person ("said I was so kind") is a neighbour's
// word about the practice.
func (s *scan) publicSaying(p person) bool {
	character := s.titledCharacter(p)
	if !character && !s.wholeName(p) {
		return false
	}
	t := p.to
	if t < len(s.toks) && inSet(s.toks[t].low, "once", "famously", "always") {
		t++
	}
	if t >= len(s.toks) || !sayingVerbs.has(s.toks[t].low) {
		return false
	}
	se := s.sents[s.toks[p.from].sent]
	for k := t + 1; k < se.tokEnd; k++ {
		if firstPersonWords.has(s.toks[k].low) {
			return false
		}
	}
	return character || s.hasAny(fameSignals)
}

// lookalikeDenied reports whether p is a famous look-alike the post says
// is not here: "No, that wasn't Nikola Jokić in our lot", "Rafael Nadal
// does not work here", "Dr. Reyes? No, that's the dentist next door".
func (s *scan) lookalikeDenied(p person) bool {
	if p.from >= 2 && inSet(s.toks[p.from-1].low, "not", "t") && inSet(s.toks[p.from-2].low, "was", "is", "s", "wasn", "isn", "that", "it") {
		return true
	}
	t := p.to
	if t+2 < len(s.toks) && inSet(s.toks[t].low, "does", "doesn", "did", "didn") && inSet(s.toks[t+1].low, "not", "t") &&
		inSet(s.toks[t+2].low, "work", "practice") {
		return true
	}
	return t+1 < len(s.toks) && s.toks[t].low == "?" && inSet(s.toks[t+1].low, "no", "nope", "nah")
}

// honoredOne reports whether p's word is honored by a one-word name
// ("in honor of Prince", "tribute to Selena") at p or shortly before it, in a
// post that plays or reads the star's works ("the lobby playlist is all
// Prince"): a star by the one name the world knows.
func (s *scan) honoredOne(p person) bool {
	if p.to-p.from != 1 || !s.hasAny(worksWords) {
		return false
	}
	w := s.toks[p.from].low
	// The honor is looked for in the 16 tokens before, this mention
	// included: "In honor of Prince our lobby playlist is all Prince".
	for t := max(2, p.from-16); t <= p.from; t++ {
		if s.toks[t].low != w {
			continue
		}
		a, b := s.toks[t-2].low, s.toks[t-1].low
		if (a == "honor" || a == "honour") && b == "of" || a == "tribute" && b == "to" {
			return true
		}
	}
	return false
}
