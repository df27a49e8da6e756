package compliance

// Records and surfaces only placed in a picture (session 17, t17prec).
// media15.go warns, rather than blocks, on a surface a picture's
// description only places in the frame ("a computer monitor visible
// behind her"). Two shapes still blocked although nothing on the surface
// was said: the room the picture was taken in, read as a room a board
// lists ("[photo: Dr. Grace in exam room 3, computer monitor in the
// background]", "Team selfie in exam 3 🤳 [photo: ...; whiteboard with
// writing behind them]"), and a sign-in sheet or clipboard placed on a
// counter with nothing said of what is on it ("[photo: the sign-in
// clipboard on the front counter next to a poinsettia]"), not at an event
// people came to. Every such item
// of dev-dev87 is labelled review: a doctor looks at the picture. A
// sign-in sheet with names, a count, a day or a wish it away still
// blocks, and so do the other records (a census, a patient list).

// roomKinds, before "room" or a room's number, make it a room of the
// practice the picture is taken in: "exam room 3", "in exam 2", "the
// procedure room". A board lists rooms as "Rm 3 – Ortiz".
var roomKinds = newWordSet([]string{"exam", "procedure", "treatment", "consult", "consultation", "waiting", "break", "therapy",
	"infusion", "dental", "ultrasound", "xray", "lab"})

// placeRoomToken reports whether token t is part of the name of the
// room a picture is taken in: "room" after a room kind, or the number
// after "exam" or after a room kind's "room".
func (s *scan) placeRoomToken(t int) bool {
	if t == 0 {
		return false
	}
	w, prev := s.toks[t].low, s.toks[t-1].low
	switch {
	case inSet(w, "room", "rooms", "rm"):
		return roomKinds.has(prev)
	case s.toks[t].kind == tokNumber:
		return prev == "exam" || inSet(prev, "room", "rm") && t > 1 && roomKinds.has(s.toks[t-2].low)
	}
	return false
}

// nothingShown reports whether the picture described in sentence si
// (and the next) says nothing of what its surfaces hold: no names, no
// content, no day, no number, leaving out the tokens [skipFrom, skipTo)
// of the record asked about and the room the picture is taken in.
//
// A day counts only in the record's own clause ("Monday's sign-in
// sheet", "the sign-in sheet for today"): "[photo: the front desk ready
// for Monday, sign-in clipboard on the counter]" and "Monday vibes ☕
// [photo: ..., sign-in clipboard visible]" date the desk and the mood,
// not the sheet (session 18, t18prec).
func (s *scan) nothingShown(si, skipFrom, skipTo int) bool {
	start, end := s.sents[si].tokStart, s.describedEnd(si)
	dayFrom, dayTo := start, end
	if skipFrom >= 0 {
		dayFrom, dayTo = s.clauseAround(skipFrom, skipTo, start, end)
	}
	for t := start; t < end; t++ {
		if t >= skipFrom && t < skipTo || s.placeRoomToken(t) || s.tooSmallToRead(t) || s.dayCountToken(t) || s.scheduleOnlyKind(t, si) {
			continue
		}
		w := s.toks[t].low
		if namedContentWords.has(w) || shownContentWords.has(w) || s.toks[t].kind == tokNumber || dayWords.has(w) && t >= dayFrom && t < dayTo {
			return false
		}
	}
	return true
}

// clauseBreaks end a clause of a picture's description.
var clauseBreaks = newWordSet([]string{",", ";", ":", "—", "–", "[", "]", "(", ")", ".", "!", "?", "|"})

// clauseAround returns the tokens [from, to) of the clause holding the
// tokens [at, atEnd), within [lo, hi): out to the nearest punctuation
// that ends a clause on either side.
func (s *scan) clauseAround(at, atEnd, lo, hi int) (from, to int) {
	from, to = at, atEnd
	for from > lo && !(s.toks[from-1].kind == tokPunct && clauseBreaks.has(s.toks[from-1].low)) {
		from--
	}
	for to < hi && !(s.toks[to].kind == tokPunct && clauseBreaks.has(s.toks[to].low)) {
		to++
	}
	return from, to
}

// signInEvents say the sheet was signed at an event where people came
// ("our booth at the fall festival, the sign-in sheet on the table.
// Thanks for coming out!"): it holds the names of those who came.
var signInEvents = newWordSet([]string{"booth", "festival", "fair", "popup", "pop", "drive", "event", "expo", "outreach",
	"screening", "screenings", "coming", "came", "turnout"})

// signInOnlyThere reports whether the record hit at tokens [from, to) is a
// sign-in sheet or clipboard that the picture of sentence si only places
// in the frame: nothing said of what is on it, nothing wished away.
func (s *scan) signInOnlyThere(from, to, si int) bool {
	if s.toks[from].low != "sign" {
		return false
	}
	for t := s.sents[si].tokStart; t < s.describedEnd(si); t++ {
		if w := s.toks[t].low; wishedAwayWords.has(w) || signInEvents.has(w) {
			return false
		}
	}
	return s.nothingShown(si, from, to)
}

// tooSmallToRead reports whether token t is "read" in "too small to
// read" or "hard to read": said of a surface, it says nothing can be read
// there (pictureSentence.unread), not that something reads.
func (s *scan) tooSmallToRead(t int) bool {
	if t < 2 || s.toks[t].low != "read" || s.toks[t-1].low != "to" || !inSet(s.toks[t-2].low, "small", "hard", "far", "tiny", "impossible") {
		return false
	}
	// "too small to read except \"Ortiz — chemo\"": what is read is told
	// (session 15 attack); a look of a few words keeps it linear.
	for k := t + 1; k < len(s.toks) && k <= t+3; k++ {
		if w := s.toks[k].low; readOutWords.has(w) || readOutMarks.has(w) || entryDashes.has(w) || w == "but" {
			return false
		}
	}
	return true
}
