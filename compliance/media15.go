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
	for t := se.tokStart; t < s.describedEnd(si); t++ {
		if namedContentWords.has(s.toks[t].low) || wishedAwayWords.has(s.toks[t].low) {
			return false
		}
	}
	blurred := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		next := ""
		if t+1 < se.tokEnd {
			next = s.toks[t+1].low
		}
		blurred = blurred || blurWords.has(w) || w == "out" && t+2 < se.tokEnd && next == "of" && s.toks[t+2].low == "focus" ||
			partWords.has(w) && inSet(next, "visible", "hidden", "covered", "shown")
	}
	return blurred
}

// surfaceOnlyThere reports whether sentence si, which describes a
// picture, mentions its surfaces and says nothing of what they hold:
// "the check-in monitor in the background", "a computer screen visible
// behind her". A surface unread counts too.
func (s *scan) surfaceOnlyThere(si int) bool {
	if s.surfaceUnread(si) {
		return true
	}
	for t := s.sents[si].tokStart; t < s.describedEnd(si); t++ {
		if w := s.toks[t].low; namedContentWords.has(w) || shownContentWords.has(w) || dayWords.has(w) || s.toks[t].kind == tokNumber {
			return false
		}
	}
	return true
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
