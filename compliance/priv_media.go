package compliance

import (
	"strconv"

	"github.com/practicepost/practicepost/post"
)

// Photo and video descriptions (PRIV-12 at block). A post often says what
// its picture shows: "[photo: Joy at the nurses' station; the whiteboard
// behind her reads 'Rm 2 – Ortiz']", "BTS 📸 (ignore the patient list on
// the monitor)", "Look at this little guy's face after his shots [photo]".
// A picture that shows where patients' names are written (a census board,
// a sign-in sheet, a chart on a screen, a wristband) discloses them
// whatever the caption says; a picture of a patient in care is their
// face plus a health event (Safe Harbor (A) and (Q); the filming cases,
// S4). Neither is a question for a doctor: the picture must change.

// mediaExposure finds text that says an attached picture shows patients'
// records, or shows a patient in care; it adds to found what found does not
// already cover.
func (s *scan) mediaExposure(found []post.Finding) []post.Finding {
	media := s.hitsOf("PRIV-12/media")
	if len(media) == 0 {
		return found
	}
	out := found
	add := func(from, to int, msg string) {
		if a, b := s.span(from, to); !overlapsAny(out, a, b) && len(out) < maxMatches {
			f := s.finding(from, to, msg)
			f.Severity = post.SeverityBlock
			si := s.toks[from].sent
			if s.hitAt("PRIV-12/surface", from) && s.surfaceOnlyThere(si) || s.hitAt("PRIV-12/record", from) && (s.surfaceUnread(si) || s.signInOnlyThere(from, to, si)) || s.faceHidden(si) {
				// "a monitor visible behind her", "label partly
				// blurred": nothing on it is said to be legible (media15.go).
				f.Severity = post.SeverityWarn
				f.Message = "The picture this text describes shows a screen, board, label or chart, or faces. Nothing on it is said to be legible; check the picture before posting."
			}
			f.Suggestion = "Use a picture without screens, boards, papers or wristbands in it, and without patients."
			out = append(out, f)
		}
	}
	const records = "The picture this text describes shows where patients' names or details are written (a board, a screen, a list, a wristband). Anyone can zoom in: it must not be posted."
	// A record needs the picture in its own sentence ("screenshot of our
	// waitlist") or words that say it shows ("sorry about the sign-in
	// sheet on the table"); a surface that may be blank needs the latter.
	sentences := s.newPictureSentences()
	for _, h := range s.hitsOf("PRIV-12/record") {
		if h.from > 0 && blankWords.has(s.toks[h.from-1].low) {
			continue // "a blank sample wristband"
		}
		p := sentences.of(s.toks[h.from].sent)
		if s.crowdFaces(h) || s.faceWithoutCare(h, p) {
			continue // "the choir singing in our lobby, faces visible": a crowd, warned as a picture of people
		}
		if !(p.inPicture || s.sentenceHas("PRIV-12/exposure", p.si)) || p.negated {
			continue
		}
		if s.promisedOff29(h.from, h.to) {
			continue // "we never post patient names, photos or stories": a promise (promise29.go)
		}
		if s.blankForms(h.from, h.to) {
			out = s.addMediaWarning(out, h.from, h.to, surfaceWarning) // "a stack of lab requisition forms"
			continue
		}
		add(h.from, h.to, records)
	}
	for _, h := range s.hitsOf("PRIV-12/surface") {
		p := sentences.of(s.toks[h.from].sent)
		switch {
		case p.negated:
		case s.sentenceHas("PRIV-12/exposure", p.si) || p.inPicture && (s.daysBookings(h.from, p) || p.rosterSaid || p.readOut):
			// "[photo: the whiteboard listing today's follow-ups]".
			add(h.from, h.to, records)
		case p.inPicture && p.unread:
			out = s.addMediaWarning(out, h.from, h.to, surfaceWarning) // "writing too small to read"
		}
	}
	if t := s.quotedScheduleEntry(sentences); t >= 0 {
		add(t, t+3, records) // "[image: 7:30 Garza, J — sick visit]"
	}
	if s.d.Authorization.Covers(post.UsePhoto, s.d.Now) || (len(s.healthHits()) == 0 && !s.has("context/clinical") && !s.has("PRIV-15")) {
		return out
	}
	// A picture of a patient's face in care: the sentence that says there
	// is a picture has a patient cue ("this little guy", "the kid in rm
	// 3"), a face ("his face", "all smiles", "in tears") and a health
	// detail. Patient cues alone are too common in teaching videos ("how
	// to care for a child with a fever") to be read as a face.
	readSentences := map[int]mediaSentenceReading{}
	for _, h := range media {
		from, to, ok := s.mediaBracket(h.from)
		if ok && s.bracketStaged(from, to) {
			continue // "[photo: a teen in a knee brace, stock image]": warned below as a person, no patient
		}
		if ok && s.bracketShowsPatient(from, to) {
			// "[photo: a grinning boy in a No. 28 jersey, his arm cast]":
			// the description of the attached picture itself shows a
			// child or an adult in care.
			add(h.from, h.to, "The picture this text describes shows a person with a health detail (a cast, a wheelchair, a shot). A face with a health detail identifies them; it needs their signed authorization covering photos.")
			continue
		}
		si := s.toks[h.from].sent
		read, ok := readSentences[si]
		if !ok {
			read = s.mediaSentenceReading(si, sentences)
			readSentences[si] = read
		}
		switch read {
		case mediaNamedInCare:
			// "Meet Mr. Pervaiz (pictured 📸) ... whose BP is finally under
			// control", "thanks for letting us film your labrum rehab":
			// a named person in the picture with their health.
			add(h.from, h.to, "The picture this text describes shows a named person with a health detail. It needs their signed authorization covering photos.")
		case mediaPatientInCare:
			add(h.from, h.to, "The picture this text describes shows a patient in care. A face with a health detail identifies them; it needs their signed authorization covering photos.")
		}
	}
	return out
}

// mediaSentenceReading is what a sentence with a media word says its
// picture shows, read once per sentence: a long sentence naming a picture
// many times ("screenshot ... screenshot ...") would otherwise be read
// again for each of them, which grows with the square of its length.
type mediaSentenceReading uint8

const (
	mediaNoOne mediaSentenceReading = iota
	mediaNamedInCare
	mediaPatientInCare
)

func (s *scan) mediaSentenceReading(si int, sentences *pictureSentences) mediaSentenceReading {
	if (s.personInSentence(si) || s.handleInSentence(si)) && s.careInSentence(si) && !s.negatedMedia(si) {
		return mediaNamedInCare
	}
	if !s.cueSent[si] && !s.sentenceHasWord(si, onePatientWords) {
		return mediaNoOne
	}
	// A face, or one patient's own care told as it happened ("after her
	// first filling", "got 4 shots today"), not a teaching video's
	// "a patient's first visit".
	own := s.sentenceHasWord(si, faceWords) || (s.sentenceHasWord(si, onePatientWords) &&
		(s.sentenceHasWord(si, possessiveWords) || s.sentenceHas("context/temporal", si)))
	// Care is more than the one pictured ("a newborn") or their
	// wheelchair.
	if own && !s.noHealthIn(si) && sentences.of(si).care && !s.negatedMedia(si) {
		return mediaPatientInCare
	}
	return mediaNoOne
}

// faceWords say a picture shows someone's face.
var faceWords = newWordSet([]string{"face", "faces", "smile", "smiles", "smiling", "grin", "grins", "grinning", "tears", "crying",
	"cries", "cried", "pout", "pouting", "thumbs", "wave", "waving", "selfie", "posing", "poses"})

// onePatientWords name one patient in a picture's caption: "a happy
// patient", "this sweet girl", "our bravest little guy".
var onePatientWords = newWordSet([]string{"patient", "sweet", "little", "bravest", "youngest", "oldest", "cutie", "kiddo",
	"sweetheart", "champ", "trooper"})

// blankWords before a record say it holds no one's details.
var blankWords = newWordSet([]string{"blank", "sample", "example", "demo", "dummy", "empty", "fake", "new", "mock"})

// noPatientWords after "no" or "without" say a picture shows no one
// ("no patients pictured", "without faces").
var noPatientWords = newWordSet([]string{"patient", "patients", "pt", "pts", "faces", "face", "names", "name", "phi", "people", "persons",
	"humans", "guests", "visitors"})

// negatedMedia reports whether sentence si says its picture shows no
// patient: "(no patients pictured)", "no faces, no names".
func (s *scan) negatedMedia(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if w := s.toks[t].low; (w == "no" || w == "without") && noPatientWords.has(s.toks[t+1].low) {
			return true
		}
	}
	return false
}

// mediaRefused reports a picture word at token t that the post denies or
// refuses: the next sentence opens "No people," ("Pictured: the view
// from our roof. No people, just sky."), or a negation stands before it
// with only verbs of sending between ("No photos of guests", "please
// don't post or text us photos of it").
func (s *scan) mediaRefused(t int) bool {
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	if si+1 < len(s.sents) && s.toks[s.sents[si+1].tokStart].low == "no" && s.negatedMedia(si+1) {
		return true
	}
	for k := t - 1; k >= s.sents[si].tokStart && k >= t-6; k-- {
		w := s.toks[k].low
		if w == "no" || s.isNegator(k) || w == "never" {
			return true
		}
		if !sendWords.has(w) {
			return false
		}
	}
	return false
}

// sendWords are the verbs and words of sending a picture: "post or text
// us", "send me".
var sendWords = newWordSet([]string{"post", "text", "send", "share", "email", "upload", "dm", "message", "or", "and", "us", "me", "any",
	"ever", "please"})

// handleInSentence reports whether sentence si tags someone by a social
// handle that is not the practice's ("@samoa_strong_23").
func (s *scan) handleInSentence(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if s.toks[t].low == "@" && s.toks[t+1].kind == tokWord && s.toks[t+1].start == s.toks[t].end && !s.c.allow.handles[s.toks[t+1].low] {
			return true
		}
	}
	return false
}

// mediaBracket reports the tokens of a square-bracketed description of
// the attached picture that the media word at t opens ("[photo: ...]",
// "[image: ...]", "[video]"): from the bracket to its close, or at most
// 60 tokens. A word in parentheses ("stretches for your break (video)")
// is more often a teaching clip's label.
func (s *scan) mediaBracket(t int) (from, to int, ok bool) {
	if t == 0 || s.toks[t-1].low != "[" {
		return 0, 0, false
	}
	end := t + 1
	for end < len(s.toks) && s.toks[end].low != "]" && end-t < 60 {
		end++
	}
	return t - 1, end, true
}

// bracketPersonWords say a bracketed picture shows one person who is
// not staff: a child, a man or a woman, a player by a jersey.
var bracketPersonWords = newWordSet([]string{"boy", "girl", "kid", "kiddo", "child", "toddler", "baby", "newborn", "infant",
	"teen", "teenager", "man", "woman", "guy", "lady", "grandma", "grandpa", "patient", "jersey", "fan", "mom", "dad"})

// bracketShowsPatient reports whether the bracketed picture description
// in tokens [from, to) shows a person with a health detail and does not
// say it shows no one ("no one else in frame", "staff only").
func (s *scan) bracketShowsPatient(from, to int) bool {
	person := false
	for t := from; t < to; t++ {
		person = person || bracketPersonWords.has(s.toks[t].low)
	}
	if !person || s.bracketNegated(from, to) {
		return false
	}
	return s.careShownIn(from, to) // not "in a wheelchair" alone
}

// bracketNegated reports whether a bracketed picture description says it
// shows no patient: "no one else in frame", "no patients", "staff only",
// "faces blurred".
func (s *scan) bracketNegated(from, to int) bool {
	for t := from; t+1 < to; t++ {
		w, next := s.toks[t].low, s.toks[t+1].low
		switch {
		case (w == "no" || w == "without") && next == "one" && t+2 < to && someoneThere.has(s.toks[t+2].low),
			w == "nobody" && someoneThere.has(next),
			w == "empty" && !emptyPlaces.has(next):
			// "no one else in frame", "nobody cuter", "an empty juice
			// box": the one named is still there.
			continue
		case (w == "no" || w == "without") && (noPatientWords.has(next) || next == "one" || next == "people" || next == "kids"),
			w == "nobody", w == "empty",
			w == "staff" && next == "only",
			(w == "faces" || w == "face") && (next == "blurred" || next == "hidden" || next == "cropped"):
			return true
		}
	}
	return false
}

// stagedWords say a bracketed picture is drawn or staged: "illustration",
// "cartoon", "mannequin". It shows a person, no patient's health: it
// warns as any picture of a person does.
var stagedWords = newWordSet([]string{"illustration", "illustrated", "cartoon", "clipart", "mannequin"})

// bracketStaged reports whether the bracketed picture description in
// tokens [from, to) says it is staged: a staged word, "stock" before a
// picture word ("stock image", not "stock car"), or a model or actor
// said alone ("— model, not a patient", not "our model patient").
func (s *scan) bracketStaged(from, to int) bool {
	for t := from; t < to; t++ {
		w, next := s.toks[t].low, ""
		if t+1 < to {
			next = s.toks[t+1].low
		}
		switch {
		case stagedWords.has(w),
			w == "stock" && inSet(next, "photo", "photos", "image", "images", "picture", "pic", "footage", "video", "shot"),
			inSet(w, "model", "models", "actor", "actors") && (t+1 >= to || s.toks[t+1].kind == tokPunct || inSet(next, "not", "only")):
			return true
		}
	}
	return false
}

// someoneThere, after "no one" or "nobody", say the one described is in
// the picture: "no one else in frame", "nobody braver".
var someoneThere = newWordSet([]string{"else", "cuter", "braver", "tougher", "happier", "sweeter", "prouder", "better",
	"stronger", "smiling", "smiles", "smiled", "could", "can"})

// emptyPlaces, after "empty", show a place with no one in it: "an empty
// exam room", "the empty lobby".
var emptyPlaces = newWordSet([]string{"room", "rooms", "exam", "waiting", "lobby", "hallway", "hall", "halls", "office", "clinic",
	"chair", "chairs", "bed", "beds", "parking", "lot", "building", "suite", "ward", "space", "spaces", "table", "gym"})

// bracketedMediaWarnings are PRIV-12's warnings for a picture the text
// describes in brackets as showing someone ("[photo: a girl holding up
// her sticker]", "[video: Mr. Ruiz dancing at the fair]"): an attached
// image of a person goes to a doctor (COMPLIANCE.md PRIV-12) unless the
// description says it shows no patient. A picture of things ("[photo:
// the new lobby]") is no one.
func (s *scan) bracketedMediaWarnings(out []post.Finding) []post.Finding {
	for _, h := range s.hitsOf("PRIV-12/media") {
		from, to, ok := s.mediaBracket(h.from)
		if !ok || s.bracketNegated(from, to) || !s.bracketShowsSomeone(from, to) {
			continue
		}
		if a, b := s.span(h.from, h.to); !overlapsAny(out, a, b) && len(out) < maxMatches {
			out = append(out, s.finding(h.from, h.to, "The text describes an attached picture or video. If it shows a patient, it needs their written authorization."))
		}
	}
	return out
}

// bracketShowsSomeone reports whether the bracketed picture description in
// tokens [from, to) shows a person: a child or an adult, a face, or a
// name that is no staff member's.
func (s *scan) bracketShowsSomeone(from, to int) bool {
	staffOnly := s.staffOnlyBracket(from, to) // photos24.go
	for t := from; t < to; t++ {
		if w := s.toks[t].low; bracketPersonWords.has(w) && !s.personWordForThing(t, to) || faceWords.has(w) && !staffOnly {
			return true
		}
	}
	for _, p := range s.people() {
		if p.from >= from && p.from < to && !(staffOnly && s.attireName(p, to)) {
			return true
		}
	}
	return false
}

// bookedWords, after a count, say a surface lists the people booked:
// "38 appointments", "all 12 patients booked", "27 folks".
var bookedWords = newWordSet([]string{"appointments", "appts", "patients", "pts", "folks", "people", "visits", "kids", "names",
	"families", "physicals", "checkups", "bookings", "booked", "scheduled"})

// dayRosterWords are the surfaces that, as one day's ("Tuesday's list",
// "today's board"), list that day's patients. A day's schedule is as
// often the practice's hours.
var dayRosterWords = newWordSet([]string{"list", "board", "whiteboard", "screen", "monitor", "tablet", "computer", "clipboard"})

// dayWords own a day's list: "today's", "Tuesday's".
var dayWords = newWordSet([]string{"today", "todays", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"})

// bookingsCounted reports whether sentence si counts people or
// appointments: "38 appointments before lunch", "all 14 folks booked".
func (s *scan) bookingsCounted(si int) bool {
	se := s.sents[si]
	for k := se.tokStart; k < se.tokEnd; k++ {
		if s.toks[k].kind != tokNumber {
			continue
		}
		if n, err := strconv.Atoi(s.toks[k].low); err != nil || n < 2 || n > 150 {
			continue
		}
		for j := k + 1; j < se.tokEnd && j <= k+2; j++ {
			if bookedWords.has(s.toks[j].low) {
				return true
			}
		}
	}
	return false
}

// daysBookings reports whether sentence si, which says there is a
// picture, tells that the surface at token t holds the day's bookings: a
// count of the people or appointments on it ("38 appointments before
// lunch", "all 14 folks booked"), or one day's list ("Tuesday's afternoon
// list"). A schedule's count of dates or sites, and a crowd of hundreds
// at an event, are no day's list.
//
// The count is the sentence's (bookingsCounted), read once per sentence by
// pictureSentences: asked per surface, a long sentence of surfaces cost a
// pass over it each (session 15 attack: "photo of the board, " repeated
// grew quadratically).
func (s *scan) daysBookings(t int, p pictureSentence) bool {
	if p.counted {
		return true
	}
	se := s.sents[p.si]
	if !dayRosterWords.has(s.toks[t].low) {
		return false
	}
	for k := t - 1; k >= se.tokStart && k >= t-3; k-- {
		if w := s.toks[k].low; (w == "todays" || w == "tonights") || (w == "s" && k > se.tokStart && dayWords.has(s.toks[k-1].low)) {
			return true
		}
	}
	return false
}
