package compliance

// Dates in the forms the numeric and English month matchers do not read
// (issue 11, identifier family): Spanish day-month dates ("el 5 de
// diciembre", "nació el 14 de marzo de 1935") and numeric dates written
// day first ("DOB 14/03/1985", "14.03.85"), as much of the world and many
// Spanish-speaking patients write them. A day-first date whose day is 12
// or less reads as month first and is matched there already.

// spanishMonths are the months in Spanish.
var spanishMonths = newWordSet([]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
	"septiembre", "setiembre", "octubre", "noviembre", "diciembre"})

// otherDates returns the byte spans of the dates written in those forms:
// Spanish ones only in a text with the word "de", day-first ones only in
// the numeric islands that hold a separator.
func (s *scan) otherDates() [][2]int {
	var out [][2]int
	if s.words.has("de") {
		for t := 0; t+2 < len(s.toks) && len(out) < maxMatches; t++ {
			tk := &s.toks[t]
			if tk.kind != tokNumber || len(tk.low) > 2 || s.toks[t+1].low != "de" || !spanishMonths.has(s.toks[t+2].low) {
				continue
			}
			if day := smallNumber(tk.low); day < 1 || day > 31 {
				continue
			}
			end := t + 3
			if end+1 < len(s.toks) && s.toks[end].low == "de" && s.toks[end+1].kind == tokNumber && len(s.toks[end+1].low) == 4 {
				end += 2 // "de 1935"
			}
			a, b := s.span(t, end)
			out = append(out, [2]int{a, b})
		}
	}
	for _, is := range s.numericIslands() {
		if len(out) >= maxMatches {
			break
		}
		if is.digits < 4 || !containsAnyOf(s.text[is.start:is.end], "/.-") {
			continue
		}
		for p := is.start; p < is.end; p++ {
			if e := dayFirstAt(s.text, p, is.end); e > p {
				out = append(out, [2]int{p, e})
				p = e
			}
		}
	}
	return out
}

// dayFirstAt returns the end of a date written day first that starts at
// byte p of text and ends by end: a day of 13 to 31, a separator (/ . -),
// a month of 1 to 12, the same separator and a year of two or four
// digits, not inside a longer number ("DOB 14/03/1985"); p when there is
// none. A day of 12 or less reads as a month and is matched elsewhere.
func dayFirstAt(text string, p, end int) int {
	if p > 0 && (isDigit(text[p-1]) || isWordByte(text[p-1])) {
		return p
	}
	day, q := digitRun(text, p, end)
	if q-p < 1 || q-p > 2 || day < 13 || day > 31 || q >= end {
		return p
	}
	sep := text[q]
	if sep != '/' && sep != '.' && sep != '-' {
		return p
	}
	month, r := digitRun(text, q+1, end)
	if r-(q+1) < 1 || r-(q+1) > 2 || month < 1 || month > 12 || r >= end || text[r] != sep {
		return p
	}
	_, e := digitRun(text, r+1, end)
	if n := e - (r + 1); n != 2 && n != 4 {
		return p
	}
	// A longer run of groups is no date ("14/03/1985/2", "31.12.2024.5").
	if e+1 < len(text) && (text[e] == '/' || text[e] == '.' || text[e] == '-') && isDigit(text[e+1]) {
		return p
	}
	if e < len(text) && isWordByte(text[e]) {
		return p
	}
	return e
}

// digitRun returns the value of the digits at text[p:] before end (at
// most four) and where they stop.
func digitRun(text string, p, end int) (int, int) {
	n, q := 0, p
	for q < end && q-p < 4 && isDigit(text[q]) {
		n = n*10 + int(text[q]-'0')
		q++
	}
	return n, q
}

// smallNumber returns the value of a one- or two-digit number, or -1.
func smallNumber(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return -1
		}
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// eventDateWords say a sentence announces an event ("Diabetes talk on Jan 12
// at the library", "charla sobre diabetes el 12 de enero").
var eventDateWords = newWordSet([]string{"talk", "talks", "event", "events", "class", "classes", "workshop", "seminar", "webinar",
	"fair", "clinic", "drive", "walk", "screening", "screenings", "session", "meeting", "group", "charla", "charlas", "taller",
	"feria", "evento", "clase", "jornada", "clínica", "reunión",
	// The office's own days: "Closed Friday 3/8 for staff training in
	// trauma-informed care" dates a closing, whatever the training is on.
	"closed", "closing", "closes", "closure", "reopen", "reopens", "reopening", "training", "trainings", "retreat", "inservice",
	"cerrado", "cerrados", "cerraremos"})

// eventDate reports whether the date at byte start is in a sentence that
// announces an event and names no person: its condition is the topic.
func (s *scan) eventDate(start int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	return s.sentenceHasWord(si, eventDateWords) && !s.personInSentence(si) && !s.sentenceHasWord(si, thirdPersonWords)
}

// thirdPersonWords point at one person the sentence speaks of.
var thirdPersonWords = newWordSet([]string{"she", "he", "her", "his", "him", "ella", "él", "su"})
