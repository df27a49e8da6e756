package compliance

// Pictures that show nothing legible (session 15, t15prec). A picture
// description may mention a screen, a board, a label or a chart without
// saying that anything on it can be read: "computer monitor visible
// behind her", "whiteboard slightly blurred", "label partly blurred", "a
// chart is partly visible on the counter"; or show a crowd, "faces
// visible". Such a picture may still show a patient, so a person checks
// it (PRIV-12 warn), but it discloses nothing by itself. A description
// that says what the surface holds (names, today's list, the reasons for
// visits, a count of bookings, "ignore the ...") still blocks, and names
// said blurred still block: blurred names are names.

// blurWords say a surface in a picture cannot be read.
var blurWords = newWordSet([]string{"blurry", "blurred", "blur", "blurring", "pixelated", "illegible", "unreadable", "unfocused"})

// partWords, before "visible", "hidden" or "covered", say only part of a
// surface shows: "partly visible".
var partWords = newWordSet([]string{"partly", "partially", "half", "barely"})

// namedContentWords say a surface shows who is on it or why: blurred or
// not, such a surface is a list of patients.
var namedContentWords = newWordSet([]string{"names", "name", "symptoms", "reasons", "reason", "diagnosis", "diagnoses", "initials"})

// wishedAwayWords say the writer knows the surface shows something:
// "sorry about the census board, it's blurry i promise", "ignore the
// whiteboard". Blurred or not, it is a list of patients.
var wishedAwayWords = newWordSet([]string{"ignore", "ignoring", "oops", "sorry", "pretend", "census"})

// shownContentWords say what a surface in a picture holds or that it holds
// something the writer wishes away: "today's list", "the afternoon
// schedule", "shows", "ignore the ...".
var shownContentWords = newWordSet([]string{"list", "lists", "listing", "schedule", "schedules", "callbacks", "callback",
	"appointments", "appts", "appointment", "visits", "visit", "patients", "patient", "pts", "booked", "bookings", "slot", "slots",
	"census", "reads", "reading", "read", "shows", "showing", "show", "says", "saying", "rm", "room", "rooms", "bed", "beds",
	"labs", "procedures", "results", "ignore", "ignoring", "oops", "mind", "sorry", "pretend", "morning", "afternoon", "evening"})

// surfaceUnread reports whether sentence si, which describes a picture,
// says its surfaces cannot be read (blurred, out of focus, partly
// visible) and names no one on them.
func (s *scan) surfaceUnread(si int) bool {
	se := s.sents[si]
	blurredNames := false
	for t := se.tokStart; t < s.describedEnd(si); t++ {
		if wishedAwayWords.has(s.toks[t].low) {
			return false
		}
		if namedContentWords.has(s.toks[t].low) {
			// Names said blurred whole, on a list (media21.go), once
			// in the sentence: a second mention of names is read as
			// names, and one look keeps the sentence linear.
			if blurredNames || t >= se.tokEnd || !s.namesWhollyBlurred(t, si) {
				return false
			}
			blurredNames = true
		}
	}
	b := s.blurAt(si)
	return b >= 0 && !s.unreadYetRead(b, si)
}

// blurAt returns the token of sentence si that says its surface cannot be
// read ("blurred", "out of focus", "partly visible"), or -1.
func (s *scan) blurAt(si int) int {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		next := ""
		if t+1 < se.tokEnd {
			next = s.toks[t+1].low
		}
		if blurWords.has(w) || w == "out" && t+2 < se.tokEnd && next == "of" && s.toks[t+2].low == "focus" ||
			partWords.has(w) && inSet(next, "visible", "hidden", "covered", "shown") {
			return t
		}
	}
	return -1
}

// readOutWords say what a surface said blurred still lets be read:
// "whiteboard slightly blurred, reads 'Ortiz 9am biopsy'", "label partly
// blurred, says Ortiz insulin", "too small to read except ...".
var readOutWords = newWordSet([]string{"reads", "reading", "says", "saying", "shows", "showing", "spells", "spelling", "except", "apart"})

// readOutMarks and entryDashes or a colon after a blurred surface open what
// it holds: "chart partly visible: Ortiz, diabetic foot ulcer".
var readOutMarks = newWordSet([]string{"\"", "“", "”", "'", "‘", "’", ":", "«", "»"})

// maxReadOutMarks is how many colons, dashes or quotes after a blurred
// surface unreadYetRead reads for what follows them.
const maxReadOutMarks = 3

// unreadYetRead reports whether the description of sentence si, after the
// word at token from that says its surface cannot be read, goes on to say
// what can be read on it (session 15 attack: "board slightly blurred, but
// you can make out 'Ortiz — biopsy 9am'", "chart partly visible: Ortiz,
// diabetic foot ulcer"): a reading verb, "make out", "can read", or a
// colon, dash or quote followed closely by a name, a number or care. What
// is read there is a patient's, so the surface blocks as before.
func (s *scan) unreadYetRead(from, si int) bool {
	end := s.describedEnd(si)
	marks := 0
	for t := from + 1; t < end; t++ {
		w := s.toks[t].low
		if readOutWords.has(w) || w == "make" && t+1 < end && s.toks[t+1].low == "out" ||
			w == "read" && t > 0 && inSet(s.toks[t-1].low, "can", "could", "still", "you", "clearly") {
			return true
		}
		if t >= s.sents[si].tokEnd || !(readOutMarks.has(w) || entryDashes.has(w)) || marks >= maxReadOutMarks {
			continue
		}
		marks++ // a few marks only: each asks the health details, and a sentence of marks stays linear
		for k := t + 1; k < s.sents[si].tokEnd && k <= t+4; k++ {
			if tk := s.toks[k]; tk.kind == tokNumber || tk.kind == tokWord && tk.capital && !s.isStaff(k, k+1) {
				return true
			}
		}
		if s.careShownIn(t+1, min(t+5, s.sents[si].tokEnd)) {
			return true
		}
	}
	return false
}

// surfaceOnlyThere reports whether sentence si, which describes a
// picture, mentions its surfaces and says nothing of what they hold:
// "the check-in monitor in the background", "a computer screen visible
// behind her". A surface unread counts too.
func (s *scan) surfaceOnlyThere(si int) bool {
	if s.surfaceUnread(si) {
		return true
	}
	if b := s.blurAt(si); b >= 0 && s.unreadYetRead(b, si) {
		return false // "blurred, but you can make out ...": read out
	}
	return s.nothingShown(si, -1, -1) // media17.go: the room the picture is taken in says nothing
}

// crowdFaces reports whether the record hit h is "faces visible" said of
// many people: a crowd at an event shows no one's care by itself.
func (s *scan) crowdFaces(h hit) bool {
	return s.toks[h.from].low == "faces"
}

// describedEnd is where what a picture's sentence si shows may still be
// told: the end of the next sentence ("📸 Team huddle at the big
// whiteboard! Today's schedule with everybody's names is up there").
func (s *scan) describedEnd(si int) int {
	if si+1 < len(s.sents) {
		return s.sents[si+1].tokEnd
	}
	return s.sents[si].tokEnd
}

// faceHidden reports whether sentence si says the face of the one
// pictured is blurred, hidden or cropped: "(face blurred, shared with
// permission)".
func (s *scan) faceHidden(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if inSet(s.toks[t].low, "face", "faces") && inSet(s.toks[t+1].low, "blurred", "hidden", "cropped", "covered", "pixelated") {
			return true
		}
	}
	return false
}
