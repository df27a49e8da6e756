package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
)

// Public figures no list holds, told by what a post does with them (issue
// 11, false alarms): honored in a history or heritage month ("Hispanic
// Heritage Month ✨ shoutout to Dr. Helen Rodríguez-Trías, pediatrician +
// public health legend"), or read ("our book swap has lots of Stephen King
// and Agatha Christie"). A patient is neither honored by a month nor
// shelved; with a health detail in the sentence neither cue counts.

// observanceWords, before "month", name a month that honors figures of
// history; an awareness month ("Breast Cancer Awareness Month") is about
// an illness and its survivors, so it is not one.
var observanceWords = newWordSet([]string{"history", "heritage", "pride"})

// worksWords are what authors, singers and actors make.
var worksWords = newWordSet([]string{"book", "books", "novel", "novels", "author", "authors", "library", "reading", "read",
	"song", "songs", "album", "albums", "playlist", "movie", "movies", "film", "films", "poem", "poems", "poetry", "shelf",
	"paperbacks", "paperback", "westerns", "mysteries", "records", "vinyl"})

// honoredOrRead reports whether p, named by a whole or titled name, is a
// public figure a history or heritage month honors, or an author whose
// works the post shelves ("lots of Louis L'Amour", "books by Toni
// Morrison"), in a sentence with no health detail.
func (s *scan) honoredOrRead(p person, sentHealth bool) bool {
	if sentHealth || p.kind == names.Role || s.presentCareAfter22(s.toks[p.from].sent) {
		return false // "... She is in our care now after her stroke." (staffpassing22.go)
	}
	if s.quotedWork(p) || s.sayingOf(p) || s.kingOfHisDay(p) || s.onceSaid(p) || s.shownOrQuoted(p) || s.jokeTakenBack(p) || s.fanPoll(p) || s.toldAsFamous(p) {
		return true
	}
	if (p.kind == names.FullName || p.kind == names.Titled && !courtesyTitle.has(s.toks[p.from].low)) && p.from > 0 &&
		commemorate.has(s.toks[p.from-1].low) && !s.patientCue(s.toks[p.from].sent) && !s.recentYear(s.toks[p.from].sent) {
		// "We honor Chester Nez and every Code Talker who served", "Today
		// we remember Chief Charlo": a whole name honored on its day, in a
		// sentence with no health detail (asked above). "Honoring Mr.
		// Hnatyuk, 1931–2026" is a neighbour's memorial: a courtesy title
		// or a recent year is no figure of history.
		return true
	}
	if s.historyMonthHeads(s.toks[p.from].sent) {
		// "Black History Month: Carter G. Woodson worked in the coal
		// mines": the month's header opens the sentence that names them,
		// by whatever part of the name was found.
		return true
	}
	if (p.kind != names.FullName && p.kind != names.Titled) || p.to-p.name < 2 && p.kind == names.FullName {
		return false
	}
	month, works := s.observanceAndWorks()
	if month {
		return true
	}
	if works && p.from > 0 && p.kind == names.FullName {
		// "lots of Stephen King", "books by Toni Morrison", "some Louis
		// L'Amour": a writer's name where their works stand.
		switch s.toks[p.from-1].low {
		case "of", "by", "and", "some", "more", "favorite", "classic", "all":
			return true
		}
	}
	return false
}

// observanceAndWorks reports whether the post names a history or
// heritage month and whether it has a word for books, songs or films. It
// reads every token, so it is found once per check, not once per person:
// a long post of names was quadratic.
func (s *scan) observanceAndWorks() (month, works bool) {
	if s.monthWorksDone {
		return s.monthNamed, s.worksNamed
	}
	for t := range s.toks {
		w := s.toks[t].low
		// "#NativeAmericanHeritageMonth": the month as one hashtag, often
		// the post's last word.
		month = month || (observanceWords.has(w) && t+1 < len(s.toks) && s.toks[t+1].low == "month") ||
			len(w) > 13 && (strings.HasSuffix(w, "heritagemonth") || strings.HasSuffix(w, "historymonth"))
		works = works || worksWords.has(w)
	}
	s.monthNamed, s.worksNamed, s.monthWorksDone = month, works, true
	return month, works
}

// famousTold returns the last token of sentence si where it tells someone
// "is a hero" or "was the legend" (a hero or fame word within three words
// of "is a"), or -1. Found once per sentence: toldAsFamous asks for every
// whole name in it, whether one comes after the name.
func (s *scan) famousTold(si int) int {
	if len(s.famousAt) != len(s.sents) {
		s.famousAt = append(s.famousAt[:0], make([]int32, len(s.sents))...)
	}
	if s.famousAt[si] == 0 {
		s.famousAt[si] = -1
		se := s.sents[si]
		for t := se.tokEnd - 3; t >= se.tokStart; t-- {
			if s.famousAt[si] < 0 && inSet(s.toks[t].low, "is", "was") && inSet(s.toks[t+1].low, "a", "an", "the", "our") {
				for k := t + 2; k < se.tokEnd && k <= t+4; k++ {
					if heroWords.has(s.toks[k].low) || fameWords.has(s.toks[k].low) {
						s.famousAt[si] = int32(t) + 1
						break
					}
				}
			}
		}
	}
	if s.famousAt[si] < 0 {
		return -1
	}
	return int(s.famousAt[si]) - 1
}

// courtesyTitle are the titles of private people.
var courtesyTitle = newWordSet([]string{"mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "don", "doña"})

// recentYear reports whether sentence si holds a year of the last 15.
func (s *scan) recentYear(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; s.toks[t].kind == tokNumber && len(w) == 4 {
			if y := smallNumber(w); y > s.d.Now.Year()-15 && y <= s.d.Now.Year()+1 {
				return true
			}
		}
	}
	return false
}

// commemorate, right before a whole name, honor someone of history.
var commemorate = newWordSet([]string{"honor", "honour", "honoring", "honouring", "remember", "remembering", "salute", "saluting"})

// onceSaid reports whether p is followed by "once said" or "famously
// wrote" ("Thurgood Marshall once said '...'"): a saying of someone long
// quoted, not a patient's words.
func (s *scan) onceSaid(p person) bool {
	t := p.to
	return t+1 < len(s.toks) && inSet(s.toks[t].low, "once", "famously") &&
		inSet(s.toks[t+1].low, "said", "wrote", "asked", "told", "put", "declared", "observed")
}

// sayingSpeech and sayingOften, together before a quotation, put it in
// everyone's mouth: "we hear it every week", "patients tell us all the
// time", "how many times have you said".
var (
	sayingSpeech = newWordSet([]string{"hear", "hears", "heard", "say", "says", "said", "tell", "tells", "told", "ask", "asks",
		"thought", "think", "wondered"})
	sayingOften = newWordSet([]string{"every", "often", "always", "constantly", "daily", "lot", "time", "times", "usually", "ever",
		"familiar", "probably", "many"})
)

// commonSaying reports whether the quotation starting at token from is a
// saying put in everyone's mouth, not one person's testimonial: a speech
// word and a word of frequency in the dozen tokens before it ("We hear it
// every week at the sleep clinic:", "Sound familiar?", "Patients tell us
// all the time:").
func (s *scan) commonSaying(from int) bool {
	speech, often := false, false
	for t := from - 1; t >= 0 && t >= from-12; t-- {
		w := s.toks[t].low
		speech = speech || sayingSpeech.has(w) || (w == "sound" && t+1 < from && s.toks[t+1].low == "familiar")
		often = often || sayingOften.has(w)
	}
	return speech && often
}

// pictureThings are what a clinic photographs that is no one: its
// building, its rooms and what stands in them, food and views.
var pictureThings = newWordSet([]string{"entrance", "entrances", "building", "buildings", "office", "offices", "lobby", "parking",
	"lot", "garage", "garden", "gardens", "sign", "signs", "mural", "murals", "tree", "trees", "menu", "map", "maps", "food",
	"cake", "cakes", "cookies", "view", "views", "sunset", "sunrise", "storefront", "door", "doors", "wall", "walls", "display",
	"decorations", "float", "booth", "hallway", "waiting", "exam", "new", "renovated", "remodeled", "construction", "space",
	"spaces", "clinic", "campus", "playground", "fountain", "sky", "snow", "flowers", "altar", "ofrenda"})

// pictured point at someone a photo shows, besides personWords,
// relatives and kin.
var pictured = newWordSet([]string{"them", "their", "someone", "somebody", "everyone", "us", "me", "kids", "patients", "patient",
	"team", "staff", "people", "folks", "families", "family"})

// photoOfThing reports whether what a "photo of" ending at byte end shows
// is a thing or a place ("new photos of the Speedway entrance", "a photo
// of our lobby"), or the reader's own ("keep a photo of your yellow card
// on your phone"): no patient is pictured.
func (s *scan) photoOfThing(end int) bool {
	t := s.tokenStart(end)
	if t >= len(s.toks) {
		return false
	}
	switch s.toks[t].low {
	case "your", "ur":
		return true
	case "it":
		return true // no person is "it": "the bag, or a photo of it"
	case "them":
		// "your pill bottles (or a photo of them)": the things just named.
		return s.thingsBefore(t)
	case "someone", "somebody", "anyone":
		// "add a photo of someone you miss": the reader's own person,
		// brought by the reader.
		return t+1 < len(s.toks) && (s.toks[t+1].low == "you" || s.toks[t+1].low == "u")
	case "the", "our", "a", "an", "this", "that":
		t++
	}
	if s.lovedOneOfReader(t) {
		return true
	}
	for k := t; k < len(s.toks) && k < t+4 && s.toks[k].kind == tokWord; k++ {
		w := s.toks[k].low
		if personWords.has(w) || relativeWords.has(w) || kinWords.has(w) || pictured.has(w) || calloutNouns.has(w) {
			return false // "a photo of the kids", "photos of him": someone
		}
		if pictureThings.has(w) {
			return true
		}
	}
	return false
}

// lovedOneOfReader reports whether the words from token t are "loved
// one(s)" the reader brings, told by "you" right after ("a photo of a
// loved one you miss", "photos of loved ones you've lost", session 19,
// t19clean): an altar or memorial wall the reader adds to, like "someone
// you miss" above. "A photo of a loved one who passed in our ICU" is
// someone's care.
func (s *scan) lovedOneOfReader(t int) bool {
	if t+2 >= len(s.toks) || s.toks[t].low != "loved" || !inSet(s.toks[t+1].low, "one", "ones") {
		return false
	}
	return inSet(s.toks[t+2].low, "you", "u", "y'all", "yall")
}

// tripWords say a trip was taken: a vacation, a hike, a cruise.
var tripWords = newWordSet([]string{"trip", "vacation", "vacay", "holiday", "hike", "hiking", "hiked", "trail", "trek", "honeymoon",
	"cruise", "camping", "safari", "backpacking", "roadtrip"})

// tripPhotos reports whether the "photos of" ending at byte end tells
// what someone brought home from a trip ("back from Yosemite with 400
// photos of Half Dome", "has 400 photos of marmots" after two weeks on a
// trail): a view or wildlife, when the next four words hold no person,
// relative or group of people ("photos of the kids we treated").
func (s *scan) tripPhotos(end int) bool {
	t := s.tokenStart(end)
	if t >= len(s.toks) || !s.sentenceHasWord(s.toks[t].sent, tripWords) {
		return false
	}
	stop := min(len(s.toks), t+4)
	for k := t; k < stop && s.toks[k].kind == tokWord; k++ {
		w := s.toks[k].low
		if personWords.has(w) || relativeWords.has(w) || kinWords.has(w) || pictured.has(w) || calloutNouns.has(w) || honorificWords.has(w) {
			return false
		}
	}
	for _, p := range s.people() {
		if p.from < stop && p.to > t {
			return false
		}
	}
	return true
}

// sayingOf reports whether p is named as the author of a saying: "As
// Maya Angelou said, ...", "as Mr. Rogers put it". A sentence in the
// first person ("As Maria said, 'I love this place'") is someone's own
// word about the practice, not a saying.
func (s *scan) sayingOf(p person) bool {
	if p.from == 0 || s.toks[p.from-1].low != "as" {
		return false
	}
	t := p.to
	if t < len(s.toks) && inSet(s.toks[t].low, "once", "famously", "always") {
		t++
	}
	if t >= len(s.toks) || !(inSet(s.toks[t].low, "said", "says", "wrote", "writes") ||
		inSet(s.toks[t].low, "put", "puts") && t+1 < len(s.toks) && s.toks[t+1].low == "it") {
		return false
	}
	return !s.sentenceHasWord(s.toks[p.from].sent, firstPersonWords)
}

// kingOfHisDay reports "Dr. King" or "King" in a post about Martin Luther
// King Jr. Day ("closed Monday for MLK Day. '...' — Dr. King"): the day's
// man, quoted on it.
func (s *scan) kingOfHisDay(p person) bool {
	return s.toks[p.to-1].low == "king" && (s.words.has("mlk") || s.words.has("luther"))
}

// historyMonthHeads reports whether sentence si opens with a history or
// heritage month as its header: "Black History Month: ...", "Hispanic
// Heritage Month —".
func (s *scan) historyMonthHeads(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd && t < se.tokStart+4; t++ {
		if observanceWords.has(s.toks[t].low) && s.toks[t+1].low == "month" {
			return t+2 < se.tokEnd && inSet(s.toks[t+2].low, ":", "-", "—", "–")
		}
	}
	return false
}

// quotedWork reports whether p owns a short quoted title ("Gloria
// Estefan's "Mi Tierra" on repeat") or is that title: a singer's or an
// author's work. The title holds no one's words ("I", "my") and is at most
// six words.
func (s *scan) quotedWork(p person) bool {
	title := func(q int) bool {
		if q >= len(s.toks) || !isQuoteMark(s.toks[q].low) {
			return false
		}
		for t := q + 1; t < len(s.toks) && t <= q+7; t++ {
			w := s.toks[t].low
			if w == `"` || w == "”" {
				return t > q+1
			}
			if firstPersonWords.has(w) || s.toks[t].kind == tokPunct && w != "'" && w != "," {
				return false
			}
			if n, _ := health.At(s.healthWords(), t); n > 0 {
				return false // "Maria's "Knee Journey"": her care, titled
			}
		}
		return false
	}
	owns := p.to+1 < len(s.toks) && s.toks[p.to].low == "s" && s.toks[p.to].start-s.toks[p.to-1].end <= 3 && title(p.to+1)
	// The title itself: after the owner's "s" and the opening quote.
	inside := p.from >= 3 && s.toks[p.from-2].low == "s" && s.toks[p.from-3].capital && title(p.from-1)
	return owns || inside
}

// carriedThings are what a patient brings, or photographs, to a visit.
var carriedThings = newWordSet([]string{"bottle", "bottles", "medication", "medications", "meds", "pills", "supplements", "vitamins",
	"label", "labels", "bag", "list", "card", "cards", "forms", "records", "inhalers", "prescriptions", "boxes"})

// thingsBefore reports carried things named in the sentence before token
// t, and no person: what "them" points back to.
func (s *scan) thingsBefore(t int) bool {
	found := false
	for k := s.sents[s.toks[t].sent].tokStart; k < t; k++ {
		w := s.toks[k].low
		if kinWords.has(w) || relativeWords.has(w) || inSet(w, "kids", "children", "people", "families", "staff", "team", "patients") {
			return false
		}
		found = found || carriedThings.has(w)
	}
	return found
}

// portrayalWords show people of history on a practice's walls: "the new
// history posters", "portraits in our hallway", "the lobby mural".
var portrayalWords = newWordSet([]string{"poster", "posters", "portrait", "portraits", "mural", "murals", "statue", "statues",
	"painting", "paintings"})

// shownOrQuoted reports whether p, a whole name, is one of the people of
// history a practice hangs on its walls (a sentence with a poster, a
// portrait or a mural word naming two whole names or more: "Roberto
// Clemente, Ruth Bader Ginsburg: the new history posters are up") or the
// author of a "quote of the week" in a post that tells no health. The
// caller has ruled out a health detail in p's sentence and a patient cue.
func (s *scan) shownOrQuoted(p person) bool {
	if !s.wholeName(p) {
		return false
	}
	si := s.toks[p.from].sent
	if s.sentenceHasWord(si, portrayalWords) {
		whole := 0
		for _, q := range s.people() {
			if s.toks[q.from].sent == si && s.wholeName(q) {
				whole++
			}
		}
		return whole >= 2
	}
	se := s.sents[si]
	for t := se.tokStart; t+3 < se.tokEnd && t < p.from; t++ {
		if inSet(s.toks[t].low, "quote", "quotes", "quotation") && s.toks[t+1].low == "of" && s.toks[t+2].low == "the" &&
			inSet(s.toks[t+3].low, "day", "week", "month") {
			return len(s.healthHits()) == 0
		}
	}
	return false
}

// jokeTakenBack reports whether p, a whole name, is named in a joke the
// post takes back ("Congrats to Lionel Messi on... just kidding, we're
// Hilltoppers fans"): "kidding" or "jk" after the name, in a post that
// tells no health. No one is told news of.
func (s *scan) jokeTakenBack(p person) bool {
	if p.kind != names.FullName || p.to-p.name < 2 {
		return false
	}
	si := s.toks[p.from].sent
	for t := p.to; t < len(s.toks) && s.toks[t].sent <= si+1; t++ {
		if w := s.toks[t].low; w == "kidding" || w == "jk" || w == "jking" {
			return len(s.healthHits()) == 0
		}
	}
	return false
}

// wholeName reports whether p is named by a first name and a surname: a
// full name, or a surname found alone after a capitalised first name no
// list holds ("Thurgood Marshall").
func (s *scan) wholeName(p person) bool {
	if p.kind == names.FullName {
		return p.to-p.name >= 2
	}
	k := p.from - 1
	return p.kind == names.FirstName && p.to-p.from == 1 && k >= 0 && s.toks[k].capital && s.toks[k].kind == tokWord &&
		s.toks[k].sent == s.toks[p.from].sent && s.toks[k].end+1 == s.toks[p.from].start || s.afterInitials27(p)
}

// pollWords ask the reader to pick among names after "your": "who's your all-time
// Yankee?", "your favorite Bear of all time?".
var pollWords = newWordSet([]string{"favorite", "favourite", "fave", "all", "goat", "greatest", "best"})

// fanPoll reports whether p is one of two whole names or more a post asks
// its readers to pick from ("Derek Jeter, Bernie Williams, Mariano
// Rivera... who's your all-time Yankee?") and tells no health: stars put
// to a vote, not people the practice serves.
func (s *scan) fanPoll(p person) bool {
	if !s.wholeName(p) || !strings.Contains(s.text, "?") {
		return false
	}
	asked := false
	for t := 0; t+2 < len(s.toks) && !asked; t++ {
		asked = s.toks[t].low == "who" && inSet(s.toks[t+1].low, "s", "is", "was") && s.toks[t+2].low == "your" ||
			s.toks[t].low == "your" && pollWords.has(s.toks[t+1].low)
	}
	if !asked || len(s.healthHits()) != 0 {
		return false
	}
	whole := 0
	for _, q := range s.people() {
		if s.wholeName(q) {
			whole++
		}
	}
	return whole >= 2
}

// heroWords tell what a whole name is known for: "a Lumbee hero",
// "country legend"; fameWords tell it too.
var heroWords = newWordSet([]string{"hero", "heroes", "heroine", "legend", "legends", "icon", "trailblazer", "champion", "idol"})

// fameWorks are what a star is known by: "her songs still play", "his
// novels".
var fameWorks = newWordSet([]string{"songs", "music", "albums", "records", "hits", "novels", "films", "movies", "poems"})

// toldAsFamous reports whether p, a whole name in a post that tells no
// health and calls no one a patient, is told as famous: "is a Lumbee
// hero", "was a country legend" after the name in its sentence, or born
// or raised somewhere ("Patsy Cline was born in Winchester") in a post
// with a hero or fame word or a star's works ("her songs still play").
// "Marcus Webb grew up in Tulsa and runs the hardware store" is a
// neighbour.
func (s *scan) toldAsFamous(p person) bool {
	if !s.wholeName(p) || len(s.healthHits()) != 0 || s.patientNamed() {
		return false
	}
	if last := s.famousTold(s.toks[p.from].sent); last >= p.to {
		return true
	}
	t := p.to
	if t+1 >= len(s.toks) || !(s.toks[t].low == "was" && inSet(s.toks[t+1].low, "born", "raised") || s.toks[t].low == "grew" && s.toks[t+1].low == "up") {
		return false
	}
	return s.hasAny(heroWords) || s.hasAny(fameWords) || s.hasAny(fameWorks)
}
