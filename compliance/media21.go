package compliance

// Schedules and lists only placed in a picture (session 21, t21prec).
// media15.go warns, rather than blocks, on a surface a picture's
// description only places in the frame. Two shapes of lists still
// blocked although nothing legible was said, and every such item of
// dev-dev113 is labelled review (a doctor looks at the picture):
//   - a schedule named as the kind of board, monitor or printout it is
//     ("schedule whiteboard visible in the background", "the day's
//     schedule printout taped to the wall behind him"): "schedule" was
//     read as what the surface shows;
//   - a list whose names are said blurred or pixelated, whole ("the
//     week's schedule, names blurred", "patient names pixelated").
// A schedule of today or tomorrow, a screenshot of one, one with names,
// reasons, a count or entries told, names blurred only in part ("most
// of the names blurred", "a little blurry"), read anyway ("but you can
// make out ...") or wished away, and one patient's own record with a
// blurred name (discharge papers, a chart, a label) still block.

// scheduleSurfaces, after "schedule", make it the kind of surface: "the
// schedule whiteboard", "schedule monitor", "the day's schedule printout".
var scheduleSurfaces = newWordSet([]string{"whiteboard", "whiteboards", "board", "boards", "monitor", "monitors", "screen", "screens",
	"printout", "printouts", "poster", "tv"})

// screenshotWords say the picture is the screen itself, not a room with a
// screen in it: a screenshot of a schedule is the schedule.
var screenshotWords = newWordSet([]string{"screenshot", "screenshots", "screencap", "screengrab", "capture"})

// scheduleOnlyKind reports whether token t is "schedule" naming the kind
// of a surface placed in a picture's frame ("schedule whiteboard"), in a
// sentence si that is no screenshot.
func (s *scan) scheduleOnlyKind(t, si int) bool {
	if w := s.toks[t].low; w != "schedule" && w != "schedules" || t+1 >= len(s.toks) || !scheduleSurfaces.has(s.toks[t+1].low) {
		return false
	}
	return !s.sentenceHasWord(si, screenshotWords)
}

// dayCountToken reports whether token t is a number counting days or
// weeks of something ("intern day 34", "week 3 of flu season"), not an
// entry or a count on a surface.
func (s *scan) dayCountToken(t int) bool {
	return s.toks[t].kind == tokNumber && t > 0 && inSet(s.toks[t-1].low, "day", "week")
}

// partBlurWords near names said blurred say only some of them are: "most
// of the names blurred", "names a little blurry", "I'll blur them later".
var partBlurWords = newWordSet([]string{"most", "mostly", "partly", "partially", "part", "half", "some", "little", "bit", "slightly",
	"barely", "later", "kinda", "kind", "semi", "except", "almost", "nearly"})

// wholeBlurWords, right after "names", say they cannot be read.
var wholeBlurWords = newWordSet([]string{"blurred", "pixelated", "redacted", "blacked", "hidden", "covered"})

// oneRecordWords are one patient's own record: a blurred name on it still
// leaves that patient's papers in the picture.
var oneRecordWords = newWordSet([]string{"discharge", "chart", "charts", "label", "labels", "wristband", "wristbands", "bracelet",
	"bracelets", "specimen", "requisition", "prescription", "rx", "file", "folder", "xray", "x-ray", "census", "diagnosis",
	"diagnoses", "reasons", "reason", "symptoms"})

// namesWhollyBlurred reports whether token t, "names" or "name", is said
// blurred whole in sentence si ("names blurred", "all names pixelated"),
// on a list rather than one patient's record, with nothing said of part
// of them or read anyway.
func (s *scan) namesWhollyBlurred(t, si int) bool {
	if w := s.toks[t].low; w != "names" && w != "name" {
		return false
	}
	se := s.sents[si]
	b := t + 1
	for b < se.tokEnd && inSet(s.toks[b].low, "are", "were", "all", "fully", "completely", "totally") {
		b++
	}
	if b >= se.tokEnd || !wholeBlurWords.has(s.toks[b].low) {
		return false
	}
	end := s.describedEnd(si)
	for k := se.tokStart; k < end; k++ {
		w := s.toks[k].low
		if partBlurWords.has(w) || oneRecordWords.has(w) || wishedAwayWords.has(w) {
			return false
		}
	}
	return !s.unreadYetRead(b, si) && !s.legibleAfter21(b, end)
}
